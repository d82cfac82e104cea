#include "ParserTestSupport.h"

#include "network/parsers/FeishuContactTaskParser.h"

#include <QElapsedTimer>

using namespace ParserTest;

namespace {

QByteArray contactBody(const QByteArray &dataMembers)
{
    return QByteArray(R"({"code":0,"msg":"success","data":{)") + dataMembers + "}}";
}

QStringList keysOf(const SubtaskRow &row)
{
    QStringList keys;
    for (const auto &field : row.fields)
        keys << field.first;
    return keys;
}

} // namespace

// parseFeishuContactTask: the documented examples, the state table, and what a broken answer
// turns into.
class TestFeishuContactParser : public QObject
{
    Q_OBJECT

private slots:
    void docExampleAddUser();
    void docExampleAddDepartment();
    void stateTable_data();
    void stateTable();
    void progress_data();
    void progress();
    void numericStrings();
    void largeIdsStayExact();
    void subtaskValueTypes();
    void subtaskKeyOrderWithEscapesAndDuplicates();
    void unusableFieldsGivePartialSnapshot_data();
    void unusableFieldsGivePartialSnapshot();
    void missingFieldsAreErrors_data();
    void missingFieldsAreErrors();
    void platformErrorCode();
    void fiveMegabytesOfRows();
};

void TestFeishuContactParser::docExampleAddUser()
{
    const QByteArray body = fixture(QStringLiteral("feishu-contact-add-user.json"));
    const Result<TaskSnapshot> result = parseFeishuContactTask(response(200, body));
    QVERIFY(result.ok());
    const TaskSnapshot &s = result.value();
    QCOMPARE(s.kind, TaskKind::FeishuContact);
    QCOMPARE(s.taskId, QStringLiteral("123456784b68a7c89abcdef092dc09ea"));
    QCOMPARE(s.type, QStringLiteral("add_user"));
    QCOMPARE(s.rawStatus, QStringLiteral("8"));
    // status 8 with a finish_time and one failed row: finished, partly failed.
    QCOMPARE(state(s.state), state(TaskState::PartiallyFailed));
    QCOMPARE(orMinusOne(s.progress), 100.0);
    QCOMPARE(orMinusOne(s.total), 2);
    QCOMPARE(orMinusOne(s.succeeded), 1);
    QCOMPARE(orMinusOne(s.failed), 1);
    QCOMPARE(s.createdAt, utc("2019-08-15T14:15:19Z"));
    QCOMPARE(s.finishedAt, utc("2019-08-15T14:15:23Z"));
    QCOMPARE(s.createdAt.timeSpec(), Qt::UTC);
    QCOMPARE(s.rawBody, body);
    QCOMPARE(s.warnings, QStringList());
    QCOMPARE(s.subtasks.size(), 2);

    const SubtaskRow &first = s.subtasks.at(0);
    QCOMPARE(keysOf(first), strings({"code", "msg", "action", "departments", "email", "mobile",
                                     "name", "open_id", "user_id"}));
    QCOMPARE(first.code, QStringLiteral("0"));
    QCOMPARE(first.message, QStringLiteral("success"));
    QVERIFY(!first.failed);
    QCOMPARE(first.value(QStringLiteral("code")), QVariant(qint64(0)));
    QCOMPARE(first.value(QStringLiteral("action")), QVariant(qint64(1)));
    QCOMPARE(first.value(QStringLiteral("departments")), QVariant(strings({"custom_1"})));
    QCOMPARE(first.value(QStringLiteral("email")), QVariant(QStringLiteral("custom_1@feishu.cn")));
    QCOMPARE(first.value(QStringLiteral("mobile")), QVariant(QStringLiteral("13000000001")));
    QCOMPARE(first.value(QStringLiteral("open_id")),
             QVariant(QStringLiteral("ou_123456784b68a7c89abcdef092dc09ea")));
    QCOMPARE(first.value(QStringLiteral("user_id")), QVariant(QStringLiteral("custom_1")));

    const SubtaskRow &second = s.subtasks.at(1);
    QCOMPARE(keysOf(second), strings({"code", "msg", "departments", "mobile", "name", "user_id"}));
    QCOMPARE(second.code, QStringLiteral("10013"));
    QCOMPARE(second.message, QStringLiteral("invalid user_id"));
    QVERIFY(second.failed);
    QCOMPARE(second.text(QStringLiteral("user_id")), QStringLiteral("_custom_2"));
    QCOMPARE(second.text(QStringLiteral("departments")), QStringLiteral("custom_2"));
}

void TestFeishuContactParser::docExampleAddDepartment()
{
    const QByteArray body = fixture(QStringLiteral("feishu-contact-add-department.json"));
    const Result<TaskSnapshot> result = parseFeishuContactTask(response(200, body));
    QVERIFY(result.ok());
    const TaskSnapshot &s = result.value();
    QCOMPARE(s.taskId, QStringLiteral("123456784b68a7c89abcdef092dc09ea"));
    QCOMPARE(s.type, QStringLiteral("add_department"));
    QCOMPARE(s.rawStatus, QStringLiteral("8"));
    QCOMPARE(state(s.state), state(TaskState::Succeeded));
    QCOMPARE(orMinusOne(s.progress), 100.0);
    QCOMPARE(orMinusOne(s.total), 2);
    QCOMPARE(orMinusOne(s.succeeded), 2);
    QCOMPARE(orMinusOne(s.failed), 0);
    QCOMPARE(s.finishedAt, utc("2019-08-15T14:15:23Z"));
    QCOMPARE(s.subtasks.size(), 2);
    QCOMPARE(keysOf(s.subtasks.at(0)),
             strings({"code", "msg", "action", "chat_id", "department_id", "name", "parent_id"}));
    QCOMPARE(s.subtasks.at(0).value(QStringLiteral("parent_id")), QVariant(QStringLiteral("0")));
    QCOMPARE(s.subtasks.at(0).text(QStringLiteral("chat_id")),
             QStringLiteral("oc_123456784b68a7c89abcdef092dc09ea"));
    QCOMPARE(keysOf(s.subtasks.at(1)),
             strings({"code", "msg", "action", "department_id", "name", "parent_id"}));
    QCOMPARE(s.subtasks.at(1).text(QStringLiteral("parent_id")), QStringLiteral("custom_1"));
    QVERIFY(!s.subtasks.at(1).failed);
    QCOMPARE(s.warnings, QStringList());
}

void TestFeishuContactParser::stateTable_data()
{
    QTest::addColumn<QByteArray>("members");
    QTest::addColumn<QString>("expectedState");
    QTest::addColumn<QString>("expectedRawStatus");

    const QString running = state(TaskState::Running);
    const QString succeeded = state(TaskState::Succeeded);
    const QString partial = state(TaskState::PartiallyFailed);
    const QString failed = state(TaskState::Failed);
    const QString unknown = state(TaskState::Unknown);
    const QByteArray finish = R"(,"finish_time":1565878523)";

    QTest::newRow("0 running") << QByteArray(R"("status":0)") << running << "0";
    QTest::newRow("1 running") << QByteArray(R"("status":1,"fail_num":0)") << running << "1";
    QTest::newRow("8 running without finish_time")
        << QByteArray(R"("status":8,"fail_num":1)") << running << "8";
    QTest::newRow("8 with finish_time, no failures")
        << QByteArray(R"("status":8,"fail_num":0)") + finish << succeeded << "8";
    QTest::newRow("8 with finish_time, failures")
        << QByteArray(R"("status":8,"fail_num":3)") + finish << partial << "8";
    QTest::newRow("9 no failures") << QByteArray(R"("status":9,"fail_num":0)") << succeeded << "9";
    QTest::newRow("9 fail_num absent") << QByteArray(R"("status":9)") << succeeded << "9";
    QTest::newRow("9 with failures") << QByteArray(R"("status":9,"fail_num":2)") << partial << "9";
    QTest::newRow("10 failed") << QByteArray(R"("status":10,"fail_num":0)") << failed << "10";
    QTest::newRow("10 failed with finish_time")
        << QByteArray(R"("status":10)") + finish << failed << "10";
    QTest::newRow("9 as text") << QByteArray(R"("status":"9","fail_num":"0")") << succeeded << "9";
    QTest::newRow("3 as text") << QByteArray(R"("status":" 3 ")") << running << " 3 ";
    QTest::newRow("negative") << QByteArray(R"("status":-1)") << unknown << "-1";
    QTest::newRow("11") << QByteArray(R"("status":11)") << unknown << "11";
    QTest::newRow("99 with finish_time")
        << QByteArray(R"("status":99)") + finish << unknown << "99";
    QTest::newRow("fraction") << QByteArray(R"("status":9.5)") << unknown << "9.5";
    QTest::newRow("word") << QByteArray(R"("status":"done")") << unknown << "done";
    QTest::newRow("boolean") << QByteArray(R"("status":true)") << unknown << "true";
    QTest::newRow("finish_time 0 is not a finish")
        << QByteArray(R"("status":4,"finish_time":0)") << running << "4";
}

void TestFeishuContactParser::stateTable()
{
    QFETCH(QByteArray, members);
    QFETCH(QString, expectedState);
    QFETCH(QString, expectedRawStatus);
    const Result<TaskSnapshot> result = parseFeishuContactTask(response(200, contactBody(members)));
    QVERIFY(result.ok());
    QCOMPARE(state(result->state), expectedState);
    QCOMPARE(result->rawStatus, expectedRawStatus);
}

void TestFeishuContactParser::progress_data()
{
    QTest::addColumn<QByteArray>("members");
    QTest::addColumn<double>("expectedProgress");
    QTest::addColumn<int>("warningCount");

    QTest::newRow("given") << QByteArray(R"("status":3,"progress":42.5)") << 42.5 << 0;
    QTest::newRow("given as text") << QByteArray(R"("status":3,"progress":"37")") << 37.0 << 0;
    QTest::newRow("clamped high") << QByteArray(R"("status":3,"progress":150)") << 100.0 << 0;
    QTest::newRow("clamped low") << QByteArray(R"("status":3,"progress":-3)") << 0.0 << 0;
    QTest::newRow("from counts") << QByteArray(
                                        R"("status":3,"total_num":4,"success_num":1,"fail_num":1)")
                                 << 50.0 << 0;
    QTest::newRow("counts, no failures given")
        << QByteArray(R"("status":3,"total_num":8,"success_num":2)") << 25.0 << 0;
    QTest::newRow("unusable progress falls back to counts")
        << QByteArray(R"("status":3,"progress":{"v":1},"total_num":4,"success_num":4)") << 100.0
        << 1;
    QTest::newRow("none and no total") << QByteArray(R"("status":3)") << -1.0 << 0;
    QTest::newRow("total zero") << QByteArray(R"("status":3,"total_num":0)") << -1.0 << 0;
}

void TestFeishuContactParser::progress()
{
    QFETCH(QByteArray, members);
    QFETCH(double, expectedProgress);
    QFETCH(int, warningCount);
    const Result<TaskSnapshot> result = parseFeishuContactTask(response(200, contactBody(members)));
    QVERIFY(result.ok());
    QCOMPARE(orMinusOne(result->progress), expectedProgress);
    QCOMPARE(result->warnings.size(), warningCount);
}

void TestFeishuContactParser::numericStrings()
{
    const Result<TaskSnapshot> result = parseFeishuContactTask(response(
        200,
        contactBody(R"("task_id":"t1","status":"9","total_num":"10","success_num":"7",)"
                    R"("fail_num":"3","create_time":"1565878519","finish_time":" 1565878523")")));
    QVERIFY(result.ok());
    QCOMPARE(orMinusOne(result->total), 10);
    QCOMPARE(orMinusOne(result->succeeded), 7);
    QCOMPARE(orMinusOne(result->failed), 3);
    QCOMPARE(orMinusOne(result->progress), 100.0);
    QCOMPARE(state(result->state), state(TaskState::PartiallyFailed));
    QCOMPARE(result->createdAt, utc("2019-08-15T14:15:19Z"));
    QCOMPARE(result->finishedAt, utc("2019-08-15T14:15:23Z"));
    QCOMPARE(result->warnings, QStringList());
}

void TestFeishuContactParser::largeIdsStayExact()
{
    const Result<TaskSnapshot> result = parseFeishuContactTask(response(
        200, contactBody(R"("task_id":7360595374803812356,"status":9,"task_info":[)"
                         R"({"code":0,"user_id":12345678901234567890,"open_id":9007199254740993,)"
                         R"("department_id":-6969410005221015580,"small":123456789012345}])")));
    QVERIFY(result.ok());
    QCOMPARE(result->taskId, QStringLiteral("7360595374803812356"));
    const SubtaskRow &row = result->subtasks.at(0);
    QCOMPARE(row.value(QStringLiteral("user_id")),
             QVariant(QStringLiteral("12345678901234567890")));
    QCOMPARE(row.value(QStringLiteral("open_id")), QVariant(QStringLiteral("9007199254740993")));
    QCOMPARE(row.value(QStringLiteral("department_id")),
             QVariant(QStringLiteral("-6969410005221015580")));
    QCOMPARE(row.value(QStringLiteral("small")), QVariant(qint64(123456789012345)));
}

void TestFeishuContactParser::subtaskValueTypes()
{
    const Result<TaskSnapshot> result = parseFeishuContactTask(response(
        200, contactBody(R"("status":9,"task_info":[{"code":"0","msg":"ok","flag":true,)"
                         R"("ratio":1.5,"nested":{"b":1,"a":[1,2]},"list":[1,"x",false,null],)"
                         R"("objects":[{"k":"v"}],"nothing":null,"empty":[]}])")));
    QVERIFY(result.ok());
    const SubtaskRow &row = result->subtasks.at(0);
    QCOMPARE(keysOf(row), strings({"code", "msg", "flag", "ratio", "nested", "list", "objects",
                                   "nothing", "empty"}));
    QCOMPARE(row.code, QStringLiteral("0"));
    QVERIFY(!row.failed);
    QCOMPARE(row.value(QStringLiteral("flag")), QVariant(true));
    QCOMPARE(row.value(QStringLiteral("ratio")), QVariant(1.5));
    QCOMPARE(row.value(QStringLiteral("nested")), QVariant(QStringLiteral(R"({"a":[1,2],"b":1})")));
    QCOMPARE(row.value(QStringLiteral("list")), QVariant(strings({"1", "x", "false", ""})));
    QCOMPARE(row.value(QStringLiteral("objects")), QVariant(QStringLiteral(R"([{"k":"v"}])")));
    QVERIFY(row.has(QStringLiteral("nothing")));
    QVERIFY(!row.value(QStringLiteral("nothing")).isValid());
    QCOMPARE(row.value(QStringLiteral("empty")), QVariant(QStringList()));
}

void TestFeishuContactParser::subtaskKeyOrderWithEscapesAndDuplicates()
{
    // A duplicate "data" keeps the last one, as QJsonDocument does; escaped keys are decoded.
    const QByteArray body =
        R"({"code":0,"data":{"status":1,"task_info":[{"zz":1}]},)"
        R"("data":{"status":9,"task_info":[{"z":1,"a\u0062":2,"m":3,"z":4},5,{"code":7,"msg":"x"}]}})";
    const Result<TaskSnapshot> result = parseFeishuContactTask(response(200, body));
    QVERIFY(result.ok());
    QCOMPARE(result->rawStatus, QStringLiteral("9"));
    QCOMPARE(result->subtasks.size(), 3);
    QCOMPARE(keysOf(result->subtasks.at(0)), strings({"z", "ab", "m"}));
    QCOMPARE(result->subtasks.at(0).value(QStringLiteral("z")), QVariant(qint64(4)));
    // A row that is not an object keeps its place, empty, and is reported.
    QCOMPARE(result->subtasks.at(1), SubtaskRow{});
    QCOMPARE(result->warnings.size(), 1);
    QVERIFY(result->warnings.at(0).contains(QStringLiteral("Row 2 of data.task_info")));
    QCOMPARE(result->subtasks.at(2).code, QStringLiteral("7"));
    QVERIFY(result->subtasks.at(2).failed);
}

void TestFeishuContactParser::unusableFieldsGivePartialSnapshot_data()
{
    QTest::addColumn<QByteArray>("members");
    QTest::addColumn<QString>("field");

    QTest::newRow("object as count")
        << QByteArray(R"("status":1,"total_num":{"n":3})") << "data.total_num";
    QTest::newRow("negative count") << QByteArray(R"("status":1,"fail_num":-2)") << "data.fail_num";
    QTest::newRow("text count") << QByteArray(R"("status":1,"success_num":"many")")
                                << "data.success_num";
    QTest::newRow("time as word") << QByteArray(R"("status":1,"create_time":"yesterday")")
                                  << "data.create_time";
    QTest::newRow("time out of range")
        << QByteArray(R"("status":1,"create_time":1e15)") << "data.create_time";
    QTest::newRow("type as list") << QByteArray(R"("status":1,"type":["add_user"])") << "data.type";
    QTest::newRow("task_info as object")
        << QByteArray(R"("status":1,"task_info":{"code":0})") << "data.task_info";
    QTest::newRow("task_id as object")
        << QByteArray(R"("status":1,"task_id":{})") << "data.task_id";
    QTest::newRow("status as object") << QByteArray(R"("status":{"v":9})") << "data.status";
}

void TestFeishuContactParser::unusableFieldsGivePartialSnapshot()
{
    QFETCH(QByteArray, members);
    QFETCH(QString, field);
    const Result<TaskSnapshot> result = parseFeishuContactTask(response(200, contactBody(members)));
    QVERIFY(result.ok());
    QCOMPARE(result->warnings.size(), 1);
    QVERIFY2(result->warnings.at(0).contains(field), qPrintable(result->warnings.at(0)));
    QVERIFY(!result->total && !result->createdAt.isValid() && result->type.isEmpty() &&
            result->subtasks.isEmpty() && result->taskId.isEmpty());
}

void TestFeishuContactParser::missingFieldsAreErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("named");

    QTest::newRow("no data") << QByteArray(R"({"code":0,"msg":"success"})") << "data";
    QTest::newRow("data null") << QByteArray(R"({"code":0,"data":null})") << "data";
    QTest::newRow("data is a list") << QByteArray(R"({"code":0,"data":[]})") << "data";
    QTest::newRow("no status") << QByteArray(R"({"code":0,"data":{"task_id":"x","progress":5}})")
                               << "data.status";
    QTest::newRow("status null") << QByteArray(R"({"code":0,"data":{"status":null}})")
                                 << "data.status";
}

void TestFeishuContactParser::missingFieldsAreErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, named);
    const Result<TaskSnapshot> result =
        parseFeishuContactTask(response(200, body, {{"X-Tt-Logid", "20240101abcdef"}}));
    QVERIFY(!result.ok());
    const ApiError &error = result.error();
    QCOMPARE(category(error.category), category(ApiError::Category::InvalidResponse));
    QCOMPARE(error.httpStatus, 200);
    QVERIFY2(error.message.contains(named), qPrintable(error.message));
    QCOMPARE(error.requestId, QStringLiteral("20240101abcdef"));
    QCOMPARE(error.bodyExcerpt, body);
    QVERIFY(!error.hint.isEmpty());
}

void TestFeishuContactParser::platformErrorCode()
{
    const Result<TaskSnapshot> result = parseFeishuContactTask(
        response(400, R"({"code":99991663,"msg":"Invalid access token for authorization.",)"
                      R"("error":{"log_id":"202401011200000A1B2C3D"}})"));
    QVERIFY(!result.ok());
    QCOMPARE(category(result.error().category), category(ApiError::Category::TokenRejected));
    QCOMPARE(result.error().code, QStringLiteral("99991663"));
    QCOMPARE(result.error().message, QStringLiteral("Invalid access token for authorization."));
    QCOMPARE(result.error().requestId, QStringLiteral("202401011200000A1B2C3D"));
    QCOMPARE(result.error().httpStatus, 400);
}

void TestFeishuContactParser::fiveMegabytesOfRows()
{
    constexpr int rows = 30000;
    QByteArray body = R"({"code":0,"msg":"success","data":{"task_id":"big","type":"add_user",)"
                      R"("status":9,"progress":100,"total_num":30000,"success_num":29999,)"
                      R"("fail_num":1,"create_time":1565878519,"finish_time":1565878523,)"
                      R"("task_info":[)";
    body.reserve(5 * 1024 * 1024 + 4096);
    for (int i = 0; i < rows; ++i) {
        if (i > 0)
            body += ',';
        const QByteArray n = QByteArray::number(i);
        body += R"({"code":)" + QByteArray(i == 17 ? "10013" : "0") +
                R"(,"msg":"success","action":1,"departments":["dep_)" + n + R"("],"email":"user_)" +
                n + R"(@example.com","mobile":"1300000)" + n + R"(","name":"User number )" + n +
                R"(","open_id":"ou_123456784b68a7c89abcdef0)" + n + R"(","user_id":"custom_)" + n +
                R"("})";
    }
    body += "]}}";
    QVERIFY2(body.size() >= 5 * 1000 * 1000, QByteArray::number(body.size()).constData());

    QElapsedTimer timer;
    timer.start();
    const Result<TaskSnapshot> result = parseFeishuContactTask(response(200, body));
    qInfo("parsed %lld bytes, %d rows in %lld ms", static_cast<long long>(body.size()), rows,
          static_cast<long long>(timer.elapsed()));
    QVERIFY(result.ok());
    QCOMPARE(result->subtasks.size(), rows);
    QCOMPARE(state(result->state), state(TaskState::PartiallyFailed));
    QCOMPARE(keysOf(result->subtasks.last()),
             strings({"code", "msg", "action", "departments", "email", "mobile", "name", "open_id",
                      "user_id"}));
    QCOMPARE(result->subtasks.last().text(QStringLiteral("user_id")),
             QStringLiteral("custom_29999"));
    QVERIFY(result->subtasks.at(17).failed);
    QVERIFY(!result->subtasks.at(18).failed);
    QCOMPARE(result->rawBody.size(), body.size());
}

QTEST_APPLESS_MAIN(TestFeishuContactParser)
#include "tst_feishucontactparser.moc"
