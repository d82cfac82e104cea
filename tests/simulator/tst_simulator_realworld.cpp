// The shapes DESIGN.md lists as seen in real logs and SDK fixtures, each produced on demand:
// by the gateways themselves (paths they do not serve), by faults, by a report quirk, or by
// scenario data.

#include "OpenPlatformSimulator.h"
#include "support/HttpTestClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <memory>

class TestSimulatorRealWorld final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void wrongPathOnEachGateway_data();
    void wrongPathOnEachGateway();
    void wrongPathFault();
    void platformCodes_data();
    void platformCodes();
    void feishuTokenCodeOnHttp200();
    void troubleshooterDetails();
    void reportWithoutSubmissionsIsAnEmptyObject();
    void reportPagesRepeatTheLastItem();
    void scriptedShapes_data();
    void scriptedShapes();

private:
    HttpResult doc(const QString &taskId = QStringLiteral("x1"));
    HttpResult report(const QString &pageToken, qint64 from, qint64 to);

    OpenPlatformSimulator m_sim;
    std::unique_ptr<HttpTestClient> m_client;
    QString m_feishu;
    QString m_dingTalk;
};

namespace {

constexpr qint64 kBase = 1764547200; // 2025-12-01, commit times of the submissions

SimTask task(SimTaskKind kind, const QString &id, const QJsonObject &fields)
{
    return SimTask{kind, id, {}, 0, {{0, fields}}, {}, false};
}

} // namespace

void TestSimulatorRealWorld::initTestCase()
{
    m_sim.useManualClock(0);
    m_sim.addFeishuApp(QStringLiteral("cli_a"), QStringLiteral("s"));
    m_sim.addDingTalkApp(QStringLiteral("dk"), QStringLiteral("s"));
    for (const SimEndpoint e : SimEndpoints::all())
        m_sim.setRateLimit(e, 0);
    m_sim.addTask(task(SimTaskKind::DingTalkDoc, QStringLiteral("x1"),
                       {{QStringLiteral("status"), 1}, {QStringLiteral("totalCount"), 1}}));
    m_sim.addTask(task(SimTaskKind::FeishuDrive, QStringLiteral("pending-1"),
                       {{QStringLiteral("status"), QStringLiteral("pending")}}));
    m_sim.addTask(task(SimTaskKind::FeishuContact, QStringLiteral("seats-1"),
                       {{QStringLiteral("status"), 11}, {QStringLiteral("progress"), 30}}));
    SimTask rows = task(SimTaskKind::FeishuContact, QStringLiteral("rows-1"),
                        {{QStringLiteral("status"), 9},
                         {QStringLiteral("progress"), 100},
                         {QStringLiteral("finish_time"), QStringLiteral("@step")}});
    rows.rows = QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("10013")},
                                       {QStringLiteral("msg"), QStringLiteral("invalid user_id")},
                                       {QStringLiteral("name"), QStringLiteral("b")}}};
    m_sim.addTask(rows);
    m_sim.addReportRule(QStringLiteral("42"), QStringLiteral("日报"));
    for (int i = 0; i < 5; ++i) {
        SimReportSubmission s;
        s.ruleId = QStringLiteral("42");
        s.fromUserId = QStringLiteral("ou_1");
        s.commitTime = kBase + i;
        // Empty values arrive as "", department_ids is absent.
        s.wire = QJsonObject{{QStringLiteral("task_id"), QStringLiteral("r%1").arg(i)},
                             {QStringLiteral("rule_name"), QString()},
                             {QStringLiteral("from_user_id"), s.fromUserId},
                             {QStringLiteral("department_name"), QString()},
                             {QStringLiteral("commit_time"), s.commitTime},
                             {QStringLiteral("rule_id"), QStringLiteral("42")}};
        m_sim.addReportSubmission(s);
    }
    QVERIFY(m_sim.listen() != 0);
    m_client = std::make_unique<HttpTestClient>(m_sim.baseUrl());
    m_feishu = m_client->feishuToken(QStringLiteral("cli_a"), QStringLiteral("s"));
    m_dingTalk = m_client->dingTalkToken(QStringLiteral("dk"), QStringLiteral("s"));
}

void TestSimulatorRealWorld::init()
{
    m_sim.clearFaults();
    m_sim.setReportPagesRepeatLastItem(false);
}

HttpResult TestSimulatorRealWorld::doc(const QString &taskId)
{
    return m_client->get("/v2.0/doc/task/info/" + taskId.toUtf8(),
                         HttpTestClient::dingTalk(m_dingTalk));
}

HttpResult TestSimulatorRealWorld::report(const QString &pageToken, qint64 from, qint64 to)
{
    const QJsonObject body{{QStringLiteral("rule_id"), QStringLiteral("42")},
                           {QStringLiteral("commit_start_time"), from},
                           {QStringLiteral("commit_end_time"), to},
                           {QStringLiteral("page_size"), 2},
                           {QStringLiteral("page_token"), pageToken}};
    return m_client->post("/open-apis/report/v1/tasks/query?user_id_type=open_id",
                          QJsonDocument(body).toJson(QJsonDocument::Compact),
                          HttpTestClient::bearer(m_feishu));
}

void TestSimulatorRealWorld::wrongPathOnEachGateway_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");

    QTest::newRow("feishu") << QByteArray("/open-apis/contact/v3/task/get?task_id=1") << 404
                            << QByteArray("404 page not found") << QByteArray("text/plain");
    QTest::newRow("dingtalk v1.0")
        << QByteArray("/v1.0/storage/task/x") << 200
        << QByteArray(R"({"errcode":404,"errmsg":"请求的URI地址不存在"})")
        << QByteArray("application/json");
    QTest::newRow("dingtalk v2.0")
        << QByteArray("/v2.0/doc/tasks/x") << 200
        << QByteArray(R"({"errcode":404,"errmsg":"请求的URI地址不存在"})")
        << QByteArray("application/json");
}

void TestSimulatorRealWorld::wrongPathOnEachGateway()
{
    QFETCH(QByteArray, path);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    const HttpResult r = m_client->get(path);
    QCOMPARE(r.status, status);
    QCOMPARE(r.body, body);
    QVERIFY2(r.header("Content-Type").startsWith(contentType),
             r.header("Content-Type").constData());
}

void TestSimulatorRealWorld::wrongPathFault()
{
    SimFault f;
    f.kind = SimFault::Kind::WrongPath;
    f.endpoint = QStringLiteral("dingtalk.doc");
    m_sim.addFault(f);
    const HttpResult d = doc();
    QCOMPARE(d.status, 200);
    QCOMPARE(d.json().value(QStringLiteral("errcode")).toInt(), 404);
    QCOMPARE(d.json().value(QStringLiteral("errmsg")).toString(),
             QStringLiteral("请求的URI地址不存在"));
    QVERIFY(!d.header("x-acs-request-id").isEmpty());
    // One request: the next is the normal answer again.
    QCOMPARE(doc().json().value(QStringLiteral("status")).toInt(), 1);

    f.endpoint = QStringLiteral("feishu.drive");
    m_sim.addFault(f);
    const HttpResult drive = m_client->get("/open-apis/drive/v1/files/task_check?task_id=pending-1",
                                           HttpTestClient::bearer(m_feishu));
    QCOMPARE(drive.status, 404);
    QCOMPARE(drive.body, QByteArray("404 page not found"));
}

void TestSimulatorRealWorld::platformCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("expectedStatus");
    QTest::addColumn<QByteArray>("expectedBody"); // without the request id

    QTest::newRow("unknownError with 500")
        << QStringLiteral("unknownError") << 500 << QStringLiteral("未知错误") << 500
        << QByteArray(R"({"code":"unknownError",)");
    QTest::newRow("AuthenticationFailed.MissingParameter")
        << QStringLiteral("AuthenticationFailed.MissingParameter") << 0
        << QStringLiteral("x-acs-dingtalk-access-token is missing") << 400
        << QByteArray(R"({"code":"AuthenticationFailed.MissingParameter",)");
    QTest::newRow("old-style errcode on HTTP 200")
        << QStringLiteral("errcode:40014") << 0 << QStringLiteral("不合法的access_token") << 200
        << QByteArray(R"({"errcode":40014,"errmsg":"不合法的access_token"})");
}

void TestSimulatorRealWorld::platformCodes()
{
    QFETCH(QString, code);
    QFETCH(int, status);
    QFETCH(QString, message);
    QFETCH(int, expectedStatus);
    QFETCH(QByteArray, expectedBody);
    SimFault f;
    f.kind = SimFault::Kind::PlatformCode;
    f.endpoint = QStringLiteral("dingtalk.doc");
    f.code = code;
    f.status = status;
    f.message = message;
    m_sim.addFault(f);
    const HttpResult r = doc();
    QCOMPARE(r.status, expectedStatus);
    QVERIFY2(r.body.startsWith(expectedBody), r.body.constData());
    if (!code.startsWith(QLatin1String("errcode:"))) {
        // requestid in lower case, the same id as the header.
        QCOMPARE(r.json().value(QStringLiteral("requestid")).toString().toLatin1(),
                 r.header("x-acs-request-id"));
        QCOMPARE(r.json().value(QStringLiteral("message")).toString(), message);
    }
}

void TestSimulatorRealWorld::feishuTokenCodeOnHttp200()
{
    SimFault f;
    f.kind = SimFault::Kind::PlatformCode;
    f.endpoint = QStringLiteral("feishu.token");
    f.code = QStringLiteral("10003");
    f.status = 200;
    f.message = QStringLiteral("invalid param");
    m_sim.addFault(f);
    const HttpResult r = m_client->post("/open-apis/auth/v3/tenant_access_token/internal",
                                        R"({"app_id":"cli_a","app_secret":"s"})",
                                        {{"Content-Type", "application/json"}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("code")).toInt(), 10003);
    QVERIFY(!r.json().contains(QStringLiteral("tenant_access_token")));
}

void TestSimulatorRealWorld::troubleshooterDetails()
{
    SimFault f;
    f.kind = SimFault::Kind::Troubleshooter;
    f.endpoint = QStringLiteral("feishu.drive");
    m_sim.addFault(f);
    const HttpResult r = m_client->get("/open-apis/drive/v1/files/task_check?task_id=pending-1",
                                       HttpTestClient::bearer(m_feishu));
    QCOMPARE(r.status, 400);
    const QJsonObject error = r.json().value(QStringLiteral("error")).toObject();
    const QString logId = error.value(QStringLiteral("log_id")).toString();
    // 14 timestamp digits and 20 hex digits, the same as the header.
    QCOMPARE(logId.size(), 34);
    QCOMPARE(logId.toLatin1(), r.header("X-Tt-Logid"));
    QVERIFY(error.value(QStringLiteral("troubleshooter")).toString().contains(logId));
    QCOMPARE(error.value(QStringLiteral("permission_violations")).toArray().size(), 2);
    QCOMPARE(error.value(QStringLiteral("field_violations"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("field"))
                 .toString(),
             QStringLiteral("task_id"));
}

void TestSimulatorRealWorld::reportWithoutSubmissionsIsAnEmptyObject()
{
    const HttpResult r = report({}, kBase + 1000, kBase + 2000);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray(R"({"code":0,"msg":"success","data":{}})"));
}

void TestSimulatorRealWorld::reportPagesRepeatTheLastItem()
{
    m_sim.setReportPagesRepeatLastItem(true);
    QStringList seen;
    QString token;
    int pages = 0;
    do {
        const QJsonObject data =
            report(token, kBase, kBase + 10).json().value(QStringLiteral("data")).toObject();
        for (const QJsonValue &item : data.value(QStringLiteral("items")).toArray()) {
            const QJsonObject submission = item.toObject();
            seen << submission.value(QStringLiteral("task_id")).toString();
            QVERIFY(!submission.contains(QStringLiteral("department_ids")));
            QCOMPARE(submission.value(QStringLiteral("rule_name")).toString(), QString());
        }
        token = data.value(QStringLiteral("has_more")).toBool()
                    ? data.value(QStringLiteral("page_token")).toString()
                    : QString();
        ++pages;
    } while (!token.isEmpty() && pages < 10);
    // Pages of two, each after the first starting with the one before's last item.
    QCOMPARE(seen, (QStringList{QStringLiteral("r0"), QStringLiteral("r1"), QStringLiteral("r1"),
                                QStringLiteral("r2"), QStringLiteral("r2"), QStringLiteral("r3"),
                                QStringLiteral("r3"), QStringLiteral("r4")}));
}

void TestSimulatorRealWorld::scriptedShapes_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("expectedPart");

    QTest::newRow("drive pending")
        << QByteArray("/open-apis/drive/v1/files/task_check?task_id=pending-1")
        << QByteArray(R"("data":{"status":"pending"})");
    QTest::newRow("contact status 11")
        << QByteArray("/open-apis/contact/v2/task/get?task_id=seats-1")
        << QByteArray(R"("status":11,"progress":30)");
    QTest::newRow("sub-task code as a string")
        << QByteArray("/open-apis/contact/v2/task/get?task_id=rows-1")
        << QByteArray(R"("task_info":[{"code":"10013","msg":"invalid user_id")");
}

void TestSimulatorRealWorld::scriptedShapes()
{
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, expectedPart);
    const HttpResult r = m_client->get(path, HttpTestClient::bearer(m_feishu));
    QCOMPARE(r.status, 200);
    QVERIFY2(r.body.contains(expectedPart), r.body.constData());
}

QTEST_GUILESS_MAIN(TestSimulatorRealWorld)
#include "tst_simulator_realworld.moc"
