#include "models/domain/Clock.h"
#include "network/transport/ConnectivityMonitor.h"

#include <QSignalSpy>
#include <QTest>
#include <QUrl>

// When an origin counts as offline, how its probes back off, and what brings it back.
class tst_OfflineMonitor final : public QObject
{
    Q_OBJECT

private slots:
    void goesOfflineOnlyForSeveralCallers_data();
    void goesOfflineOnlyForSeveralCallers();
    void probesBackOffToTheCap();
    void anyAnswerBringsItBack();
    void originNamesSchemeHostAndPort_data();
    void originNamesSchemeHostAndPort();
};

namespace {
const QString kOrigin = QStringLiteral("http://127.0.0.1:8600");
}

void tst_OfflineMonitor::goesOfflineOnlyForSeveralCallers_data()
{
    QTest::addColumn<QStringList>("failures"); // callers, in order; "answer" = an HTTP answer
    QTest::addColumn<bool>("offline");
    QTest::newRow("one task failing again and again")
        << QStringLiteral("a a a a a a").split(QLatin1Char(' ')) << false;
    QTest::newRow("two tasks, three failures")
        << QStringLiteral("a b a").split(QLatin1Char(' ')) << true;
    QTest::newRow("a token request and a task")
        << QStringLiteral("acme|token a a").split(QLatin1Char(' ')) << true;
    QTest::newRow("two failures only") << QStringLiteral("a b").split(QLatin1Char(' ')) << false;
    QTest::newRow("an answer between them")
        << QStringLiteral("a b answer a").split(QLatin1Char(' ')) << false;
}

void tst_OfflineMonitor::goesOfflineOnlyForSeveralCallers()
{
    QFETCH(QStringList, failures);
    QFETCH(bool, offline);
    ManualClock clock;
    ConnectivityMonitor monitor(clock);
    QSignalSpy changes(&monitor, &ConnectivityMonitor::onlineChanged);
    for (const QString &caller : std::as_const(failures)) {
        if (caller == QLatin1String("answer"))
            monitor.recordAnswer(kOrigin);
        else
            monitor.recordFailure(kOrigin, caller);
    }
    QCOMPARE(!monitor.isOnline(kOrigin), offline);
    QCOMPARE(changes.size(), offline ? 1 : 0);
    QCOMPARE(monitor.offlineOrigins(), offline ? QStringList{kOrigin} : QStringList{});
    QCOMPARE(monitor.isOnline(QStringLiteral("https://open.feishu.cn:443")), true);
}

void tst_OfflineMonitor::probesBackOffToTheCap()
{
    ManualClock clock;
    ConnectivityMonitor monitor(clock);
    monitor.setProbeBackoff(2000, 60000);
    for (const char *caller : {"a", "b", "c"})
        monitor.recordFailure(kOrigin, QString::fromLatin1(caller));
    QVERIFY(!monitor.isOnline(kOrigin));
    QList<qint64> waits;
    for (int probe = 0; probe < 8; ++probe) {
        const qint64 wait = monitor.msUntilProbe(kOrigin);
        waits << wait;
        clock.advance(wait);
        QVERIFY(monitor.mayProbe(kOrigin));
        monitor.probeSent(kOrigin);
        QVERIFY(!monitor.mayProbe(kOrigin)); // one at a time
        monitor.recordFailure(kOrigin, QStringLiteral("a"));
        monitor.probeFinished(kOrigin);
    }
    const QList<qint64> expected = {2000, 2000, 4000, 8000, 16000, 32000, 60000, 60000};
    QCOMPARE(waits, expected);
    QCOMPARE(monitor.probesSent(kOrigin), 8);
}

void tst_OfflineMonitor::anyAnswerBringsItBack()
{
    ManualClock clock;
    ConnectivityMonitor monitor(clock);
    QSignalSpy changes(&monitor, &ConnectivityMonitor::onlineChanged);
    for (const char *caller : {"a", "b", "c", "d"})
        monitor.recordFailure(kOrigin, QString::fromLatin1(caller));
    monitor.recordAnswer(kOrigin);
    QVERIFY(monitor.isOnline(kOrigin));
    QCOMPARE(monitor.msUntilProbe(kOrigin), -1);
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changes.at(0).at(1).toBool(), false);
    QCOMPARE(changes.at(1).at(1).toBool(), true);
    // Counting starts afresh: one more failure is not an outage.
    monitor.recordFailure(kOrigin, QStringLiteral("a"));
    QVERIFY(monitor.isOnline(kOrigin));
}

void tst_OfflineMonitor::originNamesSchemeHostAndPort_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("origin");
    QTest::newRow("https default port") << "https://open.feishu.cn/open-apis/x"
                                        << "https://open.feishu.cn:443";
    QTest::newRow("http explicit port")
        << QStringLiteral("http://127.0.0.1:8600/v1.0/x") << kOrigin;
    QTest::newRow("http default port") << "http://gateway.example/x"
                                       << "http://gateway.example:80";
}

void tst_OfflineMonitor::originNamesSchemeHostAndPort()
{
    QFETCH(QString, url);
    QFETCH(QString, origin);
    QCOMPARE(ConnectivityMonitor::originOf(QUrl(url)), origin);
}

QTEST_GUILESS_MAIN(tst_OfflineMonitor)
#include "tst_offlinemonitor.moc"
