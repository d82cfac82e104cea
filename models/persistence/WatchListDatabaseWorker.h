#pragma once

#include "models/domain/ReportRule.h"
#include "models/domain/ReportSubmission.h"
#include "models/domain/SubtaskRow.h"
#include "models/persistence/WatchListBatch.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <functional>

// The store's thread side: its own connection, the batches applied in transactions, and the
// on-demand reads. Lives on WatchListDatabase's QThread; every slot runs there.
class WatchListDatabaseWorker final : public QObject
{
    Q_OBJECT

public:
    struct Connection
    {
        QString databaseName;
        QString connectOptions;
        bool readOnly = false;
    };

    explicit WatchListDatabaseWorker(Connection connection);
    ~WatchListDatabaseWorker() override;

    // Both run on the store's thread: the connection belongs to the thread that opened it.
    void openConnection();
    void closeConnection();

    void apply(qint64 sequence, WatchListBatch batch);
    QList<SubtaskRow> readSubtasks(const QString &taskKey, QList<qint64> *digests = nullptr);
    QList<ReportSubmission> readReports(const QString &taskKey);
    QList<ReportRule> readReportRules(const QString &accountId);
    QByteArray readRawBody(const QString &taskKey);

signals:
    void committed(qint64 sequence);
    void writeFailed(const QString &message);

private:
    struct Pending
    {
        qint64 sequence = 0;
        WatchListBatch batch;
    };
    // The digests of one task's stored child rows, by position.
    using RowDigests = QList<qint64>;

    bool write(const WatchListBatch &batch);
    bool writeAccounts(const QList<Account> &accounts);
    bool writeTask(const WatchedTask &task);
    // Writes the rows whose digest differs from the stored one, and drops the surplus.
    bool writeChildRows(const QString &taskKey, QSqlQuery &insert, QSqlQuery &trim,
                        const QString &table, QHash<qint64, RowDigests> &cache,
                        const RowDigests &digests,
                        const std::function<QVariantList(qsizetype)> &valuesAt);
    bool writeRawBody(const QString &taskKey, const QByteArray &body);
    bool removeTask(const QString &taskKey);
    bool writeLedger(const CallLedger &ledger);
    bool writeDurations(const QHash<QString, QList<qint64>> &samples);
    std::optional<qint64> taskId(const QString &taskKey);
    bool exec(QSqlQuery &query);
    void forgetCaches();

    Connection m_connection;
    QString m_connectionName;
    QSqlDatabase m_db;
    QList<Pending> m_pending; // failed batches, written again with the next one
    QString m_lastError;

    QSqlQuery m_upsertTask;
    QSqlQuery m_writeHistory;
    QSqlQuery m_insertSubtask;
    QSqlQuery m_trimSubtasks;
    QSqlQuery m_insertReport;
    QSqlQuery m_trimReports;

    // What the file holds, so a batch writes only what differs; dropped after a failed write.
    QHash<QString, qint64> m_taskIds;
    QHash<qint64, qint64> m_historyDigests;
    QHash<qint64, RowDigests> m_subtaskDigests;
    QHash<qint64, RowDigests> m_reportDigests;
};
