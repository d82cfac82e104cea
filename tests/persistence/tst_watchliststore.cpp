#include "models/persistence/WatchListJson.h"
#include "models/persistence/WatchListStore.h"
#include "StoreTestFiles.h"
#include "WatchListFixture.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace StoreTestFiles;

namespace {

// Lowers the largest file this process may write, so that a save fails the way a full disk
// makes it fail, even for root, whom permissions do not stop.
class FileSizeLimit final
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_saved);
        m_previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit lowered = m_saved;
        lowered.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &lowered);
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_previousHandler);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

private:
    rlimit m_saved{};
    void (*m_previousHandler)(int) = nullptr;
};

} // namespace

// Saving: where, when, how often, and what a failed save leaves behind.
class TestWatchListStore final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void startsEmptyWithoutAFile();
    void roundTripsThroughTheFile();
    void keepsThePreviousSaveAsBackup();
    void refusesToSaveBeforeLoading();
    void saveFailureIsReportedAndRetried();
    void saveFailureKeepsThePreviousFile();
    void debounceCoalescesChanges();
    void debounceStillSavesABusyList();
    void usesAppDataLocationByDefault();
};

void TestWatchListStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestWatchListStore::startsEmptyWithoutAFile()
{
    QTemporaryDir dir;
    WatchListStore store(dir.filePath(QStringLiteral("sub/watchlist.json")));
    QSignalSpy problems(&store, &WatchListStore::loadProblem);
    const WatchListLoadResult result = store.load();
    QCOMPARE(result.status, WatchListLoadResult::Status::NoFile);
    QVERIFY(result.ok());
    QVERIFY(result.message.isEmpty());
    QVERIFY(store.canSave());
    QCOMPARE(problems.count(), 0);
    store.setSource([] { return WatchListData{}; });
    QVERIFY(store.saveNow()); // creates the missing folder
    QVERIFY(QFile::exists(store.filePath()));
}

void TestWatchListStore::roundTripsThroughTheFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("watchlist.json"));
    const WatchListData data = WatchListFixture::rich();
    QVERIFY(!saveWith(path, data).isEmpty());

    WatchListStore store(path);
    const WatchListLoadResult result = store.load();
    QCOMPARE(result.status, WatchListLoadResult::Status::Loaded);
    QVERIFY(result.data == data);
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("watchlist.json")});
}

void TestWatchListStore::keepsThePreviousSaveAsBackup()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("watchlist.json"));
    WatchListStore store(path);
    store.load();
    WatchListData data = WatchListFixture::realistic(1);
    store.setSource([&data] { return data; });
    QVERIFY(store.saveNow());
    QVERIFY(!QFile::exists(store.backupFilePath()));
    const QByteArray first = readAll(path);
    data = WatchListFixture::realistic(2);
    QVERIFY(store.saveNow());
    const QByteArray second = readAll(path);
    QCOMPARE(readAll(store.backupFilePath()), first);
    QVERIFY(WatchListJson::parse(second).data == data);
    QVERIFY(store.saveNow());
    QCOMPARE(readAll(store.backupFilePath()), second);
    QCOMPARE(entries(dir.path()),
             (QStringList{QStringLiteral("watchlist.json"), QStringLiteral("watchlist.json.bak")}));
}

void TestWatchListStore::refusesToSaveBeforeLoading()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("watchlist.json"));
    const QByteArray existing = saveWith(path, WatchListFixture::realistic(2));

    WatchListStore store(path);
    store.setSource([] { return WatchListData{}; });
    QSignalSpy failures(&store, &WatchListStore::saveFailed);
    QVERIFY(!store.canSave());
    QVERIFY(!store.saveNow());
    QCOMPARE(failures.count(), 1);
    QCOMPARE(readAll(path), existing);
}

void TestWatchListStore::saveFailureIsReportedAndRetried()
{
    QTemporaryDir dir;
    // A parent that is a regular file stops every write, also for root.
    const QString blocker = dir.filePath(QStringLiteral("data"));
    QVERIFY(writeAll(blocker, "a file, not a folder"));
    WatchListStore store(blocker + QStringLiteral("/watchlist.json"));
    store.setDebounceInterval(10);
    QCOMPARE(store.load().status, WatchListLoadResult::Status::NoFile);
    const WatchListData data = WatchListFixture::realistic(2);
    store.setSource([&data] { return data; });
    QSignalSpy failures(&store, &WatchListStore::saveFailed);
    QSignalSpy saves(&store, &WatchListStore::saved);

    store.markDirty();
    QTRY_COMPARE(failures.count(), 1);
    QVERIFY(failures.at(0).at(0).toString().contains(QDir::toNativeSeparators(store.filePath())));
    QVERIFY(store.isDirty());
    QVERIFY(!store.isSaveScheduled());
    QCOMPARE(readAll(blocker), QByteArray("a file, not a folder"));

    QVERIFY(QFile::remove(blocker));
    store.markDirty();
    QTRY_COMPARE(saves.count(), 1);
    QVERIFY(!store.isDirty());
    QVERIFY(WatchListJson::parse(readAll(store.filePath())).data == data);
}

void TestWatchListStore::saveFailureKeepsThePreviousFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("watchlist.json"));
    WatchListStore store(path);
    store.load();
    WatchListData data = WatchListFixture::realistic(1);
    store.setSource([&data] { return data; });
    QVERIFY(store.saveNow());
    QVERIFY(store.saveNow());
    const QByteArray previous = readAll(path);
    const QByteArray backup = readAll(store.backupFilePath());
    QVERIFY(!backup.isEmpty());

    data = WatchListFixture::realistic(40);
    QSignalSpy failures(&store, &WatchListStore::saveFailed);
    {
        const FileSizeLimit limit(rlim_t(previous.size() + 512));
        QVERIFY(!store.saveNow());
    }
    QCOMPARE(failures.count(), 1);
    QCOMPARE(readAll(path), previous);
    QCOMPARE(readAll(store.backupFilePath()), backup);
    QCOMPARE(entries(dir.path()),
             (QStringList{QStringLiteral("watchlist.json"), QStringLiteral("watchlist.json.bak")}));
    QVERIFY(store.isDirty());

    QVERIFY(store.saveNow());
    QVERIFY(WatchListJson::parse(readAll(path)).data == data);
}

void TestWatchListStore::debounceCoalescesChanges()
{
    QTemporaryDir dir;
    WatchListStore store(dir.filePath(QStringLiteral("watchlist.json")));
    QCOMPARE(store.debounceInterval(), WatchListStore::kDefaultDebounceMs);
    store.setDebounceInterval(50);
    store.load();
    int sourceCalls = 0;
    store.setSource([&sourceCalls] {
        ++sourceCalls;
        return WatchListFixture::realistic(1);
    });
    QSignalSpy saves(&store, &WatchListStore::saved);

    for (int i = 0; i < 100; ++i)
        store.markDirty();
    QVERIFY(store.isSaveScheduled());
    QCOMPARE(saves.count(), 0);
    QTRY_COMPARE(saves.count(), 1);
    QTest::qWait(200);
    QCOMPARE(saves.count(), 1);
    QCOMPARE(sourceCalls, 1);
    QVERIFY(!store.isDirty());

    store.markDirty();
    QTRY_COMPARE(saves.count(), 2);
    QCOMPARE(sourceCalls, 2);
}

void TestWatchListStore::debounceStillSavesABusyList()
{
    QTemporaryDir dir;
    WatchListStore store(dir.filePath(QStringLiteral("watchlist.json")));
    store.setDebounceInterval(100);
    store.load();
    store.setSource([] { return WatchListFixture::realistic(1); });
    QSignalSpy saves(&store, &WatchListStore::saved);
    QElapsedTimer elapsed;
    elapsed.start();
    // Changes every 20 ms would starve a timer restarted at each change.
    while (elapsed.elapsed() < 600) {
        store.markDirty();
        QTest::qWait(20);
    }
    QVERIFY2(saves.count() >= 2, qPrintable(QString::number(saves.count())));
}

void TestWatchListStore::usesAppDataLocationByDefault()
{
    const QString expected = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                             QStringLiteral("/watchlist.json");
    QCOMPARE(WatchListStore::defaultFilePath(), expected);
    QVERIFY(expected.contains(QLatin1String(".qttest")));
    QFile::remove(expected);
    QFile::remove(expected + QStringLiteral(".bak"));

    const WatchListData data = WatchListFixture::rich();
    {
        WatchListStore store;
        QCOMPARE(store.filePath(), expected);
        QCOMPARE(store.load().status, WatchListLoadResult::Status::NoFile);
        store.setSource([&data] { return data; });
        QVERIFY(store.saveNow());
    }
    WatchListStore store;
    const WatchListLoadResult result = store.load();
    QCOMPARE(result.status, WatchListLoadResult::Status::Loaded);
    QVERIFY(result.data == data);
    QVERIFY(QFile::remove(expected));
}

QTEST_GUILESS_MAIN(TestWatchListStore)
#include "tst_watchliststore.moc"
