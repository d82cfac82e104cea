#include "OpenPlatformSimulator.h"
#include "support/HttpTestClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

// Scripted tasks progress on the simulator clock; the generator builds many of them.
class TestSimulatorTimeline : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void progressFollowsTheManualClock_data();
    void progressFollowsTheManualClock();
    void taskIsNotFoundBeforeItStarts();
    void oddScriptedValuesAreSentVerbatim();
    void nullRemovesAField();
    void generatorWithProgress_data();
    void generatorWithProgress();
    void generatorWithoutProgressShowsOnlyTheEnd();
    void generatorMakesThousandsOfTasks();
    void realClockAdvancesWithSpeed();

private:
    QByteArray get(SimTaskKind kind, const QString &id);

    OpenPlatformSimulator m_sim;
    std::unique_ptr<HttpTestClient> m_client;
    QString m_feishu;
    QString m_dingTalk;
};

void TestSimulatorTimeline::initTestCase()
{
    m_sim.addFeishuApp(QStringLiteral("cli_a"), QStringLiteral("s"), 1000000);
    m_sim.addDingTalkApp(QStringLiteral("dk"), QStringLiteral("s"), 1000000);
    for (const SimEndpoint e : SimEndpoints::all())
        m_sim.setRateLimit(e, 0);
    QVERIFY(m_sim.listen() != 0);
    m_client = std::make_unique<HttpTestClient>(m_sim.baseUrl());
    m_sim.useManualClock(0);
    m_feishu = m_client->feishuToken(QStringLiteral("cli_a"), QStringLiteral("s"));
    m_dingTalk = m_client->dingTalkToken(QStringLiteral("dk"), QStringLiteral("s"));
}

void TestSimulatorTimeline::init()
{
    m_sim.setClockMs(0);
    m_sim.setEpochSecs(1700000000);
}

QByteArray TestSimulatorTimeline::get(SimTaskKind kind, const QString &id)
{
    const QByteArray encoded = QUrl::toPercentEncoding(id);
    switch (kind) {
    case SimTaskKind::FeishuContact:
        return m_client
            ->get("/open-apis/contact/v2/task/get?task_id=" + encoded,
                  HttpTestClient::bearer(m_feishu))
            .body;
    case SimTaskKind::FeishuDrive:
        return m_client
            ->get("/open-apis/drive/v1/files/task_check?task_id=" + encoded,
                  HttpTestClient::bearer(m_feishu))
            .body;
    case SimTaskKind::DingTalkStorage:
        return m_client
            ->get("/v1.0/storage/tasks/" + encoded + "?unionId=u",
                  HttpTestClient::dingTalk(m_dingTalk))
            .body;
    case SimTaskKind::DingTalkDoc:
        return m_client->get("/v2.0/doc/task/info/" + encoded, HttpTestClient::dingTalk(m_dingTalk))
            .body;
    }
    return {};
}

void TestSimulatorTimeline::progressFollowsTheManualClock_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonArray>("values");
    QTest::newRow("contact progress") << int(SimTaskKind::FeishuContact)
                                      << QStringLiteral("progress") << QJsonArray{0, 30, 60, 100};
    QTest::newRow("drive status") << int(SimTaskKind::FeishuDrive) << QStringLiteral("status")
                                  << QJsonArray{
                                         QStringLiteral("process"), QStringLiteral("process"),
                                         QStringLiteral("process"), QStringLiteral("success")};
    QTest::newRow("storage status")
        << int(SimTaskKind::DingTalkStorage) << QStringLiteral("status")
        << QJsonArray{QStringLiteral("INIT"), QStringLiteral("IN_PROGRESS"),
                      QStringLiteral("IN_PROGRESS"), QStringLiteral("SUCCESS")};
    QTest::newRow("doc status") << int(SimTaskKind::DingTalkDoc) << QStringLiteral("status")
                                << QJsonArray{-1, 0, 0, 1};
}

void TestSimulatorTimeline::progressFollowsTheManualClock()
{
    QFETCH(int, kind);
    QFETCH(QString, field);
    QFETCH(QJsonArray, values);
    SimTask t;
    t.kind = SimTaskKind(kind);
    t.id = QStringLiteral("timeline-%1").arg(kind);
    t.startMs = 0;
    // Steps at 1 s, 2 s, 3 s; asked at 0.5 s, 1.5 s, 2.5 s, 3.5 s.
    for (int i = 1; i < values.size(); ++i) {
        if (values.at(i) != values.at(i - 1) || i == 1)
            t.steps.append({i * 1000LL, QJsonObject{{field, values.at(i)}}});
    }
    m_sim.addTask(t);
    for (qsizetype i = 0; i < values.size(); ++i) {
        m_sim.setClockMs(500 + 1000 * i);
        QJsonObject o = QJsonDocument::fromJson(get(t.kind, t.id)).object();
        if (o.contains(QLatin1String("data")))
            o = o.value(QLatin1String("data")).toObject();
        if (o.contains(QLatin1String("task")))
            o = o.value(QLatin1String("task")).toObject();
        QCOMPARE(o.value(field), values.at(i));
    }
}

void TestSimulatorTimeline::taskIsNotFoundBeforeItStarts()
{
    m_sim.addTask(
        SimTask{SimTaskKind::DingTalkDoc, QStringLiteral("late"), {}, 5000, {}, {}, false});
    m_sim.setClockMs(4999);
    QVERIFY(get(SimTaskKind::DingTalkDoc, QStringLiteral("late")).contains("taskNotExist"));
    m_sim.setClockMs(5000);
    QVERIFY(
        get(SimTaskKind::DingTalkDoc, QStringLiteral("late")).startsWith(R"({"taskId":"late")"));
}

void TestSimulatorTimeline::oddScriptedValuesAreSentVerbatim()
{
    SimTask t{SimTaskKind::FeishuContact, QStringLiteral("odd"), {}, 0, {}, {}, false};
    t.steps = {
        {0, QJsonObject{
                {QStringLiteral("task_id"),
                 QJsonObject{{QStringLiteral("$raw"), QStringLiteral("12345678901234567890123")}}},
                {QStringLiteral("status"), QStringLiteral("weird")},
                {QStringLiteral("progress"), 101},
                {QStringLiteral("extra_field"), true},
            }}};
    m_sim.addTask(t);
    const QByteArray body = get(SimTaskKind::FeishuContact, QStringLiteral("odd"));
    QVERIFY2(body.contains(R"("task_id":12345678901234567890123,)"), body.constData());
    QVERIFY(body.contains(R"("status":"weird")"));
    QVERIFY(body.contains(R"("progress":101)"));
    QVERIFY(body.endsWith(R"("extra_field":true}})"));

    SimTask doc{SimTaskKind::DingTalkDoc, QStringLiteral("big"), {}, 0, {}, {}, false};
    doc.steps = {
        {0, QJsonObject{{QStringLiteral("totalCount"),
                         QJsonObject{{QStringLiteral("$raw"), QStringLiteral("9007199254740993")}}},
                        {QStringLiteral("status"), 8}}}};
    m_sim.addTask(doc);
    QCOMPARE(
        get(SimTaskKind::DingTalkDoc, QStringLiteral("big")),
        QByteArray(
            R"({"taskId":"big","status":8,"totalCount":9007199254740993,"succCount":0,"failCount":0})"));
}

void TestSimulatorTimeline::nullRemovesAField()
{
    SimTask t{SimTaskKind::DingTalkStorage, QStringLiteral("n"), {}, 0, {}, {}, false};
    t.steps = {{0, QJsonObject{{QStringLiteral("beginTime"), QJsonValue::Null},
                               {QStringLiteral("failCount"), QJsonValue::Null}}}};
    m_sim.addTask(t);
    QCOMPARE(get(SimTaskKind::DingTalkStorage, QStringLiteral("n")),
             QByteArray(R"({"task":{"id":"n","status":"INIT","totalCount":0,"successCount":0}})"));
}

void TestSimulatorTimeline::generatorWithProgress_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("fail");
    QTest::addColumn<QByteArray>("done");
    QTest::newRow("contact")
        << int(SimTaskKind::FeishuContact) << 3
        << QByteArray(R"("status":9,"progress":100,"total_num":20,"success_num":17,"fail_num":3,)");
    QTest::newRow("drive ok") << int(SimTaskKind::FeishuDrive) << 0
                              << QByteArray(R"({"status":"success"})");
    QTest::newRow("drive fail") << int(SimTaskKind::FeishuDrive) << 1
                                << QByteArray(R"({"status":"fail"})");
    QTest::newRow("storage all failed")
        << int(SimTaskKind::DingTalkStorage) << 20
        << QByteArray(
               R"("status":"FAIL","totalCount":20,"successCount":0,"failCount":20,"failMessage")");
    QTest::newRow("doc partial")
        << int(SimTaskKind::DingTalkDoc) << 5
        << QByteArray(R"("status":2,"totalCount":20,"succCount":15,"failCount":5})");
}

void TestSimulatorTimeline::generatorWithProgress()
{
    QFETCH(int, kind);
    QFETCH(int, fail);
    QFETCH(QByteArray, done);
    TaskGenerator::Spec spec;
    spec.kind = SimTaskKind(kind);
    spec.idPrefix = QStringLiteral("gp%1-%2-").arg(kind).arg(fail);
    spec.count = 3;
    spec.minDurationMs = spec.maxDurationMs = 10000;
    spec.total = 20;
    spec.fail = fail;
    spec.progressSteps = 4;
    m_sim.generateTasks(spec);
    const QString id = spec.idPrefix + QStringLiteral("2");
    m_sim.setClockMs(3000);
    const QByteArray middle = get(spec.kind, id);
    QVERIFY2(!middle.contains(done), middle.constData());
    if (spec.kind == SimTaskKind::FeishuContact)
        QVERIFY2(middle.contains(R"("progress":20)"), middle.constData());
    m_sim.setClockMs(10000);
    const QByteArray end = get(spec.kind, id);
    QVERIFY2(end.contains(done), end.constData());
}

void TestSimulatorTimeline::generatorWithoutProgressShowsOnlyTheEnd()
{
    TaskGenerator::Spec spec;
    spec.kind = SimTaskKind::DingTalkDoc;
    spec.idPrefix = QStringLiteral("np-");
    spec.minDurationMs = spec.maxDurationMs = 8000;
    spec.total = 10;
    spec.withProgress = false;
    m_sim.generateTasks(spec);
    m_sim.setClockMs(7999);
    QCOMPARE(
        get(spec.kind, QStringLiteral("np-1")),
        QByteArray(R"({"taskId":"np-1","status":0,"totalCount":10,"succCount":0,"failCount":0})"));
    m_sim.setClockMs(8000);
    QCOMPARE(
        get(spec.kind, QStringLiteral("np-1")),
        QByteArray(R"({"taskId":"np-1","status":1,"totalCount":10,"succCount":10,"failCount":0})"));
}

void TestSimulatorTimeline::generatorMakesThousandsOfTasks()
{
    TaskGenerator::Spec spec;
    spec.kind = SimTaskKind::FeishuContact;
    spec.count = 5000;
    spec.idPrefix = QStringLiteral("bulk-");
    spec.minDurationMs = 6000;
    spec.maxDurationMs = 90000;
    spec.staggerMs = 10;
    spec.seed = 42;
    const QList<SimTask> tasks = TaskGenerator::generate(spec);
    QCOMPARE(tasks.size(), 5000);
    qint64 shortest = 1 << 30;
    qint64 longest = 0;
    for (const SimTask &t : tasks) {
        shortest = qMin(shortest, t.steps.last().afterMs);
        longest = qMax(longest, t.steps.last().afterMs);
    }
    QVERIFY(shortest >= 6000 && longest <= 90000 && longest - shortest > 60000);
    QCOMPARE(tasks.at(4999).startMs, 49990);
    // Same seed, same durations: benchmarks are repeatable.
    QCOMPARE(TaskGenerator::generate(spec).at(1234).steps.last().afterMs,
             tasks.at(1234).steps.last().afterMs);
    m_sim.generateTasks(spec);
    m_sim.setClockMs(200000);
    QVERIFY(get(SimTaskKind::FeishuContact, QStringLiteral("bulk-4321")).contains(R"("status":9)"));
}

void TestSimulatorTimeline::realClockAdvancesWithSpeed()
{
    OpenPlatformSimulator sim;
    sim.useRealClock(50.0);
    const qint64 before = sim.nowMs();
    QTest::qWait(100);
    const qint64 elapsed = sim.nowMs() - before;
    QVERIFY2(elapsed >= 4000 && elapsed < 60000, QByteArray::number(elapsed).constData());
    sim.useManualClock(10);
    QCOMPARE(sim.nowMs(), 10);
    sim.advanceClock(5);
    QCOMPARE(sim.nowMs(), 15);
}

QTEST_GUILESS_MAIN(TestSimulatorTimeline)
#include "tst_simulator_timeline.moc"
