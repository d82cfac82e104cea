#include "network/clients/FeishuReportQueryClient.h"

#include "models/domain/Clock.h"
#include "models/domain/TaskRef.h"
#include "network/auth/AccountConnection.h"
#include "network/clients/EndpointUrl.h"
#include "network/parsers/FeishuReportPageParser.h"
#include "network/transport/ApiTransport.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

struct FeishuReportQueryClient::Run
{
    QPointer<const AccountConnection> account;
    TaskRef ref;
    QPointer<QObject> context;
    bool hasContext = false;
    SnapshotRequest::Callback done;
    TaskSnapshot snapshot;
    QString pageToken;
    int pages = 0;
};

void FeishuReportQueryClient::fetch(const AccountConnection &account, const TaskRef &ref,
                                    QObject *context, SnapshotRequest::Callback done)
{
    const ReportQuery query = ref.report.resolvedAt(
        QDateTime::fromMSecsSinceEpoch(m_transport.clock().wallMsSinceEpoch(), Qt::UTC));
    if (!query.from.isValid() || !query.to.isValid() || query.from > query.to) {
        ApiError error;
        error.category = ApiError::Category::Configuration;
        error.message = tr("The report query's time window is not valid.");
        error.hint =
            tr("Edit the report query: it needs a start and an end time, the start first.");
        SnapshotRequest::failLater(context ? context : &m_transport, error, std::move(done));
        return;
    }
    auto run = std::make_shared<Run>();
    run->account = &account;
    run->ref = ref;
    run->ref.report = query;
    run->context = context;
    run->hasContext = context != nullptr;
    run->done = std::move(done);
    run->snapshot.kind = TaskKind::FeishuReport;
    run->snapshot.taskId = ref.taskId;
    fetchPage(run);
}

void FeishuReportQueryClient::fetchPage(const std::shared_ptr<Run> &run)
{
    if (run->hasContext && !run->context)
        return;
    if (!run->account) {
        ApiError gone;
        gone.category = ApiError::Category::Cancelled;
        gone.message = tr("The account was changed while its report query was paging.");
        run->done(gone);
        return;
    }
    const ReportQuery &query = run->ref.report;
    ApiRequestSpec spec = run->account->requestSpec(
        ApiEndpoint::FeishuReportQuery, tr("Querying reports (page %1)").arg(run->pages + 1));
    spec.method = "POST";
    spec.taskKey = run->ref.key();
    spec.url = EndpointUrl::build(
        run->account->account().effectiveBaseUrl(),
        QStringLiteral("/open-apis/report/v1/tasks/query"), {},
        {{QStringLiteral("user_id_type"),
          query.userIdType.isEmpty() ? QStringLiteral("open_id") : query.userIdType}});
    QJsonObject body{
        {QStringLiteral("commit_start_time"), query.from.toSecsSinceEpoch()},
        {QStringLiteral("commit_end_time"), query.to.toSecsSinceEpoch()},
        {QStringLiteral("page_token"), run->pageToken},
        {QStringLiteral("page_size"), kPageSize},
    };
    if (!query.ruleId.isEmpty())
        body.insert(QStringLiteral("rule_id"), query.ruleId);
    if (!query.userId.isEmpty())
        body.insert(QStringLiteral("user_id"), query.userId);
    spec.body = QJsonDocument(body).toJson(QJsonDocument::Compact);

    auto page = std::make_shared<FeishuReportPage>();
    auto rawBody = std::make_shared<QByteArray>();
    m_transport.send(
        spec, run->context,
        [page, rawBody](const HttpResponse &response) -> std::optional<ApiError> {
            Result<FeishuReportPage> parsed = parseFeishuReportPage(response);
            if (!parsed.ok())
                return parsed.error();
            *page = std::move(parsed).value();
            *rawBody = response.body;
            return std::nullopt;
        },
        [this, run, page, rawBody](const std::optional<ApiError> &error) {
            if (error) {
                run->done(*error);
                return;
            }
            ++run->pages;
            appendReportPage(run->snapshot.reports, page->items);
            run->snapshot.warnings += page->warnings;
            run->snapshot.rawBody = *rawBody;
            if (page->hasMore) {
                if (page->pageToken == run->pageToken || run->pages >= kMaxPages) {
                    ApiError loop;
                    loop.category = ApiError::Category::InvalidResponse;
                    loop.message = tr("The platform kept answering with more pages (%1 so far, "
                                      "page token %2).")
                                       .arg(run->pages)
                                       .arg(page->pageToken);
                    loop.hint = tr("Narrow the report query's time window.");
                    run->done(loop);
                    return;
                }
                run->pageToken = page->pageToken;
                fetchPage(run);
                return;
            }
            const qint64 now = m_transport.clock().wallMsSinceEpoch();
            TaskSnapshot &snapshot = run->snapshot;
            snapshot.total = snapshot.reports.size();
            // A rolling window never closes: it moves on to the next day, week or month.
            const bool closed =
                !run->ref.report.isRolling() && run->ref.report.to.toMSecsSinceEpoch() < now;
            snapshot.state = closed ? TaskState::Succeeded : TaskState::Running;
            snapshot.fetchedAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
            run->done(snapshot);
        });
}
