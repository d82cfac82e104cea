// Writes 1,000 task updates through WatchListDatabase in 200 batches and prints the sequence of
// each committed batch on its own line, flushed, so a test that kills this process at any moment
// knows what must be in the file. Usage: watchlist_crash_writer FILE
#include "models/persistence/WatchListDatabase.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

namespace {

constexpr int kBatches = 200;
constexpr int kUpdatesPerBatch = 5;
constexpr int kRowsPerBatch = 10;

WatchedTask task(const QString &id, qint64 calls)
{
    WatchedTask task;
    task.ref.kind = TaskKind::FeishuContact;
    task.ref.accountId = QStringLiteral("acc");
    task.ref.taskId = id;
    task.callsSpent = calls;
    task.addedAt = QDateTime::fromMSecsSinceEpoch(1'772'787'600'000 + calls, Qt::UTC);
    TaskSnapshot snapshot;
    snapshot.taskId = id;
    snapshot.state = TaskState::Running;
    snapshot.progress = double(calls % 100);
    snapshot.rawStatus = QString::number(calls);
    task.snapshot = snapshot;
    HistorySample sample;
    sample.atMs = calls * 1000;
    sample.progress = snapshot.progress;
    task.history.append(sample);
    return task;
}

// Batch `sequence`: five new tasks, the growing task's rows ten longer, and its raw body.
WatchListBatch batch(int sequence, QList<SubtaskRow> &rows)
{
    WatchListBatch batch;
    const WatchedTask growing = task(QStringLiteral("growing"), sequence);
    batch.upserts.append(growing);
    for (int k = 0; k < kUpdatesPerBatch; ++k)
        batch.upserts.append(task(QStringLiteral("task-%1-%2").arg(sequence).arg(k), sequence));
    for (int i = 0; i < kRowsPerBatch; ++i) {
        SubtaskRow row;
        row.fields = {{QStringLiteral("user_id"), QStringLiteral("ou_%1").arg(rows.size())},
                      {QStringLiteral("batch"), qint64(sequence)}};
        rows.append(row);
    }
    batch.subtasks.insert(growing.ref.key(), rows);
    batch.rawBodies.insert(growing.ref.key(), QByteArray(4096, char('a' + sequence % 26)));
    CallLedger ledger;
    ledger.setCounts(QStringLiteral("2026-12"), QStringLiteral("acc"),
                     {{QStringLiteral("feishu-contact"), sequence}}, sequence);
    batch.ledger = ledger;
    return batch;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (app.arguments().size() != 2) {
        std::fprintf(stderr, "usage: watchlist_crash_writer FILE\n");
        return 2;
    }
    WatchListDatabase database;
    const DatabaseOpenResult opened = database.open(app.arguments().at(1));
    if (!opened.canSave()) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.message));
        return 1;
    }
    QObject::connect(&database, &WatchListDatabase::committed, &app, [&app](qint64 sequence) {
        std::printf("%lld\n", static_cast<long long>(sequence));
        std::fflush(stdout);
        if (sequence == kBatches)
            app.quit();
    });
    QObject::connect(&database, &WatchListDatabase::writeFailed, &app, [](const QString &message) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
    });
    std::printf("ready\n");
    std::fflush(stdout);
    QTimer::singleShot(0, &database, [&database] {
        QList<SubtaskRow> rows;
        for (int sequence = 1; sequence <= kBatches; ++sequence)
            database.submit(batch(sequence, rows));
    });
    return app.exec();
}
