#include "models/domain/Clock.h"
#include "models/persistence/WatchListJson.h"
#include "models/persistence/WatchListStore.h"
#include "StoreTestFiles.h"
#include "WatchListFixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace StoreTestFiles;

// What load() does with a file it cannot use: never an empty or partial list in silence.
class TestWatchListRecovery final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void truncatedFileIsSetAside();
    void truncatedFileRecoversFromBackup();
    void damagedFileRecoversFromBackup();
    void missingFileRecoversFromBackup();
    void damagedBackupIsSetAsideToo();
    void setAsideNeverOverwrites();
    void newerVersionIsLeftUntouched();
    void olderVersionIsSetAside();

private:
    ManualClock m_clock;
};

void TestWatchListRecovery::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestWatchListRecovery::truncatedFileIsSetAside()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("watchlist.json"));
    const WatchListData data = WatchListFixture::realistic(4);
    const QByteArray full = saveWith(path, data);
    QVERIFY(full.size() > 3000);

    int setAside = 0;
    for (qsizetype size = 0; size < full.size(); ++size) {
        const QByteArray truncated = full.left(size);
        QVERIFY(writeAll(path, truncated));
        WatchListStore store(path);
        store.setClock(&m_clock);
        QSignalSpy problems(&store, &WatchListStore::loadProblem);
        const WatchListLoadResult result = store.load();
        if (result.status == WatchListLoadResult::Status::Loaded) {
            // Only what is still a whole document may load, and then all of it.
            QVERIFY2(result.data == data, qPrintable(QString::number(size)));
            QVERIFY(full.startsWith(truncated) && full.mid(size).trimmed().isEmpty());
            continue;
        }
        QVERIFY2(result.status == WatchListLoadResult::Status::SetAside,
                 qPrintable(QString::number(size)));
        QVERIFY(result.data.isEmpty());
        QVERIFY(!result.problem.isEmpty());
        QVERIFY(result.message.contains(QDir::toNativeSeparators(result.setAsidePath)));
        QCOMPARE(problems.count(), 1);
        QVERIFY(!QFile::exists(path));
        QCOMPARE(readAll(result.setAsidePath), truncated);
        QVERIFY(store.canSave());
        QVERIFY(QFile::remove(result.setAsidePath));
        ++setAside;
    }
    QVERIFY(setAside >= full.size() - 1);
}

void TestWatchListRecovery::truncatedFileRecoversFromBackup()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("watchlist.json"));
    const WatchListData older = WatchListFixture::realistic(3);
    const WatchListData newer = WatchListFixture::realistic(4);
    const QByteArray backup = saveWith(path, older);
    const QByteArray full = saveWith(path, newer);
    QCOMPARE(readAll(path + QStringLiteral(".bak")), backup);

    for (qsizetype size = 0; size < full.size() - 1; size += 3) {
        QVERIFY(writeAll(path, full.left(size)));
        WatchListStore store(path);
        const WatchListLoadResult result = store.load();
        QCOMPARE(result.status, WatchListLoadResult::Status::RecoveredFromBackup);
        QVERIFY(result.data == older);
        QCOMPARE(result.backupPath, path + QStringLiteral(".bak"));
        QCOMPARE(readAll(result.setAsidePath), full.left(size));
        QCOMPARE(readAll(result.backupPath), backup);
        QVERIFY(QFile::remove(result.setAsidePath));
    }
}

void TestWatchListRecovery::damagedFileRecoversFromBackup()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("watchlist.json"));
    const WatchListData older = WatchListFixture::rich();
    saveWith(path, older);
    saveWith(path, WatchListFixture::realistic(2));
    QVERIFY(writeAll(path, QByteArrayLiteral("\x00\x00\x00 garbage after a power cut")));

    WatchListStore store(path);
    store.setClock(&m_clock);
    QSignalSpy problems(&store, &WatchListStore::loadProblem);
    const WatchListLoadResult result = store.load();
    QCOMPARE(result.status, WatchListLoadResult::Status::RecoveredFromBackup);
    QVERIFY(result.data == older);
    QCOMPARE(problems.count(), 1);
    QCOMPARE(problems.at(0).at(0).toString(), result.message);
    QVERIFY(result.message.contains(QDir::toNativeSeparators(result.setAsidePath)));
    QVERIFY(result.message.contains(QDir::toNativeSeparators(store.backupFilePath())));
    QVERIFY2(result.message.contains(QLatin1String("not valid JSON")), qPrintable(result.message));
    const QString stamp = QDateTime::fromMSecsSinceEpoch(m_clock.wallMsSinceEpoch())
                              .toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QCOMPARE(result.setAsidePath,
             dir.filePath(QStringLiteral("watchlist.corrupt-") + stamp + QStringLiteral(".json")));

    // The recovered list saves normally and the backup is not consumed by the first save.
    store.setSource([&older] { return older; });
    QVERIFY(store.saveNow());
    QVERIFY(WatchListJson::parse(readAll(path)).data == older);
    QVERIFY(WatchListJson::parse(readAll(store.backupFilePath())).data == older);
}

void TestWatchListRecovery::missingFileRecoversFromBackup()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("watchlist.json"));
    const WatchListData older = WatchListFixture::realistic(2);
    saveWith(path, older);
    saveWith(path, WatchListFixture::realistic(3));
    QVERIFY(QFile::remove(path)); // as a crash between the backup rename and the commit leaves it

    WatchListStore store(path);
    const WatchListLoadResult result = store.load();
    QCOMPARE(result.status, WatchListLoadResult::Status::RecoveredFromBackup);
    QVERIFY(result.data == older);
    QVERIFY(result.setAsidePath.isEmpty());
    QVERIFY(result.message.contains(QLatin1String("missing")));
}

void TestWatchListRecovery::damagedBackupIsSetAsideToo()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("watchlist.json"));
    QVERIFY(writeAll(path, "{\"format\":\"taskmonitor-watchlist\",\"version\":1,\"tasks\":["));
    QVERIFY(writeAll(path + QStringLiteral(".bak"), "not json"));

    WatchListStore store(path);
    store.setClock(&m_clock);
    const WatchListLoadResult result = store.load();
    QCOMPARE(result.status, WatchListLoadResult::Status::SetAside);
    QVERIFY(result.data.isEmpty());
    QCOMPARE(readAll(result.backupSetAsidePath), QByteArray("not json"));
    QVERIFY(readAll(result.setAsidePath).startsWith("{\"format\""));
    QVERIFY(result.message.contains(QDir::toNativeSeparators(result.setAsidePath)));
    QVERIFY(result.message.contains(QDir::toNativeSeparators(result.backupSetAsidePath)));
    QCOMPARE(entries(dir.path()).size(), 2);
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFile::exists(store.backupFilePath()));
}

void TestWatchListRecovery::setAsideNeverOverwrites()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("watchlist.json"));
    const QString stamp = QDateTime::fromMSecsSinceEpoch(m_clock.wallMsSinceEpoch())
                              .toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString first = dir.filePath(QStringLiteral("watchlist.corrupt-%1.json").arg(stamp));
    QVERIFY(writeAll(first, "an earlier damaged file"));

    for (int round = 2; round <= 4; ++round) {
        const QByteArray damaged = "damaged " + QByteArray::number(round);
        QVERIFY(writeAll(path, damaged));
        WatchListStore store(path);
        store.setClock(&m_clock);
        const WatchListLoadResult result = store.load();
        QCOMPARE(result.status, WatchListLoadResult::Status::SetAside);
        QCOMPARE(
            result.setAsidePath,
            dir.filePath(QStringLiteral("watchlist.corrupt-%1-%2.json").arg(stamp).arg(round)));
        QCOMPARE(readAll(result.setAsidePath), damaged);
    }
    QCOMPARE(readAll(first), QByteArray("an earlier damaged file"));
}

void TestWatchListRecovery::newerVersionIsLeftUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("watchlist.json"));
    const QByteArray newer =
        R"({"format":"taskmonitor-watchlist","version":7,"tasks":{"shape":"unknown to us"}})";
    QVERIFY(writeAll(path, newer));

    WatchListStore store(path);
    store.setClock(&m_clock);
    store.setDebounceInterval(10);
    store.setSource([] { return WatchListFixture::realistic(1); });
    QSignalSpy problems(&store, &WatchListStore::loadProblem);
    QSignalSpy failures(&store, &WatchListStore::saveFailed);
    const WatchListLoadResult result = store.load();
    QCOMPARE(result.status, WatchListLoadResult::Status::NewerVersion);
    QVERIFY(!result.canSave());
    QVERIFY(result.data.isEmpty());
    QVERIFY(result.message.contains(QLatin1String("newer version")));
    QCOMPARE(problems.count(), 1);
    QVERIFY(!store.canSave());

    store.markDirty();
    QVERIFY(!store.isSaveScheduled());
    QVERIFY(!store.saveNow());
    QCOMPARE(failures.count(), 1);
    QCOMPARE(failures.at(0).at(0).toString(), result.message);
    QCOMPARE(readAll(path), newer);
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("watchlist.json")});

    // Starting a new list keeps the newer file under another name.
    QString error;
    const QString kept = store.moveBlockingFileAside(&error);
    QVERIFY2(!kept.isEmpty(), qPrintable(error));
    QVERIFY(QFileInfo(kept).fileName().startsWith(QLatin1String("watchlist.kept-")));
    QCOMPARE(readAll(kept), newer);
    QVERIFY(store.canSave());
    QVERIFY(store.isSaveScheduled()); // the pending change is saved now
    QSignalSpy saves(&store, &WatchListStore::saved);
    QTRY_COMPARE(saves.count(), 1);
    QVERIFY(WatchListJson::parse(readAll(path)).ok());
}

void TestWatchListRecovery::olderVersionIsSetAside()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("watchlist.json"));
    QVERIFY(writeAll(path, R"({"format":"taskmonitor-watchlist","version":0,"tasks":[]})"));
    WatchListStore store(path);
    const WatchListLoadResult result = store.load();
    QCOMPARE(result.status, WatchListLoadResult::Status::SetAside);
    QVERIFY(result.problem.contains(QLatin1String("version 0")));
    QVERIFY(QFile::exists(result.setAsidePath));
}

QTEST_GUILESS_MAIN(TestWatchListRecovery)
#include "tst_watchlistrecovery.moc"
