#include "models/persistence/WatchListDatabase.h"
#include "SqlProbe.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

// A writer killed (SIGKILL) at a random moment while it commits 1,000 updates, 50 times: the
// file always passes PRAGMA integrity_check and holds every batch the writer saw committed.
class tst_WatchListCrash final : public QObject
{
    Q_OBJECT

private slots:
    void killedWriterLosesNothingCommitted();

private:
    struct Run
    {
        QList<qint64> committed;
        qint64 writingMs = 0; // from "ready" to the end or the kill
    };
    Run runWriter(const QString &path, int killAfterMs);
    void verifyFile(const QString &path, const QList<qint64> &committed);
};

namespace {

constexpr int kBatches = 200;
constexpr int kUpdatesPerBatch = 5;
constexpr int kRowsPerBatch = 10;
constexpr int kKills = 50;

} // namespace

tst_WatchListCrash::Run tst_WatchListCrash::runWriter(const QString &path, int killAfterMs)
{
    Run run;
    QProcess writer;
    writer.start(QStringLiteral(TASKMONITOR_CRASH_WRITER), {path});
    if (!writer.waitForStarted(10'000)) {
        qWarning("the writer did not start: %s", qPrintable(writer.errorString()));
        return run;
    }
    QByteArray out;
    while (!out.contains("ready\n") && writer.waitForReadyRead(10'000))
        out += writer.readAllStandardOutput();
    QElapsedTimer writing;
    writing.start();
    if (killAfterMs >= 0) {
        writer.waitForFinished(killAfterMs);
        writer.kill();
    }
    writer.waitForFinished(60'000);
    run.writingMs = writing.elapsed();
    out += writer.readAllStandardOutput();
    const QByteArray errors = writer.readAllStandardError();
    if (!errors.isEmpty())
        qWarning("writer: %s", errors.constData());
    const QList<QByteArray> lines = out.split('\n');
    // The last piece has no newline: empty, or a line the kill cut short.
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        if (lines.at(i) != "ready")
            run.committed.append(lines.at(i).toLongLong());
    }
    return run;
}

void tst_WatchListCrash::verifyFile(const QString &path, const QList<qint64> &committed)
{
    for (qsizetype i = 0; i < committed.size(); ++i)
        QCOMPARE(committed.at(i), qint64(i + 1)); // in order, none skipped
    const qint64 last = committed.isEmpty() ? 0 : committed.last();
    qint64 stored = 0;
    {
        SqlProbe probe(path);
        QVERIFY(probe.isOpen());
        QCOMPARE(probe.value(QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
        QCOMPARE(probe.value(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check"))
                     .toLongLong(),
                 0);
        // The batches are applied in order, one transaction each: the file holds exactly the
        // first n of them, n at least the last one reported.
        stored = probe
                     .value(QStringLiteral("SELECT max(calls_spent) FROM tasks WHERE "
                                           "task_id = 'growing'"))
                     .toLongLong();
        QVERIFY2(stored >= last && stored <= kBatches,
                 qPrintable(QStringLiteral("%1 stored, %2 committed").arg(stored).arg(last)));
        QCOMPARE(probe.count(QStringLiteral("tasks")),
                 stored == 0 ? 0 : 1 + stored * kUpdatesPerBatch);
        QCOMPARE(probe
                     .value(QStringLiteral("SELECT count(*) FROM tasks WHERE calls_spent <= ? "
                                           "AND task_id LIKE 'task-%'"),
                            {last})
                     .toLongLong(),
                 last * kUpdatesPerBatch);
        QCOMPARE(probe.count(QStringLiteral("subtask_rows")), stored * kRowsPerBatch);
        if (stored > 0) {
            QCOMPARE(
                probe.value(QStringLiteral("SELECT max(position) FROM subtask_rows")).toLongLong(),
                stored * kRowsPerBatch - 1);
            QCOMPARE(probe.value(QStringLiteral("SELECT calls FROM call_ledger")).toLongLong(),
                     stored);
        }
    }
    WatchListDatabase database;
    const DatabaseOpenResult reopened = database.open(path);
    QVERIFY2(reopened.status == DatabaseOpenResult::Status::Opened, qPrintable(reopened.message));
    QCOMPARE(database.load().tasks.size(), stored == 0 ? 0 : 1 + stored * kUpdatesPerBatch);
}

void tst_WatchListCrash::killedWriterLosesNothingCommitted()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // One run to the end: every batch committed, and how long writing takes here.
    const QString whole = dir.filePath(QStringLiteral("whole.sqlite"));
    const Run full = runWriter(whole, -1);
    QCOMPARE(full.committed.size(), kBatches);
    verifyFile(whole, full.committed);
    const int span = int(qMax<qint64>(20, full.writingMs));

    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("seed %u, a whole run writes for %d ms", seed, span);
    QRandomGenerator random(seed);
    int cutShort = 0;
    for (int kill = 0; kill < kKills; ++kill) {
        const QString path = dir.filePath(QStringLiteral("killed-%1.sqlite").arg(kill));
        const int delay = random.bounded(span);
        const Run run = runWriter(path, delay);
        verifyFile(path, run.committed);
        if (QTest::currentTestFailed()) {
            qWarning("kill %d after %d ms (seed %u) left %s", kill, delay, seed, qPrintable(path));
            return;
        }
        if (run.committed.size() < kBatches)
            ++cutShort;
    }
    qInfo("%d of %d runs were killed before their last commit", cutShort, kKills);
    // Killing only after the end would prove nothing.
    QVERIFY(cutShort >= kKills / 2);
}

QTEST_GUILESS_MAIN(tst_WatchListCrash)
#include "tst_watchlistcrash.moc"
