#include "models/persistence/WatchListReader.h"

#include "models/persistence/StoreLogging.h"

#include "models/persistence/WatchListRows.h"
#include "models/persistence/WatchListSchema.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace WatchListReader {

namespace {

bool run(QSqlQuery &query, const QString &sql, const QString &taskKey = {})
{
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        qCWarning(lcStore).noquote() << "reading the watch list:" << query.lastError().text();
        return false;
    }
    if (!taskKey.isNull())
        query.addBindValue(taskKey);
    if (!query.exec()) {
        qCWarning(lcStore).noquote() << "reading the watch list:" << query.lastError().text();
        return false;
    }
    return true;
}

QList<Account> readAccounts(QSqlDatabase &db)
{
    QList<Account> accounts;
    QSqlQuery query(db);
    if (!run(query, QStringLiteral("SELECT id, name, platform, base_url, auth_mode, app_id, "
                                   "union_id, ca_certificate_file FROM accounts "
                                   "ORDER BY position")))
        return accounts;
    while (query.next()) {
        if (std::optional<Account> account = WatchListRows::readAccount(query))
            accounts.append(std::move(*account));
        else
            qCWarning(lcStore) << "an account row could not be read";
    }
    return accounts;
}

QList<WatchedTask> readTasks(QSqlDatabase &db)
{
    QList<WatchedTask> tasks;
    QSqlQuery count(db);
    if (run(count, QStringLiteral("SELECT count(*) FROM tasks")) && count.next())
        tasks.reserve(count.value(0).toLongLong());
    QSqlQuery query(db);
    // A file of an older schema, opened for reading only, lacks the newer columns: they read
    // as NULL, which every reader takes as "not set".
    QSet<QString> present;
    if (run(query, QStringLiteral("PRAGMA table_info(tasks)"))) {
        while (query.next())
            present.insert(query.value(1).toString());
    }
    query.finish();
    QStringList columns;
    for (const QString &column : WatchListSchema::taskColumns())
        columns << (present.contains(column) ? QStringLiteral("t.") + column
                                             : QStringLiteral("NULL"));
    if (!run(query, QStringLiteral("SELECT ") + columns.join(QStringLiteral(", ")) +
                        QStringLiteral(", h.samples FROM tasks t LEFT JOIN history h ON "
                                       "h.task_id = t.id ORDER BY t.id")))
        return tasks;
    while (query.next()) {
        if (std::optional<WatchedTask> task = WatchListRows::readTask(query))
            tasks.append(std::move(*task));
        else
            qCWarning(lcStore) << "a task row could not be read";
    }
    return tasks;
}

CallLedger readLedger(QSqlDatabase &db)
{
    QMap<QString, QMap<QString, QMap<QString, qint64>>> calls; // month → account → endpoint
    QMap<QString, QMap<QString, qint64>> metered;
    QSqlQuery query(db);
    if (run(query,
            QStringLiteral("SELECT month, account_id, endpoint_id, calls FROM call_ledger"))) {
        while (query.next())
            calls[query.value(0).toString()][query.value(1).toString()].insert(
                query.value(2).toString(), query.value(3).toLongLong());
    }
    if (run(query, QStringLiteral("SELECT month, account_id, metered FROM call_ledger_metered"))) {
        while (query.next()) {
            const QString month = query.value(0).toString();
            const QString account = query.value(1).toString();
            metered[month][account] = query.value(2).toLongLong();
            calls[month][account]; // an account-month with metered calls only
        }
    }
    CallLedger ledger;
    for (auto month = calls.cbegin(); month != calls.cend(); ++month) {
        for (auto account = month->cbegin(); account != month->cend(); ++account)
            ledger.setCounts(month.key(), account.key(), account.value(),
                             metered.value(month.key()).value(account.key()));
    }
    return ledger;
}

QHash<QString, QList<qint64>> readDurations(QSqlDatabase &db)
{
    QHash<QString, QList<qint64>> samples;
    QSqlQuery query(db);
    if (!run(query, QStringLiteral("SELECT statistics_key, duration_ms FROM duration_samples "
                                   "ORDER BY statistics_key, position")))
        return samples;
    while (query.next())
        samples[query.value(0).toString()].append(query.value(1).toLongLong());
    return samples;
}

} // namespace

StoredWatchList readAll(QSqlDatabase &db)
{
    StoredWatchList list;
    // One read transaction: a consistent picture even while another connection writes.
    db.transaction();
    list.accounts = readAccounts(db);
    list.tasks = readTasks(db);
    list.ledger = readLedger(db);
    list.durationSamples = readDurations(db);
    db.commit();
    return list;
}

QList<SubtaskRow> readSubtasks(QSqlDatabase &db, const QString &taskKey, QList<qint64> *digests)
{
    QList<SubtaskRow> rows;
    QSqlQuery query(db);
    if (!run(query,
             QStringLiteral("SELECT s.failed, s.code, s.message, s.fields, s.row_hash "
                            "FROM subtask_rows s JOIN tasks t ON t.id = s.task_id "
                            "WHERE t.task_key = ? ORDER BY s.position"),
             taskKey))
        return rows;
    while (query.next()) {
        if (std::optional<SubtaskRow> row = WatchListRows::readSubtask(query)) {
            rows.append(std::move(*row));
            if (digests)
                digests->append(query.value(4).toLongLong());
        } else {
            qCWarning(lcStore) << "a sub-task row could not be read";
        }
    }
    return rows;
}

QList<ReportSubmission> readReports(QSqlDatabase &db, const QString &taskKey)
{
    QList<ReportSubmission> reports;
    QSqlQuery query(db);
    if (!run(query,
             QStringLiteral("SELECT r.report_id, r.rule_id, r.rule_name, r.from_user_id, "
                            "r.from_user_name, r.department_name, r.department_ids, "
                            "r.commit_time, r.to_user_ids, r.to_user_names, r.form_contents "
                            "FROM report_submissions r JOIN tasks t ON t.id = r.task_id "
                            "WHERE t.task_key = ? ORDER BY r.position"),
             taskKey))
        return reports;
    while (query.next()) {
        if (std::optional<ReportSubmission> report = WatchListRows::readReport(query))
            reports.append(std::move(*report));
        else
            qCWarning(lcStore) << "a report submission could not be read";
    }
    return reports;
}

QList<ReportRule> readReportRules(QSqlDatabase &db, const QString &accountId)
{
    QList<ReportRule> rules;
    QSqlQuery query(db);
    if (!run(query,
             QStringLiteral("SELECT r.rule_id, max(r.rule_name) FROM report_submissions r JOIN "
                            "tasks t ON t.id = r.task_id WHERE t.account_id = ? AND r.rule_id "
                            "<> '' GROUP BY r.rule_id ORDER BY max(r.rule_name), r.rule_id"),
             accountId))
        return rules;
    while (query.next())
        rules.append(ReportRule{query.value(0).toString(), query.value(1).toString()});
    return rules;
}

QByteArray readRawBody(QSqlDatabase &db, const QString &taskKey)
{
    QSqlQuery query(db);
    if (!run(query,
             QStringLiteral("SELECT b.body FROM raw_bodies b JOIN tasks t ON t.id = b.task_id "
                            "WHERE t.task_key = ?"),
             taskKey) ||
        !query.next())
        return {};
    return query.value(0).toByteArray();
}

} // namespace WatchListReader
