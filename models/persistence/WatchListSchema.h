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

// Brings a file written by an older version (user_version `fromVersion` >= 1) to this version,
// in one transaction; nothing is lost. False with `error` set when it could not.
bool upgrade(QSqlDatabase &db, int fromVersion, QString *error);

// Whether every table and column of schema `version` (1 up to this one) is there: a file
// without them is damaged (or was never ours).
bool hasExpectedTables(QSqlDatabase &db, int version);

// Whether the file holds any table at all (user_version 0 with tables is not ours).
bool hasAnyTable(QSqlDatabase &db);

} // namespace WatchListSchema
