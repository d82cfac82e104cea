#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QSslConfiguration>
#include <QUrl>

// What a test saw of one HTTP exchange.
struct HttpResult
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray &name) const;
    QJsonObject json() const;
    bool isJsonObject() const;
};

// A plain QNetworkAccessManager driven synchronously, so tests read like the wire they check.
class HttpTestClient final
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    explicit HttpTestClient(const QUrl &base);

    // pathAndQuery is sent exactly as given (already percent-encoded).
    HttpResult get(const QByteArray &pathAndQuery, const Headers &headers = {},
                   int timeoutMs = 10000);
    HttpResult post(const QByteArray &pathAndQuery, const QByteArray &body,
                    const Headers &headers = {}, int timeoutMs = 10000);

    QString feishuToken(const QString &appId, const QString &secret);
    QString dingTalkToken(const QString &appKey, const QString &secret);
    static Headers bearer(const QString &token);
    static Headers dingTalk(const QString &token);

    void setSslConfiguration(const QSslConfiguration &config)
    {
        m_ssl = config;
        m_useSsl = true;
    }
    QNetworkAccessManager &manager() { return m_nam; }

private:
    HttpResult run(const QByteArray &verb, const QByteArray &pathAndQuery, const QByteArray &body,
                   const Headers &headers, int timeoutMs);

    QUrl m_base;
    QNetworkAccessManager m_nam;
    QSslConfiguration m_ssl;
    bool m_useSsl = false;
};
