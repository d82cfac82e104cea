#include "models/domain/Clock.h"
#include "network/transport/RequestRateLimiter.h"

#include <QTest>

class tst_RequestRateLimiter final : public QObject
{
    Q_OBJECT

private slots:
    void burstIsSpreadOverWindows_data();
    void burstIsSpreadOverWindows();
    void neverMoreThanLimitInAnyWindow();
    void holdDelaysEveryLaterCall();
    void loweringTheLimitTakesEffect();
    void lateBunchedSendsAreHeldBack();
};

void tst_RequestRateLimiter::burstIsSpreadOverWindows_data()
{
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("burst");
    QTest::addColumn<int>("immediate");
    QTest::addColumn<int>("windowsNeeded");

    QTest::newRow("report 10/s, 50 calls") << 10 << 50 << 10 << 5;
    QTest::newRow("dingtalk 20/s, 20 calls") << 20 << 20 << 20 << 1;
    QTest::newRow("drive 5/s, 6 calls") << 5 << 6 << 5 << 2;
    QTest::newRow("1/s, 3 calls") << 1 << 3 << 1 << 3;
}

void tst_RequestRateLimiter::burstIsSpreadOverWindows()
{
    QFETCH(int, limit);
    QFETCH(int, burst);
    QFETCH(int, immediate);
    QFETCH(int, windowsNeeded);

    ManualClock clock;
    RequestRateLimiter limiter(clock, limit);
    int now = 0;
    qint64 last = 0;
    for (int i = 0; i < burst; ++i) {
        const qint64 wait = limiter.reserve();
        if (wait == 0)
            ++now;
        QVERIFY(wait >= last); // reservations never go back in time
        last = wait;
    }
    QCOMPARE(now, immediate);
    // The last call goes out in window number `windowsNeeded` (counted from 1).
    QVERIFY(last >= (windowsNeeded - 1) * 1000);
    QVERIFY(last < windowsNeeded * 1000);
}

void tst_RequestRateLimiter::neverMoreThanLimitInAnyWindow()
{
    ManualClock clock;
    RequestRateLimiter limiter(clock, 10);
    QList<qint64> sendTimes;
    for (int step = 0; step < 400; ++step) {
        // Irregular arrivals: bursts and pauses.
        const int calls = (step % 7 == 0) ? 6 : (step % 3);
        for (int i = 0; i < calls; ++i)
            sendTimes << clock.nowMs() + limiter.reserve();
        clock.advance(37 + (step % 5) * 11);
    }
    std::sort(sendTimes.begin(), sendTimes.end());
    for (int i = 10; i < sendTimes.size(); ++i)
        QVERIFY2(
            sendTimes[i] - sendTimes[i - 10] >= 1000,
            qPrintable(
                QStringLiteral("11 calls within %1 ms").arg(sendTimes[i] - sendTimes[i - 10])));
}

void tst_RequestRateLimiter::holdDelaysEveryLaterCall()
{
    ManualClock clock;
    RequestRateLimiter limiter(clock, 10);
    QCOMPARE(limiter.reserve(), 0);
    limiter.holdFor(3000);
    QCOMPARE(limiter.reserve(), 3000);
    clock.advance(3500);
    QCOMPARE(limiter.reserve(), 0);
}

void tst_RequestRateLimiter::loweringTheLimitTakesEffect()
{
    ManualClock clock;
    RequestRateLimiter limiter(clock, 10);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(limiter.reserve(), 0);
    limiter.setCallsPerWindow(2);
    QVERIFY(limiter.reserve() >= 1000);
}

void tst_RequestRateLimiter::lateBunchedSendsAreHeldBack()
{
    ManualClock clock;
    RequestRateLimiter limiter(clock, 2);
    QCOMPARE(limiter.reserve(), 0);
    QCOMPARE(limiter.reserve(), 0);
    const qint64 third = limiter.reserve();
    QVERIFY(third >= 1000);
    // A busy event loop sends the first two 400 ms late, the third on time.
    clock.advance(400);
    QCOMPARE(limiter.sendWaitMs(), 0);
    limiter.recordSend();
    limiter.recordSend();
    clock.set(third);
    const qint64 held = limiter.sendWaitMs();
    QVERIFY2(held >= 400, qPrintable(QString::number(held)));
    clock.advance(held);
    QCOMPARE(limiter.sendWaitMs(), 0);
}

QTEST_APPLESS_MAIN(tst_RequestRateLimiter)
#include "tst_requestratelimiter.moc"
