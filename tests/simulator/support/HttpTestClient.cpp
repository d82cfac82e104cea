#include "HttpTestClient.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QTimer>

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QJsonObject HttpResult::json() const
{
    return QJsonDocument::fromJson(body).object();
}

bool HttpResult::isJsonObject() const
{
    QJsonParseError e{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &e);
    return e.error == QJsonParseError::NoError && doc.isObject();
}

HttpTestClient::HttpTestClient(const QUrl &base)
    : m_base(base)
{}

HttpResult HttpTestClient::get(const QByteArray &pathAndQuery, const Headers &headers,
                               int timeoutMs)
{
    return run(QByteArrayLiteral("GET"), pathAndQuery, {}, headers, timeoutMs);
}

HttpResult HttpTestClient::post(const QByteArray &pathAndQuery, const QByteArray &body,
                                const Headers &headers, int timeoutMs)
{
    return run(QByteArrayLiteral("POST"), pathAndQuery, body, headers, timeoutMs);
}

HttpResult HttpTestClient::run(const QByteArray &verb, const QByteArray &pathAndQuery,
                               const QByteArray &body, const Headers &headers, int timeoutMs)
{
    const QUrl url = QUrl::fromEncoded(m_base.toEncoded() + pathAndQuery, QUrl::StrictMode);
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    if (m_useSsl)
        request.setSslConfiguration(m_ssl);
    if (verb == "POST")
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json; charset=utf-8"));
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);

    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = verb == "POST" ? m_nam.post(request, body) : m_nam.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    guard.start(timeoutMs + 5000);
    if (!reply->isFinished())
        loop.exec();

    HttpResult r;
    r.elapsedMs = timer.elapsed();
    if (!reply->isFinished())
        reply->abort();
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.error = reply->error();
    r.errorString = reply->errorString();
    if (reply->isOpen())
        r.body = reply->readAll();
    r.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return r;
}

QString HttpTestClient::feishuToken(const QString &appId, const QString &secret)
{
    const QJsonObject body{{QStringLiteral("app_id"), appId},
                           {QStringLiteral("app_secret"), secret}};
    const HttpResult r = post(QByteArrayLiteral("/open-apis/auth/v3/tenant_access_token/internal"),
                              QJsonDocument(body).toJson(QJsonDocument::Compact));
    return r.json().value(QLatin1String("tenant_access_token")).toString();
}

QString HttpTestClient::dingTalkToken(const QString &appKey, const QString &secret)
{
    const QJsonObject body{{QStringLiteral("appKey"), appKey},
                           {QStringLiteral("appSecret"), secret}};
    const HttpResult r = post(QByteArrayLiteral("/v1.0/oauth2/accessToken"),
                              QJsonDocument(body).toJson(QJsonDocument::Compact));
    return r.json().value(QLatin1String("accessToken")).toString();
}

HttpTestClient::Headers HttpTestClient::bearer(const QString &token)
{
    return {{QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + token.toUtf8()}};
}

HttpTestClient::Headers HttpTestClient::dingTalk(const QString &token)
{
    return {{QByteArrayLiteral("x-acs-dingtalk-access-token"), token.toUtf8()}};
}
