#include "OpenPlatformSimulator.h"
#include "support/HttpTestClient.h"

#include <QJsonDocument>
#include <QTest>

// The platforms' own rate limits, per endpoint and app, and the request counters.
class TestSimulatorRateLimit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void defaultsMatchThePlatforms();
    void reportLimitInOneWindow();
    void windowSlides();
    void appsHaveTheirOwnWindows();
    void dingTalkLimit();
    void scenarioOverridesLimits();
    void countersByEndpointAndAccount();
    void statsOverHttpAndReset();
    void recentRequestsAreRecorded();

private:
    HttpResult report(const QString &token);

    OpenPlatformSimulator m_sim;
    std::unique_ptr<HttpTestClient> m_client;
};

static const QByteArray reportBody =
    R"({"commit_start_time":0,"commit_end_time":1,"page_token":"","page_size":10})";

void TestSimulatorRateLimit::initTestCase()
{
    QVERIFY(m_sim.listen() != 0);
    m_client = std::make_unique<HttpTestClient>(m_sim.baseUrl());
}

void TestSimulatorRateLimit::init()
{
    m_sim.clear();
    m_sim.useManualClock(1000000);
    m_sim.addFeishuApp(QStringLiteral("cli_a"), QStringLiteral("s"));
    m_sim.addFeishuApp(QStringLiteral("cli_b"), QStringLiteral("s"));
    m_sim.addDingTalkApp(QStringLiteral("dk"), QStringLiteral("s"));
}

HttpResult TestSimulatorRateLimit::report(const QString &token)
{
    return m_client->post("/open-apis/report/v1/tasks/query", reportBody,
                          HttpTestClient::bearer(token));
}

void TestSimulatorRateLimit::defaultsMatchThePlatforms()
{
    QCOMPARE(m_sim.rateLimit(SimEndpoint::FeishuReportQuery), 10);
    QCOMPARE(m_sim.rateLimit(SimEndpoint::FeishuDriveTaskCheck), 5);
    QCOMPARE(m_sim.rateLimit(SimEndpoint::FeishuContactTask), 50);
    QCOMPARE(m_sim.rateLimit(SimEndpoint::FeishuToken), 20);
    QCOMPARE(m_sim.rateLimit(SimEndpoint::DingTalkToken), 20);
    QCOMPARE(m_sim.rateLimit(SimEndpoint::DingTalkStorageTask), 20);
    QCOMPARE(m_sim.rateLimit(SimEndpoint::DingTalkDocTask), 20);
}

void TestSimulatorRateLimit::reportLimitInOneWindow()
{
    const QString token = m_client->feishuToken(QStringLiteral("cli_a"), QStringLiteral("s"));
    int ok = 0;
    int limited = 0;
    for (int i = 0; i < 15; ++i) {
        const HttpResult r = report(token);
        if (r.status == 200) {
            ++ok;
            continue;
        }
        ++limited;
        QCOMPARE(r.status, 429);
        QCOMPARE(r.json().value(QLatin1String("code")).toInt(), 99991400);
        QCOMPARE(r.json().value(QLatin1String("msg")).toString(),
                 QStringLiteral("request trigger frequency limit"));
        QCOMPARE(r.header("x-ogw-ratelimit-limit"), QByteArrayLiteral("10"));
        QCOMPARE(r.header("x-ogw-ratelimit-reset"), QByteArrayLiteral("1"));
    }
    QCOMPARE(ok, 10);
    QCOMPARE(limited, 5);
    QCOMPARE(m_sim.rateLimitedCount(SimEndpoint::FeishuReportQuery), 5);
    QCOMPARE(m_sim.rateLimitedCount(SimEndpoint::FeishuReportQuery, QStringLiteral("cli_a")), 5);
    QCOMPARE(m_sim.requestCount(SimEndpoint::FeishuReportQuery, QStringLiteral("cli_a")), 15);
}

void TestSimulatorRateLimit::windowSlides()
{
    const QString token = m_client->feishuToken(QStringLiteral("cli_a"), QStringLiteral("s"));
    for (int i = 0; i < 5; ++i)
        QCOMPARE(report(token).status, 200);
    m_sim.advanceClock(600);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(report(token).status, 200);
    QCOMPARE(report(token).status, 429);
    // The first five leave the window 1 s after they came in.
    m_sim.advanceClock(400);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(report(token).status, 200);
    QCOMPARE(report(token).status, 429);
}

void TestSimulatorRateLimit::appsHaveTheirOwnWindows()
{
    const QString a = m_client->feishuToken(QStringLiteral("cli_a"), QStringLiteral("s"));
    const QString b = m_client->feishuToken(QStringLiteral("cli_b"), QStringLiteral("s"));
    for (int i = 0; i < 10; ++i)
        QCOMPARE(report(a).status, 200);
    QCOMPARE(report(a).status, 429);
    QCOMPARE(report(b).status, 200);
    QCOMPARE(m_sim.requestCount(SimEndpoint::FeishuReportQuery, QStringLiteral("cli_b")), 1);
}

void TestSimulatorRateLimit::dingTalkLimit()
{
    const QString token = m_client->dingTalkToken(QStringLiteral("dk"), QStringLiteral("s"));
    m_sim.addTask(SimTask{SimTaskKind::DingTalkDoc, QStringLiteral("t"), {}, 0, {}, {}, false});
    int limited = 0;
    for (int i = 0; i < 25; ++i) {
        const HttpResult r =
            m_client->get("/v2.0/doc/task/info/t", HttpTestClient::dingTalk(token));
        if (r.status == 403) {
            ++limited;
            QCOMPARE(r.json().value(QLatin1String("code")).toString(),
                     QStringLiteral("Forbidden.AccessDenied.QpsLimitForAppkeyAndApi"));
        }
    }
    QCOMPARE(limited, 5);
    QCOMPARE(m_sim.rateLimitedCount(), 5);
}

void TestSimulatorRateLimit::scenarioOverridesLimits()
{
    QString error;
    QVERIFY(m_sim.loadScenario(
        QJsonDocument::fromJson(R"({"rate_limits":{"feishu.drive":2}})").object(), &error));
    QCOMPARE(m_sim.rateLimit(SimEndpoint::FeishuDriveTaskCheck), 2);
    const QString token = m_client->feishuToken(QStringLiteral("cli_a"), QStringLiteral("s"));
    const QByteArray path = "/open-apis/drive/v1/files/task_check?task_id=x";
    QCOMPARE(m_client->get(path, HttpTestClient::bearer(token)).status, 404);
    QCOMPARE(m_client->get(path, HttpTestClient::bearer(token)).status, 404);
    QCOMPARE(m_client->get(path, HttpTestClient::bearer(token)).status, 429);
    QVERIFY(!m_sim.loadScenario(QJsonDocument::fromJson(R"({"rate_limits":{"nope":2}})").object(),
                                &error));
    QVERIFY(error.contains(QLatin1String("nope")));
}

void TestSimulatorRateLimit::countersByEndpointAndAccount()
{
    const QString a = m_client->feishuToken(QStringLiteral("cli_a"), QStringLiteral("s"));
    m_client->feishuToken(QStringLiteral("cli_zz"), QStringLiteral("s"));
    m_client->get("/open-apis/drive/v1/files/task_check?task_id=x");
    m_client->get("/open-apis/drive/v1/files/task_check?task_id=x", HttpTestClient::bearer(a));
    m_client->get("/nowhere");
    QCOMPARE(m_sim.requestCount(), 5);
    QCOMPARE(m_sim.requestCount(SimEndpoint::FeishuToken), 2);
    QCOMPARE(m_sim.requestCount(SimEndpoint::FeishuToken, QStringLiteral("cli_a")), 1);
    QCOMPARE(m_sim.requestCount(SimEndpoint::FeishuToken, QString()), 1);
    QCOMPARE(m_sim.requestCount(SimEndpoint::FeishuDriveTaskCheck, QString()), 1);
    QCOMPARE(m_sim.requestCount(SimEndpoint::FeishuDriveTaskCheck, QStringLiteral("cli_a")), 1);
}

void TestSimulatorRateLimit::statsOverHttpAndReset()
{
    const QString token = m_client->feishuToken(QStringLiteral("cli_a"), QStringLiteral("s"));
    for (int i = 0; i < 12; ++i)
        report(token);
    const QJsonObject stats = m_client->get("/_simulator/stats").json();
    QCOMPARE(stats.value(QLatin1String("received")).toInt(), 13);
    QCOMPARE(stats.value(QLatin1String("rate_limited")).toInt(), 2);
    const QJsonObject reportStats = stats.value(QLatin1String("endpoints"))
                                        .toObject()
                                        .value(QLatin1String("feishu.report"))
                                        .toObject();
    QCOMPARE(reportStats.value(QLatin1String("received")).toInt(), 12);
    QCOMPARE(reportStats.value(QLatin1String("accounts"))
                 .toObject()
                 .value(QLatin1String("cli_a"))
                 .toObject()
                 .value(QLatin1String("rate_limited"))
                 .toInt(),
             2);
    QCOMPARE(m_client->post("/_simulator/reset-stats", {}).status, 200);
    QCOMPARE(m_sim.requestCount(), 0);
    QCOMPARE(m_client->get("/_simulator/stats").json().value(QLatin1String("received")).toInt(), 0);
    QCOMPARE(m_sim.statsJson().value(QLatin1String("received")).toInt(), 0);
}

void TestSimulatorRateLimit::recentRequestsAreRecorded()
{
    m_sim.setRecentCapacity(3);
    for (int i = 0; i < 5; ++i)
        m_client->get("/open-apis/drive/v1/files/task_check?task_id=n" + QByteArray::number(i));
    const QList<RecordedRequest> recent = m_sim.recentRequests();
    QCOMPARE(recent.size(), 3);
    QCOMPARE(recent.last().taskId, QStringLiteral("n4"));
    QCOMPARE(recent.last().status, 400);
    QCOMPARE(recent.last().endpoint, QStringLiteral("feishu.drive"));
    const QJsonObject json = m_client->get("/_simulator/requests").json();
    QCOMPARE(json.value(QLatin1String("requests")).toArray().size(), 3);
    m_sim.setRecentCapacity(200);
}

QTEST_GUILESS_MAIN(TestSimulatorRateLimit)
#include "tst_simulator_ratelimit.moc"
