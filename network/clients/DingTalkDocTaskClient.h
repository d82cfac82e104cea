#pragma once

#include "network/clients/SnapshotRequest.h"

class AccountConnection;
class ApiTransport;
struct TaskRef;

// Reads DingTalk document copy tasks.
class DingTalkDocTaskClient final
{
public:
    explicit DingTalkDocTaskClient(ApiTransport &transport)
        : m_transport(transport)
    {}

    void fetch(const AccountConnection &account, const TaskRef &ref, QObject *context,
               SnapshotRequest::Callback done);

private:
    ApiTransport &m_transport;
};
