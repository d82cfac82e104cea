#pragma once

#include "models/persistence/DatabaseOpenResult.h"

#include <QString>

class QSqlDatabase;

// Opening the watch-list file on the calling thread: create it, check it, set a damaged one
// aside, leave a newer one alone. The connection stays open under `connectionName` when the
// result can be read; it is removed otherwise.
namespace WatchListDatabaseFile {

// Connect options for every connection to a file (busy timeout) and to the in-memory list.
QString fileConnectOptions(bool readOnly);
QString memoryConnectOptions();

// How a reader connects to `path`. While the file has no -wal / -shm beside it (no writer has
// it open), as an immutable file: a read-only connection to a WAL database would otherwise
// leave those two files behind.
struct ReadingTarget
{
    QString databaseName;
    QString connectOptions;
};
ReadingTarget readingTarget(const QString &path);

DatabaseOpenResult open(const QString &path, const QString &connectionName);
// Read only: never creates, sets aside, or writes; a damaged file is Failed and left in place.
DatabaseOpenResult openForReading(const QString &path, const QString &connectionName);
// `uri` names a shared in-memory database, reachable by every connection of this process.
DatabaseOpenResult openInMemory(const QString &uri, const QString &connectionName);

// Per-connection settings: foreign keys (the cascades) and synchronous=NORMAL, which in WAL
// mode loses no committed transaction when the process dies.
void configureConnection(QSqlDatabase &db);

// Unique across threads and instances: QSqlDatabase names are process-wide.
QString uniqueConnectionName(const QString &role);

} // namespace WatchListDatabaseFile
