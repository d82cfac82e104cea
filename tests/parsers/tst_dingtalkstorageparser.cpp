#include "ParserTestSupport.h"

#include "network/parsers/DingTalkStorageTaskParser.h"

using namespace ParserTest;

namespace {

QByteArray storageBody(const QByteArray &taskMembers)
{
    return QByteArray(R"({"task":{)") + taskMembers + "}}";
}

} // namespace

// parseDingTalkStorageTask: the "task" object, its status words, counts and ISO 8601 times.
class TestDingTalkStorageParser : public QObject
{
    Q_OBJECT

private slots:
    void exampleFromFieldTable();
    void stateTable_data();
    void stateTable();
    void times_data();
    void times();
    void progress_data();
    void progress();
    void largeIdStaysExact();
    void missingFieldsAreErrors_data();
    void missingFieldsAreErrors();
    void taskNotExist();
};

void TestDingTalkStorageParser::exampleFromFieldTable()
{
    const QByteArray body = fixture(QStringLiteral("dingtalk-storage-task.json"));
    const Result<TaskSnapshot> result = parseDingTalkStorageTask(response(200, body));
    QVERIFY(result.ok());
    const TaskSnapshot &s = result.value();
    QCOMPARE(s.kind, TaskKind::DingTalkStorage);
    QCOMPARE(s.taskId, QStringLiteral("c4d5b2e8-7a9f-4e43-9b0c-2f5e6f0a1b7d"));
    QCOMPARE(s.rawStatus, QStringLiteral("SUCCESS"));
    QCOMPARE(state(s.state), state(TaskState::PartiallyFailed));
    QCOMPARE(orMinusOne(s.total), 10);
    QCOMPARE(orMinusOne(s.succeeded), 8);
    QCOMPARE(orMinusOne(s.failed), 2);
    QCOMPARE(orMinusOne(s.progress), 100.0);
    QCOMPARE(s.message, QStringLiteral("2 files were not moved: a file with the same name exists"));
    QCOMPARE(s.createdAt, utc("2022-07-29T14:55:00Z"));
    QCOMPARE(s.finishedAt, utc("2022-07-29T14:57:31Z"));
    QCOMPARE(s.createdAt.timeSpec(), Qt::UTC);
    QCOMPARE(s.rawBody, body);
    QCOMPARE(s.warnings, QStringList());
}

void TestDingTalkStorageParser::stateTable_data()
{
    QTest::addColumn<QByteArray>("members");
    QTest::addColumn<QString>("expectedState");
    QTest::addColumn<QString>("expectedRaw");

    QTest::newRow("INIT") << QByteArray(R"("status":"INIT")") << state(TaskState::Pending)
                          << "INIT";
    QTest::newRow("init") << QByteArray(R"("status":"init")") << state(TaskState::Pending)
                          << "init";
    QTest::newRow("IN_PROGRESS") << QByteArray(R"("status":"IN_PROGRESS","totalCount":4)")
                                 << state(TaskState::Running) << "IN_PROGRESS";
    QTest::newRow("SUCCESS no failures") << QByteArray(R"("status":"SUCCESS","failCount":0)")
                                         << state(TaskState::Succeeded) << "SUCCESS";
    QTest::newRow("SUCCESS failCount absent")
        << QByteArray(R"("status":"SUCCESS")") << state(TaskState::Succeeded) << "SUCCESS";
    QTest::newRow("SUCCESS with failures") << QByteArray(R"("status":"SUCCESS","failCount":3)")
                                           << state(TaskState::PartiallyFailed) << "SUCCESS";
    QTest::newRow("success lower case") << QByteArray(R"("status":"success","failCount":"0")")
                                        << state(TaskState::Succeeded) << "success";
    QTest::newRow("FAIL") << QByteArray(R"("status":"FAIL","failMessage":"quota")")
                          << state(TaskState::Failed) << "FAIL";
    QTest::newRow("Fail") << QByteArray(R"("status":"Fail")") << state(TaskState::Failed) << "Fail";
    QTest::newRow("CANCELLED") << QByteArray(R"("status":"CANCELLED")") << state(TaskState::Unknown)
                               << "CANCELLED";
    QTest::newRow("empty") << QByteArray(R"("status":"")") << state(TaskState::Unknown) << "";
    QTest::newRow("number") << QByteArray(R"("status":2)") << state(TaskState::Unknown) << "2";
}

void TestDingTalkStorageParser::stateTable()
{
    QFETCH(QByteArray, members);
    QFETCH(QString, expectedState);
    QFETCH(QString, expectedRaw);
    const Result<TaskSnapshot> result =
        parseDingTalkStorageTask(response(200, storageBody(members)));
    QVERIFY(result.ok());
    QCOMPARE(state(result->state), expectedState);
    QCOMPARE(result->rawStatus, expectedRaw);
}

void TestDingTalkStorageParser::times_data()
{
    QTest::addColumn<QByteArray>("beginTime");
    QTest::addColumn<QDateTime>("expected");
    QTest::addColumn<int>("warningCount");

    QTest::newRow("minutes, Z") << QByteArray(R"("2022-07-29T14:55Z")")
                                << utc("2022-07-29T14:55:00Z") << 0;
    QTest::newRow("seconds, Z") << QByteArray(R"("2022-07-29T14:55:07Z")")
                                << utc("2022-07-29T14:55:07Z") << 0;
    QTest::newRow("milliseconds") << QByteArray(R"("2022-07-29T14:55:07.250Z")")
                                  << utc("2022-07-29T14:55:07.250Z") << 0;
    QTest::newRow("offset +08:00")
        << QByteArray(R"("2022-07-29T22:55:07+08:00")") << utc("2022-07-29T14:55:07Z") << 0;
    QTest::newRow("minutes, offset")
        << QByteArray(R"("2022-07-29T22:55+08:00")") << utc("2022-07-29T14:55:00Z") << 0;
    QTest::newRow("negative offset")
        << QByteArray(R"("2022-07-29T09:55:07.5-05:00")") << utc("2022-07-29T14:55:07.500Z") << 0;
    QTest::newRow("no zone means UTC")
        << QByteArray(R"("2022-07-29T14:55:07")") << utc("2022-07-29T14:55:07Z") << 0;
    QTest::newRow("empty") << QByteArray(R"("")") << QDateTime() << 0;
    QTest::newRow("word") << QByteArray(R"("yesterday")") << QDateTime() << 1;
    QTest::newRow("number") << QByteArray("1659106507") << QDateTime() << 1;
    QTest::newRow("object") << QByteArray(R"({"t":1})") << QDateTime() << 1;
}

void TestDingTalkStorageParser::times()
{
    QFETCH(QByteArray, beginTime);
    QFETCH(QDateTime, expected);
    QFETCH(int, warningCount);
    const Result<TaskSnapshot> result = parseDingTalkStorageTask(
        response(200, storageBody(R"("status":"IN_PROGRESS","beginTime":)" + beginTime)));
    QVERIFY(result.ok());
    QCOMPARE(result->createdAt, expected);
    QCOMPARE(result->createdAt.isValid(), expected.isValid());
    if (expected.isValid())
        QCOMPARE(result->createdAt.timeSpec(), Qt::UTC);
    QCOMPARE(result->warnings.size(), warningCount);
}

void TestDingTalkStorageParser::progress_data()
{
    QTest::addColumn<QByteArray>("members");
    QTest::addColumn<double>("expectedProgress");

    QTest::newRow("no counts") << QByteArray() << -1.0;
    QTest::newRow("total zero") << QByteArray(R"(,"totalCount":0,"successCount":0)") << -1.0;
    QTest::newRow("quarter") << QByteArray(R"(,"totalCount":4,"successCount":1,"failCount":0)")
                             << 25.0;
    QTest::newRow("counts as text")
        << QByteArray(R"(,"totalCount":"4","successCount":"2","failCount":"1")") << 75.0;
    QTest::newRow("more than total")
        << QByteArray(R"(,"totalCount":2,"successCount":2,"failCount":1)") << 100.0;
    QTest::newRow("huge counts")
        << QByteArray(R"(,"totalCount":12345678901234567,"successCount":12345678901234567)")
        << 100.0;
}

void TestDingTalkStorageParser::progress()
{
    QFETCH(QByteArray, members);
    QFETCH(double, expectedProgress);
    const Result<TaskSnapshot> result =
        parseDingTalkStorageTask(response(200, storageBody(R"("status":"IN_PROGRESS")" + members)));
    QVERIFY(result.ok());
    QCOMPARE(orMinusOne(result->progress), expectedProgress);
    QCOMPARE(result->warnings, QStringList());
}

void TestDingTalkStorageParser::largeIdStaysExact()
{
    const Result<TaskSnapshot> result = parseDingTalkStorageTask(
        response(200, storageBody(R"("id":7360595374803812356,"status":"INIT")")));
    QVERIFY(result.ok());
    QCOMPARE(result->taskId, QStringLiteral("7360595374803812356"));
}

void TestDingTalkStorageParser::missingFieldsAreErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("named");
    QTest::newRow("no task") << QByteArray(R"({"id":"x","status":"SUCCESS"})") << "task";
    QTest::newRow("task is text") << QByteArray(R"({"task":"SUCCESS"})") << "task";
    QTest::newRow("empty object") << QByteArray("{}") << "task";
    QTest::newRow("no status") << QByteArray(R"({"task":{"id":"x","totalCount":3}})")
                               << "task.status";
}

void TestDingTalkStorageParser::missingFieldsAreErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, named);
    const Result<TaskSnapshot> result =
        parseDingTalkStorageTask(response(200, body, {{"x-acs-request-id", "REQ-1"}}));
    QVERIFY(!result.ok());
    QCOMPARE(category(result.error().category), category(ApiError::Category::InvalidResponse));
    QVERIFY2(result.error().message.contains(named), qPrintable(result.error().message));
    QCOMPARE(result.error().requestId, QStringLiteral("REQ-1"));
    QCOMPARE(result.error().bodyExcerpt, body);
}

void TestDingTalkStorageParser::taskNotExist()
{
    const Result<TaskSnapshot> result = parseDingTalkStorageTask(response(
        404, R"({"requestid":"9F6E0F8B-1C1C-7D7E-A0B8-5A2E3C1B0001","code":"taskNotExist",)"
             R"("message":"task not exist"})"));
    QVERIFY(!result.ok());
    QCOMPARE(category(result.error().category), category(ApiError::Category::NotFound));
    QCOMPARE(result.error().code, QStringLiteral("taskNotExist"));
    QCOMPARE(result.error().message, QStringLiteral("task not exist"));
    QCOMPARE(result.error().requestId, QStringLiteral("9F6E0F8B-1C1C-7D7E-A0B8-5A2E3C1B0001"));
    QCOMPARE(result.error().httpStatus, 404);
}

QTEST_APPLESS_MAIN(TestDingTalkStorageParser)
#include "tst_dingtalkstorageparser.moc"
