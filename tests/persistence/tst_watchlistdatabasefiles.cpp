#include "models/persistence/WatchListDatabase.h"
#include "SqlProbe.h"
#include "WatchListFixture.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// Files the store did not write as it wants them: damaged ones are set aside with a timestamp
// and reported, a newer schema is never touched, an older one is upgraded in place with
// nothing lost, and a reader never changes anything.
class tst_WatchListDatabaseFiles final : public QObject
{
    Q_OBJECT

private slots:
    void damagedFileIsSetAside_data();
    void damagedFileIsSetAside();
    void setAsideNeverReplacesAnEarlierOne();
    void fileLockedByAnotherProgramIsNotSetAside();
    void newerSchemaIsLeftUntouched_data();
    void newerSchemaIsLeftUntouched();
    void olderSchemaIsUpgradedKeepingEverything_data();
    void olderSchemaIsUpgradedKeepingEverything();
    void readingNeverWrites();
    void readingSeesWhatARunningWriterCommitted();
    void readingLeavesABadFileAlone_data();
    void readingLeavesABadFileAlone();

private:
    QTemporaryDir m_dir;
    int m_folders = 0;
    QString freshFolder();
};

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

// A real watch list, closed (so its WAL is checkpointed into the file).
QByteArray writtenList(const QString &path, int tasks)
{
    {
        WatchListDatabase database;
        database.open(path);
        database.submit(WatchListFixture::batchOf(WatchListFixture::realistic(tasks)));
    }
    return readAll(path);
}

QByteArray sqliteFileWith(const QString &path, const QStringList &statements)
{
    QFile::remove(path);
    {
        SqlProbe probe(path);
        for (const QString &statement : statements)
            probe.exec(statement);
    }
    const QByteArray bytes = readAll(path);
    QFile::remove(path);
    return bytes;
}

bool worksAfterwards(WatchListDatabase &database)
{
    const WatchListFixture::Contents rich = WatchListFixture::rich();
    database.submit(WatchListFixture::batchOf(rich));
    database.waitForWrites();
    return database.load().tasks == rich.list.tasks;
}

} // namespace

QString tst_WatchListDatabaseFiles::freshFolder()
{
    const QString folder = m_dir.filePath(QString::number(++m_folders));
    QDir().mkpath(folder);
    return folder;
}

void tst_WatchListDatabaseFiles::damagedFileIsSetAside_data()
{
    QTest::addColumn<QByteArray>("damaged");
    const QString scratch = freshFolder() + QStringLiteral("/scratch.sqlite");
    const QByteArray list = writtenList(scratch, 60);
    QVERIFY(list.size() > 64 * 1024);

    QByteArray garbage(16 * 1024, Qt::Uninitialized);
    QRandomGenerator generator(20261201);
    for (char &byte : garbage)
        byte = char(generator.bounded(256));
    QTest::newRow("garbage bytes") << garbage;
    QTest::newRow("text") << QByteArray("this is not a database\n");
    QTest::newRow("empty file") << QByteArray();
    QTest::newRow("truncated to half") << list.left(list.size() / 2);
    QTest::newRow("truncated to the header") << list.left(100);
    QTest::newRow("truncated to one page") << list.left(4096);
    QTest::newRow("another program's tables") << sqliteFileWith(
        scratch, {QStringLiteral("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT)"),
                  QStringLiteral("INSERT INTO users (name) VALUES ('x')")});
    QTest::newRow("our version, tables missing")
        << sqliteFileWith(scratch, {QStringLiteral("CREATE TABLE meta (key TEXT, value TEXT)"),
                                    QStringLiteral("PRAGMA user_version = 1")});
    QByteArray wrongColumns = sqliteFileWith(
        scratch, {QStringLiteral("CREATE TABLE tasks (id INTEGER PRIMARY KEY, task_key TEXT)"),
                  QStringLiteral("PRAGMA user_version = 1")});
    QTest::newRow("our version, columns missing") << wrongColumns;
}

void tst_WatchListDatabaseFiles::damagedFileIsSetAside()
{
    QFETCH(QByteArray, damaged);
    const QString folder = freshFolder();
    const QString path = folder + QStringLiteral("/watchlist.sqlite");
    QVERIFY(writeAll(path, damaged));

    WatchListDatabase database;
    const DatabaseOpenResult result = database.open(path);
    QVERIFY2(result.status == DatabaseOpenResult::Status::SetAside, qPrintable(result.message));
    const QRegularExpression name(QRegularExpression::anchoredPattern(
        QRegularExpression::escape(path) + QStringLiteral("\\.damaged-\\d{8}-\\d{6}")));
    QVERIFY2(name.match(result.setAsidePath).hasMatch(), qPrintable(result.setAsidePath));
    QCOMPARE(readAll(result.setAsidePath), damaged);
    QVERIFY(result.message.contains(QDir::toNativeSeparators(result.setAsidePath)));
    QVERIFY(result.canSave());
    QVERIFY(database.canSave());
    QVERIFY(database.load().tasks.isEmpty());
    QVERIFY(worksAfterwards(database));
}

void tst_WatchListDatabaseFiles::setAsideNeverReplacesAnEarlierOne()
{
    const QString folder = freshFolder();
    const QString path = folder + QStringLiteral("/watchlist.sqlite");
    QStringList setAside;
    for (const char *content : {"first damaged file", "second damaged file", "third"}) {
        QVERIFY(writeAll(path, content));
        WatchListDatabase database;
        const DatabaseOpenResult result = database.open(path);
        QCOMPARE(result.status, DatabaseOpenResult::Status::SetAside);
        QCOMPARE(readAll(result.setAsidePath), QByteArray(content));
        setAside << result.setAsidePath;
    }
    setAside.removeDuplicates();
    QCOMPARE(setAside.size(), 3);
    for (const QString &file : setAside)
        QVERIFY(QFile::exists(file));
}

void tst_WatchListDatabaseFiles::fileLockedByAnotherProgramIsNotSetAside()
{
    const QString folder = freshFolder();
    const QString path = folder + QStringLiteral("/watchlist.sqlite");
    writtenList(path, 5);
    const QByteArray before = readAll(path);
    {
        SqlProbe other(path);
        QVERIFY(other.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")));
        QVERIFY(other.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        WatchListDatabase database;
        const DatabaseOpenResult result = database.open(path);
        QVERIFY2(result.status == DatabaseOpenResult::Status::Failed, qPrintable(result.message));
        QVERIFY(!database.canSave());
        QVERIFY(result.setAsidePath.isEmpty());
        other.exec(QStringLiteral("ROLLBACK"));
    }
    QCOMPARE(readAll(path), before);
    QCOMPARE(entries(folder), QStringList{QStringLiteral("watchlist.sqlite")});
    WatchListDatabase database;
    QCOMPARE(database.open(path).status, DatabaseOpenResult::Status::Opened);
    QCOMPARE(database.load().tasks.size(), 5);
}

void tst_WatchListDatabaseFiles::newerSchemaIsLeftUntouched_data()
{
    QTest::addColumn<QString>("journalMode");
    QTest::newRow("rollback journal") << QStringLiteral("DELETE");
    QTest::newRow("WAL") << QStringLiteral("WAL");
}

void tst_WatchListDatabaseFiles::newerSchemaIsLeftUntouched()
{
    QFETCH(QString, journalMode);
    const QString folder = freshFolder();
    const QString path = folder + QStringLiteral("/watchlist.sqlite");
    writtenList(path, 5);
    {
        SqlProbe probe(path);
        QVERIFY(probe.exec(QStringLiteral("PRAGMA journal_mode = ") + journalMode));
        QVERIFY(probe.exec(QStringLiteral("CREATE TABLE from_the_future (x BLOB)")));
        QVERIFY(probe.exec(
            QStringLiteral("PRAGMA user_version = %1").arg(WatchListDatabase::kSchemaVersion + 1)));
    }
    const QByteArray before = readAll(path);
    const QStringList filesBefore = entries(folder);
    QCOMPARE(filesBefore, QStringList{QStringLiteral("watchlist.sqlite")});
    {
        WatchListDatabase database;
        const DatabaseOpenResult result = database.open(path);
        QCOMPARE(result.status, DatabaseOpenResult::Status::NewerSchema);
        QCOMPARE(result.schemaVersion, WatchListDatabase::kSchemaVersion + 1);
        QVERIFY(!result.canSave());
        QVERIFY(!database.canSave());
        QVERIFY(result.message.contains(QDir::toNativeSeparators(path)));
        QVERIFY(database.load().tasks.isEmpty());
        database.submit(WatchListFixture::batchOf(WatchListFixture::rich()));
        database.waitForWrites();
    }
    {
        WatchListDatabase reader;
        QCOMPARE(reader.openForReading(path).status, DatabaseOpenResult::Status::NewerSchema);
    }
    QCOMPARE(readAll(path), before);
    QCOMPARE(entries(folder), filesBefore);
}

void tst_WatchListDatabaseFiles::olderSchemaIsUpgradedKeepingEverything_data()
{
    QTest::addColumn<bool>("readOnly");
    QTest::newRow("opened by the window") << false;
    QTest::newRow("read by the command line") << true;
}

// Schema 1 had no rolling report windows: a file from then is the rich list without those two
// columns, stamped 1.
void tst_WatchListDatabaseFiles::olderSchemaIsUpgradedKeepingEverything()
{
    QFETCH(bool, readOnly);
    const QString path = freshFolder() + QStringLiteral("/watchlist.sqlite");
    const WatchListFixture::Contents rich = WatchListFixture::rich();
    {
        WatchListDatabase database;
        QVERIFY(database.open(path).canSave());
        database.submit(WatchListFixture::batchOf(rich));
    }
    {
        SqlProbe probe(path);
        QVERIFY(probe.exec(QStringLiteral("ALTER TABLE tasks DROP COLUMN report_window")));
        QVERIFY(probe.exec(QStringLiteral("ALTER TABLE tasks DROP COLUMN report_time_zone")));
        QVERIFY(probe.exec(QStringLiteral("PRAGMA user_version = 1")));
    }
    QList<WatchedTask> expected = rich.list.tasks;
    for (WatchedTask &task : expected) {
        task.ref.report.window = ReportWindow::Fixed;
        task.ref.report.timeZone.clear();
    }

    WatchListDatabase database;
    const DatabaseOpenResult result =
        readOnly ? database.openForReading(path) : database.open(path);
    QVERIFY2(result.status == DatabaseOpenResult::Status::Opened, qPrintable(result.message));
    QCOMPARE(database.load().tasks, expected);
    if (readOnly) {
        QCOMPARE(result.schemaVersion, 1);
        return;
    }
    QCOMPARE(result.schemaVersion, WatchListDatabase::kSchemaVersion);
    {
        SqlProbe probe(path);
        QCOMPARE(probe.value(QStringLiteral("PRAGMA user_version")).toInt(),
                 WatchListDatabase::kSchemaVersion);
    }
    QVERIFY(worksAfterwards(database));
}

void tst_WatchListDatabaseFiles::readingNeverWrites()
{
    const QString folder = freshFolder();
    const QString path = folder + QStringLiteral("/watchlist.sqlite");
    const WatchListFixture::Contents rich = WatchListFixture::rich();
    {
        WatchListDatabase database;
        database.open(path);
        database.submit(WatchListFixture::batchOf(rich));
    }
    const QByteArray before = readAll(path);
    {
        WatchListDatabase reader;
        const DatabaseOpenResult result = reader.openForReading(path);
        QVERIFY2(result.status == DatabaseOpenResult::Status::Opened, qPrintable(result.message));
        QVERIFY(!reader.canSave());
        const StoredWatchList loaded = reader.load();
        QCOMPARE(loaded.accounts, rich.list.accounts);
        QCOMPARE(loaded.tasks, rich.list.tasks);
        const auto rows = rich.subtasks.cbegin();
        QObject context;
        std::optional<QList<SubtaskRow>> read;
        reader.loadSubtasks(rows.key(), &context,
                            [&read](QList<SubtaskRow> value) { read = std::move(value); });
        QTRY_VERIFY(read.has_value());
        QCOMPARE(*read, rows.value());
        reader.submit(WatchListFixture::batchOf(WatchListFixture::realistic(3)));
        reader.waitForWrites();
    }
    QCOMPARE(readAll(path), before);
    QCOMPARE(entries(folder), QStringList{QStringLiteral("watchlist.sqlite")});
    WatchListDatabase database;
    database.open(path);
    QCOMPARE(database.load().tasks, rich.list.tasks);
}

void tst_WatchListDatabaseFiles::readingSeesWhatARunningWriterCommitted()
{
    const QString path = freshFolder() + QStringLiteral("/watchlist.sqlite");
    WatchListDatabase window;
    window.open(path);
    const WatchListFixture::Contents rich = WatchListFixture::rich();
    window.submit(WatchListFixture::batchOf(rich));
    window.waitForWrites();
    QVERIFY(QFile::exists(path + QStringLiteral("-wal")));

    WatchListDatabase reader;
    QCOMPARE(reader.openForReading(path).status, DatabaseOpenResult::Status::Opened);
    QCOMPARE(reader.load().accounts, rich.list.accounts);
    QCOMPARE(reader.load().tasks, rich.list.tasks);

    WatchListBatch rename;
    Account renamed = rich.list.accounts.first();
    renamed.name = QStringLiteral("renamed");
    rename.accounts = QList<Account>{renamed};
    window.submit(rename);
    window.waitForWrites();
    QCOMPARE(reader.load().accounts, QList<Account>{renamed});
}

void tst_WatchListDatabaseFiles::readingLeavesABadFileAlone_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("exists");
    QTest::newRow("missing") << QByteArray() << false;
    QTest::newRow("garbage") << QByteArray("\x00\x01garbage", 9) << true;
    QTest::newRow("empty") << QByteArray() << true;
    const QString scratch = freshFolder() + QStringLiteral("/scratch.sqlite");
    QTest::newRow("another program's tables")
        << sqliteFileWith(scratch, {QStringLiteral("CREATE TABLE users (id INTEGER)")}) << true;
}

void tst_WatchListDatabaseFiles::readingLeavesABadFileAlone()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, exists);
    const QString folder = freshFolder();
    const QString path = folder + QStringLiteral("/watchlist.sqlite");
    if (exists)
        QVERIFY(writeAll(path, content));
    const QStringList filesBefore = entries(folder);
    {
        WatchListDatabase reader;
        const DatabaseOpenResult result = reader.openForReading(path);
        QCOMPARE(result.status, DatabaseOpenResult::Status::Failed);
        QVERIFY(!result.message.isEmpty());
        QVERIFY(!reader.canSave());
        QVERIFY(reader.load().tasks.isEmpty());
    }
    QCOMPARE(entries(folder), filesBefore);
    QCOMPARE(QFile::exists(path), exists);
    if (exists)
        QCOMPARE(readAll(path), content);
}

QTEST_GUILESS_MAIN(tst_WatchListDatabaseFiles)
#include "tst_watchlistdatabasefiles.moc"
