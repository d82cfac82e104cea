#include "network/clients/DingTalkStorageTaskClient.h"

#include "models/domain/TaskRef.h"
#include "network/auth/AccountConnection.h"
#include "network/clients/EndpointUrl.h"
#include "network/parsers/DingTalkStorageTaskParser.h"
#include "network/transport/ApiTransport.h"

#include <QCoreApplication>

void DingTalkStorageTaskClient::fetch(const AccountConnection &account, const TaskRef &ref,
                                      QObject *context, SnapshotRequest::Callback done)
{
    const QString unionId = ref.unionId.isEmpty() ? account.account().unionId : ref.unionId;
    const QString what =
        QCoreApplication::translate("TaskClient", "Fetching storage task %1").arg(ref.taskId);
    if (unionId.isEmpty()) {
        ApiError error;
        error.category = ApiError::Category::Configuration;
        error.context = what;
        error.message = QCoreApplication::translate(
            "TaskClient", "DingTalk storage tasks are read as an operator, and no unionId is set.");
        error.hint = QCoreApplication::translate(
            "TaskClient", "Set the operator's unionId on the account or on the task.");
        SnapshotRequest::failLater(context ? context : &m_transport, error, std::move(done));
        return;
    }
    ApiRequestSpec spec = account.requestSpec(ApiEndpoint::DingTalkStorageTask, what);
    spec.taskKey = ref.key();
    spec.url = EndpointUrl::build(account.account().effectiveBaseUrl(),
                                  QStringLiteral("/v1.0/storage/tasks"), {ref.taskId},
                                  {{QStringLiteral("unionId"), unionId}});
    SnapshotRequest::send(m_transport, spec, &parseDingTalkStorageTask, context, std::move(done));
}
