#include "OpenPlatformSimulator.h"
#include "support/HttpTestClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

// The report query: filters, paging with an opaque page_token, documented errors, exact shape.
class TestSimulatorReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void itemHasExactShape();
    void pagesThroughAllSubmissions_data();
    void pagesThroughAllSubmissions();
    void filters_data();
    void filters();
    void ruleIdAsNumberOrString_data();
    void ruleIdAsNumberOrString();
    void errors_data();
    void errors();
    void userIdTypeSelectsTheSubmittersId();

private:
    QJsonObject query(const QJsonObject &body, const QByteArray &suffix = {});
    HttpResult raw(const QByteArray &body, const QByteArray &suffix = {});

    OpenPlatformSimulator m_sim;
    std::unique_ptr<HttpTestClient> m_client;
    QString m_token;
};

static const char ruleId[] = "6969410005221015580";
static constexpr qint64 base = 1718000000;

void TestSimulatorReport::initTestCase()
{
    m_sim.useManualClock(0);
    m_sim.setRateLimit(SimEndpoint::FeishuReportQuery, 0);
    m_sim.addFeishuApp(QStringLiteral("cli_a"), QStringLiteral("s"));
    m_sim.addReportRule(QString::fromLatin1(ruleId), QStringLiteral("周报"));
    m_sim.addReportRule(QStringLiteral("42"), QStringLiteral("日报"));
    for (int i = 0; i < 45; ++i) {
        SimReportSubmission s;
        s.ruleId = QString::fromLatin1(ruleId);
        s.fromUserId = QStringLiteral("ou_user%1").arg(i % 3);
        s.commitTime = base + i * 3600;
        s.wire = QJsonObject{
            {QStringLiteral("task_id"), QString::number(7380000000000000000LL + i)},
            {QStringLiteral("rule_name"), QStringLiteral("周报")},
            {QStringLiteral("rule_id"), QString::fromLatin1(ruleId)},
            {QStringLiteral("from_user_id"), s.fromUserId},
            {QStringLiteral("from_user_ids"),
             QJsonObject{{QStringLiteral("open_id"), s.fromUserId},
                         {QStringLiteral("user_id"), QStringLiteral("emp%1").arg(i % 3)}}},
            {QStringLiteral("from_user_name"), QStringLiteral("用户%1").arg(i % 3)},
            {QStringLiteral("department_name"), QStringLiteral("测试部门")},
            {QStringLiteral("commit_time"), s.commitTime},
            {QStringLiteral("department_ids"), QJsonArray{QStringLiteral("od-1")}},
            {QStringLiteral("to_user_ids"), QJsonArray{QStringLiteral("ou_boss")}},
            {QStringLiteral("to_user_names"), QJsonArray{QStringLiteral("boss")}},
            {QStringLiteral("form_contents"),
             QJsonArray{QJsonObject{{QStringLiteral("field_id"), QStringLiteral("f1")},
                                    {QStringLiteral("field_name"), QStringLiteral("本周完成")},
                                    {QStringLiteral("field_value"), QStringLiteral("v%1").arg(i)}},
                        QJsonObject{{QStringLiteral("field_id"), QStringLiteral("f2")},
                                    {QStringLiteral("field_name"), QStringLiteral("风险")},
                                    {QStringLiteral("field_value"), QStringLiteral("无")}}}}};
        m_sim.addReportSubmission(s);
    }
    SimReportSubmission daily;
    daily.ruleId = QStringLiteral("42");
    daily.fromUserId = QStringLiteral("ou_user0");
    daily.commitTime = base;
    daily.wire = QJsonObject{{QStringLiteral("task_id"), QStringLiteral("d1")},
                             {QStringLiteral("rule_id"), QStringLiteral("42")},
                             {QStringLiteral("commit_time"), base}};
    m_sim.addReportSubmission(daily);
    QVERIFY(m_sim.listen() != 0);
    m_client = std::make_unique<HttpTestClient>(m_sim.baseUrl());
    m_token = m_client->feishuToken(QStringLiteral("cli_a"), QStringLiteral("s"));
}

HttpResult TestSimulatorReport::raw(const QByteArray &body, const QByteArray &suffix)
{
    return m_client->post("/open-apis/report/v1/tasks/query" + suffix, body,
                          HttpTestClient::bearer(m_token));
}

QJsonObject TestSimulatorReport::query(const QJsonObject &body, const QByteArray &suffix)
{
    return raw(QJsonDocument(body).toJson(QJsonDocument::Compact), suffix).json();
}

void TestSimulatorReport::itemHasExactShape()
{
    const HttpResult r = raw(R"({"commit_start_time":1718000000,"commit_end_time":1718000000,)"
                             R"("rule_id":"6969410005221015580","page_token":"","page_size":10})");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body,
             QByteArrayLiteral(
                 R"({"code":0,"msg":"success","data":{"items":[{"task_id":"7380000000000000000",)"
                 R"("rule_name":"周报","from_user_id":"ou_user0","from_user_name":"用户0",)"
                 R"("department_name":"测试部门","commit_time":1718000000,"form_contents":[)"
                 R"({"field_id":"f1","field_name":"本周完成","field_value":"v0"},)"
                 R"({"field_id":"f2","field_name":"风险","field_value":"无"}],)"
                 R"("rule_id":"6969410005221015580","department_ids":["od-1"],)"
                 R"("to_user_ids":["ou_boss"],"to_user_names":["boss"]}],"has_more":false}})"));
}

void TestSimulatorReport::pagesThroughAllSubmissions_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<QList<int>>("pages");
    QTest::newRow("20") << 20 << QList<int>{20, 20, 5};
    QTest::newRow("10") << 10 << QList<int>{10, 10, 10, 10, 5};
    QTest::newRow("0 means 10") << 0 << QList<int>{10, 10, 10, 10, 5};
    QTest::newRow("15") << 15 << QList<int>{15, 15, 15};
}

void TestSimulatorReport::pagesThroughAllSubmissions()
{
    QFETCH(int, pageSize);
    QFETCH(QList<int>, pages);
    QString token;
    QSet<QString> seen;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const QJsonObject data = query({{QStringLiteral("commit_start_time"), base},
                                        {QStringLiteral("commit_end_time"), base + 100 * 3600},
                                        {QStringLiteral("rule_id"), QString::fromLatin1(ruleId)},
                                        {QStringLiteral("page_token"), token},
                                        {QStringLiteral("page_size"), pageSize}})
                                     .value(QLatin1String("data"))
                                     .toObject();
        const QJsonArray items = data.value(QLatin1String("items")).toArray();
        QCOMPARE(items.size(), pages.at(i));
        for (const QJsonValue &item : items)
            seen.insert(item.toObject().value(QLatin1String("task_id")).toString());
        const bool last = i == pages.size() - 1;
        QCOMPARE(data.value(QLatin1String("has_more")).toBool(), !last);
        QCOMPARE(data.contains(QLatin1String("page_token")), !last);
        token = data.value(QLatin1String("page_token")).toString();
    }
    QCOMPARE(seen.size(), 45);
}

void TestSimulatorReport::filters_data()
{
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("end");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("user");
    QTest::addColumn<int>("count");
    const QString weekly = QString::fromLatin1(ruleId);
    QTest::newRow("all rules") << base << base + 999999 << QString() << QString() << 46;
    QTest::newRow("window inclusive") << base + 3600 << base + 3 * 3600 << weekly << QString() << 3;
    QTest::newRow("empty window") << base - 10 << base - 1 << weekly << QString() << 0;
    QTest::newRow("one user") << base << base + 999999 << weekly << QStringLiteral("ou_user1")
                              << 15;
    QTest::newRow("daily rule") << base << base + 999999 << QStringLiteral("42") << QString() << 1;
}

void TestSimulatorReport::filters()
{
    QFETCH(qint64, start);
    QFETCH(qint64, end);
    QFETCH(QString, rule);
    QFETCH(QString, user);
    QFETCH(int, count);
    int total = 0;
    QString token;
    for (int guard = 0; guard < 10; ++guard) {
        QJsonObject body{{QStringLiteral("commit_start_time"), start},
                         {QStringLiteral("commit_end_time"), end},
                         {QStringLiteral("page_token"), token},
                         {QStringLiteral("page_size"), 20}};
        if (!rule.isEmpty())
            body.insert(QStringLiteral("rule_id"), rule);
        if (!user.isEmpty())
            body.insert(QStringLiteral("user_id"), user);
        const QJsonObject data = query(body).value(QLatin1String("data")).toObject();
        total += int(data.value(QLatin1String("items")).toArray().size());
        if (!data.value(QLatin1String("has_more")).toBool())
            break;
        token = data.value(QLatin1String("page_token")).toString();
    }
    QCOMPARE(total, count);
}

void TestSimulatorReport::ruleIdAsNumberOrString_data()
{
    QTest::addColumn<QByteArray>("ruleLiteral");
    QTest::newRow("string") << QByteArray(R"("6969410005221015580")");
    // Above 2^53: a double would round it to another rule.
    QTest::newRow("big number") << QByteArray("6969410005221015580");
}

void TestSimulatorReport::ruleIdAsNumberOrString()
{
    QFETCH(QByteArray, ruleLiteral);
    const HttpResult r = raw(R"({"commit_start_time":1718000000,"commit_end_time":1818000000,)"
                             R"("page_token":"","page_size":20,"rule_id":)" +
                             ruleLiteral + "}");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()
                 .value(QLatin1String("data"))
                 .toObject()
                 .value(QLatin1String("items"))
                 .toArray()
                 .size(),
             20);
    const HttpResult near = raw(R"({"commit_start_time":1,"commit_end_time":2,"page_token":"",)"
                                R"("page_size":20,"rule_id":6969410005221015581})");
    QCOMPARE(near.json().value(QLatin1String("code")).toInt(), 1430003);
}

void TestSimulatorReport::errors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("msg");
    const QByteArray window = R"("commit_start_time":1,"commit_end_time":2,"page_token":"",)";
    QTest::newRow("page size 21") << QByteArray("{" + window + R"("page_size":21})") << 1430002
                                  << QStringLiteral("page size invalid");
    QTest::newRow("page size -1") << QByteArray("{" + window + R"("page_size":-1})") << 1430002
                                  << QStringLiteral("page size invalid");
    QTest::newRow("unknown rule") << QByteArray("{" + window + R"("page_size":5,"rule_id":"7"})")
                                  << 1430003 << QStringLiteral("rule not exist");
    QTest::newRow("bad page token")
        << QByteArray(
               R"({"commit_start_time":1,"commit_end_time":2,"page_token":"zzz","page_size":5})")
        << 99992402 << QString();
    QTest::newRow("missing window")
        << QByteArray(R"({"page_token":"","page_size":5})") << 99992402 << QString();
    QTest::newRow("not json") << QByteArray("page_size=5") << 99992402 << QString();
}

void TestSimulatorReport::errors()
{
    QFETCH(QByteArray, body);
    QFETCH(int, code);
    QFETCH(QString, msg);
    const HttpResult r = raw(body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(QLatin1String("code")).toInt(), code);
    if (!msg.isEmpty())
        QCOMPARE(r.json().value(QLatin1String("msg")).toString(), msg);
    QVERIFY(!r.json().contains(QLatin1String("data")));
}

void TestSimulatorReport::userIdTypeSelectsTheSubmittersId()
{
    const QJsonObject body{{QStringLiteral("commit_start_time"), base},
                           {QStringLiteral("commit_end_time"), base},
                           {QStringLiteral("rule_id"), QString::fromLatin1(ruleId)},
                           {QStringLiteral("page_token"), QString()},
                           {QStringLiteral("page_size"), 1}};
    const auto firstUser = [](const QJsonObject &answer) {
        return answer.value(QLatin1String("data"))
            .toObject()
            .value(QLatin1String("items"))
            .toArray()
            .at(0)
            .toObject()
            .value(QLatin1String("from_user_id"))
            .toString();
    };
    QCOMPARE(firstUser(query(body)), QStringLiteral("ou_user0"));
    QCOMPARE(firstUser(query(body, "?user_id_type=user_id")), QStringLiteral("emp0"));
    QCOMPARE(query(body, "?user_id_type=bogus").value(QLatin1String("code")).toInt(), 99992402);
}

QTEST_GUILESS_MAIN(TestSimulatorReport)
#include "tst_simulator_report.moc"
