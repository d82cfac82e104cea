#include "network/clients/FeishuDriveTaskClient.h"

#include "models/domain/TaskRef.h"
#include "network/auth/AccountConnection.h"
#include "network/clients/EndpointUrl.h"
#include "network/parsers/FeishuDriveTaskCheckParser.h"

#include <QCoreApplication>

void FeishuDriveTaskClient::fetch(const AccountConnection &account, const TaskRef &ref,
                                  QObject *context, SnapshotRequest::Callback done)
{
    ApiRequestSpec spec = account.requestSpec(
        ApiEndpoint::FeishuDriveTaskCheck,
        QCoreApplication::translate("TaskClient", "Fetching drive task %1").arg(ref.taskId));
    spec.taskKey = ref.key();
    spec.url = EndpointUrl::build(account.account().effectiveBaseUrl(),
                                  QStringLiteral("/open-apis/drive/v1/files/task_check"), {},
                                  {{QStringLiteral("task_id"), ref.taskId}});
    const QString taskId = ref.taskId;
    SnapshotRequest::send(
        m_transport, spec,
        [taskId](const HttpResponse &response) {
            return parseFeishuDriveTaskCheck(response, taskId);
        },
        context, std::move(done));
}
