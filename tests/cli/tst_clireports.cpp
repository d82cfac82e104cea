#include "CliHarness.h"

#include <QJsonArray>

using namespace CliHarness;

// `reports` end to end: all pages of a query, every field, CSV columns per form field.
class tst_CliReports final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void jsonHasEveryPage();
    void csvHasOneColumnPerField();
    void tableAndWindow();
    void rollingWindow();
    void errorsAndUsage_data();
    void errorsAndUsage();

private:
    QStringList reports(const QStringList &more) const
    {
        return QStringList{QStringLiteral("reports"),          QStringLiteral("--platform=feishu"),
                           QStringLiteral("--base-url"),       m_sim->url,
                           QStringLiteral("--app-id"),         kFeishuApp,
                           QStringLiteral("--app-secret-env"), kSecretVar} +
               more;
    }
    std::unique_ptr<Simulator> m_sim;
};

void tst_CliReports::initTestCase()
{
    m_sim = std::make_unique<Simulator>();
    QVERIFY(!m_sim->url.isEmpty());
}

void tst_CliReports::jsonHasEveryPage()
{
    const int before = m_sim->received(QStringLiteral("feishu.report"));
    const Run r =
        run(reports({QStringLiteral("--from=2025-11-19"), QStringLiteral("--to=2025-11-21"),
                     QStringLiteral("--rule-id=6969410005221015580")}));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray items = r.json().value(QStringLiteral("reports")).toArray();
    QCOMPARE(items.size(), 45);
    QCOMPARE(m_sim->received(QStringLiteral("feishu.report")) - before, 3); // 20 + 20 + 5
    const QJsonObject first = items[0].toObject();
    QCOMPARE(first.value(QStringLiteral("task_id")).toString(),
             QStringLiteral("6969507459119693826"));
    QCOMPARE(first.value(QStringLiteral("rule_name")).toString(), QStringLiteral("周报"));
    QCOMPARE(first.value(QStringLiteral("commit_time")).toString(),
             QStringLiteral("2025-11-20T01:03:20Z"));
    QCOMPARE(first.value(QStringLiteral("to_user_names")).toArray()[0].toString(),
             QStringLiteral("李娜"));
    const QJsonArray fields = first.value(QStringLiteral("form_contents")).toArray();
    QCOMPARE(fields.size(), 3);
    QCOMPARE(fields[0].toObject().value(QStringLiteral("field_name")).toString(),
             QStringLiteral("本周完成"));
    for (const char *key : {"from_user_id", "from_user_name", "department_name", "department_ids",
                            "to_user_ids", "rule_id"})
        QVERIFY2(first.contains(QLatin1String(key)), key);
}

void tst_CliReports::csvHasOneColumnPerField()
{
    const Run r = run(reports({QStringLiteral("--from=1763596800"),
                               QStringLiteral("--to=1763683199"), QStringLiteral("--format=csv")}));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString text = QString::fromUtf8(r.out);
    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 46);
    QVERIFY(lines[0].contains(QStringLiteral("本周完成,下周计划,风险")));
    QVERIFY(!text.startsWith(QChar(0xFEFF)));
}

void tst_CliReports::tableAndWindow()
{
    const Run r = run(
        reports({QStringLiteral("--from=2025-11-20T01:00:00Z"),
                 QStringLiteral("--to=2025-11-20T01:10:00Z"), QStringLiteral("--format=table")}));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.contains("员工0"));
    QVERIFY(r.out.contains("员工6"));
    QVERIFY(!r.out.contains("员工7"));
}

void tst_CliReports::rollingWindow()
{
    // The scenario's submissions are from November 2025: none is in the last 7 days.
    const int before = m_sim->received(QStringLiteral("feishu.report"));
    const Run r = run(reports({QStringLiteral("--window=last_7_days")}));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("reports")).toArray().size(), 0);
    QCOMPARE(m_sim->received(QStringLiteral("feishu.report")) - before, 1);
}

void tst_CliReports::errorsAndUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("expected");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown rule") << QStringList{QStringLiteral("--from=2025-11-19"),
                                                 QStringLiteral("--to=2025-11-21"),
                                                 QStringLiteral("--rule-id=42")}
                                  << 3 << QStringLiteral("1430003");
    QTest::newRow("no window") << QStringList{QStringLiteral("--from=2025-11-19")} << 2
                               << QStringLiteral("--to");
    QTest::newRow("bad date") << QStringList{QStringLiteral("--from=yesterday"),
                                             QStringLiteral("--to=2025-11-21")}
                              << 2 << QStringLiteral("--from");
    QTest::newRow("window reversed")
        << QStringList{QStringLiteral("--from=2025-11-21"), QStringLiteral("--to=2025-11-19")} << 2
        << QStringLiteral("--from");
    QTest::newRow("bad user id type")
        << QStringList{QStringLiteral("--from=2025-11-19"), QStringLiteral("--to=2025-11-21"),
                       QStringLiteral("--user-id-type=email")}
        << 2 << QStringLiteral("--user-id-type");
    QTest::newRow("unknown window")
        << QStringList{QStringLiteral("--window=next_week")} << 2 << QStringLiteral("--window");
    QTest::newRow("window and dates")
        << QStringList{QStringLiteral("--window=today"), QStringLiteral("--from=2025-11-19")} << 2
        << QStringLiteral("--window");
    QTest::newRow("status option")
        << QStringList{QStringLiteral("--from=2025-11-19"), QStringLiteral("--to=2025-11-21"),
                       QStringLiteral("--wait")}
        << 2 << QStringLiteral("--wait");
}

void tst_CliReports::errorsAndUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, expected);
    QFETCH(QString, mentions);
    const Run r = run(reports(arguments));
    QVERIFY2(r.exitCode == expected, r.err.constData());
    QVERIFY2(r.err.contains(mentions.toUtf8()), r.err.constData());
}

QTEST_GUILESS_MAIN(tst_CliReports)
#include "tst_clireports.moc"
