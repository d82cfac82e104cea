#include "OpenPlatformSimulator.h"
#include "support/HttpTestClient.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

// Feishu / Lark endpoints over real HTTP: exact shapes, tokens and the documented error codes.
class TestSimulatorFeishu : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void tokenHasExactShape();
    void tokenErrors_data();
    void tokenErrors();
    void tokenIsReusedUntilCloseToExpiry();
    void authErrors_data();
    void authErrors();
    void contactUserTaskMatchesDocExample();
    void contactDepartmentTask();
    void contactRowsOnlyAfterNormalFinish_data();
    void contactRowsOnlyAfterNormalFinish();
    void contactErrors();
    void driveStatuses_data();
    void driveStatuses();
    void driveErrors();
    void taskOwnedByAnotherAppIsNotFound();
    void everyAnswerCarriesLogId();

private:
    QString token(const QString &app = QStringLiteral("cli_a"));
    void addContactExample();

    OpenPlatformSimulator m_sim;
    std::unique_ptr<HttpTestClient> m_client;
};

void TestSimulatorFeishu::initTestCase()
{
    QVERIFY(m_sim.listen(QHostAddress::LocalHost, 0) != 0);
    m_client = std::make_unique<HttpTestClient>(m_sim.baseUrl());
}

void TestSimulatorFeishu::init()
{
    m_sim.clear();
    m_sim.useManualClock(0);
    m_sim.setEpochSecs(1565878519);
    m_sim.addFeishuApp(QStringLiteral("cli_a"), QStringLiteral("secret-a"));
    m_sim.addFeishuApp(QStringLiteral("cli_b"), QStringLiteral("secret-b"));
    m_sim.addDingTalkApp(QStringLiteral("dk"), QStringLiteral("secret-d"));
}

QString TestSimulatorFeishu::token(const QString &app)
{
    return m_client->feishuToken(app, app == QLatin1String("cli_a") ? QStringLiteral("secret-a")
                                                                    : QStringLiteral("secret-b"));
}

void TestSimulatorFeishu::tokenHasExactShape()
{
    const HttpResult r = m_client->post("/open-apis/auth/v3/tenant_access_token/internal",
                                        R"({"app_id":"cli_a","app_secret":"secret-a"})");
    QCOMPARE(r.status, 200);
    static const QRegularExpression shape(QStringLiteral(
        R"(^\{"code":0,"msg":"ok","tenant_access_token":"t-[0-9a-f]{40}","expire":7200\}$)"));
    QVERIFY2(shape.match(QString::fromUtf8(r.body)).hasMatch(), r.body.constData());
    QVERIFY(!r.header("X-Tt-Logid").isEmpty());
    QCOMPARE(r.header("Content-Type"), QByteArrayLiteral("application/json; charset=utf-8"));
}

void TestSimulatorFeishu::tokenErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("msg");
    QTest::newRow("unknown app") << QByteArray(R"({"app_id":"cli_x","app_secret":"s"})") << 10003
                                 << QStringLiteral("invalid param");
    QTest::newRow("wrong secret") << QByteArray(R"({"app_id":"cli_a","app_secret":"nope"})")
                                  << 10014 << QStringLiteral("app secret invalid");
    QTest::newRow("not json") << QByteArray("app_id=cli_a") << 10003
                              << QStringLiteral("invalid param");
}

void TestSimulatorFeishu::tokenErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(int, code);
    QFETCH(QString, msg);
    const HttpResult r = m_client->post("/open-apis/auth/v3/tenant_access_token/internal", body);
    QCOMPARE(r.status, 400);
    const QJsonObject o = r.json();
    QCOMPARE(o.value(QLatin1String("code")).toInt(), code);
    QCOMPARE(o.value(QLatin1String("msg")).toString(), msg);
    QCOMPARE(o.value(QLatin1String("error")).toObject().value(QLatin1String("log_id")).toString(),
             QString::fromLatin1(r.header("X-Tt-Logid")));
    QVERIFY(!o.contains(QLatin1String("tenant_access_token")));
}

void TestSimulatorFeishu::tokenIsReusedUntilCloseToExpiry()
{
    const QByteArray body = R"({"app_id":"cli_a","app_secret":"secret-a"})";
    const char *path = "/open-apis/auth/v3/tenant_access_token/internal";
    const QJsonObject first = m_client->post(path, body).json();
    m_sim.advanceClock(100 * 1000);
    const QJsonObject second = m_client->post(path, body).json();
    QCOMPARE(second.value(QLatin1String("tenant_access_token")),
             first.value(QLatin1String("tenant_access_token")));
    QCOMPARE(second.value(QLatin1String("expire")).toInt(), 7100);

    m_sim.setClockMs((7200 - 1799) * 1000LL);
    const QJsonObject third = m_client->post(path, body).json();
    QVERIFY(third.value(QLatin1String("tenant_access_token")) !=
            first.value(QLatin1String("tenant_access_token")));
    QCOMPARE(third.value(QLatin1String("expire")).toInt(), 7200);
    // The old token stays valid until its own expiry.
    const QString old = first.value(QLatin1String("tenant_access_token")).toString();
    m_sim.addTask(SimTask{SimTaskKind::FeishuDrive, QStringLiteral("d"), {}, 0, {}, {}, false});
    QCOMPARE(
        m_client->get("/open-apis/drive/v1/files/task_check?task_id=d", HttpTestClient::bearer(old))
            .status,
        200);
    m_sim.advanceClock(1800 * 1000);
    QCOMPARE(
        m_client->get("/open-apis/drive/v1/files/task_check?task_id=d", HttpTestClient::bearer(old))
            .json()
            .value(QLatin1String("code"))
            .toInt(),
        99991663);
}

void TestSimulatorFeishu::authErrors_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<bool>("post");
    QTest::addColumn<QString>("authorization");
    QTest::addColumn<int>("code");
    const QStringList paths = {QStringLiteral("/open-apis/contact/v2/task/get?task_id=t"),
                               QStringLiteral("/open-apis/drive/v1/files/task_check?task_id=t"),
                               QStringLiteral("/open-apis/report/v1/tasks/query")};
    for (const QString &p : paths) {
        const bool post = p.contains(QLatin1String("report"));
        const QByteArray path = p.toLatin1();
        QTest::addRow("missing %s", qPrintable(p)) << path << post << QString() << 99991661;
        QTest::addRow("not bearer %s", qPrintable(p))
            << path << post << QStringLiteral("t-abc") << 99991661;
        QTest::addRow("unknown %s", qPrintable(p))
            << path << post << QStringLiteral("Bearer t-nope") << 99991663;
        QTest::addRow("expired %s", qPrintable(p))
            << path << post << QStringLiteral("expired") << 99991663;
        QTest::addRow("dingtalk token %s", qPrintable(p))
            << path << post << QStringLiteral("dingtalk") << 99991663;
    }
}

void TestSimulatorFeishu::authErrors()
{
    QFETCH(QByteArray, path);
    QFETCH(bool, post);
    QFETCH(QString, authorization);
    QFETCH(int, code);
    HttpTestClient::Headers headers;
    if (authorization == QLatin1String("expired")) {
        authorization = QStringLiteral("Bearer ") + token();
        m_sim.expireAllTokens();
    } else if (authorization == QLatin1String("dingtalk")) {
        authorization = QStringLiteral("Bearer ") +
                        m_client->dingTalkToken(QStringLiteral("dk"), QStringLiteral("secret-d"));
    }
    if (!authorization.isEmpty())
        headers.append({QByteArrayLiteral("Authorization"), authorization.toUtf8()});
    const HttpResult r = post ? m_client->post(path, "{}", headers) : m_client->get(path, headers);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(QLatin1String("code")).toInt(), code);
    const QString msg = r.json().value(QLatin1String("msg")).toString();
    QVERIFY(msg.startsWith(code == 99991661 ? QLatin1String("Missing access token")
                                            : QLatin1String("Invalid access token")));
}

void TestSimulatorFeishu::addContactExample()
{
    SimTask t;
    t.kind = SimTaskKind::FeishuContact;
    t.id = QStringLiteral("123456784b68a7c89abcdef092dc09ea");
    t.rows = QJsonArray{
        QJsonObject{
            {QStringLiteral("code"), 0},
            {QStringLiteral("msg"), QStringLiteral("success")},
            {QStringLiteral("action"), 1},
            {QStringLiteral("departments"), QJsonArray{QStringLiteral("custom_1")}},
            {QStringLiteral("email"), QStringLiteral("custom_1@feishu.cn")},
            {QStringLiteral("mobile"), QStringLiteral("13000000001")},
            {QStringLiteral("name"), QStringLiteral("custom_1")},
            {QStringLiteral("open_id"), QStringLiteral("ou_123456784b68a7c89abcdef092dc09ea")},
            {QStringLiteral("user_id"), QStringLiteral("custom_1")}},
        QJsonObject{{QStringLiteral("code"), 10013},
                    {QStringLiteral("msg"), QStringLiteral("invalid user_id")},
                    {QStringLiteral("departments"), QJsonArray{QStringLiteral("custom_2")}},
                    {QStringLiteral("mobile"), QStringLiteral("13000000002")},
                    {QStringLiteral("name"), QStringLiteral("custom_2")},
                    {QStringLiteral("user_id"), QStringLiteral("_custom_2")}}};
    t.steps = {{0, QJsonObject{{QStringLiteral("status"), 1}}},
               {4000, QJsonObject{{QStringLiteral("status"), 8},
                                  {QStringLiteral("progress"), 100},
                                  {QStringLiteral("success_num"), 1},
                                  {QStringLiteral("fail_num"), 1},
                                  {QStringLiteral("finish_time"), QStringLiteral("@step")}}}};
    m_sim.addTask(t);
}

void TestSimulatorFeishu::contactUserTaskMatchesDocExample()
{
    addContactExample();
    const QString tok = token();
    const QByteArray path =
        "/open-apis/contact/v2/task/get?task_id=123456784b68a7c89abcdef092dc09ea";
    const HttpResult running = m_client->get(path, HttpTestClient::bearer(tok));
    QCOMPARE(running.status, 200);
    QCOMPARE(
        running.body,
        QByteArrayLiteral(
            R"({"code":0,"msg":"success","data":{"task_id":"123456784b68a7c89abcdef092dc09ea",)"
            R"("type":"add_user","status":1,"progress":0,"total_num":2,"success_num":0,)"
            R"("fail_num":0,"create_time":1565878519}})"));
    m_sim.advanceClock(4000);
    const HttpResult done = m_client->get(path, HttpTestClient::bearer(tok));
    QCOMPARE(
        done.body,
        QByteArrayLiteral(
            R"({"code":0,"msg":"success","data":{"task_id":"123456784b68a7c89abcdef092dc09ea",)"
            R"("type":"add_user","status":8,"progress":100,"total_num":2,"success_num":1,)"
            R"("fail_num":1,"create_time":1565878519,"finish_time":1565878523,"task_info":[)"
            R"({"code":0,"msg":"success","action":1,"name":"custom_1",)"
            R"("email":"custom_1@feishu.cn","mobile":"13000000001","user_id":"custom_1",)"
            R"("departments":["custom_1"],"open_id":"ou_123456784b68a7c89abcdef092dc09ea"},)"
            R"({"code":10013,"msg":"invalid user_id","name":"custom_2","mobile":"13000000002",)"
            R"("user_id":"_custom_2","departments":["custom_2"]}]}})"));
}

void TestSimulatorFeishu::contactDepartmentTask()
{
    SimTask t;
    t.kind = SimTaskKind::FeishuContact;
    t.id = QStringLiteral("dep");
    t.rows = QJsonArray{QJsonObject{{QStringLiteral("code"), 0},
                                    {QStringLiteral("msg"), QStringLiteral("success")},
                                    {QStringLiteral("action"), 1},
                                    {QStringLiteral("chat_id"), QStringLiteral("oc_1")},
                                    {QStringLiteral("department_id"), QStringLiteral("custom_1")},
                                    {QStringLiteral("name"), QStringLiteral("custom_1")},
                                    {QStringLiteral("parent_id"), QStringLiteral("0")}}};
    t.steps = {{0, QJsonObject{{QStringLiteral("status"), 9},
                               {QStringLiteral("progress"), 100},
                               {QStringLiteral("success_num"), 1},
                               {QStringLiteral("finish_time"), QStringLiteral("@now")}}}};
    m_sim.addTask(t);
    const HttpResult r = m_client->get("/open-apis/contact/v2/task/get?task_id=dep",
                                       HttpTestClient::bearer(token()));
    QCOMPARE(r.body,
             QByteArrayLiteral(
                 R"({"code":0,"msg":"success","data":{"task_id":"dep","type":"add_department",)"
                 R"("status":9,"progress":100,"total_num":1,"success_num":1,"fail_num":0,)"
                 R"("create_time":1565878519,"finish_time":1565878519,"task_info":[{"code":0,)"
                 R"("msg":"success","action":1,"name":"custom_1","department_id":"custom_1",)"
                 R"("parent_id":"0","chat_id":"oc_1"}]}})"));
}

void TestSimulatorFeishu::contactRowsOnlyAfterNormalFinish_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("finished");
    QTest::addColumn<bool>("rows");
    QTest::newRow("running") << 3 << false << false;
    QTest::newRow("done 9") << 9 << true << true;
    QTest::newRow("failed 10") << 10 << true << false;
    QTest::newRow("status 8 with finish_time") << 8 << true << true;
}

void TestSimulatorFeishu::contactRowsOnlyAfterNormalFinish()
{
    QFETCH(int, status);
    QFETCH(bool, finished);
    QFETCH(bool, rows);
    SimTask t;
    t.kind = SimTaskKind::FeishuContact;
    t.id = QStringLiteral("c");
    t.rows = QJsonArray{QJsonObject{{QStringLiteral("code"), 0}}};
    QJsonObject fields{{QStringLiteral("status"), status}};
    if (finished)
        fields.insert(QStringLiteral("finish_time"), QStringLiteral("@step"));
    t.steps = {{0, fields}};
    m_sim.addTask(t);
    const QJsonObject data =
        m_client->get("/open-apis/contact/v2/task/get?task_id=c", HttpTestClient::bearer(token()))
            .json()
            .value(QLatin1String("data"))
            .toObject();
    QCOMPARE(data.value(QLatin1String("status")).toInt(), status);
    QCOMPARE(data.contains(QLatin1String("finish_time")), finished);
    QCOMPARE(data.contains(QLatin1String("task_info")), rows);
}

void TestSimulatorFeishu::contactErrors()
{
    const QString tok = token();
    const HttpResult missing =
        m_client->get("/open-apis/contact/v2/task/get", HttpTestClient::bearer(tok));
    QCOMPARE(missing.status, 400);
    QCOMPARE(missing.json().value(QLatin1String("code")).toInt(), 99992402);
    const HttpResult unknown =
        m_client->get("/open-apis/contact/v2/task/get?task_id=nope", HttpTestClient::bearer(tok));
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.json().value(QLatin1String("code")).toInt(), 40004);
    QCOMPARE(unknown.json().value(QLatin1String("msg")).toString(),
             QStringLiteral("task not found"));
}

void TestSimulatorFeishu::driveStatuses_data()
{
    QTest::addColumn<QString>("status");
    QTest::newRow("process") << QStringLiteral("process");
    QTest::newRow("success") << QStringLiteral("success");
    QTest::newRow("fail") << QStringLiteral("fail");
    QTest::newRow("odd value") << QStringLiteral("Pending_Review");
}

void TestSimulatorFeishu::driveStatuses()
{
    QFETCH(QString, status);
    m_sim.addTask(SimTask{SimTaskKind::FeishuDrive,
                          QStringLiteral("7360595374803812356"),
                          {},
                          0,
                          {{0, QJsonObject{{QStringLiteral("status"), status}}}},
                          {},
                          false});
    const HttpResult r =
        m_client->get("/open-apis/drive/v1/files/task_check?task_id=7360595374803812356",
                      HttpTestClient::bearer(token()));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray(R"({"code":0,"msg":"success","data":{"status":")" +
                                status.toUtf8() + R"("}})"));
}

void TestSimulatorFeishu::driveErrors()
{
    const QString tok = token();
    const HttpResult missing =
        m_client->get("/open-apis/drive/v1/files/task_check", HttpTestClient::bearer(tok));
    QCOMPARE(missing.status, 400);
    QCOMPARE(missing.json().value(QLatin1String("code")).toInt(), 1061002);
    QCOMPARE(missing.json().value(QLatin1String("msg")).toString(),
             QStringLiteral("params error."));
    const HttpResult empty =
        m_client->get("/open-apis/drive/v1/files/task_check?task_id=", HttpTestClient::bearer(tok));
    QCOMPARE(empty.json().value(QLatin1String("code")).toInt(), 1061002);
    const HttpResult unknown = m_client->get("/open-apis/drive/v1/files/task_check?task_id=1",
                                             HttpTestClient::bearer(tok));
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.json().value(QLatin1String("code")).toInt(), 1061003);
    QCOMPARE(unknown.json().value(QLatin1String("msg")).toString(), QStringLiteral("not found."));
}

void TestSimulatorFeishu::taskOwnedByAnotherAppIsNotFound()
{
    m_sim.addTask(SimTask{SimTaskKind::FeishuDrive,
                          QStringLiteral("mine"),
                          QStringLiteral("cli_a"),
                          0,
                          {},
                          {},
                          false});
    const QByteArray path = "/open-apis/drive/v1/files/task_check?task_id=mine";
    QCOMPARE(m_client->get(path, HttpTestClient::bearer(token(QStringLiteral("cli_a")))).status,
             200);
    QCOMPARE(m_client->get(path, HttpTestClient::bearer(token(QStringLiteral("cli_b")))).status,
             404);
}

void TestSimulatorFeishu::everyAnswerCarriesLogId()
{
    QSet<QByteArray> ids;
    for (int i = 0; i < 20; ++i) {
        const HttpResult r = m_client->get("/open-apis/drive/v1/files/task_check?task_id=x");
        QVERIFY(!r.header("X-Tt-Logid").isEmpty());
        ids.insert(r.header("X-Tt-Logid"));
    }
    QCOMPARE(ids.size(), 20);
}

QTEST_GUILESS_MAIN(TestSimulatorFeishu)
#include "tst_simulator_feishu.moc"
