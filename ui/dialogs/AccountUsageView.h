#pragma once

#include "models/domain/Account.h"

#include <QTreeWidget>

class Engine;

// One account's calls this calendar month per endpoint, from the engine's call ledger, with
// which of them the platform meters against the organisation's quota.
class AccountUsageView final : public QTreeWidget
{
    Q_OBJECT

public:
    enum Column { EndpointColumn, CallsColumn, MeteredColumn, ColumnCount };

    explicit AccountUsageView(QWidget *parent = nullptr);

    // Every endpoint of the account's platform, called or not; empty without an account.
    void showUsage(const Engine &engine, const std::optional<Account> &account);
    // Calls shown for an endpoint id (ApiEndpoints::id); -1 when it has no row.
    qint64 shownCalls(const QString &endpointId) const;
};
