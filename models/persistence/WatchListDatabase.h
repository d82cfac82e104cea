#pragma once

#include "models/domain/ReportRule.h"
#include "models/domain/ReportSubmission.h"
#include "models/domain/SubtaskRow.h"
#include "models/domain/SubtaskSheet.h"
#include "models/persistence/DatabaseOpenResult.h"
#include "models/persistence/StoredWatchList.h"
#include "models/persistence/WatchListBatch.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QThread;
class WatchListDatabaseWorker;

// The watch list in SQLite (WAL): accounts without secrets, tasks with their last snapshot,
// sub-task rows, report submissions, raw bodies, history, the call ledger and duration
// statistics. Reads at start happen on the calling thread; every write and every on-demand read
// runs on the store's own thread with its own connection, so the window never waits for disk.
class WatchListDatabase final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kSchemaVersion = 2;

    explicit WatchListDatabase(QObject *parent = nullptr);
    ~WatchListDatabase() override; // waits for the writes already submitted

    // AppDataLocation/watchlist.sqlite
    static QString defaultPath();

    // Opens (or creates) the database and checks it. A damaged file is moved aside with a
    // timestamp and a new one created; a newer schema is left untouched (canSave() is false),
    // and so is a file that is locked or unreadable just now (Failed).
    DatabaseOpenResult open(const QString &path);
    // ":memory:"-like: nothing on disk (the CLI, tests).
    DatabaseOpenResult openInMemory();
    // For another process reading the window's file (the CLI): read only, never creates, sets
    // aside or writes; a damaged file is reported (Failed) and left as it is. canSave() false.
    DatabaseOpenResult openForReading(const QString &path);
    bool canSave() const;
    QString path() const;

    // Everything but the on-demand parts; empty when nothing could be opened.
    StoredWatchList load();

    // Queues the batch for the store's thread; returns at once. Batches are applied in order,
    // each in one transaction. Dropped while canSave() is false; an empty batch is no batch.
    void submit(WatchListBatch batch);
    // Blocks until every submitted batch is written (on quit, in tests).
    void waitForWrites();

    // Read on the store's thread; `done` runs on this object's thread (call these from it),
    // unless `context` is gone by then.
    void loadSubtasks(const QString &taskKey, QObject *context,
                      std::function<void(QList<SubtaskRow>)> done);
    // The rows with their field names and failure groups, all worked out on the store's thread.
    void loadSubtaskSheet(const QString &taskKey, QObject *context,
                          std::function<void(SubtaskSheet)> done);
    void loadReports(const QString &taskKey, QObject *context,
                     std::function<void(QList<ReportSubmission>)> done);
    void loadRawBody(const QString &taskKey, QObject *context,
                     std::function<void(QByteArray)> done);
    void loadReportRules(const QString &accountId, QObject *context,
                         std::function<void(QList<ReportRule>)> done);

signals:
    // A batch is on disk; `sequence` counts submitted batches from 1.
    void committed(qint64 sequence);
    // A write failed (disk full, file removed): translated; the batch is kept and retried with
    // the next one.
    void writeFailed(const QString &message);

private:
    void close();
    void startWorker(const QString &databaseName, const QString &connectOptions, bool readOnly);
    template <typename Result>
    void readOnStoreThread(QObject *context, std::function<Result(WatchListDatabaseWorker &)> read,
                           std::function<void(Result)> done);

    DatabaseOpenResult m_result;
    bool m_readOnly = false;
    QString m_connectionName; // the calling thread's connection, for load()
    QThread *m_thread = nullptr;
    WatchListDatabaseWorker *m_worker = nullptr;
    qint64 m_lastSequence = 0;
};
