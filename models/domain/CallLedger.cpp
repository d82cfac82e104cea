#include "models/domain/CallLedger.h"

#include <QDateTime>
#include <QJsonValue>

QString CallLedger::monthOf(qint64 wallMsSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(wallMsSinceEpoch, Qt::UTC)
        .toString(QStringLiteral("yyyy-MM"));
}

void CallLedger::record(const QString &month, const QString &accountId, const QString &endpointId,
                        bool metered)
{
    AccountMonth &entry = m_months[month][accountId];
    ++entry.byEndpoint[endpointId];
    if (metered)
        ++entry.metered;
}

qint64 CallLedger::calls(const QString &month, const QString &accountId,
                         const QString &endpointId) const
{
    const auto &entry = m_months.value(month).value(accountId);
    if (!endpointId.isEmpty())
        return entry.byEndpoint.value(endpointId);
    qint64 sum = 0;
    for (qint64 count : entry.byEndpoint)
        sum += count;
    return sum;
}

qint64 CallLedger::meteredCalls(const QString &month, const QString &accountId) const
{
    return m_months.value(month).value(accountId).metered;
}

QMap<QString, qint64> CallLedger::byEndpoint(const QString &month, const QString &accountId) const
{
    return m_months.value(month).value(accountId).byEndpoint;
}

QStringList CallLedger::months() const
{
    return m_months.keys();
}

QStringList CallLedger::accountIds(const QString &month) const
{
    return m_months.value(month).keys();
}

void CallLedger::setCounts(const QString &month, const QString &accountId,
                           const QMap<QString, qint64> &byEndpoint, qint64 metered)
{
    AccountMonth &entry = m_months[month][accountId];
    entry.byEndpoint = byEndpoint;
    entry.metered = metered;
}

QJsonObject CallLedger::toJson() const
{
    QJsonObject months;
    for (auto month = m_months.cbegin(); month != m_months.cend(); ++month) {
        QJsonObject accounts;
        for (auto account = month->cbegin(); account != month->cend(); ++account) {
            QJsonObject endpoints;
            for (auto e = account->byEndpoint.cbegin(); e != account->byEndpoint.cend(); ++e)
                endpoints.insert(e.key(), e.value());
            accounts.insert(account.key(),
                            QJsonObject{{QStringLiteral("endpoints"), endpoints},
                                        {QStringLiteral("metered"), account->metered}});
        }
        months.insert(month.key(), accounts);
    }
    return months;
}

CallLedger CallLedger::fromJson(const QJsonObject &json)
{
    CallLedger ledger;
    for (auto month = json.begin(); month != json.end(); ++month) {
        const QJsonObject accounts = month.value().toObject();
        for (auto account = accounts.begin(); account != accounts.end(); ++account) {
            const QJsonObject entryJson = account.value().toObject();
            AccountMonth entry;
            entry.metered = entryJson.value(QStringLiteral("metered")).toInteger();
            const QJsonObject endpoints = entryJson.value(QStringLiteral("endpoints")).toObject();
            for (auto e = endpoints.begin(); e != endpoints.end(); ++e)
                entry.byEndpoint.insert(e.key(), e.value().toInteger());
            ledger.m_months[month.key()][account.key()] = entry;
        }
    }
    return ledger;
}
