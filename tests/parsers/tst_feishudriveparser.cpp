#include "ParserTestSupport.h"

#include "network/parsers/FeishuDriveTaskCheckParser.h"

using namespace ParserTest;

namespace {

const QString kTaskId = QStringLiteral("7360595374803812356");

} // namespace

// parseFeishuDriveTaskCheck: the doc example, every status word, errors by code.
class TestFeishuDriveParser : public QObject
{
    Q_OBJECT

private slots:
    void docExample();
    void statusWords_data();
    void statusWords();
    void missingFieldsAreErrors_data();
    void missingFieldsAreErrors();
    void errorCodes_data();
    void errorCodes();
};

void TestFeishuDriveParser::docExample()
{
    const QByteArray body = fixture(QStringLiteral("feishu-drive-success.json"));
    const Result<TaskSnapshot> result = parseFeishuDriveTaskCheck(response(200, body), kTaskId);
    QVERIFY(result.ok());
    QCOMPARE(result->kind, TaskKind::FeishuDrive);
    QCOMPARE(result->taskId, kTaskId);
    QCOMPARE(state(result->state), state(TaskState::Succeeded));
    QCOMPARE(result->rawStatus, QStringLiteral("success"));
    QVERIFY(!result->progress.has_value());
    QVERIFY(!result->total.has_value());
    QCOMPARE(result->rawBody, body);
    QCOMPARE(result->warnings, QStringList());
}

void TestFeishuDriveParser::statusWords_data()
{
    QTest::addColumn<QByteArray>("status");
    QTest::addColumn<QString>("expectedState");
    QTest::addColumn<QString>("expectedRaw");
    QTest::addColumn<int>("warningCount");

    const QString succeeded = state(TaskState::Succeeded);
    const QString failed = state(TaskState::Failed);
    const QString running = state(TaskState::Running);
    const QString unknown = state(TaskState::Unknown);
    QTest::newRow("success") << QByteArray(R"("success")") << succeeded << "success" << 0;
    QTest::newRow("SUCCESS") << QByteArray(R"("SUCCESS")") << succeeded << "SUCCESS" << 0;
    QTest::newRow("Success padded")
        << QByteArray(R"(" Success ")") << succeeded << " Success " << 0;
    QTest::newRow("fail") << QByteArray(R"("fail")") << failed << "fail" << 0;
    QTest::newRow("failed") << QByteArray(R"("failed")") << failed << "failed" << 0;
    QTest::newRow("FAIL") << QByteArray(R"("FAIL")") << failed << "FAIL" << 0;
    QTest::newRow("process") << QByteArray(R"("process")") << running << "process" << 0;
    QTest::newRow("Process") << QByteArray(R"("Process")") << running << "Process" << 0;
    // Before "process", seen in the platforms' own CLI tests (DESIGN.md, real-log shapes).
    QTest::newRow("pending") << QByteArray(R"("pending")") << state(TaskState::Pending) << "pending"
                             << 0;
    QTest::newRow("processing") << QByteArray(R"("processing")") << unknown << "processing" << 0;
    QTest::newRow("empty") << QByteArray(R"("")") << unknown << "" << 0;
    QTest::newRow("number") << QByteArray("1") << unknown << "1" << 1;
    QTest::newRow("object") << QByteArray(R"({"s":"success"})") << unknown << R"({"s":"success"})"
                            << 1;
}

void TestFeishuDriveParser::statusWords()
{
    QFETCH(QByteArray, status);
    QFETCH(QString, expectedState);
    QFETCH(QString, expectedRaw);
    QFETCH(int, warningCount);
    const QByteArray body = R"({"code":0,"msg":"success","data":{"status":)" + status + "}}";
    const Result<TaskSnapshot> result = parseFeishuDriveTaskCheck(response(200, body), kTaskId);
    QVERIFY(result.ok());
    QCOMPARE(state(result->state), expectedState);
    QCOMPARE(result->rawStatus, expectedRaw);
    QVERIFY(!result->rawStatus.isNull());
    QCOMPARE(result->warnings.size(), warningCount);
    QCOMPARE(result->taskId, kTaskId);
    QVERIFY(!result->progress.has_value());
}

void TestFeishuDriveParser::missingFieldsAreErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("named");
    QTest::newRow("no data") << QByteArray(R"({"code":0,"msg":"success"})") << "data";
    QTest::newRow("data text") << QByteArray(R"({"code":0,"data":"success"})") << "data";
    QTest::newRow("no status") << QByteArray(R"({"code":0,"data":{}})") << "data.status";
}

void TestFeishuDriveParser::missingFieldsAreErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, named);
    const Result<TaskSnapshot> result = parseFeishuDriveTaskCheck(response(200, body), kTaskId);
    QVERIFY(!result.ok());
    QCOMPARE(category(result.error().category), category(ApiError::Category::InvalidResponse));
    QVERIFY2(result.error().message.contains(named), qPrintable(result.error().message));
    QCOMPARE(result.error().httpStatus, 200);
}

void TestFeishuDriveParser::errorCodes_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expectedCategory");
    QTest::addColumn<QString>("expectedCode");
    QTest::addColumn<QString>("expectedMessage");

    QTest::newRow("1061003 not found")
        << 404 << QByteArray(R"({"code":1061003,"msg":"not found.","error":{"log_id":"L1"}})")
        << category(ApiError::Category::NotFound) << "1061003"
        << "not found.";
    QTest::newRow("1061001 internal")
        << 500 << QByteArray(R"({"code":1061001,"msg":"internal error."})")
        << category(ApiError::Category::ServerError) << "1061001"
        << "internal error.";
    QTest::newRow("1061002 params")
        << 400 << QByteArray(R"({"code":1061002,"msg":"params error."})")
        << category(ApiError::Category::Rejected) << "1061002"
        << "params error.";
    QTest::newRow("1061003 with HTTP 200")
        << 200 << QByteArray(R"({"code":1061003,"msg":"not found."})")
        << category(ApiError::Category::NotFound) << "1061003"
        << "not found.";
}

void TestFeishuDriveParser::errorCodes()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, expectedCategory);
    QFETCH(QString, expectedCode);
    QFETCH(QString, expectedMessage);
    const Result<TaskSnapshot> result = parseFeishuDriveTaskCheck(response(status, body), kTaskId);
    QVERIFY(!result.ok());
    QCOMPARE(category(result.error().category), expectedCategory);
    QCOMPARE(result.error().code, expectedCode);
    QCOMPARE(result.error().message, expectedMessage);
    QCOMPARE(result.error().httpStatus, status);
    QVERIFY(!result.error().hint.isEmpty());
}

QTEST_APPLESS_MAIN(TestFeishuDriveParser)
#include "tst_feishudriveparser.moc"
