#include "SimulatedPlatform.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

// The endpoint clients over real HTTP against the simulator: happy paths, ids, paging, faults.
class tst_ApiClients final : public QObject
{
    Q_OBJECT

private slots:
    void contactTask();
    void driveTask();
    void storageTask();
    void docTask();
    void notFound_data();
    void notFound();
    void idsArriveIntact_data();
    void idsArriveIntact();
    void dotIdsAreRefusedBeforeSending_data();
    void dotIdsAreRefusedBeforeSending();
    void reportPagesThroughEverything();
    void insecureBaseUrlIsRefused();
    void storageNeedsAnOperator();
    void callsAreCountedPerAccountAndEndpoint();
};

namespace {

SimTask contactTask(const QString &id, int status, int fail)
{
    SimTask task;
    task.kind = SimTaskKind::FeishuContact;
    task.id = id;
    QJsonObject fields{{QStringLiteral("type"), QStringLiteral("add_user")},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("progress"), 100},
                       {QStringLiteral("total_num"), 2},
                       {QStringLiteral("success_num"), 2 - fail},
                       {QStringLiteral("fail_num"), fail},
                       {QStringLiteral("create_time"), 1565878519},
                       {QStringLiteral("finish_time"), 1565878523}};
    task.steps = {SimTaskStep{0, fields}};
    task.rows = QJsonArray{
        QJsonObject{{QStringLiteral("code"), 0},
                    {QStringLiteral("msg"), QStringLiteral("success")},
                    {QStringLiteral("action"), 1},
                    {QStringLiteral("name"), QStringLiteral("张三")},
                    {QStringLiteral("user_id"), QStringLiteral("zhangsan")}},
        QJsonObject{{QStringLiteral("code"), 10013},
                    {QStringLiteral("msg"), QStringLiteral("invalid user_id")},
                    {QStringLiteral("name"), QStringLiteral("李四")},
                    {QStringLiteral("user_id"), QStringLiteral("_lisi")}},
    };
    return task;
}

SimTask simpleTask(SimTaskKind kind, const QString &id, const QJsonObject &fields)
{
    SimTask task;
    task.kind = kind;
    task.id = id;
    task.steps = {SimTaskStep{0, fields}};
    return task;
}

} // namespace

void tst_ApiClients::contactTask()
{
    SimulatedPlatform platform;
    platform.simulator.addTask(
        ::contactTask(QStringLiteral("0123456789abcdef0123456789abcdef"), 9, 1));
    const auto result = platform.fetch(SimulatedPlatform::ref(
        TaskKind::FeishuContact, QStringLiteral("0123456789abcdef0123456789abcdef")));
    QVERIFY(result.has_value());
    QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().summary()));
    const TaskSnapshot &snapshot = result->value();
    QCOMPARE(snapshot.state, TaskState::PartiallyFailed);
    QCOMPARE(snapshot.total.value(), 2);
    QCOMPARE(snapshot.failed.value(), 1);
    QCOMPARE(snapshot.subtasks.size(), 2);
    QCOMPARE(snapshot.subtasks[1].text(QStringLiteral("name")), QStringLiteral("李四"));
    QVERIFY(snapshot.subtasks[1].failed);
    QVERIFY(snapshot.fetchedAt.isValid());

    const RecordedRequest request = platform.simulator.recentRequests().last();
    QCOMPARE(request.account, SimulatedPlatform::kFeishuApp);
    bool sawBearer = false;
    for (const auto &[name, value] : request.headers) {
        if (name.compare("authorization", Qt::CaseInsensitive) == 0)
            sawBearer = value.startsWith("Bearer ");
    }
    QVERIFY(sawBearer);
}

void tst_ApiClients::driveTask()
{
    SimulatedPlatform platform;
    platform.simulator.addTask(simpleTask(SimTaskKind::FeishuDrive,
                                          QStringLiteral("7360595374803812356"),
                                          {{QStringLiteral("status"), QStringLiteral("process")}}));
    const auto result = platform.fetch(
        SimulatedPlatform::ref(TaskKind::FeishuDrive, QStringLiteral("7360595374803812356")));
    QVERIFY(result && result->ok());
    QCOMPARE(result->value().state, TaskState::Running);
    QCOMPARE(result->value().taskId, QStringLiteral("7360595374803812356"));
    QVERIFY(!result->value().progress.has_value());
}

void tst_ApiClients::storageTask()
{
    SimulatedPlatform platform;
    platform.simulator.addTask(
        simpleTask(SimTaskKind::DingTalkStorage, QStringLiteral("st-1"),
                   {{QStringLiteral("status"), QStringLiteral("SUCCESS")},
                    {QStringLiteral("totalCount"), 40},
                    {QStringLiteral("successCount"), 39},
                    {QStringLiteral("failCount"), 1},
                    {QStringLiteral("failMessage"), QStringLiteral("permissionDenied")}}));
    const auto result =
        platform.fetch(SimulatedPlatform::ref(TaskKind::DingTalkStorage, QStringLiteral("st-1")));
    QVERIFY(result && result->ok());
    QCOMPARE(result->value().state, TaskState::PartiallyFailed);
    QCOMPARE(result->value().message, QStringLiteral("permissionDenied"));
    const RecordedRequest request = platform.simulator.recentRequests().last();
    QVERIFY(request.queryItems.contains({QStringLiteral("unionId"), SimulatedPlatform::kUnionId}));
    QCOMPARE(request.account, SimulatedPlatform::kDingTalkApp);
}

void tst_ApiClients::docTask()
{
    SimulatedPlatform platform;
    platform.simulator.addTask(simpleTask(SimTaskKind::DingTalkDoc, QStringLiteral("doc-9"),
                                          {{QStringLiteral("status"), 0},
                                           {QStringLiteral("totalCount"), 300},
                                           {QStringLiteral("succCount"), 150},
                                           {QStringLiteral("failCount"), 0}}));
    const auto result =
        platform.fetch(SimulatedPlatform::ref(TaskKind::DingTalkDoc, QStringLiteral("doc-9")));
    QVERIFY(result && result->ok());
    QCOMPARE(result->value().state, TaskState::Running);
    QCOMPARE(result->value().progress.value(), 50.0);
}

void tst_ApiClients::notFound_data()
{
    QTest::addColumn<TaskKind>("kind");
    QTest::newRow("feishu-contact") << TaskKind::FeishuContact;
    QTest::newRow("feishu-drive") << TaskKind::FeishuDrive;
    QTest::newRow("dingtalk-storage") << TaskKind::DingTalkStorage;
    QTest::newRow("dingtalk-doc") << TaskKind::DingTalkDoc;
}

void tst_ApiClients::notFound()
{
    QFETCH(TaskKind, kind);
    SimulatedPlatform platform;
    const auto result =
        platform.fetch(SimulatedPlatform::ref(kind, QStringLiteral("no-such-task")));
    QVERIFY(result && !result->ok());
    const ApiError &error = result->error();
    QCOMPARE(error.category, ApiError::Category::NotFound);
    QVERIFY(!error.requestId.isEmpty());
    QVERIFY(!error.hint.isEmpty());
    QVERIFY(error.context.contains(QStringLiteral("no-such-task")));
    // Not found is an answer, not a fault: asked once.
    QCOMPARE(platform.simulator.requestCount() -
                 platform.simulator.requestCount(SimEndpoint::FeishuToken) -
                 platform.simulator.requestCount(SimEndpoint::DingTalkToken),
             1);
}

void tst_ApiClients::idsArriveIntact_data()
{
    QTest::addColumn<TaskKind>("kind");
    QTest::addColumn<QString>("id");

    const QStringList ids{
        QStringLiteral("a/b"),        QStringLiteral("a?b=c"),
        QStringLiteral("x#frag"),     QStringLiteral("50%off"),
        QStringLiteral("a+b"),        QStringLiteral("with space"),
        QStringLiteral("任务-一"),    QStringLiteral("../../v1.0/oauth2/accessToken"),
        QStringLiteral("x&task_id=y")};
    for (TaskKind kind : {TaskKind::FeishuContact, TaskKind::FeishuDrive, TaskKind::DingTalkStorage,
                          TaskKind::DingTalkDoc}) {
        for (const QString &id : ids)
            QTest::newRow(qPrintable(TaskKinds::id(kind) + QLatin1Char(' ') + id)) << kind << id;
    }
}

void tst_ApiClients::idsArriveIntact()
{
    QFETCH(TaskKind, kind);
    QFETCH(QString, id);
    SimulatedPlatform platform;
    const QHash<TaskKind, std::pair<SimTaskKind, QJsonObject>> tasks{
        {TaskKind::FeishuContact,
         {SimTaskKind::FeishuContact,
          {{QStringLiteral("status"), 1}, {QStringLiteral("progress"), 5}}}},
        {TaskKind::FeishuDrive,
         {SimTaskKind::FeishuDrive, {{QStringLiteral("status"), QStringLiteral("success")}}}},
        {TaskKind::DingTalkStorage,
         {SimTaskKind::DingTalkStorage, {{QStringLiteral("status"), QStringLiteral("INIT")}}}},
        {TaskKind::DingTalkDoc, {SimTaskKind::DingTalkDoc, {{QStringLiteral("status"), -1}}}},
    };
    platform.simulator.addTask(simpleTask(tasks[kind].first, id, tasks[kind].second));
    const auto result = platform.fetch(SimulatedPlatform::ref(kind, id));
    QVERIFY(result.has_value());
    QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().summary()));
    const RecordedRequest request = platform.simulator.recentRequests().last();
    QCOMPARE(request.taskId, id);
    QCOMPARE(request.endpoint,
             SimEndpoints::name(
                 SimEndpoint(kind == TaskKind::FeishuContact     ? SimEndpoint::FeishuContactTask
                             : kind == TaskKind::FeishuDrive     ? SimEndpoint::FeishuDriveTaskCheck
                             : kind == TaskKind::DingTalkStorage ? SimEndpoint::DingTalkStorageTask
                                                                 : SimEndpoint::DingTalkDocTask)));
}

void tst_ApiClients::dotIdsAreRefusedBeforeSending_data()
{
    QTest::addColumn<TaskKind>("kind");
    QTest::addColumn<QString>("id");
    for (TaskKind kind :
         {TaskKind::FeishuDrive, TaskKind::DingTalkStorage, TaskKind::DingTalkDoc}) {
        for (const QString &id : {QStringLiteral("."), QStringLiteral("..")})
            QTest::newRow(qPrintable(TaskKinds::id(kind) + QLatin1Char(' ') + id)) << kind << id;
    }
}

void tst_ApiClients::dotIdsAreRefusedBeforeSending()
{
    QFETCH(TaskKind, kind);
    QFETCH(QString, id);
    SimulatedPlatform platform;
    const auto result = platform.fetch(SimulatedPlatform::ref(kind, id));
    QVERIFY(result.has_value());
    QVERIFY(!result->ok());
    QCOMPARE(result->error().category, ApiError::Category::Configuration);
    QCOMPARE(platform.simulator.requestCount(), 0);
}

void tst_ApiClients::reportPagesThroughEverything()
{
    SimulatedPlatform platform;
    platform.simulator.addReportRule(QStringLiteral("6969410005221015580"), QStringLiteral("周报"));
    const qint64 base = 1'763'700'000; // within the window below
    for (int i = 0; i < 45; ++i) {
        SimReportSubmission submission;
        submission.ruleId = QStringLiteral("6969410005221015580");
        submission.fromUserId = QStringLiteral("ou_%1").arg(i);
        submission.commitTime = base + i * 60;
        submission.wire = QJsonObject{
            {QStringLiteral("task_id"), QStringLiteral("69695074591196%1").arg(10000 + i)},
            {QStringLiteral("rule_name"), QStringLiteral("周报")},
            {QStringLiteral("rule_id"), QStringLiteral("6969410005221015580")},
            {QStringLiteral("from_user_id"), QStringLiteral("ou_%1").arg(i)},
            {QStringLiteral("from_user_name"), QStringLiteral("员工%1").arg(i)},
            {QStringLiteral("department_name"), QStringLiteral("研发部")},
            {QStringLiteral("commit_time"), base + i * 60},
            {QStringLiteral("form_contents"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("field_id"), QStringLiteral("f1")},
                             {QStringLiteral("field_name"), QStringLiteral("本周完成")},
                             {QStringLiteral("field_value"), QStringLiteral("第%1项").arg(i)}}}},
        };
        platform.simulator.addReportSubmission(submission);
    }
    TaskRef ref = SimulatedPlatform::ref(TaskKind::FeishuReport, {});
    ref.report.ruleId = QStringLiteral("6969410005221015580");
    ref.report.from = QDateTime::fromSecsSinceEpoch(base - 3600, Qt::UTC);
    ref.report.to = QDateTime::fromSecsSinceEpoch(base + 86400, Qt::UTC);
    ref.taskId = TaskRef::reportTaskId(ref.report);

    const auto result = platform.fetch(ref);
    QVERIFY(result.has_value());
    QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().summary()));
    const TaskSnapshot &snapshot = result->value();
    QCOMPARE(snapshot.reports.size(), 45);
    QCOMPARE(snapshot.total.value(), 45);
    QCOMPARE(snapshot.reports[44].fromUserName, QStringLiteral("员工44"));
    QCOMPARE(snapshot.reports[0].formContents[0].fieldName, QStringLiteral("本周完成"));
    QCOMPARE(platform.simulator.requestCount(SimEndpoint::FeishuReportQuery), 3);

    // The wire contract: page_size within 0..20, ids as strings, page_token "" first.
    const QList<RecordedRequest> requests = platform.simulator.recentRequests();
    QList<QJsonObject> bodies;
    for (const RecordedRequest &request : requests) {
        if (request.endpoint == QLatin1String("feishu.report"))
            bodies << QJsonDocument::fromJson(request.body).object();
    }
    QCOMPARE(bodies.size(), 3);
    QCOMPARE(bodies[0].value(QStringLiteral("page_token")).toString(), QString());
    QVERIFY(bodies[0].value(QStringLiteral("page_token")).isString());
    QVERIFY(!bodies[1].value(QStringLiteral("page_token")).toString().isEmpty());
    for (const QJsonObject &body : bodies) {
        QVERIFY(body.value(QStringLiteral("page_size")).toInt() <= 20);
        QVERIFY(body.value(QStringLiteral("rule_id")).isString());
    }
}

void tst_ApiClients::insecureBaseUrlIsRefused()
{
    SimulatedPlatform platform;
    Account account = platform.feishuAccount();
    account.baseUrl = QStringLiteral("http://open.feishu.example");
    platform.session->setAccount(account, SimulatedPlatform::kFeishuSecret);
    const auto result =
        platform.fetch(SimulatedPlatform::ref(TaskKind::FeishuDrive, QStringLiteral("1")));
    QVERIFY(result && !result->ok());
    QCOMPARE(result->error().category, ApiError::Category::Configuration);
    QVERIFY(result->error().message.contains(QStringLiteral("open.feishu.example")));
    QCOMPARE(platform.simulator.requestCount(), 0);
    QCOMPARE(platform.session->transport().ledger().calls(
                 platform.session->transport().currentMonth(), account.id),
             0);
}

void tst_ApiClients::storageNeedsAnOperator()
{
    SimulatedPlatform platform;
    Account account = platform.dingTalkAccount();
    account.unionId.clear();
    platform.session->setAccount(account, SimulatedPlatform::kDingTalkSecret);
    const auto result =
        platform.fetch(SimulatedPlatform::ref(TaskKind::DingTalkStorage, QStringLiteral("st-1")));
    QVERIFY(result && !result->ok());
    QCOMPARE(result->error().category, ApiError::Category::Configuration);
    QCOMPARE(platform.simulator.requestCount(), 0);

    TaskRef ref = SimulatedPlatform::ref(TaskKind::DingTalkStorage, QStringLiteral("st-1"));
    ref.unionId = QStringLiteral("union-from-url");
    platform.simulator.addTask(simpleTask(SimTaskKind::DingTalkStorage, QStringLiteral("st-1"),
                                          {{QStringLiteral("status"), QStringLiteral("INIT")}}));
    const auto withUnion = platform.fetch(ref);
    QVERIFY(withUnion && withUnion->ok());
    QVERIFY(platform.simulator.recentRequests().last().queryItems.contains(
        {QStringLiteral("unionId"), QStringLiteral("union-from-url")}));
}

void tst_ApiClients::callsAreCountedPerAccountAndEndpoint()
{
    SimulatedPlatform platform;
    platform.simulator.addTask(simpleTask(SimTaskKind::FeishuDrive, QStringLiteral("d1"),
                                          {{QStringLiteral("status"), QStringLiteral("process")}}));
    platform.simulator.addTask(simpleTask(SimTaskKind::DingTalkDoc, QStringLiteral("c1"),
                                          {{QStringLiteral("status"), 0}}));
    QSignalSpy sent(&platform.session->transport(), &ApiTransport::callSent);
    for (int i = 0; i < 3; ++i)
        QVERIFY(platform.fetch(SimulatedPlatform::ref(TaskKind::FeishuDrive, QStringLiteral("d1")))
                    ->ok());
    QVERIFY(
        platform.fetch(SimulatedPlatform::ref(TaskKind::DingTalkDoc, QStringLiteral("c1")))->ok());

    const CallLedger &ledger = platform.session->transport().ledger();
    const QString month = platform.session->transport().currentMonth();
    QCOMPARE(ledger.calls(month, QStringLiteral("feishu-main"), QStringLiteral("feishu-drive")), 3);
    QCOMPARE(ledger.calls(month, QStringLiteral("feishu-main"), QStringLiteral("feishu-token")), 1);
    QCOMPARE(ledger.meteredCalls(month, QStringLiteral("feishu-main")), 3);
    QCOMPARE(ledger.calls(month, QStringLiteral("dingtalk-main"), QStringLiteral("dingtalk-doc")),
             1);
    QCOMPARE(ledger.meteredCalls(month, QStringLiteral("dingtalk-main")), 1);
    QCOMPARE(sent.count(), 6);
    QCOMPARE(platform.simulator.requestCount(), 6);
}

QTEST_GUILESS_MAIN(tst_ApiClients)
#include "tst_apiclients.moc"
