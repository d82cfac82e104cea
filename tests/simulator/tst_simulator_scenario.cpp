#include "OpenPlatformSimulator.h"
#include "support/HttpTestClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

// The shipped demo scenario, the scenario format's errors, and the taskmonitor-simulator binary.
class TestSimulatorScenario : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void demoHasTwoAppsPerFamily();
    void demoHasEveryKindOfTask();
    void demoContactRowsFail();
    void demoReportPagesWithChineseFields();
    void badScenariosAreRejected_data();
    void badScenariosAreRejected();
    void executablePrintsItsUrlFirst();
    void executableRejectsBadArguments();

private:
    OpenPlatformSimulator m_sim;
    std::unique_ptr<HttpTestClient> m_client;
    QString m_feishu;
    QString m_dingTalk;
};

static const QString demo = QStringLiteral(TASKMONITOR_SIMULATOR_DEMO);

void TestSimulatorScenario::initTestCase()
{
    QString error;
    QVERIFY2(m_sim.loadScenarioFile(demo, &error), qPrintable(error));
    m_sim.useManualClock(0);
    QVERIFY(m_sim.listen() != 0);
    m_client = std::make_unique<HttpTestClient>(m_sim.baseUrl());
    m_feishu = m_client->feishuToken(QStringLiteral("cli_a5f1demo0feishu"),
                                     QStringLiteral("demo-feishu-secret"));
    m_dingTalk = m_client->dingTalkToken(QStringLiteral("dingdemostorage0001"),
                                         QStringLiteral("demo-dingtalk-secret-1"));
}

void TestSimulatorScenario::demoHasTwoAppsPerFamily()
{
    QVERIFY(!m_feishu.isEmpty());
    QVERIFY(!m_dingTalk.isEmpty());
    QVERIFY(!m_client
                 ->feishuToken(QStringLiteral("cli_a5f2demo00lark0"),
                               QStringLiteral("demo-lark-secret"))
                 .isEmpty());
    QVERIFY(!m_client
                 ->dingTalkToken(QStringLiteral("dingdemodocs00000002"),
                                 QStringLiteral("demo-dingtalk-secret-2"))
                 .isEmpty());
}

void TestSimulatorScenario::demoHasEveryKindOfTask()
{
    const QString docs = m_client->dingTalkToken(QStringLiteral("dingdemodocs00000002"),
                                                 QStringLiteral("demo-dingtalk-secret-2"));
    m_sim.setClockMs(60000);
    QCOMPARE(m_client
                 ->get("/open-apis/drive/v1/files/task_check?task_id=7360595374803812356",
                       HttpTestClient::bearer(m_feishu))
                 .body,
             QByteArrayLiteral(R"({"code":0,"msg":"success","data":{"status":"success"}})"));
    const QJsonObject storage = m_client
                                    ->get("/v1.0/storage/tasks/storage-move-20240611-b2?unionId=u",
                                          HttpTestClient::dingTalk(m_dingTalk))
                                    .json();
    QCOMPARE(
        storage.value(QLatin1String("task")).toObject().value(QLatin1String("status")).toString(),
        QStringLiteral("FAIL"));
    // This task asks for ISO times with seconds.
    static const QRegularExpression iso(QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$)"));
    QVERIFY(iso.match(storage.value(QLatin1String("task"))
                          .toObject()
                          .value(QLatin1String("endTime"))
                          .toString())
                .hasMatch());
    const QJsonObject doc =
        m_client->get("/v2.0/doc/task/info/doc-copy-5b8e0c2a", HttpTestClient::dingTalk(docs))
            .json();
    QCOMPARE(doc.value(QLatin1String("status")).toInt(), 2);
    QCOMPARE(
        m_client->get("/v2.0/doc/task/info/doc-bench-3", HttpTestClient::dingTalk(docs)).status,
        200);
    // Tasks belong to their app: the storage app cannot see the docs app's task.
    QCOMPARE(
        m_client->get("/v2.0/doc/task/info/doc-copy-5b8e0c2a", HttpTestClient::dingTalk(m_dingTalk))
            .status,
        404);
    m_sim.setClockMs(0);
}

void TestSimulatorScenario::demoContactRowsFail()
{
    m_sim.setClockMs(20000);
    const QJsonObject data =
        m_client
            ->get("/open-apis/contact/v2/task/get?task_id=7f1c0a2e9b8d4c6fa1e2d3c4b5a69788",
                  HttpTestClient::bearer(m_feishu))
            .json()
            .value(QLatin1String("data"))
            .toObject();
    QCOMPARE(data.value(QLatin1String("fail_num")).toInt(), 37);
    const QJsonArray rows = data.value(QLatin1String("task_info")).toArray();
    QCOMPARE(rows.size(), 50);
    int failed = 0;
    int invalidUser = 0;
    for (const QJsonValue &v : rows) {
        const QJsonObject row = v.toObject();
        const int code = row.value(QLatin1String("code")).toInt();
        failed += code != 0;
        invalidUser += code == 10013;
        QCOMPARE(row.contains(QLatin1String("open_id")), code == 0);
        QCOMPARE(row.contains(QLatin1String("action")), code == 0);
    }
    QCOMPARE(failed, 37);
    QCOMPARE(invalidUser, 31);
    m_sim.setClockMs(0);
}

void TestSimulatorScenario::demoReportPagesWithChineseFields()
{
    QString pageToken;
    int total = 0;
    int pages = 0;
    QSet<QString> fieldNames;
    do {
        const QJsonObject body{{QStringLiteral("commit_start_time"), 1718000000},
                               {QStringLiteral("commit_end_time"), 1730000000},
                               {QStringLiteral("rule_id"), QStringLiteral("6969410005221015580")},
                               {QStringLiteral("page_token"), pageToken},
                               {QStringLiteral("page_size"), 20}};
        const QJsonObject data =
            m_client
                ->post("/open-apis/report/v1/tasks/query", QJsonDocument(body).toJson(),
                       HttpTestClient::bearer(m_feishu))
                .json()
                .value(QLatin1String("data"))
                .toObject();
        const QJsonArray items = data.value(QLatin1String("items")).toArray();
        total += int(items.size());
        for (const QJsonValue &item : items) {
            for (const QJsonValue &f :
                 item.toObject().value(QLatin1String("form_contents")).toArray())
                fieldNames.insert(f.toObject().value(QLatin1String("field_name")).toString());
        }
        ++pages;
        pageToken = data.value(QLatin1String("page_token")).toString();
        if (!data.value(QLatin1String("has_more")).toBool())
            break;
    } while (pages < 10);
    QCOMPARE(total, 45);
    QCOMPARE(pages, 3);
    QCOMPARE(fieldNames, (QSet<QString>{QStringLiteral("本周完成"), QStringLiteral("下周计划"),
                                        QStringLiteral("风险")}));
}

void TestSimulatorScenario::badScenariosAreRejected_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("platform") << QByteArray(R"({"apps":[{"platform":"wecom","app_id":"x"}]})")
                              << QStringLiteral("wecom");
    QTest::newRow("task kind") << QByteArray(R"({"tasks":[{"kind":"feishu-wiki","id":"1"}]})")
                               << QStringLiteral("feishu-wiki");
    QTest::newRow("task id") << QByteArray(R"({"tasks":[{"kind":"feishu-drive"}]})")
                             << QStringLiteral("id");
    QTest::newRow("fault kind") << QByteArray(R"({"faults":[{"kind":"meteor"}]})")
                                << QStringLiteral("meteor");
    QTest::newRow("generator") << QByteArray(R"({"generate":[{"kind":"x"}]})")
                               << QStringLiteral("generate");
    QTest::newRow("submission") << QByteArray(R"({"reports":{"submissions":[{"task_id":"1"}]}})")
                                << QStringLiteral("commit_time");
}

void TestSimulatorScenario::badScenariosAreRejected()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    OpenPlatformSimulator sim;
    QString error;
    QVERIFY(!sim.loadScenario(QJsonDocument::fromJson(json).object(), &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
    QVERIFY(!sim.loadScenarioFile(QStringLiteral("/nonexistent/scenario.json"), &error));
}

void TestSimulatorScenario::executablePrintsItsUrlFirst()
{
    QProcess process;
    process.start(QStringLiteral(TASKMONITOR_SIMULATOR_EXE),
                  {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--scenario"),
                   demo, QStringLiteral("--speed"), QStringLiteral("100")});
    QVERIFY(process.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 10000);
    const QUrl url(QString::fromUtf8(process.readLine().trimmed()));
    QCOMPARE(url.scheme(), QStringLiteral("http"));
    QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(url.port() > 0);
    HttpTestClient client(url);
    const QString token = client.feishuToken(QStringLiteral("cli_a5f1demo0feishu"),
                                             QStringLiteral("demo-feishu-secret"));
    QVERIFY(!token.isEmpty());
    // At 100x the 15 s drive task is done after 150 ms.
    QTest::qWait(300);
    QCOMPARE(client
                 .get("/open-apis/drive/v1/files/task_check?task_id=7360595374803812356",
                      HttpTestClient::bearer(token))
                 .json()
                 .value(QLatin1String("data"))
                 .toObject()
                 .value(QLatin1String("status"))
                 .toString(),
             QStringLiteral("success"));
    process.terminate();
    QVERIFY(process.waitForFinished(10000));
}

void TestSimulatorScenario::executableRejectsBadArguments()
{
    QProcess process;
    process.start(QStringLiteral(TASKMONITOR_SIMULATOR_EXE),
                  {QStringLiteral("--scenario"), QStringLiteral("/nonexistent.json")});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 1);
    process.start(QStringLiteral(TASKMONITOR_SIMULATOR_EXE),
                  {QStringLiteral("--port"), QStringLiteral("x")});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 2);
}

QTEST_GUILESS_MAIN(TestSimulatorScenario)
#include "tst_simulator_scenario.moc"
