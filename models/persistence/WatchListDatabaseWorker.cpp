#include "models/persistence/WatchListDatabaseWorker.h"

#include "models/persistence/StoreLogging.h"
#include "models/persistence/WatchListCodec.h"
#include "models/persistence/WatchListDatabase.h"
#include "models/persistence/WatchListDatabaseFile.h"
#include "models/persistence/WatchListReader.h"
#include "models/persistence/WatchListRows.h"
#include "models/persistence/WatchListSchema.h"

#include <QDir>
#include <QSqlError>

WatchListDatabaseWorker::WatchListDatabaseWorker(Connection connection)
    : m_connection(std::move(connection))
{}

WatchListDatabaseWorker::~WatchListDatabaseWorker() = default;

void WatchListDatabaseWorker::openConnection()
{
    m_connectionName = WatchListDatabaseFile::uniqueConnectionName(QStringLiteral("writer"));
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_connection.databaseName);
    m_db.setConnectOptions(m_connection.connectOptions);
    if (!m_db.open()) {
        m_lastError = m_db.lastError().text();
        qCWarning(lcStore).noquote() << "the store's connection failed:" << m_lastError;
        return;
    }
    WatchListDatabaseFile::configureConnection(m_db);
    if (m_connection.readOnly)
        return;

    QStringList columns = WatchListSchema::taskColumns();
    QStringList updates;
    for (const QString &column : columns.mid(1))
        updates << column + QStringLiteral(" = excluded.") + column;
    m_upsertTask = QSqlQuery(m_db);
    m_upsertTask.prepare(
        QStringLiteral("INSERT INTO tasks (") + columns.join(QStringLiteral(", ")) +
        QStringLiteral(") VALUES (") +
        QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", ")) +
        QStringLiteral(") ON CONFLICT (task_key) DO UPDATE SET ") +
        updates.join(QStringLiteral(", ")) + QStringLiteral(" RETURNING id"));
    m_writeHistory = QSqlQuery(m_db);
    m_writeHistory.prepare(
        QStringLiteral("INSERT OR REPLACE INTO history (task_id, samples) VALUES (?, ?)"));
    m_insertSubtask = QSqlQuery(m_db);
    m_insertSubtask.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO subtask_rows (task_id, position, row_hash, failed, code, message, "
        "fields) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    m_trimSubtasks = QSqlQuery(m_db);
    m_trimSubtasks.prepare(
        QStringLiteral("DELETE FROM subtask_rows WHERE task_id = ? AND position >= ?"));
    m_insertReport = QSqlQuery(m_db);
    m_insertReport.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO report_submissions (task_id, position, row_hash, report_id, "
        "rule_id, rule_name, from_user_id, from_user_name, department_name, department_ids, "
        "commit_time, to_user_ids, to_user_names, form_contents) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    m_trimReports = QSqlQuery(m_db);
    m_trimReports.prepare(
        QStringLiteral("DELETE FROM report_submissions WHERE task_id = ? AND position >= ?"));
}

void WatchListDatabaseWorker::closeConnection()
{
    // Statements first: a connection with live statements cannot close cleanly.
    for (QSqlQuery *query : {&m_upsertTask, &m_writeHistory, &m_insertSubtask, &m_trimSubtasks,
                             &m_insertReport, &m_trimReports})
        *query = QSqlQuery();
    m_db.close();
    m_db = QSqlDatabase();
    if (!m_connectionName.isEmpty())
        QSqlDatabase::removeDatabase(m_connectionName);
}

void WatchListDatabaseWorker::apply(qint64 sequence, WatchListBatch batch)
{
    m_pending.append({sequence, std::move(batch)});
    bool written = m_db.isOpen() && m_db.transaction();
    for (const Pending &pending : std::as_const(m_pending)) {
        if (!written)
            break;
        written = write(pending.batch);
    }
    if (written && !m_db.commit())
        written = false;
    if (!written) {
        const QString reason = m_lastError.isEmpty() ? m_db.lastError().text() : m_lastError;
        m_db.rollback();
        forgetCaches();
        qCWarning(lcStore).noquote() << "batch not written, kept for the next one:" << reason;
        emit writeFailed(WatchListDatabase::tr("Could not save the watch list to %1: %2. The "
                                               "changes are kept and will be saved with the "
                                               "next ones.")
                             .arg(QDir::toNativeSeparators(m_connection.databaseName), reason));
        return;
    }
    const QList<Pending> done = std::exchange(m_pending, {});
    qCDebug(lcStore) << "committed" << done.size() << "batch(es), last" << sequence;
    for (const Pending &pending : done)
        emit committed(pending.sequence);
}

bool WatchListDatabaseWorker::write(const WatchListBatch &batch)
{
    m_lastError.clear();
    if (batch.accounts && !writeAccounts(*batch.accounts))
        return false;
    for (const WatchedTask &task : batch.upserts) {
        if (!writeTask(task))
            return false;
    }
    for (auto it = batch.subtasks.cbegin(); it != batch.subtasks.cend(); ++it) {
        const QList<SubtaskRow> &rows = it.value();
        RowDigests digests;
        digests.reserve(rows.size());
        for (const SubtaskRow &row : rows)
            digests.append(WatchListRows::digestOf(row));
        if (!writeChildRows(
                it.key(), m_insertSubtask, m_trimSubtasks, QStringLiteral("subtask_rows"),
                m_subtaskDigests, digests,
                [&rows](qsizetype i) { return WatchListRows::subtaskValues(rows.at(i)); }))
            return false;
    }
    for (auto it = batch.reports.cbegin(); it != batch.reports.cend(); ++it) {
        QList<QVariantList> rows;
        RowDigests digests;
        rows.reserve(it->size());
        for (const ReportSubmission &report : *it) {
            rows.append(WatchListRows::reportValues(report));
            digests.append(WatchListRows::digestOf(rows.last()));
        }
        if (!writeChildRows(it.key(), m_insertReport, m_trimReports,
                            QStringLiteral("report_submissions"), m_reportDigests, digests,
                            [&rows](qsizetype i) { return rows.at(i); }))
            return false;
    }
    for (auto it = batch.rawBodies.cbegin(); it != batch.rawBodies.cend(); ++it) {
        if (!writeRawBody(it.key(), it.value()))
            return false;
    }
    // After the upserts: a task removed in the same batch is gone, whatever came before.
    for (const QString &key : batch.removals) {
        if (!removeTask(key))
            return false;
    }
    if (batch.ledger && !writeLedger(*batch.ledger))
        return false;
    if (batch.durationSamples && !writeDurations(*batch.durationSamples))
        return false;
    return true;
}

bool WatchListDatabaseWorker::writeAccounts(const QList<Account> &accounts)
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("DELETE FROM accounts")) ||
        !query.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO accounts (id, position, name, platform, base_url, auth_mode, "
            "app_id, union_id, ca_certificate_file) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"))) {
        m_lastError = query.lastError().text();
        return false;
    }
    for (qsizetype position = 0; position < accounts.size(); ++position) {
        const Account &account = accounts.at(position);
        query.addBindValue(account.id);
        query.addBindValue(qint64(position));
        for (const QVariant &value : WatchListRows::accountValues(account))
            query.addBindValue(value);
        if (!exec(query))
            return false;
    }
    return true;
}

bool WatchListDatabaseWorker::writeTask(const WatchedTask &task)
{
    for (const QVariant &value : WatchListRows::taskValues(task))
        m_upsertTask.addBindValue(value);
    if (!exec(m_upsertTask) || !m_upsertTask.next()) {
        m_lastError = m_upsertTask.lastError().text();
        return false;
    }
    const qint64 id = m_upsertTask.value(0).toLongLong();
    m_upsertTask.finish();
    m_taskIds.insert(task.ref.key(), id);

    const QByteArray history = WatchListCodec::encodeHistory(task.history.samples());
    const qint64 digest = WatchListCodec::digest(history);
    const auto known = m_historyDigests.constFind(id);
    if (known != m_historyDigests.cend() && *known == digest)
        return true;
    m_writeHistory.addBindValue(id);
    m_writeHistory.addBindValue(history);
    if (!exec(m_writeHistory))
        return false;
    m_historyDigests.insert(id, digest);
    return true;
}

bool WatchListDatabaseWorker::writeChildRows(const QString &taskKey, QSqlQuery &insert,
                                             QSqlQuery &trim, const QString &table,
                                             QHash<qint64, RowDigests> &cache,
                                             const RowDigests &digests,
                                             const std::function<QVariantList(qsizetype)> &valuesAt)
{
    const std::optional<qint64> id = taskId(taskKey);
    if (!id) {
        qCWarning(lcStore) << "rows for a task that is not stored were dropped";
        return true;
    }
    auto stored = cache.find(*id);
    if (stored == cache.end()) {
        RowDigests found;
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT position, row_hash FROM ") + table +
                      QStringLiteral(" WHERE task_id = ? ORDER BY position"));
        query.addBindValue(*id);
        if (!exec(query))
            return false;
        while (query.next()) {
            // Positions are dense; a gap (never written by us) counts as a row to write.
            const qsizetype position = query.value(0).toLongLong();
            while (found.size() < position)
                found.append(0);
            found.append(query.value(1).toLongLong());
        }
        stored = cache.insert(*id, found);
    }

    RowDigests &storedDigests = *stored;
    for (qsizetype position = 0; position < digests.size(); ++position) {
        const qint64 digest = digests.at(position);
        if (position < storedDigests.size() && storedDigests.at(position) == digest)
            continue;
        insert.addBindValue(*id);
        insert.addBindValue(qint64(position));
        insert.addBindValue(digest);
        for (const QVariant &value : valuesAt(position))
            insert.addBindValue(value);
        if (!exec(insert))
            return false;
        if (position < storedDigests.size())
            storedDigests[position] = digest;
        else
            storedDigests.append(digest);
    }
    if (storedDigests.size() > digests.size()) {
        trim.addBindValue(*id);
        trim.addBindValue(qint64(digests.size()));
        if (!exec(trim))
            return false;
        storedDigests.resize(digests.size());
    }
    return true;
}

bool WatchListDatabaseWorker::writeRawBody(const QString &taskKey, const QByteArray &body)
{
    const std::optional<qint64> id = taskId(taskKey);
    if (!id)
        return true;
    QSqlQuery query(m_db);
    if (body.isEmpty()) {
        query.prepare(QStringLiteral("DELETE FROM raw_bodies WHERE task_id = ?"));
        query.addBindValue(*id);
    } else {
        query.prepare(QStringLiteral("INSERT OR REPLACE INTO raw_bodies (task_id, body) "
                                     "VALUES (?, ?)"));
        query.addBindValue(*id);
        query.addBindValue(body);
    }
    return exec(query);
}

bool WatchListDatabaseWorker::removeTask(const QString &taskKey)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM tasks WHERE task_key = ?"));
    query.addBindValue(taskKey);
    if (!exec(query))
        return false;
    if (const std::optional<qint64> id = m_taskIds.take(taskKey)) {
        m_historyDigests.remove(*id);
        m_subtaskDigests.remove(*id);
        m_reportDigests.remove(*id);
    }
    return true;
}

bool WatchListDatabaseWorker::writeLedger(const CallLedger &ledger)
{
    QSqlQuery calls(m_db);
    QSqlQuery metered(m_db);
    if (!calls.exec(QStringLiteral("DELETE FROM call_ledger")) ||
        !metered.exec(QStringLiteral("DELETE FROM call_ledger_metered"))) {
        m_lastError = calls.lastError().text() + metered.lastError().text();
        return false;
    }
    calls.prepare(QStringLiteral("INSERT INTO call_ledger (month, account_id, endpoint_id, calls) "
                                 "VALUES (?, ?, ?, ?)"));
    metered.prepare(QStringLiteral(
        "INSERT INTO call_ledger_metered (month, account_id, metered) VALUES (?, ?, ?)"));
    for (const QString &month : ledger.months()) {
        for (const QString &account : ledger.accountIds(month)) {
            const QMap<QString, qint64> byEndpoint = ledger.byEndpoint(month, account);
            for (auto it = byEndpoint.cbegin(); it != byEndpoint.cend(); ++it) {
                calls.addBindValue(month);
                calls.addBindValue(account);
                calls.addBindValue(it.key());
                calls.addBindValue(it.value());
                if (!exec(calls))
                    return false;
            }
            metered.addBindValue(month);
            metered.addBindValue(account);
            metered.addBindValue(ledger.meteredCalls(month, account));
            if (!exec(metered))
                return false;
        }
    }
    return true;
}

bool WatchListDatabaseWorker::writeDurations(const QHash<QString, QList<qint64>> &samples)
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("DELETE FROM duration_samples"))) {
        m_lastError = query.lastError().text();
        return false;
    }
    query.prepare(QStringLiteral("INSERT INTO duration_samples (statistics_key, position, "
                                 "duration_ms) VALUES (?, ?, ?)"));
    for (auto it = samples.cbegin(); it != samples.cend(); ++it) {
        for (qsizetype position = 0; position < it->size(); ++position) {
            query.addBindValue(it.key());
            query.addBindValue(qint64(position));
            query.addBindValue(it->at(position));
            if (!exec(query))
                return false;
        }
    }
    return true;
}

std::optional<qint64> WatchListDatabaseWorker::taskId(const QString &taskKey)
{
    if (const auto known = m_taskIds.constFind(taskKey); known != m_taskIds.cend())
        return *known;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id FROM tasks WHERE task_key = ?"));
    query.addBindValue(taskKey);
    if (!query.exec() || !query.next())
        return std::nullopt;
    const qint64 id = query.value(0).toLongLong();
    m_taskIds.insert(taskKey, id);
    return id;
}

bool WatchListDatabaseWorker::exec(QSqlQuery &query)
{
    if (query.exec())
        return true;
    m_lastError = query.lastError().text();
    return false;
}

void WatchListDatabaseWorker::forgetCaches()
{
    m_taskIds.clear();
    m_historyDigests.clear();
    m_subtaskDigests.clear();
    m_reportDigests.clear();
}

QList<SubtaskRow> WatchListDatabaseWorker::readSubtasks(const QString &taskKey,
                                                        QList<qint64> *digests)
{
    return m_db.isOpen() ? WatchListReader::readSubtasks(m_db, taskKey, digests)
                         : QList<SubtaskRow>();
}

QList<ReportSubmission> WatchListDatabaseWorker::readReports(const QString &taskKey)
{
    return m_db.isOpen() ? WatchListReader::readReports(m_db, taskKey) : QList<ReportSubmission>();
}

QList<ReportRule> WatchListDatabaseWorker::readReportRules(const QString &accountId)
{
    return m_db.isOpen() ? WatchListReader::readReportRules(m_db, accountId) : QList<ReportRule>();
}

QByteArray WatchListDatabaseWorker::readRawBody(const QString &taskKey)
{
    return m_db.isOpen() ? WatchListReader::readRawBody(m_db, taskKey) : QByteArray();
}
