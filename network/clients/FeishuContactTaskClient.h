#pragma once

#include "network/clients/SnapshotRequest.h"

class AccountConnection;
class ApiTransport;
struct TaskRef;

// Reads Feishu / Lark contact batch tasks (bulk user and department imports).
class FeishuContactTaskClient final
{
public:
    explicit FeishuContactTaskClient(ApiTransport &transport)
        : m_transport(transport)
    {}

    void fetch(const AccountConnection &account, const TaskRef &ref, QObject *context,
               SnapshotRequest::Callback done);

private:
    ApiTransport &m_transport;
};
