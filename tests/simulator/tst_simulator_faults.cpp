#include "OpenPlatformSimulator.h"
#include "support/HttpTestClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

// Faults on demand: each kind, for both families, targeted by endpoint and task id.
class TestSimulatorFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void jsonFaults_data();
    void jsonFaults();
    void rateLimitFaultCarriesHeaders();
    void htmlPages_data();
    void htmlPages();
    void malformedJson();
    void wrongTypes_data();
    void wrongTypes();
    void hugeBody();
    void slowAnswer();
    void neverAnswers();
    void lateAnswerToAClientThatLeftIsSafe();
    void droppedConnection();
    void customAnswer();
    void faultTargetsOneTask();
    void faultLastsForCountRequests();
    void faultUntilCleared();
    void familyWideFault();

private:
    HttpResult drive(const QString &taskId = QStringLiteral("d1"), int timeoutMs = 10000);
    HttpResult doc(const QString &taskId = QStringLiteral("x1"));
    SimFault fault(SimFault::Kind kind, const QString &endpoint, int count = 1);

    OpenPlatformSimulator m_sim;
    std::unique_ptr<HttpTestClient> m_client;
    QString m_feishu;
    QString m_dingTalk;
};

void TestSimulatorFaults::initTestCase()
{
    m_sim.useManualClock(0);
    m_sim.addFeishuApp(QStringLiteral("cli_a"), QStringLiteral("s"));
    m_sim.addDingTalkApp(QStringLiteral("dk"), QStringLiteral("s"));
    for (const SimEndpoint e : SimEndpoints::all())
        m_sim.setRateLimit(e, 0);
    for (const char *id : {"d1", "d2"}) {
        m_sim.addTask(
            SimTask{SimTaskKind::FeishuDrive,
                    QString::fromLatin1(id),
                    {},
                    0,
                    {{0, QJsonObject{{QStringLiteral("status"), QStringLiteral("success")}}}},
                    {},
                    false});
    }
    m_sim.addTask(SimTask{
        SimTaskKind::DingTalkDoc,
        QStringLiteral("x1"),
        {},
        0,
        {{0, QJsonObject{{QStringLiteral("status"), 1}, {QStringLiteral("totalCount"), 3}}}},
        {},
        false});
    QVERIFY(m_sim.listen() != 0);
    m_client = std::make_unique<HttpTestClient>(m_sim.baseUrl());
    m_feishu = m_client->feishuToken(QStringLiteral("cli_a"), QStringLiteral("s"));
    m_dingTalk = m_client->dingTalkToken(QStringLiteral("dk"), QStringLiteral("s"));
}

void TestSimulatorFaults::init()
{
    m_sim.clearFaults();
}

HttpResult TestSimulatorFaults::drive(const QString &taskId, int timeoutMs)
{
    return m_client->get("/open-apis/drive/v1/files/task_check?task_id=" + taskId.toUtf8(),
                         HttpTestClient::bearer(m_feishu), timeoutMs);
}

HttpResult TestSimulatorFaults::doc(const QString &taskId)
{
    return m_client->get("/v2.0/doc/task/info/" + taskId.toUtf8(),
                         HttpTestClient::dingTalk(m_dingTalk));
}

SimFault TestSimulatorFaults::fault(SimFault::Kind kind, const QString &endpoint, int count)
{
    SimFault f;
    f.kind = kind;
    f.endpoint = endpoint;
    f.count = count;
    return f;
}

void TestSimulatorFaults::jsonFaults_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("feishu");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    using K = SimFault::Kind;
    QTest::newRow("feishu rate limit")
        << int(K::RateLimit) << true << 429 << QStringLiteral("99991400");
    QTest::newRow("dingtalk rate limit")
        << int(K::RateLimit) << false << 403
        << QStringLiteral("Forbidden.AccessDenied.QpsLimitForAppkeyAndApi");
    QTest::newRow("feishu 5xx") << int(K::ServerError) << true << 500 << QStringLiteral("1061001");
    QTest::newRow("dingtalk 5xx") << int(K::ServerError) << false << 500
                                  << QStringLiteral("systemError");
    QTest::newRow("feishu token rejected")
        << int(K::TokenRejected) << true << 400 << QStringLiteral("99991663");
    QTest::newRow("dingtalk token rejected")
        << int(K::TokenRejected) << false << 400 << QStringLiteral("InvalidAuthentication");
    QTest::newRow("feishu quota") << int(K::QuotaExhausted) << true << 400
                                  << QStringLiteral("99991403");
    QTest::newRow("dingtalk quota") << int(K::QuotaExhausted) << false << 403
                                    << QStringLiteral("Forbidden.AccessDenied.ApiCountLimitForOrg");
    QTest::newRow("feishu ip") << int(K::IpDenied) << true << 400 << QStringLiteral("99991401");
    QTest::newRow("dingtalk ip, no code") << int(K::IpDenied) << false << 403 << QString();
}

void TestSimulatorFaults::jsonFaults()
{
    QFETCH(int, kind);
    QFETCH(bool, feishu);
    QFETCH(int, status);
    QFETCH(QString, code);
    m_sim.addFault(fault(SimFault::Kind(kind),
                         feishu ? QStringLiteral("feishu.drive") : QStringLiteral("dingtalk.doc")));
    const HttpResult r = feishu ? drive() : doc();
    QCOMPARE(r.status, status);
    const QJsonObject o = r.json();
    if (feishu) {
        QCOMPARE(QString::number(o.value(QLatin1String("code")).toInt()), code);
        QCOMPARE(
            o.value(QLatin1String("error")).toObject().value(QLatin1String("log_id")).toString(),
            QString::fromLatin1(r.header("X-Tt-Logid")));
    } else {
        QCOMPARE(o.value(QLatin1String("code")).toString(), code);
        QCOMPARE(o.value(QLatin1String("requestid")).toString(),
                 QString::fromLatin1(r.header("x-acs-request-id")));
    }
    QCOMPARE((feishu ? drive() : doc()).status, 200);
}

void TestSimulatorFaults::rateLimitFaultCarriesHeaders()
{
    m_sim.setRateLimit(SimEndpoint::FeishuDriveTaskCheck, 5);
    SimFault f = fault(SimFault::Kind::RateLimit, QStringLiteral("feishu.drive"));
    f.resetSeconds = 7;
    m_sim.addFault(f);
    const HttpResult r = drive();
    QCOMPARE(r.status, 429);
    QCOMPARE(r.json().value(QLatin1String("msg")).toString(),
             QStringLiteral("request trigger frequency limit"));
    QCOMPARE(r.header("x-ogw-ratelimit-limit"), QByteArrayLiteral("5"));
    QCOMPARE(r.header("x-ogw-ratelimit-reset"), QByteArrayLiteral("7"));
    m_sim.setRateLimit(SimEndpoint::FeishuDriveTaskCheck, 0);
}

void TestSimulatorFaults::htmlPages_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("marker");
    QTest::newRow("502 gateway") << 502 << QByteArray("502 Bad Gateway");
    QTest::newRow("403 ip ban") << 403 << QByteArray("403 Forbidden");
}

void TestSimulatorFaults::htmlPages()
{
    QFETCH(int, status);
    QFETCH(QByteArray, marker);
    for (const bool feishu : {true, false}) {
        SimFault f = fault(SimFault::Kind::Html, QStringLiteral("*"));
        f.status = status;
        m_sim.addFault(f);
        const HttpResult r = feishu ? drive() : doc();
        QCOMPARE(r.status, status);
        QVERIFY(r.header("Content-Type").startsWith("text/html"));
        QVERIFY(r.body.startsWith("<html>"));
        QVERIFY(r.body.contains(marker));
        QVERIFY(!r.isJsonObject());
    }
}

void TestSimulatorFaults::malformedJson()
{
    m_sim.addFault(fault(SimFault::Kind::MalformedJson, QStringLiteral("feishu.drive")));
    const HttpResult r = drive();
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.startsWith(R"({"code":0,)"));
    QVERIFY(!r.isJsonObject());
}

void TestSimulatorFaults::wrongTypes_data()
{
    QTest::addColumn<bool>("feishu");
    QTest::newRow("feishu") << true;
    QTest::newRow("dingtalk") << false;
}

void TestSimulatorFaults::wrongTypes()
{
    QFETCH(bool, feishu);
    m_sim.addFault(fault(SimFault::Kind::WrongTypes, QStringLiteral("*")));
    const HttpResult r = feishu ? drive() : doc();
    QCOMPARE(r.status, 200);
    QVERIFY(r.isJsonObject());
    const QJsonObject o = r.json();
    if (feishu) {
        QCOMPARE(o.value(QLatin1String("code")).toInt(-1), 0);
        QVERIFY(o.value(QLatin1String("data")).toObject().value(QLatin1String("status")).isArray());
    } else {
        QVERIFY(o.value(QLatin1String("status")).isString());
        QVERIFY(o.value(QLatin1String("totalCount")).isString());
        QVERIFY(o.value(QLatin1String("taskId")).isArray());
    }
}

void TestSimulatorFaults::hugeBody()
{
    SimFault f = fault(SimFault::Kind::HugeBody, QStringLiteral("dingtalk.doc"));
    f.sizeBytes = 8 * 1024 * 1024;
    m_sim.addFault(f);
    const HttpResult r = doc();
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.size() >= 8 * 1024 * 1024);
    QVERIFY(r.isJsonObject());
    QCOMPARE(r.json().value(QLatin1String("status")).toInt(), 1);
}

void TestSimulatorFaults::slowAnswer()
{
    SimFault f = fault(SimFault::Kind::Delay, QStringLiteral("feishu.drive"));
    f.delayMs = 400;
    m_sim.addFault(f);
    const HttpResult r = drive();
    QCOMPARE(r.status, 200);
    QVERIFY2(r.elapsedMs >= 380, QByteArray::number(r.elapsedMs).constData());
    QCOMPARE(
        r.json().value(QLatin1String("data")).toObject().value(QLatin1String("status")).toString(),
        QStringLiteral("success"));
}

void TestSimulatorFaults::neverAnswers()
{
    m_sim.addFault(fault(SimFault::Kind::NeverAnswer, QStringLiteral("feishu.drive")));
    const HttpResult r = drive(QStringLiteral("d1"), 300);
    QCOMPARE(r.error, QNetworkReply::OperationCanceledError);
    QCOMPARE(r.status, 0);
    QCOMPARE(drive().status, 200);
}

void TestSimulatorFaults::lateAnswerToAClientThatLeftIsSafe()
{
    SimFault f = fault(SimFault::Kind::Delay, QStringLiteral("feishu.drive"), 3);
    f.delayMs = 300;
    m_sim.addFault(f);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(drive(QStringLiteral("d1"), 50).error, QNetworkReply::OperationCanceledError);
    QVERIFY(m_sim.heldAnswers() > 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_sim.heldAnswers(), 0, 3000);
    QTest::qWait(400);
    QCOMPARE(drive().status, 200);
}

void TestSimulatorFaults::droppedConnection()
{
    // QNAM resends an idempotent request once when a reused connection closes, so drop them all.
    m_sim.addFault(fault(SimFault::Kind::DropConnection, QStringLiteral("dingtalk.doc"), -1));
    const HttpResult r = doc();
    m_sim.clearFaults();
    QCOMPARE(r.status, 0);
    QVERIFY2(r.error == QNetworkReply::RemoteHostClosedError ||
                 r.error == QNetworkReply::ConnectionRefusedError,
             qPrintable(r.errorString));
    QCOMPARE(doc().status, 200);
}

void TestSimulatorFaults::customAnswer()
{
    SimFault f = fault(SimFault::Kind::Custom, QStringLiteral("feishu.drive"));
    f.status = 418;
    f.body = QByteArrayLiteral("{\"teapot\":true}");
    m_sim.addFault(f);
    const HttpResult r = drive();
    QCOMPARE(r.status, 418);
    QCOMPARE(r.body, QByteArrayLiteral("{\"teapot\":true}"));
}

void TestSimulatorFaults::faultTargetsOneTask()
{
    SimFault f = fault(SimFault::Kind::ServerError, QStringLiteral("feishu.drive"), 2);
    f.taskId = QStringLiteral("d2");
    m_sim.addFault(f);
    QCOMPARE(drive(QStringLiteral("d1")).status, 200);
    QCOMPARE(drive(QStringLiteral("d2")).status, 500);
    QCOMPARE(doc().status, 200);
    QCOMPARE(drive(QStringLiteral("d2")).status, 500);
    QCOMPARE(drive(QStringLiteral("d2")).status, 200);
}

void TestSimulatorFaults::faultLastsForCountRequests()
{
    const int before = m_sim.faultsServed();
    m_sim.addFault(fault(SimFault::Kind::ServerError, QStringLiteral("dingtalk.doc"), 3));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(doc().status, 500);
    QCOMPARE(doc().status, 200);
    QCOMPARE(m_sim.faultsServed() - before, 3);
}

void TestSimulatorFaults::faultUntilCleared()
{
    m_sim.addFault(fault(SimFault::Kind::ServerError, QStringLiteral("feishu.drive"), -1));
    for (int i = 0; i < 5; ++i)
        QCOMPARE(drive().status, 500);
    m_sim.clearFaults();
    QCOMPARE(drive().status, 200);
}

void TestSimulatorFaults::familyWideFault()
{
    // Faults can also come over HTTP, from a script driving the executable.
    const HttpResult added = m_client->post(
        "/_simulator/faults", R"([{"kind":"server_error","endpoint":"dingtalk","count":2}])");
    QCOMPARE(added.status, 200);
    QCOMPARE(
        m_client->post("/v1.0/oauth2/accessToken", R"({"appKey":"dk","appSecret":"s"})").status,
        500);
    QCOMPARE(doc().status, 500);
    QCOMPARE(drive().status, 200);
    QCOMPARE(doc().status, 200);
    QCOMPARE(m_client->post("/_simulator/faults", R"({"kind":"bogus"})").status, 400);
}

QTEST_GUILESS_MAIN(TestSimulatorFaults)
#include "tst_simulator_faults.moc"
