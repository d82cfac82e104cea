#pragma once

#include "network/clients/SnapshotRequest.h"

class AccountConnection;
class ApiTransport;
struct TaskRef;

// Reads Feishu / Lark drive folder move and delete tasks.
class FeishuDriveTaskClient final
{
public:
    explicit FeishuDriveTaskClient(ApiTransport &transport)
        : m_transport(transport)
    {}

    void fetch(const AccountConnection &account, const TaskRef &ref, QObject *context,
               SnapshotRequest::Callback done);

private:
    ApiTransport &m_transport;
};
