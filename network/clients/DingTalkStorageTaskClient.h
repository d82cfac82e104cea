#pragma once

#include "network/clients/SnapshotRequest.h"

class AccountConnection;
class ApiTransport;
struct TaskRef;

// Reads DingTalk storage tasks (bulk file and folder moves) as the account's operator.
class DingTalkStorageTaskClient final
{
public:
    explicit DingTalkStorageTaskClient(ApiTransport &transport)
        : m_transport(transport)
    {}

    void fetch(const AccountConnection &account, const TaskRef &ref, QObject *context,
               SnapshotRequest::Callback done);

private:
    ApiTransport &m_transport;
};
