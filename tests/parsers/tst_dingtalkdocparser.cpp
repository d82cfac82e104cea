#include "ParserTestSupport.h"

#include "network/parsers/DingTalkDocTaskParser.h"

using namespace ParserTest;

// parseDingTalkDocTask: documented status codes first, the counts when the status says nothing.
class TestDingTalkDocParser : public QObject
{
    Q_OBJECT

private slots:
    void docExample();
    void stateTable_data();
    void stateTable();
    void largeIdStaysExact();
    void errorCodes_data();
    void errorCodes();
};

void TestDingTalkDocParser::docExample()
{
    const QByteArray body = fixture(QStringLiteral("dingtalk-doc-task.json"));
    const Result<TaskSnapshot> result = parseDingTalkDocTask(response(200, body));
    QVERIFY(result.ok());
    const TaskSnapshot &s = result.value();
    QCOMPARE(s.kind, TaskKind::DingTalkDoc);
    QCOMPARE(s.taskId, QStringLiteral("abcd"));
    QCOMPARE(s.rawStatus, QStringLiteral("2"));
    // The status wins over the counts: 2 is "partly failed" although no count failed.
    QCOMPARE(state(s.state), state(TaskState::PartiallyFailed));
    QCOMPARE(orMinusOne(s.total), 1);
    QCOMPARE(orMinusOne(s.succeeded), 1);
    QCOMPARE(orMinusOne(s.failed), 0);
    QCOMPARE(orMinusOne(s.progress), 100.0);
    QCOMPARE(s.rawBody, body);
    QCOMPARE(s.warnings, QStringList());
}

void TestDingTalkDocParser::stateTable_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expectedState");
    QTest::addColumn<QString>("expectedRaw");
    QTest::addColumn<double>("expectedProgress");
    QTest::addColumn<int>("warningCount");

    const auto row = [](const char *name, const char *json, TaskState s, const char *raw,
                        double progress, int warnings) {
        QTest::newRow(name) << QByteArray(json) << state(s) << QString::fromUtf8(raw) << progress
                            << warnings;
    };
    row("-1 pending", R"({"taskId":"t","status":-1,"totalCount":3,"succCount":0,"failCount":0})",
        TaskState::Pending, "-1", 0.0, 0);
    row("0 running", R"({"taskId":"t","status":0,"totalCount":4,"succCount":1,"failCount":0})",
        TaskState::Running, "0", 25.0, 0);
    row("1 succeeded", R"({"taskId":"t","status":1,"totalCount":2,"succCount":2,"failCount":0})",
        TaskState::Succeeded, "1", 100.0, 0);
    row("2 partly", R"({"taskId":"t","status":2,"totalCount":2,"succCount":1,"failCount":1})",
        TaskState::PartiallyFailed, "2", 100.0, 0);
    row("3 all failed", R"({"taskId":"t","status":3,"totalCount":2,"succCount":0,"failCount":2})",
        TaskState::Failed, "3", 100.0, 0);
    row("4 failed", R"({"taskId":"t","status":4})", TaskState::Failed, "4", -1.0, 0);
    row("1 as text", R"({"status":"1"})", TaskState::Succeeded, "1", -1.0, 0);
    row("status wins over unfinished counts",
        R"({"status":1,"totalCount":5,"succCount":1,"failCount":0})", TaskState::Succeeded, "1",
        20.0, 0);
    row("5 finished by counts", R"({"status":5,"totalCount":3,"succCount":3,"failCount":0})",
        TaskState::Succeeded, "5", 100.0, 0);
    row("5 unfinished counts", R"({"status":5,"totalCount":3,"succCount":1,"failCount":0})",
        TaskState::Unknown, "5", 100.0 / 3.0, 0);
    row("word judged by counts", R"({"status":"done","totalCount":2,"succCount":0,"failCount":2})",
        TaskState::Failed, "done", 100.0, 0);
    row("missing status, all succeeded", R"({"totalCount":3,"succCount":3,"failCount":0})",
        TaskState::Succeeded, nullptr, 100.0, 1);
    row("missing status, all failed", R"({"totalCount":3,"succCount":0,"failCount":3})",
        TaskState::Failed, nullptr, 100.0, 1);
    row("missing status, mixed", R"({"totalCount":3,"succCount":1,"failCount":2})",
        TaskState::PartiallyFailed, nullptr, 100.0, 1);
    row("missing status, unfinished", R"({"totalCount":3,"succCount":1,"failCount":1})",
        TaskState::Unknown, nullptr, 200.0 / 3.0, 1);
    row("missing status, total zero", R"({"totalCount":0,"succCount":0,"failCount":0})",
        TaskState::Unknown, nullptr, -1.0, 1);
    row("missing everything", R"({})", TaskState::Unknown, nullptr, -1.0, 1);
    row("status object", R"({"status":{"code":1},"totalCount":1,"succCount":1})",
        TaskState::Succeeded, R"({"code":1})", 100.0, 1);
    row("count unusable", R"({"status":0,"totalCount":[1],"succCount":1})", TaskState::Running, "0",
        -1.0, 1);
}

void TestDingTalkDocParser::stateTable()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expectedState);
    QFETCH(QString, expectedRaw);
    QFETCH(double, expectedProgress);
    QFETCH(int, warningCount);
    const Result<TaskSnapshot> result = parseDingTalkDocTask(response(200, body));
    QVERIFY(result.ok());
    QCOMPARE(state(result->state), expectedState);
    QCOMPARE(result->rawStatus, expectedRaw);
    QCOMPARE(result->rawStatus.isNull(), expectedRaw.isNull());
    QCOMPARE(orMinusOne(result->progress), expectedProgress);
    QCOMPARE(result->warnings.size(), warningCount);
}

void TestDingTalkDocParser::largeIdStaysExact()
{
    const Result<TaskSnapshot> result =
        parseDingTalkDocTask(response(200, R"({"taskId":7360595374803812356,"status":0})"));
    QVERIFY(result.ok());
    QCOMPARE(result->taskId, QStringLiteral("7360595374803812356"));
}

void TestDingTalkDocParser::errorCodes_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expectedCategory");
    QTest::addColumn<QString>("expectedCode");

    QTest::newRow("paramError") << 400
                                << QByteArray(R"({"code":"paramError","message":"taskId empty",)"
                                              R"("requestid":"R1"})")
                                << category(ApiError::Category::Rejected) << "paramError";
    QTest::newRow("systemError") << 500
                                 << QByteArray(R"({"code":"systemError","message":"busy",)"
                                               R"("requestid":"R1"})")
                                 << category(ApiError::Category::ServerError) << "systemError";
    QTest::newRow("unknownError")
        << 500
        << QByteArray(R"({"code":"unknownError","message":"Unknown Error","requestid":"R1"})")
        << category(ApiError::Category::ServerError) << "unknownError";
    QTest::newRow("operationTimeout")
        << 503 << QByteArray(R"({"code":"operationTimeout","message":"t","requestid":"R1"})")
        << category(ApiError::Category::ServerError) << "operationTimeout";
    QTest::newRow("code with HTTP 200")
        << 200 << QByteArray(R"({"code":"paramError","message":"bad","requestid":"R1"})")
        << category(ApiError::Category::Rejected) << "paramError";
}

void TestDingTalkDocParser::errorCodes()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, expectedCategory);
    QFETCH(QString, expectedCode);
    const Result<TaskSnapshot> result = parseDingTalkDocTask(response(status, body));
    QVERIFY(!result.ok());
    QCOMPARE(category(result.error().category), expectedCategory);
    QCOMPARE(result.error().code, expectedCode);
    QCOMPARE(result.error().requestId, QStringLiteral("R1"));
    QCOMPARE(result.error().httpStatus, status);
    QVERIFY(!result.error().hint.isEmpty());
}

QTEST_APPLESS_MAIN(TestDingTalkDocParser)
#include "tst_dingtalkdocparser.moc"
