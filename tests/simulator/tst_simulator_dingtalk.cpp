#include "OpenPlatformSimulator.h"
#include "support/HttpTestClient.h"

#include <QRegularExpression>
#include <QTest>

// DingTalk endpoints over real HTTP: exact shapes, tokens, request ids and error codes.
class TestSimulatorDingTalk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void tokenHasExactShape();
    void tokenErrors_data();
    void tokenErrors();
    void tokenIsRenewedWhileValid();
    void authErrors_data();
    void authErrors();
    void storageTaskShape_data();
    void storageTaskShape();
    void storageErrors();
    void docTaskStatuses_data();
    void docTaskStatuses();
    void docUnknownTask();

private:
    QString token() { return m_client->dingTalkToken(QStringLiteral("dk"), QStringLiteral("sd")); }

    OpenPlatformSimulator m_sim;
    std::unique_ptr<HttpTestClient> m_client;
};

void TestSimulatorDingTalk::initTestCase()
{
    QVERIFY(m_sim.listen() != 0);
    m_client = std::make_unique<HttpTestClient>(m_sim.baseUrl());
}

void TestSimulatorDingTalk::init()
{
    m_sim.clear();
    m_sim.useManualClock(0);
    // 2022-07-29T14:55:07Z
    m_sim.setEpochSecs(1659106507);
    m_sim.addDingTalkApp(QStringLiteral("dk"), QStringLiteral("sd"), 600);
    m_sim.addFeishuApp(QStringLiteral("cli_a"), QStringLiteral("sa"));
}

void TestSimulatorDingTalk::tokenHasExactShape()
{
    const HttpResult r =
        m_client->post("/v1.0/oauth2/accessToken", R"({"appKey":"dk","appSecret":"sd"})");
    QCOMPARE(r.status, 200);
    static const QRegularExpression shape(
        QStringLiteral(R"(^\{"accessToken":"[0-9a-f]{32}","expireIn":600\}$)"));
    QVERIFY2(shape.match(QString::fromUtf8(r.body)).hasMatch(), r.body.constData());
    QVERIFY(!r.header("x-acs-request-id").isEmpty());
    QVERIFY(!r.header("x-acs-trace-id").isEmpty());
}

void TestSimulatorDingTalk::tokenErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::newRow("wrong secret") << QByteArray(R"({"appKey":"dk","appSecret":"x"})")
                                  << QStringLiteral("invalidClientIdOrSecret");
    QTest::newRow("unknown key") << QByteArray(R"({"appKey":"zz","appSecret":"sd"})")
                                 << QStringLiteral("invalidClientIdOrSecret");
    QTest::newRow("feishu app") << QByteArray(R"({"appKey":"cli_a","appSecret":"sa"})")
                                << QStringLiteral("invalidClientIdOrSecret");
    QTest::newRow("not json") << QByteArray("appKey=dk") << QStringLiteral("paramError");
}

void TestSimulatorDingTalk::tokenErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    const HttpResult r = m_client->post("/v1.0/oauth2/accessToken", body);
    QCOMPARE(r.status, 400);
    const QJsonObject o = r.json();
    QCOMPARE(o.keys(), (QStringList{QStringLiteral("code"), QStringLiteral("message"),
                                    QStringLiteral("requestid")}));
    QCOMPARE(o.value(QLatin1String("code")).toString(), code);
    QCOMPARE(o.value(QLatin1String("requestid")).toString(),
             QString::fromLatin1(r.header("x-acs-request-id")));
}

void TestSimulatorDingTalk::tokenIsRenewedWhileValid()
{
    const QString first = token();
    m_sim.advanceClock(500 * 1000);
    QCOMPARE(token(), first);
    // Renewed at 500 s for another 600 s: still valid at 1000 s.
    m_sim.advanceClock(500 * 1000);
    m_sim.addTask(SimTask{SimTaskKind::DingTalkDoc, QStringLiteral("d"), {}, 0, {}, {}, false});
    QCOMPARE(m_client->get("/v2.0/doc/task/info/d", HttpTestClient::dingTalk(first)).status, 200);
    m_sim.advanceClock(200 * 1000);
    QVERIFY(token() != first);
}

void TestSimulatorDingTalk::authErrors_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("message");
    for (const char *p : {"/v1.0/storage/tasks/t?unionId=u", "/v2.0/doc/task/info/t"}) {
        QTest::addRow("missing %s", p) << QByteArray(p) << QString() << QStringLiteral("missing");
        QTest::addRow("invalid %s", p)
            << QByteArray(p) << QStringLiteral("abc") << QStringLiteral("invalid");
        QTest::addRow("expired %s", p)
            << QByteArray(p) << QStringLiteral("expired") << QStringLiteral("expired");
        QTest::addRow("feishu token %s", p)
            << QByteArray(p) << QStringLiteral("feishu") << QStringLiteral("invalid");
    }
}

void TestSimulatorDingTalk::authErrors()
{
    QFETCH(QByteArray, path);
    QFETCH(QString, token);
    QFETCH(QString, message);
    if (token == QLatin1String("expired")) {
        token = this->token();
        m_sim.advanceClock(601 * 1000);
    } else if (token == QLatin1String("feishu")) {
        token = m_client->feishuToken(QStringLiteral("cli_a"), QStringLiteral("sa"));
    }
    const HttpResult r = m_client->get(path, token.isEmpty() ? HttpTestClient::Headers{}
                                                             : HttpTestClient::dingTalk(token));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(QLatin1String("code")).toString(),
             QStringLiteral("InvalidAuthentication"));
    QVERIFY(r.json().value(QLatin1String("message")).toString().contains(message));
}

void TestSimulatorDingTalk::storageTaskShape_data()
{
    QTest::addColumn<bool>("seconds");
    QTest::addColumn<qint64>("at");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("running, no seconds")
        << false << qint64(1000)
        << QByteArray(R"({"task":{"id":"s1","status":"IN_PROGRESS","totalCount":10,)"
                      R"("successCount":4,"failCount":1,"beginTime":"2022-07-29T14:55Z"}})");
    QTest::newRow("succeeded, seconds")
        << true << qint64(60000)
        << QByteArray(R"({"task":{"id":"s1","status":"SUCCESS","totalCount":10,"successCount":9,)"
                      R"("failCount":1,"beginTime":"2022-07-29T14:55:07Z",)"
                      R"("endTime":"2022-07-29T14:56:07Z"}})");
    QTest::newRow("failed")
        << false << qint64(120000)
        << QByteArray(R"({"task":{"id":"s1","status":"FAIL","totalCount":10,"successCount":9,)"
                      R"("failCount":1,"failMessage":"quota of the space exceeded",)"
                      R"("beginTime":"2022-07-29T14:55Z","endTime":"2022-07-29T14:57Z"}})");
}

void TestSimulatorDingTalk::storageTaskShape()
{
    QFETCH(bool, seconds);
    QFETCH(qint64, at);
    QFETCH(QByteArray, expected);
    SimTask t{SimTaskKind::DingTalkStorage, QStringLiteral("s1"), {}, 0, {}, {}, seconds};
    t.steps = {{0, QJsonObject{{QStringLiteral("status"), QStringLiteral("IN_PROGRESS")},
                               {QStringLiteral("totalCount"), 10},
                               {QStringLiteral("successCount"), 4},
                               {QStringLiteral("failCount"), 1}}},
               {60000, QJsonObject{{QStringLiteral("status"), QStringLiteral("SUCCESS")},
                                   {QStringLiteral("successCount"), 9},
                                   {QStringLiteral("endTime"), QStringLiteral("@step")}}},
               {120000, QJsonObject{{QStringLiteral("status"), QStringLiteral("FAIL")},
                                    {QStringLiteral("failMessage"),
                                     QStringLiteral("quota of the space exceeded")},
                                    {QStringLiteral("endTime"), QStringLiteral("@step")}}}};
    m_sim.addTask(t);
    m_sim.setClockMs(at);
    const HttpResult r =
        m_client->get("/v1.0/storage/tasks/s1?unionId=u1", HttpTestClient::dingTalk(token()));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, expected);
    QVERIFY(!r.header("x-acs-request-id").isEmpty());
}

void TestSimulatorDingTalk::storageErrors()
{
    m_sim.addTask(
        SimTask{SimTaskKind::DingTalkStorage, QStringLiteral("s1"), {}, 0, {}, {}, false});
    const auto headers = HttpTestClient::dingTalk(token());
    const HttpResult noUnion = m_client->get("/v1.0/storage/tasks/s1", headers);
    QCOMPARE(noUnion.status, 400);
    QCOMPARE(noUnion.json().value(QLatin1String("code")).toString(), QStringLiteral("paramError"));
    const HttpResult emptyUnion = m_client->get("/v1.0/storage/tasks/s1?unionId=", headers);
    QCOMPARE(emptyUnion.json().value(QLatin1String("code")).toString(),
             QStringLiteral("paramError"));
    const HttpResult unknown = m_client->get("/v1.0/storage/tasks/s2?unionId=u", headers);
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.json().value(QLatin1String("code")).toString(),
             QStringLiteral("taskNotExist"));
    QCOMPARE(unknown.json().value(QLatin1String("requestid")).toString(),
             QString::fromLatin1(unknown.header("x-acs-request-id")));
    const HttpResult noId = m_client->get("/v1.0/storage/tasks/?unionId=u", headers);
    QCOMPARE(noId.status, 400);
    QCOMPARE(noId.json().value(QLatin1String("code")).toString(),
             QStringLiteral("paramError.taskId"));
}

void TestSimulatorDingTalk::docTaskStatuses_data()
{
    QTest::addColumn<int>("status");
    for (int s = -1; s <= 4; ++s)
        QTest::addRow("status %d", s) << s;
    QTest::newRow("undocumented 7") << 7;
}

void TestSimulatorDingTalk::docTaskStatuses()
{
    QFETCH(int, status);
    SimTask t{SimTaskKind::DingTalkDoc, QStringLiteral("abcd"), {}, 0, {}, {}, false};
    t.steps = {{0, QJsonObject{{QStringLiteral("status"), status},
                               {QStringLiteral("totalCount"), 1},
                               {QStringLiteral("succCount"), 1}}}};
    m_sim.addTask(t);
    const HttpResult r =
        m_client->get("/v2.0/doc/task/info/abcd", HttpTestClient::dingTalk(token()));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray(R"({"taskId":"abcd","status":)" + QByteArray::number(status) +
                                R"(,"totalCount":1,"succCount":1,"failCount":0})"));
}

void TestSimulatorDingTalk::docUnknownTask()
{
    const HttpResult r =
        m_client->get("/v2.0/doc/task/info/12345678", HttpTestClient::dingTalk(token()));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.json().value(QLatin1String("code")).toString(), QStringLiteral("taskNotExist"));
    QVERIFY(!r.header("x-acs-trace-id").isEmpty());
}

QTEST_GUILESS_MAIN(TestSimulatorDingTalk)
#include "tst_simulator_dingtalk.moc"
