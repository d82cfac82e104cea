#include "models/persistence/WatchListSchema.h"

#include "models/persistence/WatchListDatabase.h"

#include <QDateTime>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace WatchListSchema {

namespace {

struct Table
{
    QString name;
    QString definition; // the part of CREATE TABLE after the name
};

const QList<Table> &tables()
{
    static const QList<Table> kTables = [] {
        QStringList taskColumnDefinitions;
        taskColumnDefinitions << QStringLiteral("id INTEGER PRIMARY KEY");
        for (const QString &column : taskColumns()) {
            if (column == QLatin1String("task_key"))
                taskColumnDefinitions << QStringLiteral("task_key TEXT NOT NULL UNIQUE");
            else
                taskColumnDefinitions << column;
        }
        return QList<Table>{
            {QStringLiteral("meta"),
             QStringLiteral("(key TEXT PRIMARY KEY NOT NULL, value TEXT) WITHOUT ROWID")},
            {QStringLiteral("accounts"),
             QStringLiteral("(id TEXT PRIMARY KEY NOT NULL, position INTEGER NOT NULL, name TEXT, "
                            "platform TEXT NOT NULL, base_url TEXT, auth_mode TEXT NOT NULL, "
                            "app_id TEXT, union_id TEXT, ca_certificate_file TEXT) WITHOUT ROWID")},
            {QStringLiteral("tasks"), QLatin1Char('(') +
                                          taskColumnDefinitions.join(QStringLiteral(", ")) +
                                          QLatin1Char(')')},
            {QStringLiteral("history"),
             QStringLiteral("(task_id INTEGER PRIMARY KEY REFERENCES tasks(id) ON DELETE CASCADE, "
                            "samples BLOB NOT NULL)")},
            {QStringLiteral("subtask_rows"),
             QStringLiteral("(task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE, "
                            "position INTEGER NOT NULL, row_hash INTEGER NOT NULL, "
                            "failed INTEGER NOT NULL, code TEXT, message TEXT, fields BLOB, "
                            "PRIMARY KEY (task_id, position)) WITHOUT ROWID")},
            {QStringLiteral("report_submissions"),
             QStringLiteral("(task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE, "
                            "position INTEGER NOT NULL, row_hash INTEGER NOT NULL, "
                            "report_id TEXT, rule_id TEXT, rule_name TEXT, from_user_id TEXT, "
                            "from_user_name TEXT, department_name TEXT, department_ids BLOB, "
                            "commit_time INTEGER, to_user_ids BLOB, to_user_names BLOB, "
                            "form_contents BLOB, PRIMARY KEY (task_id, position))")},
            {QStringLiteral("raw_bodies"),
             QStringLiteral("(task_id INTEGER PRIMARY KEY REFERENCES tasks(id) ON DELETE CASCADE, "
                            "body BLOB NOT NULL)")},
            {QStringLiteral("call_ledger"),
             QStringLiteral("(month TEXT NOT NULL, account_id TEXT NOT NULL, "
                            "endpoint_id TEXT NOT NULL, calls INTEGER NOT NULL, "
                            "PRIMARY KEY (month, account_id, endpoint_id)) WITHOUT ROWID")},
            {QStringLiteral("call_ledger_metered"),
             QStringLiteral("(month TEXT NOT NULL, account_id TEXT NOT NULL, "
                            "metered INTEGER NOT NULL, PRIMARY KEY (month, account_id)) "
                            "WITHOUT ROWID")},
            {QStringLiteral("duration_samples"),
             QStringLiteral("(statistics_key TEXT NOT NULL, position INTEGER NOT NULL, "
                            "duration_ms INTEGER NOT NULL, PRIMARY KEY (statistics_key, position)) "
                            "WITHOUT ROWID")},
        };
    }();
    return kTables;
}

// The column names of a definition: the first word of each part before any table constraint.
QStringList columnNames(const QString &definition)
{
    QStringList names;
    const QString inner = definition.mid(1, definition.lastIndexOf(QLatin1Char(')')) - 1);
    for (const QString &part : inner.split(QStringLiteral(", "))) {
        const QString word = part.section(QLatin1Char(' '), 0, 0);
        if (word == QLatin1String("PRIMARY"))
            break;
        names << word;
    }
    return names;
}

// The schema version that added a column; 1 for the first schema's.
int schemaOfColumn(const QString &column)
{
    if (column == QLatin1String("report_window") || column == QLatin1String("report_time_zone"))
        return 2;
    return 1;
}

} // namespace

const QStringList &taskColumns()
{
    static const QStringList kColumns{
        QStringLiteral("task_key"),
        QStringLiteral("kind"),
        QStringLiteral("account_id"),
        QStringLiteral("task_id"),
        QStringLiteral("label"),
        QStringLiteral("union_id"),
        QStringLiteral("report_rule_id"),
        QStringLiteral("report_user_id"),
        QStringLiteral("report_user_id_type"),
        QStringLiteral("report_from"),
        QStringLiteral("report_to"),
        QStringLiteral("added_at"),
        QStringLiteral("last_checked_at"),
        QStringLiteral("calls_spent"),
        QStringLiteral("finish_notified"),
        QStringLiteral("has_snapshot"),
        QStringLiteral("snapshot_kind"),
        QStringLiteral("snapshot_task_id"),
        QStringLiteral("state"),
        QStringLiteral("raw_status"),
        QStringLiteral("type"),
        QStringLiteral("progress"),
        QStringLiteral("total"),
        QStringLiteral("succeeded"),
        QStringLiteral("failed"),
        QStringLiteral("created_at"),
        QStringLiteral("finished_at"),
        QStringLiteral("message"),
        QStringLiteral("warnings"),
        QStringLiteral("fetched_at"),
        QStringLiteral("has_error"),
        QStringLiteral("error_category"),
        QStringLiteral("error_http_status"),
        QStringLiteral("error_code"),
        QStringLiteral("error_message"),
        QStringLiteral("error_request_id"),
        QStringLiteral("error_hint"),
        QStringLiteral("error_context"),
        QStringLiteral("error_body_excerpt"),
        QStringLiteral("error_retry_after_ms"),
        // Schema 2: a report query's rolling window.
        QStringLiteral("report_window"),
        QStringLiteral("report_time_zone"),
    };
    return kColumns;
}

bool create(QSqlDatabase &db, QString *error)
{
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery query(db);
    QStringList statements;
    for (const Table &table : tables())
        statements << QStringLiteral("CREATE TABLE ") + table.name + QLatin1Char(' ') +
                          table.definition;
    statements << QStringLiteral("PRAGMA user_version = %1").arg(WatchListDatabase::kSchemaVersion);
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            *error = query.lastError().text();
            db.rollback();
            return false;
        }
    }
    // Read by people looking at a file someone sent in, not by the code.
    query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('created_at', ?)"));
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!query.exec()) {
        *error = query.lastError().text();
        db.rollback();
        return false;
    }
    query.finish();
    if (!db.commit()) {
        *error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

bool upgrade(QSqlDatabase &db, int fromVersion, QString *error)
{
    if (fromVersion >= WatchListDatabase::kSchemaVersion)
        return true;
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery query(db);
    QStringList statements;
    if (fromVersion < 2) {
        statements << QStringLiteral("ALTER TABLE tasks ADD COLUMN report_window")
                   << QStringLiteral("ALTER TABLE tasks ADD COLUMN report_time_zone");
    }
    statements << QStringLiteral("PRAGMA user_version = %1").arg(WatchListDatabase::kSchemaVersion);
    for (const QString &statement : std::as_const(statements)) {
        if (!query.exec(statement)) {
            *error = query.lastError().text();
            query.finish();
            db.rollback();
            return false;
        }
    }
    query.finish();
    if (!db.commit()) {
        *error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

bool hasExpectedTables(QSqlDatabase &db, int version)
{
    QSqlQuery query(db);
    for (const Table &table : tables()) {
        if (!query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table.name)))
            return false;
        QSet<QString> present;
        while (query.next())
            present.insert(query.value(1).toString());
        for (const QString &column : columnNames(table.definition)) {
            if (!present.contains(column) && schemaOfColumn(column) <= version)
                return false;
        }
    }
    return true;
}

bool hasAnyTable(QSqlDatabase &db)
{
    QSqlQuery query(db);
    return !query.exec(QStringLiteral("SELECT 1 FROM sqlite_schema LIMIT 1")) || query.next();
}

} // namespace WatchListSchema
