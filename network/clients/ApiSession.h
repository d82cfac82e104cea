#pragma once

#include "models/domain/Account.h"
#include "network/clients/DingTalkDocTaskClient.h"
#include "network/clients/DingTalkStorageTaskClient.h"
#include "network/clients/FeishuContactTaskClient.h"
#include "network/clients/FeishuDriveTaskClient.h"
#include "network/clients/FeishuReportQueryClient.h"
#include "network/clients/SnapshotRequest.h"
#include "network/transport/ApiTransport.h"

#include <QHash>
#include <QObject>

class AccountConnection;
class Clock;
class QNetworkAccessManager;
struct TaskRef;

// The network side as the rest of the app sees it: accounts with their secrets, and one call to
// fetch the snapshot of any watched task.
class ApiSession final : public QObject
{
    Q_OBJECT

public:
    ApiSession(QNetworkAccessManager &network, const Clock &clock, QObject *parent = nullptr);
    ~ApiSession() override;

    // Adds the account, or replaces it (and its cached token) when the id exists.
    void setAccount(const Account &account, const QString &secret);
    void removeAccount(const QString &accountId);
    AccountConnection *connection(const QString &accountId) const;
    QList<Account> accounts() const;

    // Fetches the current snapshot of `ref`. `done` runs once, on this thread, unless `context`
    // is destroyed first.
    void fetch(const TaskRef &ref, QObject *context, SnapshotRequest::Callback done);

    ApiTransport &transport() { return m_transport; }
    const ApiTransport &transport() const { return m_transport; }

private:
    ApiTransport m_transport;
    QHash<QString, AccountConnection *> m_connections;
    FeishuContactTaskClient m_contact;
    FeishuDriveTaskClient m_drive;
    FeishuReportQueryClient m_report;
    DingTalkStorageTaskClient m_storage;
    DingTalkDocTaskClient m_doc;
};
