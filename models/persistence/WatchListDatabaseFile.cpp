#include "models/persistence/WatchListDatabaseFile.h"

#include "models/persistence/WatchListDatabase.h"
#include "models/persistence/WatchListSchema.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>
#include <QUrl>

#include <atomic>

namespace WatchListDatabaseFile {

namespace {

constexpr char kSqliteMagic[] = "SQLite format 3";
constexpr int kHeaderSize = 100;
constexpr int kUserVersionOffset = 60;

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// What the file's header says, read without SQLite, so that a file we must not modify is
// never opened by it.
struct Header
{
    bool readable = false;
    QString readError;
    bool isSqlite = false;
    int userVersion = 0;
};

Header readHeader(const QString &path)
{
    Header header;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        header.readError = file.errorString();
        return header;
    }
    header.readable = true;
    const QByteArray bytes = file.read(kHeaderSize);
    header.isSqlite = bytes.size() == kHeaderSize &&
                      bytes.startsWith(QByteArray(kSqliteMagic, sizeof kSqliteMagic));
    if (header.isSqlite)
        header.userVersion = qFromBigEndian<qint32>(bytes.constData() + kUserVersionOffset);
    return header;
}

void drop(const QString &connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

std::optional<int> userVersion(QSqlDatabase &db, QString *problem)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        *problem = query.lastError().text();
        return std::nullopt;
    }
    const int version = query.value(0).toInt();
    query.finish();
    return version;
}

DatabaseOpenResult newerSchema(const QString &path, int version)
{
    DatabaseOpenResult result;
    result.status = DatabaseOpenResult::Status::NewerSchema;
    result.path = path;
    result.schemaVersion = version;
    result.message =
        WatchListDatabase::tr("The watch list %1 was written by a newer version of Task Monitor "
                              "(schema %2; this version reads %3). It was left unchanged and "
                              "nothing was loaded; changes made now will not be saved. Update "
                              "Task Monitor to use it.")
            .arg(shown(path))
            .arg(version)
            .arg(WatchListDatabase::kSchemaVersion);
    return result;
}

DatabaseOpenResult failed(const QString &path, const QString &problem)
{
    DatabaseOpenResult result;
    result.status = DatabaseOpenResult::Status::Failed;
    result.path = path;
    result.message = WatchListDatabase::tr("The watch list %1 could not be opened: %2. Changes "
                                           "made now will not be saved.")
                         .arg(shown(path), problem);
    return result;
}

DatabaseOpenResult unreadable(const QString &path, const QString &problem)
{
    DatabaseOpenResult result;
    result.status = DatabaseOpenResult::Status::Failed;
    result.path = path;
    result.message =
        WatchListDatabase::tr("The watch list %1 could not be read: %2.").arg(shown(path), problem);
    return result;
}

bool openConnection(const QString &name, const QString &path, const QString &options,
                    QString *problem)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    db.setConnectOptions(options);
    if (!db.open()) {
        *problem = db.lastError().text();
        return false;
    }
    return true;
}

// A new file, or a file SQLite sees as empty: the tables, WAL, the version stamp.
bool createSchema(QSqlDatabase &db, QString *problem)
{
    configureConnection(db);
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL"))) {
        *problem = query.lastError().text();
        return false;
    }
    query.finish();
    return WatchListSchema::create(db, problem);
}

DatabaseOpenResult create(const QString &path, const QString &connectionName)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return failed(
            path, WatchListDatabase::tr("the folder %1 could not be created").arg(shown(folder)));
    QString problem;
    if (openConnection(connectionName, path, fileConnectOptions(false), &problem)) {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (createSchema(db, &problem)) {
            DatabaseOpenResult result;
            result.status = DatabaseOpenResult::Status::Created;
            result.path = path;
            result.schemaVersion = WatchListDatabase::kSchemaVersion;
            return result;
        }
    }
    drop(connectionName);
    return failed(path, problem);
}

// SQLite's own verdict that the bytes are not a sound database, as opposed to a file that is
// busy, locked or unreadable just now: only the first may be set aside.
bool saysDamaged(const QSqlError &error)
{
    constexpr int kSqliteCorrupt = 11;
    constexpr int kSqliteNotADatabase = 26;
    const int primary = error.nativeErrorCode().toInt() & 0xff;
    return primary == kSqliteCorrupt || primary == kSqliteNotADatabase;
}

// What an existing file is: usable (problem empty), damaged (set it aside), or not usable just
// now for another reason (leave it alone).
struct Inspection
{
    QString problem;
    bool damaged = false;
    int version = 0;
    bool needsSchema = false; // an SQLite file without any table: ours to fill
};

Inspection inspect(QSqlDatabase &db)
{
    Inspection inspection;
    const auto failedWith = [&inspection](const QSqlError &error) {
        inspection.problem = error.text();
        inspection.damaged = saysDamaged(error);
        return inspection;
    };
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return failedWith(query.lastError());
    inspection.version = query.value(0).toInt();
    query.finish();
    if (inspection.version > WatchListDatabase::kSchemaVersion)
        return inspection;
    if (!query.exec(QStringLiteral("PRAGMA quick_check")))
        return failedWith(query.lastError());
    QStringList complaints;
    while (query.next())
        complaints << query.value(0).toString();
    if (query.lastError().isValid())
        return failedWith(query.lastError());
    query.finish();
    inspection.damaged = true;
    if (complaints != QStringList{QStringLiteral("ok")}) {
        inspection.problem = complaints.mid(0, 3).join(QStringLiteral("; "));
    } else if (inspection.version == 0) {
        if (WatchListSchema::hasAnyTable(db))
            inspection.problem = WatchListDatabase::tr("it holds tables that are not a watch list");
        else
            inspection.needsSchema = true;
    } else if (!WatchListSchema::hasExpectedTables(db, inspection.version)) {
        inspection.problem = WatchListDatabase::tr("tables of the watch list are missing");
    }
    inspection.damaged = !inspection.problem.isEmpty();
    return inspection;
}

// Moves the file and its -wal / -shm companions to one timestamped name; never replaces a file.
QString setAside(const QString &path, QString *problem)
{
    const QString stem = path + QStringLiteral(".damaged-") +
                         QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    for (int attempt = 1; attempt < 1000; ++attempt) {
        const QString target =
            attempt == 1 ? stem : stem + QLatin1Char('-') + QString::number(attempt);
        if (QFileInfo::exists(target) || QFileInfo::exists(target + QStringLiteral("-wal")))
            continue;
        QFile file(path);
        if (!file.rename(target)) {
            if (QFileInfo::exists(target))
                continue;
            *problem = file.errorString();
            return {};
        }
        for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            if (QFileInfo::exists(path + suffix))
                QFile::rename(path + suffix, target + suffix);
        }
        return target;
    }
    *problem = WatchListDatabase::tr("too many damaged files of that name");
    return {};
}

} // namespace

QString fileConnectOptions(bool readOnly)
{
    return readOnly ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY")
                    : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
}

ReadingTarget readingTarget(const QString &path)
{
    if (QFileInfo::exists(path + QStringLiteral("-wal")) ||
        QFileInfo::exists(path + QStringLiteral("-shm")))
        return {path, fileConnectOptions(true)};
    return {QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded) +
                QStringLiteral("?immutable=1"),
            fileConnectOptions(true) + QStringLiteral(";QSQLITE_OPEN_URI")};
}

QString memoryConnectOptions()
{
    return QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=5000");
}

DatabaseOpenResult open(const QString &path, const QString &connectionName)
{
    if (!QFileInfo::exists(path))
        return create(path, connectionName);
    const Header header = readHeader(path);
    if (!header.readable)
        return failed(path, header.readError);
    if (header.isSqlite && header.userVersion > WatchListDatabase::kSchemaVersion)
        return newerSchema(path, header.userVersion);

    Inspection inspection;
    inspection.problem = WatchListDatabase::tr("it is not an SQLite database");
    inspection.damaged = true;
    QString problem;
    if (header.isSqlite &&
        openConnection(connectionName, path, fileConnectOptions(false), &problem)) {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        inspection = inspect(db);
        if (inspection.problem.isEmpty()) {
            if (inspection.version > WatchListDatabase::kSchemaVersion) {
                drop(connectionName);
                return newerSchema(path, inspection.version);
            }
            if (inspection.needsSchema
                    ? createSchema(db, &problem)
                    : (configureConnection(db),
                       WatchListSchema::upgrade(db, inspection.version, &problem))) {
                QSqlQuery wal(db);
                wal.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
                DatabaseOpenResult result;
                result.status = inspection.needsSchema ? DatabaseOpenResult::Status::Created
                                                       : DatabaseOpenResult::Status::Opened;
                result.path = path;
                result.schemaVersion = WatchListDatabase::kSchemaVersion;
                return result;
            }
            inspection.problem = problem;
            inspection.damaged = false;
        }
    } else if (header.isSqlite) {
        inspection.problem = problem;
        inspection.damaged = false;
    }
    drop(connectionName);
    if (!inspection.damaged)
        return failed(path, inspection.problem);
    problem = inspection.problem;

    QString moveProblem;
    const QString movedTo = setAside(path, &moveProblem);
    if (movedTo.isEmpty()) {
        return failed(path, WatchListDatabase::tr("it is damaged (%1) and could not be moved "
                                                  "aside (%2); it was left in place")
                                .arg(problem, moveProblem));
    }
    DatabaseOpenResult result = create(path, connectionName);
    if (!result.canSave())
        return result;
    result.status = DatabaseOpenResult::Status::SetAside;
    result.setAsidePath = movedTo;
    result.message =
        WatchListDatabase::tr("The watch list %1 was damaged (%2). It was moved to %3, so nothing "
                              "in it is lost, and a new, empty list was started.")
            .arg(shown(path), problem, shown(movedTo));
    return result;
}

DatabaseOpenResult openForReading(const QString &path, const QString &connectionName)
{
    if (!QFileInfo::exists(path))
        return unreadable(path, WatchListDatabase::tr("there is no such file"));
    const Header header = readHeader(path);
    if (!header.readable)
        return unreadable(path, header.readError);
    if (!header.isSqlite)
        return unreadable(path, WatchListDatabase::tr("it is not an SQLite database"));
    if (header.userVersion > WatchListDatabase::kSchemaVersion)
        return newerSchema(path, header.userVersion);

    QString problem;
    const ReadingTarget target = readingTarget(path);
    if (openConnection(connectionName, target.databaseName, target.connectOptions, &problem)) {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        QSqlQuery(db).exec(QStringLiteral("PRAGMA query_only = ON"));
        const std::optional<int> version = userVersion(db, &problem);
        if (version && *version > WatchListDatabase::kSchemaVersion) {
            drop(connectionName);
            return newerSchema(path, *version);
        }
        if (version && *version >= 1 && WatchListSchema::hasExpectedTables(db, *version)) {
            DatabaseOpenResult result;
            result.status = DatabaseOpenResult::Status::Opened;
            result.path = path;
            result.schemaVersion = *version;
            return result;
        }
        if (version)
            problem = WatchListDatabase::tr("tables of the watch list are missing");
    }
    drop(connectionName);
    return unreadable(path, problem);
}

DatabaseOpenResult openInMemory(const QString &uri, const QString &connectionName)
{
    QString problem;
    if (openConnection(connectionName, uri, memoryConnectOptions(), &problem)) {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        configureConnection(db);
        if (WatchListSchema::create(db, &problem)) {
            DatabaseOpenResult result;
            result.status = DatabaseOpenResult::Status::Created;
            result.schemaVersion = WatchListDatabase::kSchemaVersion;
            return result;
        }
    }
    drop(connectionName);
    return failed(WatchListDatabase::tr("(in memory)"), problem);
}

void configureConnection(QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    query.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
}

QString uniqueConnectionName(const QString &role)
{
    static std::atomic<quint64> counter{0};
    return QStringLiteral("taskmonitor-watchlist-%1-%2").arg(role).arg(++counter);
}

} // namespace WatchListDatabaseFile
