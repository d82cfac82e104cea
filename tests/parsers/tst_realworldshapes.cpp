// The answers DESIGN.md lists under "Shapes seen in real logs and SDK fixtures": what public
// logs, issues and the platforms' SDK fixtures show and the endpoint documents do not.

#include "ParserTestSupport.h"

#include "network/parsers/DingTalkDocTaskParser.h"
#include "network/parsers/DingTalkStorageTaskParser.h"
#include "network/parsers/FeishuContactTaskParser.h"
#include "network/parsers/FeishuDriveTaskCheckParser.h"
#include "network/parsers/FeishuReportPageParser.h"
#include "network/parsers/FeishuTenantTokenParser.h"

#include <QTest>

using namespace ParserTest;

namespace {

enum class Endpoint { Contact, Drive, Storage, Doc, FeishuToken };

Result<TaskSnapshot> parseTask(Endpoint endpoint, const HttpResponse &response)
{
    switch (endpoint) {
    case Endpoint::Contact:
        return parseFeishuContactTask(response);
    case Endpoint::Drive:
        return parseFeishuDriveTaskCheck(response, QStringLiteral("7000000000000000001"));
    case Endpoint::Storage:
        return parseDingTalkStorageTask(response);
    case Endpoint::Doc:
        return parseDingTalkDocTask(response);
    case Endpoint::FeishuToken:
        break;
    }
    return ApiError{};
}

const Headers kPlainText{{"Content-Type", "text/plain; charset=utf-8"}};
const Headers kDingTalkIds{{"x-acs-request-id", "5C1E2D3F-0000-4000-8000-00000000A1B2"}};

} // namespace

Q_DECLARE_METATYPE(Endpoint)

class tst_RealWorldShapes final : public QObject
{
    Q_OBJECT

private slots:
    void errors_data();
    void errors();
    void states_data();
    void states();
    void subtaskCodeAsString();
    void tokenFailsWithHttp200();
    void reportEmptyDataIsAnEmptyPage();
    void reportEmptyValuesAndAbsentDepartments();
    void reportPagesRepeatingTheLastItem();
};

void tst_RealWorldShapes::errors_data()
{
    QTest::addColumn<Endpoint>("endpoint");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("messagePart");
    QTest::addColumn<QString>("requestId");
    QTest::addColumn<QString>("hintPart");

    // A wrong path on the Feishu gateway: no JSON, no platform, nothing a retry mends.
    QTest::newRow("feishu gateway 404 text/plain")
        << Endpoint::Contact << 404 << QByteArray("404 page not found") << kPlainText
        << QStringLiteral("rejected") << QString() << QStringLiteral("does not know this address")
        << QString() << QStringLiteral("server address");
    QTest::newRow("feishu gateway 404, drive")
        << Endpoint::Drive << 404 << QByteArray("404 page not found") << kPlainText
        << QStringLiteral("rejected") << QString() << QStringLiteral("not valid JSON") << QString()
        << QStringLiteral("server address");

    // DingTalk's gateway says "wrong path" (and old-style failures) with HTTP 200 and errcode.
    QTest::newRow("dingtalk errcode 404 on HTTP 200, doc")
        << Endpoint::Doc << 200
        << QByteArray(R"({"errcode": 404, "errmsg": "请求的URI地址不存在"})") << kDingTalkIds
        << QStringLiteral("rejected") << QStringLiteral("404")
        << QStringLiteral("请求的URI地址不存在")
        << QStringLiteral("5C1E2D3F-0000-4000-8000-00000000A1B2")
        << QStringLiteral("does not know this address");
    QTest::newRow("dingtalk errcode 404 on HTTP 200, storage")
        << Endpoint::Storage << 200
        << QByteArray(R"({"errcode":404,"errmsg":"请求的URI地址不存在"})") << Headers{}
        << QStringLiteral("rejected") << QStringLiteral("404")
        << QStringLiteral("请求的URI地址不存在") << QString() << QStringLiteral("server address");
    QTest::newRow("dingtalk old-style invalid token")
        << Endpoint::Doc << 200
        << QByteArray(R"({"errcode":40014,"errmsg":"不合法的access_token","requestid":"abc123"})")
        << Headers{} << QStringLiteral("token_rejected") << QStringLiteral("40014")
        << QStringLiteral("不合法的access_token") << QStringLiteral("abc123") << QString();
    QTest::newRow("dingtalk errcode as text")
        << Endpoint::Doc << 200 << QByteArray(R"({"errcode":"-1","errmsg":"系统繁忙"})")
        << Headers{} << QStringLiteral("server_error") << QStringLiteral("-1")
        << QStringLiteral("系统繁忙") << QString() << QString();

    // DingTalk code spellings seen in SDK fixtures; requestid in lower case.
    QTest::newRow("dingtalk unknownError with 500")
        << Endpoint::Doc << 500
        << QByteArray(R"({"code":"unknownError","requestid":"r-500","message":"未知错误"})")
        << Headers{} << QStringLiteral("server_error") << QStringLiteral("unknownError")
        << QStringLiteral("未知错误") << QStringLiteral("r-500") << QString();
    QTest::newRow("dingtalk AuthenticationFailed.MissingParameter")
        << Endpoint::Storage << 400
        << QByteArray(R"({"code":"AuthenticationFailed.MissingParameter","requestid":"r-400",)"
                      R"("message":"x-acs-dingtalk-access-token is missing"})")
        << Headers{} << QStringLiteral("token_rejected")
        << QStringLiteral("AuthenticationFailed.MissingParameter")
        << QStringLiteral("access-token is missing") << QStringLiteral("r-400") << QString();
    QTest::newRow("dingtalk invalidClientIdOrSecret")
        << Endpoint::Doc << 400
        << QByteArray(R"({"Code":"invalidClientIdOrSecret","RequestId":"r-1","Message":"无效"})")
        << Headers{} << QStringLiteral("auth_failed") << QStringLiteral("invalidClientIdOrSecret")
        << QStringLiteral("无效") << QStringLiteral("r-1") << QString();

    // Feishu error details: the troubleshooter link and the violated scopes go to the user.
    QTest::newRow("feishu troubleshooter and permission violations")
        << Endpoint::Drive << 400
        << QByteArray(
               R"({"code":99991672,"msg":"Access denied.","error":{"log_id":)"
               R"("20261201223344A1B2C3D4E5F60718293A4B","troubleshooter":)"
               R"("排查建议查看(Troubleshooting suggestions): )"
               R"(https://open.feishu.cn/search?log_id=20261201223344A1B2C3D4E5F60718293A4B",)"
               R"("permission_violations":[{"type":"action_scope_required",)"
               R"("subject":"drive:drive"},{"type":"action_scope_required",)"
               R"("subject":"drive:drive.metadata:readonly"}]}})")
        << Headers{} << QStringLiteral("permission_denied") << QStringLiteral("99991672")
        << QStringLiteral("Access denied.")
        << QStringLiteral("20261201223344A1B2C3D4E5F60718293A4B")
        << QStringLiteral("drive:drive, drive:drive.metadata:readonly");
    QTest::newRow("feishu troubleshooter link in the hint")
        << Endpoint::Contact << 400
        << QByteArray(R"({"code":99992402,"msg":"field validation failed","error":{"log_id":)"
                      R"("20261201223344FFEEDDCCBBAA0099887766","troubleshooter":)"
                      R"("https://open.feishu.cn/search?log_id=x","field_violations":)"
                      R"([{"field":"task_id","description":"task_id is required"}]}})")
        << Headers{} << QStringLiteral("rejected") << QStringLiteral("99992402")
        << QStringLiteral("field validation failed (task_id: task_id is required)")
        << QStringLiteral("20261201223344FFEEDDCCBBAA0099887766")
        << QStringLiteral("https://open.feishu.cn/search?log_id=x");
}

void tst_RealWorldShapes::errors()
{
    QFETCH(Endpoint, endpoint);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(Headers, headers);
    QFETCH(QString, category);
    QFETCH(QString, code);
    QFETCH(QString, messagePart);
    QFETCH(QString, requestId);
    QFETCH(QString, hintPart);
    const Result<TaskSnapshot> result = parseTask(endpoint, response(status, body, headers));
    QVERIFY2(!result.ok(), "an error answer must never become a task");
    const ApiError &error = result.error();
    QCOMPARE(ParserTest::category(error.category), category);
    QCOMPARE(error.code, code);
    QCOMPARE(error.httpStatus, status);
    QVERIFY2(error.message.contains(messagePart), qPrintable(error.message));
    QCOMPARE(error.requestId, requestId);
    QVERIFY2(error.hint.contains(hintPart), qPrintable(error.hint));
}

void tst_RealWorldShapes::states_data()
{
    QTest::addColumn<Endpoint>("endpoint");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("rawStatus");

    QTest::newRow("drive pending")
        << Endpoint::Drive
        << QByteArray(R"({"code":0,"msg":"success","data":{"status":"pending"}})")
        << QStringLiteral("pending") << QStringLiteral("pending");
    QTest::newRow("drive PENDING, any case")
        << Endpoint::Drive
        << QByteArray(R"({"code":0,"msg":"success","data":{"status":"PENDING"}})")
        << QStringLiteral("pending") << QStringLiteral("PENDING");
    QTest::newRow("drive failed") << Endpoint::Drive
                                  << QByteArray(
                                         R"({"code":0,"msg":"success","data":{"status":"failed"}})")
                                  << QStringLiteral("failed") << QStringLiteral("failed");
    // Over the seat limit: a status no document lists. Unknown, shown as sent.
    QTest::newRow("contact status 11")
        << Endpoint::Contact
        << QByteArray(
               R"({"code":0,"msg":"success","data":{"task_id":"0123456789abcdef0123456789abcdef",)"
               R"("type":"add_user","status":11,"progress":30,"total_num":10,"success_num":3,)"
               R"("fail_num":0,"create_time":1764600000}})")
        << QStringLiteral("unknown") << QStringLiteral("11");
    // errcode 0 is DingTalk's "success": the task is read as usual.
    QTest::newRow("dingtalk errcode 0 is no error")
        << Endpoint::Doc
        << QByteArray(
               R"({"errcode":0,"errmsg":"ok","taskId":"d1","status":1,"totalCount":1,"succCount":1})")
        << QStringLiteral("succeeded") << QStringLiteral("1");
}

void tst_RealWorldShapes::states()
{
    QFETCH(Endpoint, endpoint);
    QFETCH(QByteArray, body);
    QFETCH(QString, state);
    QFETCH(QString, rawStatus);
    const Result<TaskSnapshot> result = parseTask(endpoint, response(200, body));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(ParserTest::state(result.value().state), state);
    QCOMPARE(result.value().rawStatus, rawStatus);
}

void tst_RealWorldShapes::subtaskCodeAsString()
{
    const QByteArray body =
        R"({"code":0,"msg":"success","data":{"task_id":"0123456789abcdef0123456789abcdef",)"
        R"("type":"add_user","status":9,"progress":100,"total_num":2,"success_num":1,)"
        R"("fail_num":1,"create_time":1764600000,"finish_time":1764600060,"task_info":[)"
        R"({"code":"0","msg":"success","name":"a","user_id":"a"},)"
        R"({"code":"10013","msg":"invalid user_id","name":"b","user_id":"b"}]}})";
    const Result<TaskSnapshot> result = parseFeishuContactTask(response(200, body));
    QVERIFY(result.ok());
    const TaskSnapshot &snapshot = result.value();
    QCOMPARE(ParserTest::state(snapshot.state), QStringLiteral("partially_failed"));
    QCOMPARE(snapshot.subtasks.size(), 2);
    QCOMPARE(snapshot.subtasks[0].code, QStringLiteral("0"));
    QVERIFY(!snapshot.subtasks[0].failed);
    QCOMPARE(snapshot.subtasks[1].code, QStringLiteral("10013"));
    QVERIFY(snapshot.subtasks[1].failed);
}

void tst_RealWorldShapes::tokenFailsWithHttp200()
{
    const Result<AccessToken> token =
        parseFeishuTenantToken(response(200, R"({"code":10003,"msg":"invalid param"})",
                                        {{"X-Tt-Logid", "20261201000000AABBCCDDEEFF0011223344"}}));
    QVERIFY(!token.ok());
    QCOMPARE(ParserTest::category(token.error().category), QStringLiteral("auth_failed"));
    QCOMPARE(token.error().code, QStringLiteral("10003"));
    QCOMPARE(token.error().requestId, QStringLiteral("20261201000000AABBCCDDEEFF0011223344"));
}

void tst_RealWorldShapes::reportEmptyDataIsAnEmptyPage()
{
    const Result<FeishuReportPage> page =
        parseFeishuReportPage(response(200, R"({"code":0,"msg":"success","data":{}})"));
    QVERIFY(page.ok());
    QVERIFY(page.value().items.isEmpty());
    QVERIFY(!page.value().hasMore);
    QVERIFY(page.value().pageToken.isEmpty());
}

void tst_RealWorldShapes::reportEmptyValuesAndAbsentDepartments()
{
    const QByteArray body =
        R"({"code":0,"msg":"success","data":{"items":[{"task_id":"t1","rule_name":"",)"
        R"("from_user_id":"ou_1","from_user_name":"","department_name":"","commit_time":1764600000,)"
        R"("form_contents":[{"field_id":"f1","field_name":"本周","field_value":""}],)"
        R"("rule_id":"6969410005221015580","to_user_ids":[],"to_user_names":[]}],"has_more":false}})";
    const Result<FeishuReportPage> page = parseFeishuReportPage(response(200, body));
    QVERIFY(page.ok());
    QCOMPARE(page.value().items.size(), 1);
    const ReportSubmission &item = page.value().items.first();
    QCOMPARE(item.ruleName, QString());
    QCOMPARE(item.fromUserName, QString());
    QVERIFY(item.departmentIds.isEmpty());
    QCOMPARE(item.formContents.size(), 1);
    QCOMPARE(item.formContents.first().fieldValue, QString());
    QVERIFY2(page.value().warnings.isEmpty(), qPrintable(page.value().warnings.join(u'\n')));
}

void tst_RealWorldShapes::reportPagesRepeatingTheLastItem()
{
    const auto submission = [](const char *taskId) {
        ReportSubmission s;
        s.taskId = QString::fromLatin1(taskId);
        return s;
    };
    QList<ReportSubmission> all;
    QCOMPARE(appendReportPage(all, {submission("t1"), submission("t2")}), 0);
    // The next page starts with the previous page's last item.
    QCOMPARE(appendReportPage(all, {submission("t2"), submission("t3")}), 1);
    QCOMPARE(appendReportPage(all, {submission("t3")}), 1);
    QStringList ids;
    for (const ReportSubmission &s : std::as_const(all))
        ids << s.taskId;
    QCOMPARE(ids, strings({"t1", "t2", "t3"}));
    // Without a task_id nothing tells two apart: both are kept.
    QCOMPARE(appendReportPage(all, {submission(""), submission("")}), 0);
    QCOMPARE(all.size(), 5);
}

QTEST_APPLESS_MAIN(tst_RealWorldShapes)
#include "tst_realworldshapes.moc"
