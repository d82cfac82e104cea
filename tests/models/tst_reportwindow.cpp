#include "models/domain/ReportWindow.h"
#include "models/domain/TaskRef.h"

#include <QTest>

// Rolling report windows follow the calendar of their time zone, across month ends, week
// starts and daylight-saving changes.
class tst_ReportWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rangeAt_data();
    void rangeAt();
    void idsRoundTrip();
    void rollingQueryKeepsItsId();
};

namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

} // namespace

void tst_ReportWindow::initTestCase()
{
    // Weekly reports run Monday to Sunday even where the locale starts weeks on Sunday.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_ReportWindow::rangeAt_data()
{
    QTest::addColumn<ReportWindow>("window");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<int>("firstDayOfWeek");
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<QDateTime>("to");

    const QString shanghai = QStringLiteral("Asia/Shanghai");
    const QString berlin = QStringLiteral("Europe/Berlin");
    // 2026-12-02 01:30 UTC is Wednesday 09:30 in Shanghai.
    const QDateTime wednesday = utc("2026-12-02T01:30:00Z");
    QTest::newRow("today in Shanghai")
        << ReportWindow::Today << shanghai << wednesday << int(Qt::Monday)
        << utc("2026-12-01T16:00:00Z") << utc("2026-12-02T15:59:59Z");
    QTest::newRow("this week from Monday")
        << ReportWindow::ThisWeek << shanghai << wednesday << int(Qt::Monday)
        << utc("2026-11-29T16:00:00Z") << utc("2026-12-06T15:59:59Z");
    QTest::newRow("this week from Sunday")
        << ReportWindow::ThisWeek << shanghai << wednesday << int(Qt::Sunday)
        << utc("2026-11-28T16:00:00Z") << utc("2026-12-05T15:59:59Z");
    QTest::newRow("this month") << ReportWindow::ThisMonth << shanghai << wednesday
                                << int(Qt::Monday) << utc("2026-11-30T16:00:00Z")
                                << utc("2026-12-31T15:59:59Z");
    QTest::newRow("last 7 days end now")
        << ReportWindow::Last7Days << shanghai << wednesday << int(Qt::Monday)
        << utc("2026-11-25T01:30:00Z") << wednesday;
    // 23:30 UTC on Sunday 30 November is already Monday 1 December in Shanghai.
    QTest::newRow("the zone's date, not UTC's")
        << ReportWindow::ThisMonth << shanghai << utc("2026-11-30T23:30:00Z") << int(Qt::Monday)
        << utc("2026-11-30T16:00:00Z") << utc("2026-12-31T15:59:59Z");
    // Berlin leaves summer time on 25 October 2026: that day has 25 hours.
    QTest::newRow("a day of 25 hours")
        << ReportWindow::Today << berlin << utc("2026-10-25T12:00:00Z") << int(Qt::Monday)
        << utc("2026-10-24T22:00:00Z") << utc("2026-10-25T22:59:59Z");
    QTest::newRow("a week across a leap day")
        << ReportWindow::ThisWeek << berlin << utc("2028-02-29T12:00:00Z") << int(Qt::Monday)
        << utc("2028-02-27T23:00:00Z") << utc("2028-03-05T22:59:59Z");
}

void tst_ReportWindow::rangeAt()
{
    QFETCH(ReportWindow, window);
    QFETCH(QString, zone);
    QFETCH(QDateTime, now);
    QFETCH(int, firstDayOfWeek);
    QFETCH(QDateTime, from);
    QFETCH(QDateTime, to);
    const std::optional<ReportWindowRange> range = ReportWindows::rangeAt(
        window, QTimeZone(zone.toUtf8()), now, Qt::DayOfWeek(firstDayOfWeek));
    QVERIFY(range);
    QCOMPARE(range->from, from);
    QCOMPARE(range->to, to);
    QVERIFY(range->from <= now && now <= range->to);
}

void tst_ReportWindow::idsRoundTrip()
{
    for (ReportWindow window : {ReportWindow::Fixed, ReportWindow::Today, ReportWindow::ThisWeek,
                                ReportWindow::Last7Days, ReportWindow::ThisMonth})
        QCOMPARE(ReportWindows::fromId(ReportWindows::id(window)), window);
    QCOMPARE(ReportWindows::fromId(QStringLiteral("next_week")), std::nullopt);
    QVERIFY(!ReportWindows::rangeAt(ReportWindow::Fixed, QTimeZone::utc(),
                                    QDateTime::currentDateTimeUtc()));
}

void tst_ReportWindow::rollingQueryKeepsItsId()
{
    ReportQuery query;
    query.ruleId = QStringLiteral("7101");
    query.window = ReportWindow::ThisWeek;
    query.timeZone = QStringLiteral("Asia/Shanghai");
    const ReportQuery monday = query.resolvedAt(utc("2026-11-30T01:00:00Z"));
    const ReportQuery nextWeek = query.resolvedAt(utc("2026-12-08T01:00:00Z"));
    QCOMPARE(monday.from, utc("2026-11-29T16:00:00Z"));
    QCOMPARE(nextWeek.from, utc("2026-12-06T16:00:00Z"));
    QCOMPARE(TaskRef::reportTaskId(monday), TaskRef::reportTaskId(nextWeek));
    QCOMPARE(TaskRef::reportTaskId(monday), QStringLiteral("rule:7101|this_week"));

    ReportQuery fixed;
    fixed.from = utc("2026-11-01T00:00:00Z");
    fixed.to = utc("2026-11-30T00:00:00Z");
    QCOMPARE(fixed.resolvedAt(utc("2026-12-08T01:00:00Z")), fixed);
}

QTEST_GUILESS_MAIN(tst_ReportWindow)
#include "tst_reportwindow.moc"
