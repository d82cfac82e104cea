#pragma once

#include <QString>
#include <QStringList>

class QSqlDatabase;

// The tables of the watch-list database, version WatchListDatabase::kSchemaVersion.
namespace WatchListSchema {

// Columns of `tasks` after its integer id, in the order WatchListRows binds and reads them.
const QStringList &taskColumns();

// Creates every table in one transaction and stamps PRAGMA user_version.
bool create(QSqlDatabase &db, QString *error);

// Whether every table and column this version reads is there: a file of the right version
// without them is damaged (or was never ours).
bool hasExpectedTables(QSqlDatabase &db);

// Whether the file holds any table at all (user_version 0 with tables is not ours).
bool hasAnyTable(QSqlDatabase &db);

} // namespace WatchListSchema
