#include "WatchListFixture.h"

#include <limits>

namespace WatchListFixture {

namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
}

QList<Account> accounts()
{
    Account feishu;
    feishu.id = QStringLiteral("acc-feishu");
    feishu.name = QStringLiteral("总部 飞书");
    feishu.platform = Platform::Feishu;
    feishu.appId = QStringLiteral("cli_a1b2c3d4e5");

    Account lark;
    lark.id = QStringLiteral("acc-lark");
    lark.name = QStringLiteral("Subsidiary (Lark)");
    lark.platform = Platform::Lark;
    lark.baseUrl = QStringLiteral("https://open.larksuite.com");
    lark.authMode = Account::AuthMode::PastedToken;
    lark.caCertificateFile = QStringLiteral("/etc/ssl/proxy-ca.pem");

    Account dingtalk;
    dingtalk.id = QStringLiteral("acc-ding");
    dingtalk.name = QStringLiteral("钉钉 培训部");
    dingtalk.platform = Platform::DingTalk;
    dingtalk.appId = QStringLiteral("dingabcdef");
    dingtalk.unionId = QStringLiteral("union-操作员");
    return {feishu, lark, dingtalk};
}

SubtaskRow failedRow(const QString &userId, const QString &name)
{
    SubtaskRow row;
    row.failed = true;
    row.code = QStringLiteral("10013");
    row.message = QStringLiteral("invalid user_id");
    row.fields = {
        {QStringLiteral("user_id"), userId},
        {QStringLiteral("name"), name},
        {QStringLiteral("code"), qint64(10013)},
        {QStringLiteral("department_ids"),
         QStringList{QStringLiteral("od-1"), QStringLiteral("od-2")}},
    };
    return row;
}

WatchedTask contactTask()
{
    WatchedTask task;
    task.ref.kind = TaskKind::FeishuContact;
    task.ref.accountId = QStringLiteral("acc-feishu");
    task.ref.taskId = QStringLiteral("9007199254740993123"); // beyond 2^53, as text
    task.ref.label = QStringLiteral("新员工导入 第 1 批");
    task.addedAt = utc("2026-03-06T09:00:00.123Z");
    task.lastCheckedAt = utc("2026-03-06T09:01:30.456Z");
    task.callsSpent = 4;
    task.finishNotified = true;

    TaskSnapshot snapshot;
    snapshot.kind = TaskKind::FeishuContact;
    snapshot.taskId = task.ref.taskId;
    snapshot.state = TaskState::PartiallyFailed;
    snapshot.rawStatus = QStringLiteral("9");
    snapshot.type = QStringLiteral("add_user");
    snapshot.progress = 100.0;
    snapshot.total = 50;
    snapshot.succeeded = 13;
    snapshot.failed = 37;
    snapshot.createdAt = utc("2026-03-06T09:00:01.000Z");
    snapshot.finishedAt = utc("2026-03-06T09:01:20.000Z");
    snapshot.fetchedAt = utc("2026-03-06T09:01:30.456Z");
    snapshot.warnings = {QStringLiteral("fail_num 不是数字")};
    snapshot.rawBody = QByteArrayLiteral("{\"code\":0,\"data\":{\"status\":9,\"name\":\"张三\"}}");

    SubtaskRow typed;
    typed.code = QStringLiteral("0");
    typed.fields = {
        {QStringLiteral("text"), QStringLiteral("李四 \"quoted\" \\ \n newline")},
        {QStringLiteral("empty"), QStringLiteral("")},
        {QStringLiteral("small"), qint64(42)},
        {QStringLiteral("negative"), qint64(-7)},
        {QStringLiteral("limit"), qint64(9007199254740992)},
        {QStringLiteral("beyond"), qint64(9007199254740993)},
        {QStringLiteral("max"), std::numeric_limits<qint64>::max()},
        {QStringLiteral("min"), std::numeric_limits<qint64>::min()},
        {QStringLiteral("unsigned"), std::numeric_limits<quint64>::max()},
        {QStringLiteral("whole double"), 3.0},
        {QStringLiteral("double"), 0.1},
        {QStringLiteral("infinite"), std::numeric_limits<double>::infinity()},
        {QStringLiteral("yes"), true},
        {QStringLiteral("no"), false},
        {QStringLiteral("list"), QStringList{QStringLiteral("a"), QStringLiteral("乙")}},
        {QStringLiteral("empty list"), QStringList{}},
        {QStringLiteral("nothing"), QVariant()},
        {QStringLiteral("nested"), QStringLiteral("{\"a\":[1,2]}")},
        {QStringLiteral("small"), qint64(43)}, // repeated names keep their order
    };
    snapshot.subtasks = {typed, failedRow(QStringLiteral("ou_1"), QStringLiteral("王五")),
                         failedRow(QStringLiteral("ou_2"), QStringLiteral("赵六"))};
    task.snapshot = snapshot;

    for (int i = 0; i < 12; ++i) {
        HistorySample sample;
        sample.atMs = 1'772'787'600'000 + i * 7'000;
        sample.progress = i * 8.5;
        sample.total = 50;
        sample.succeeded = i;
        sample.failed = i / 2;
        task.history.append(sample);
    }
    HistorySample bare;
    bare.atMs = 1'772'787'800'000;
    task.history.append(bare);
    return task;
}

WatchedTask reportTask()
{
    WatchedTask task;
    task.ref.kind = TaskKind::FeishuReport;
    task.ref.accountId = QStringLiteral("acc-lark");
    task.ref.report.ruleId = QStringLiteral("rule-周报");
    task.ref.report.userId = QStringLiteral("ou_assistant");
    task.ref.report.userIdType = QStringLiteral("open_id");
    task.ref.report.from = utc("2026-03-02T00:00:00.000Z");
    task.ref.report.to = utc("2026-03-08T23:59:59.999Z");
    task.ref.taskId = TaskRef::reportTaskId(task.ref.report);
    task.addedAt = utc("2026-03-06T17:00:00.000Z");

    TaskSnapshot snapshot;
    snapshot.kind = TaskKind::FeishuReport;
    snapshot.taskId = task.ref.taskId;
    snapshot.state = TaskState::Running;
    snapshot.total = 2;
    ReportSubmission report;
    report.taskId = QStringLiteral("report-1");
    report.ruleId = task.ref.report.ruleId;
    report.ruleName = QStringLiteral("周报");
    report.fromUserId = QStringLiteral("ou_a");
    report.fromUserName = QStringLiteral("陈七");
    report.departmentName = QStringLiteral("研发部");
    report.departmentIds = {QStringLiteral("od-9")};
    report.commitTime = utc("2026-03-06T10:11:12.000Z");
    report.toUserIds = {QStringLiteral("ou_head")};
    report.toUserNames = {QStringLiteral("部门负责人")};
    report.formContents = {
        {QStringLiteral("f1"), QStringLiteral("本周完成"), QStringLiteral("上线 v2")},
        {QStringLiteral("f2"), QStringLiteral("下周计划"), QStringLiteral("")},
        {QStringLiteral("f3"), QStringLiteral("风险"), QStringLiteral("无")},
    };
    ReportSubmission second = report;
    second.taskId = QStringLiteral("report-2");
    second.commitTime = QDateTime();
    snapshot.reports = {report, second};
    task.snapshot = snapshot;
    return task;
}

WatchedTask failingDriveTask()
{
    WatchedTask task;
    task.ref.kind = TaskKind::FeishuDrive;
    task.ref.accountId = QStringLiteral("acc-feishu");
    task.ref.taskId = QStringLiteral("7311111111111111111");
    task.addedAt = utc("2026-03-06T09:30:00.000Z");
    task.callsSpent = 9'007'199'254'740'993; // beyond 2^53 on purpose

    TaskSnapshot snapshot;
    snapshot.kind = TaskKind::FeishuDrive;
    snapshot.taskId = task.ref.taskId;
    snapshot.state = TaskState::Running;
    snapshot.rawStatus = QStringLiteral(""); // sent, but empty
    static const char kGatewayPage[] = "\xff\xfe<html>\x00gbk \xb4\xed\xce\xf3</html>";
    snapshot.rawBody = QByteArray(kGatewayPage, sizeof kGatewayPage - 1);
    task.snapshot = snapshot;

    ApiError error;
    error.category = ApiError::Category::RateLimited;
    error.httpStatus = 429;
    error.code = QStringLiteral("99991400");
    error.message = QStringLiteral("请求过于频繁");
    error.requestId = QStringLiteral("20260306093001ABCDEF");
    error.hint = QStringLiteral("Wait and retry");
    error.context = QStringLiteral("Fetching task 7311111111111111111");
    static const char kExcerpt[] = "\x00\x01<html>";
    error.bodyExcerpt = QByteArray(kExcerpt, sizeof kExcerpt - 1);
    error.retryAfterMs = 1500;
    task.lastError = error;
    return task;
}

WatchedTask dingTalkTask(TaskKind kind, const QString &id, TaskState state)
{
    WatchedTask task;
    task.ref.kind = kind;
    task.ref.accountId = QStringLiteral("acc-ding");
    task.ref.taskId = id;
    task.ref.unionId = kind == TaskKind::DingTalkStorage ? QStringLiteral("union-x") : QString();
    task.addedAt = utc("2026-03-06T08:00:00.000Z");
    TaskSnapshot snapshot;
    snapshot.kind = kind;
    snapshot.taskId = id;
    snapshot.state = state;
    snapshot.rawStatus = QString(); // not sent
    snapshot.message = QStringLiteral("failMessage: 无权限");
    snapshot.progress = std::nullopt;
    snapshot.total = 0;
    task.snapshot = snapshot;
    return task;
}

// What load() gives back for a task the engine handed over whole.
WatchedTask stored(WatchedTask task)
{
    if (task.snapshot) {
        task.snapshot->subtasks.clear();
        task.snapshot->reports.clear();
        task.snapshot->rawBody.clear();
    }
    return task;
}

Contents contentsOf(const QList<WatchedTask> &tasks)
{
    Contents contents;
    contents.list.accounts = accounts();
    for (const WatchedTask &task : tasks) {
        const QString key = task.ref.key();
        if (task.snapshot) {
            if (!task.snapshot->subtasks.isEmpty())
                contents.subtasks.insert(key, task.snapshot->subtasks);
            if (!task.snapshot->reports.isEmpty())
                contents.reports.insert(key, task.snapshot->reports);
            if (!task.snapshot->rawBody.isEmpty())
                contents.rawBodies.insert(key, task.snapshot->rawBody);
        }
        contents.list.tasks.append(stored(task));
    }
    contents.list.ledger.record(QStringLiteral("2026-03"), QStringLiteral("acc-feishu"),
                                QStringLiteral("feishu-drive"), true);
    return contents;
}

} // namespace

Contents rich()
{
    QList<WatchedTask> tasks = {
        contactTask(), reportTask(), failingDriveTask(),
        dingTalkTask(TaskKind::DingTalkStorage, QStringLiteral("st-1"), TaskState::Failed),
        dingTalkTask(TaskKind::DingTalkDoc, QStringLiteral("doc-1"), TaskState::Pending)};
    WatchedTask fresh; // just pasted: nothing known yet
    fresh.ref.kind = TaskKind::DingTalkDoc;
    fresh.ref.accountId = QStringLiteral("acc-ding");
    fresh.ref.taskId = QStringLiteral("doc-2");
    fresh.addedAt = utc("2026-03-06T09:59:59.999Z");
    tasks.append(fresh);
    WatchedTask rolling; // a report query that follows the calendar
    rolling.ref.kind = TaskKind::FeishuReport;
    rolling.ref.accountId = QStringLiteral("acc-lark");
    rolling.ref.report.ruleId = QStringLiteral("rule-日报");
    rolling.ref.report.userIdType = QStringLiteral("union_id");
    rolling.ref.report.window = ReportWindow::ThisWeek;
    rolling.ref.report.timeZone = QStringLiteral("Asia/Shanghai");
    rolling.ref.taskId = TaskRef::reportTaskId(rolling.ref.report);
    rolling.addedAt = utc("2026-03-06T08:00:00.000Z");
    tasks.append(rolling);
    const TaskState extraStates[] = {TaskState::Succeeded, TaskState::Unknown, TaskState::NotFound,
                                     TaskState::Error};
    for (TaskState state : extraStates) {
        tasks.append(dingTalkTask(TaskKind::DingTalkDoc,
                                  QStringLiteral("doc-") + TaskStates::id(state), state));
    }
    Contents contents = contentsOf(tasks);
    CallLedger &ledger = contents.list.ledger;
    ledger.record(QStringLiteral("2026-03"), QStringLiteral("acc-feishu"),
                  QStringLiteral("feishu-contact"), false);
    ledger.record(QStringLiteral("2026-02"), QStringLiteral("acc-ding"),
                  QStringLiteral("dingtalk-doc"), true);
    ledger.setCounts(QStringLiteral("2026-01"), QStringLiteral("acc-lark"),
                     {{QStringLiteral("feishu-report"), 9'007'199'254'740'993}}, 12);
    contents.list.durationSamples.insert(QStringLiteral("feishu-contact|acc-feishu"),
                                         {6'000, 90'000, 0, 45'500});
    contents.list.durationSamples.insert(QStringLiteral("dingtalk-doc|acc-ding"), {12'345});
    return contents;
}

Contents realistic(int count)
{
    const WatchedTask templates[] = {
        contactTask(), failingDriveTask(),
        dingTalkTask(TaskKind::DingTalkDoc, QStringLiteral("doc"), TaskState::Running)};
    QList<WatchedTask> tasks;
    tasks.reserve(count);
    for (int i = 0; i < count; ++i) {
        WatchedTask task = templates[i % 3];
        task.ref.taskId += QString::number(i);
        task.snapshot->taskId = task.ref.taskId;
        tasks.append(task);
    }
    return contentsOf(tasks);
}

WatchListBatch batchOf(const Contents &contents)
{
    WatchListBatch batch;
    batch.accounts = contents.list.accounts;
    batch.upserts = contents.list.tasks;
    batch.subtasks = contents.subtasks;
    batch.reports = contents.reports;
    batch.rawBodies = contents.rawBodies;
    batch.ledger = contents.list.ledger;
    batch.durationSamples = contents.list.durationSamples;
    return batch;
}

} // namespace WatchListFixture
