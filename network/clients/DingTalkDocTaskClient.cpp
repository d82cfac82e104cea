#include "network/clients/DingTalkDocTaskClient.h"

#include "models/domain/TaskRef.h"
#include "network/auth/AccountConnection.h"
#include "network/clients/EndpointUrl.h"
#include "network/parsers/DingTalkDocTaskParser.h"

#include <QCoreApplication>

void DingTalkDocTaskClient::fetch(const AccountConnection &account, const TaskRef &ref,
                                  QObject *context, SnapshotRequest::Callback done)
{
    ApiRequestSpec spec = account.requestSpec(
        ApiEndpoint::DingTalkDocTask,
        QCoreApplication::translate("TaskClient", "Fetching document task %1").arg(ref.taskId));
    spec.taskKey = ref.key();
    spec.url = EndpointUrl::build(account.account().effectiveBaseUrl(),
                                  QStringLiteral("/v2.0/doc/task/info"), {ref.taskId});
    SnapshotRequest::send(m_transport, spec, &parseDingTalkDocTask, context, std::move(done));
}
