#include "models/domain/OffThreadRelease.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <memory>

// Large values are freed on a pool thread, never the caller's, and rows a piece at a time with
// a pause between pieces, so that another thread waiting for the allocator's lock gets it.
class tst_OffThreadRelease final : public QObject
{
    Q_OBJECT

private slots:
    void valueIsFreedOnAnotherThread();
    void rowsAreFreedInPiecesOffThread_data();
    void rowsAreFreedInPiecesOffThread();
    void rowsSharedWithAnotherHolderStay();
    void fewRowsAreFreedByTheCaller();
};

namespace {

// When and on which thread each payload was destroyed.
struct FreeLog
{
    QMutex mutex;
    QList<QThread *> threads;
    QList<qint64> atNs;
    QElapsedTimer clock;
    int count()
    {
        const QMutexLocker lock(&mutex);
        return int(threads.size());
    }
};

struct Payload
{
    explicit Payload(FreeLog *log)
        : log(log)
    {}
    ~Payload()
    {
        const QMutexLocker lock(&log->mutex);
        log->threads.append(QThread::currentThread());
        log->atNs.append(log->clock.nsecsElapsed());
    }
    Payload(const Payload &) = delete;
    Payload &operator=(const Payload &) = delete;
    FreeLog *log;
};

QList<SubtaskRow> rowsLoggedTo(FreeLog *log, int count)
{
    QList<SubtaskRow> rows;
    rows.reserve(count);
    for (int i = 0; i < count; ++i) {
        SubtaskRow row;
        row.fields.append({QStringLiteral("user_id"), QString::number(i)});
        row.fields.append(
            {QStringLiteral("payload"), QVariant::fromValue(std::make_shared<Payload>(log))});
        rows.append(std::move(row));
    }
    return rows;
}

// Gaps of at least the pause between two consecutive frees.
int pausesIn(QList<qint64> atNs)
{
    std::sort(atNs.begin(), atNs.end());
    int pauses = 0;
    for (qsizetype i = 1; i < atNs.size(); ++i) {
        if (atNs.at(i) - atNs.at(i - 1) >= qint64(OffThreadRelease::kPauseUs) * 1000)
            ++pauses;
    }
    return pauses;
}

} // namespace

void tst_OffThreadRelease::valueIsFreedOnAnotherThread()
{
    FreeLog log;
    log.clock.start();
    OffThreadRelease::release(std::make_shared<Payload>(&log));
    QTRY_COMPARE(log.count(), 1);
    QVERIFY(log.threads.first() != QThread::currentThread());
}

void tst_OffThreadRelease::rowsAreFreedInPiecesOffThread_data()
{
    QTest::addColumn<bool>("asSheet");
    QTest::addColumn<int>("rowCount");
    QTest::newRow("rows, one piece") << false << int(OffThreadRelease::kRowsPerPiece);
    QTest::newRow("rows, five pieces") << false << int(OffThreadRelease::kRowsPerPiece) * 5;
    QTest::newRow("sheet, five pieces and a part")
        << true << int(OffThreadRelease::kRowsPerPiece) * 5 + 17;
}

void tst_OffThreadRelease::rowsAreFreedInPiecesOffThread()
{
    QFETCH(bool, asSheet);
    QFETCH(int, rowCount);
    FreeLog log;
    log.clock.start();
    if (asSheet)
        OffThreadRelease::release(SubtaskSheet::of(rowsLoggedTo(&log, rowCount)));
    else
        OffThreadRelease::release(rowsLoggedTo(&log, rowCount));
    QTRY_COMPARE(log.count(), rowCount);
    for (QThread *thread : std::as_const(log.threads))
        QVERIFY(thread != QThread::currentThread());
    const int pieces =
        int((rowCount + OffThreadRelease::kRowsPerPiece - 1) / OffThreadRelease::kRowsPerPiece);
    QVERIFY2(
        pausesIn(log.atNs) >= pieces - 1,
        qPrintable(QStringLiteral("%1 pauses for %2 pieces").arg(pausesIn(log.atNs)).arg(pieces)));
}

void tst_OffThreadRelease::rowsSharedWithAnotherHolderStay()
{
    FreeLog log;
    log.clock.start();
    QList<SubtaskRow> kept = rowsLoggedTo(&log, 3000);
    OffThreadRelease::release(kept);
    QVERIFY(QThreadPool::globalInstance()->waitForDone(10000));
    QCOMPARE(log.count(), 0);
    QCOMPARE(kept.size(), 3000);
    QCOMPARE(kept.last().text(QStringLiteral("user_id")), QStringLiteral("2999"));
    kept = {};
    QCOMPARE(log.count(), 3000);
}

// A pool task for a few rows costs more than freeing them.
void tst_OffThreadRelease::fewRowsAreFreedByTheCaller()
{
    FreeLog log;
    log.clock.start();
    OffThreadRelease::release(rowsLoggedTo(&log, int(OffThreadRelease::kFewestRows) - 1));
    QCOMPARE(log.count(), int(OffThreadRelease::kFewestRows) - 1);
    for (QThread *thread : std::as_const(log.threads))
        QCOMPARE(thread, QThread::currentThread());
}

QTEST_GUILESS_MAIN(tst_OffThreadRelease)
#include "tst_offthreadrelease.moc"
