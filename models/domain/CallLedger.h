#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

// Calls made per account, per calendar month (UTC), per endpoint: the platforms meter them
// against a monthly quota, so the user sees what the monitor spent.
class CallLedger final
{
public:
    static QString monthOf(qint64 wallMsSinceEpoch); // "2026-11"

    void record(const QString &month, const QString &accountId, const QString &endpointId,
                bool metered);

    qint64 calls(const QString &month, const QString &accountId,
                 const QString &endpointId = {}) const;
    qint64 meteredCalls(const QString &month, const QString &accountId) const;
    QMap<QString, qint64> byEndpoint(const QString &month, const QString &accountId) const;

    // Every month and account with counts, for the store to write them out and read them back.
    QStringList months() const;
    QStringList accountIds(const QString &month) const;
    void setCounts(const QString &month, const QString &accountId,
                   const QMap<QString, qint64> &byEndpoint, qint64 metered);

    QJsonObject toJson() const;
    static CallLedger fromJson(const QJsonObject &json);

    friend bool operator==(const CallLedger &, const CallLedger &) = default;

private:
    struct AccountMonth
    {
        QMap<QString, qint64> byEndpoint;
        qint64 metered = 0;
        friend bool operator==(const AccountMonth &, const AccountMonth &) = default;
    };
    // month → account → counts
    QMap<QString, QMap<QString, AccountMonth>> m_months;
};
