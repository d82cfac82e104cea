#include "network/clients/FeishuContactTaskClient.h"

#include "models/domain/TaskRef.h"
#include "network/auth/AccountConnection.h"
#include "network/clients/EndpointUrl.h"
#include "network/parsers/FeishuContactTaskParser.h"

#include <QCoreApplication>

void FeishuContactTaskClient::fetch(const AccountConnection &account, const TaskRef &ref,
                                    QObject *context, SnapshotRequest::Callback done)
{
    ApiRequestSpec spec = account.requestSpec(
        ApiEndpoint::FeishuContactTask,
        QCoreApplication::translate("TaskClient", "Fetching contact task %1").arg(ref.taskId));
    spec.taskKey = ref.key();
    spec.url = EndpointUrl::build(account.account().effectiveBaseUrl(),
                                  QStringLiteral("/open-apis/contact/v2/task/get"), {},
                                  {{QStringLiteral("task_id"), ref.taskId}});
    SnapshotRequest::send(m_transport, spec, &parseFeishuContactTask, context, std::move(done));
}
