#include "models/persistence/WatchListDatabase.h"
#include "SqlProbe.h"
#include "WatchListFixture.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

Q_DECLARE_METATYPE(Account)
Q_DECLARE_METATYPE(CallLedger)
Q_DECLARE_METATYPE(SubtaskRow)

// The watch-list database on real files: every field back as it went in, rows written only
// when they change, removals that take everything with them, and a restart that shows the list.
class tst_WatchListDatabase final : public QObject
{
    Q_OBJECT

private slots:
    void newFileIsCreated();
    void taskRoundTrip_data();
    void taskRoundTrip();
    void accountsLedgerAndSamplesRoundTrip_data();
    void accountsLedgerAndSamplesRoundTrip();
    void subtaskRowsKeepEveryValueInOrder();
    void reportsAndRawBodiesRoundTrip();
    void missingTextStaysApartFromEmptyText();
    void changedListWritesOnlyWhatDiffers_data();
    void changedListWritesOnlyWhatDiffers();
    void sheetDigestsFollowTheRows();
    void unchangedHistoryIsNotRewritten();
    void removalCascades();
    void removalWinsOverAnUpsertInTheSameBatch();
    void restartShowsEveryTaskWithItsLastSnapshot();
    void newTasksKeepTheOrderTheyWereAdded();
    void committedCountsBatches();
    void failedWriteIsKeptAndRetriedWithTheNext();
    void readsSkipAContextThatIsGone();
    void inMemoryListWorks();

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    QString freshPath();
};

namespace {

// Writes one batch and waits until it is on disk.
void write(WatchListDatabase &database, const WatchListBatch &batch)
{
    database.submit(batch);
    database.waitForWrites();
}

template <typename Result>
Result readBack(WatchListDatabase &database,
                void (WatchListDatabase::*load)(const QString &, QObject *,
                                                std::function<void(Result)>),
                const QString &key)
{
    QObject context;
    std::optional<Result> result;
    (database.*load)(key, &context, [&result](Result value) { result = std::move(value); });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 5000))
        qWarning("readBack: no answer");
    return result.value_or(Result());
}

QList<SubtaskRow> subtasksOf(WatchListDatabase &database, const QString &key)
{
    return readBack<QList<SubtaskRow>>(database, &WatchListDatabase::loadSubtasks, key);
}

QList<SubtaskRow> numberedRows(int count, int changedAt = -1)
{
    QList<SubtaskRow> rows;
    rows.reserve(count);
    for (int i = 0; i < count; ++i) {
        SubtaskRow row;
        row.code = QStringLiteral("0");
        row.fields = {{QStringLiteral("user_id"), QStringLiteral("ou_%1").arg(i)},
                      {QStringLiteral("index"), qint64(i)}};
        if (i == changedAt) {
            row.failed = true;
            row.message = QStringLiteral("changed");
        }
        rows.append(row);
    }
    return rows;
}

WatchedTask plainTask(const QString &id)
{
    WatchedTask task;
    task.ref.kind = TaskKind::FeishuDrive;
    task.ref.accountId = QStringLiteral("acc");
    task.ref.taskId = id;
    task.addedAt = QDateTime::fromMSecsSinceEpoch(1'772'787'600'000, Qt::UTC);
    return task;
}

} // namespace

QString tst_WatchListDatabase::freshPath()
{
    return m_dir.filePath(QStringLiteral("list-%1/watchlist.sqlite").arg(++m_files));
}

void tst_WatchListDatabase::newFileIsCreated()
{
    const QString path = freshPath();
    WatchListDatabase database;
    const DatabaseOpenResult result = database.open(path);
    QVERIFY2(result.status == DatabaseOpenResult::Status::Created, qPrintable(result.message));
    QCOMPARE(result.schemaVersion, WatchListDatabase::kSchemaVersion);
    QVERIFY(result.message.isEmpty());
    QVERIFY(database.canSave());
    QCOMPARE(database.path(), path);
    QVERIFY(QFile::exists(path));
    const StoredWatchList empty = database.load();
    QVERIFY(empty.tasks.isEmpty() && empty.accounts.isEmpty());

    SqlProbe probe(path);
    QCOMPARE(probe.value(QStringLiteral("PRAGMA user_version")).toInt(),
             WatchListDatabase::kSchemaVersion);
    QCOMPARE(probe.value(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
}

void tst_WatchListDatabase::taskRoundTrip_data()
{
    QTest::addColumn<int>("index");
    const WatchListFixture::Contents rich = WatchListFixture::rich();
    for (int i = 0; i < rich.list.tasks.size(); ++i) {
        const TaskRef &ref = rich.list.tasks.at(i).ref;
        QTest::newRow(qPrintable(TaskKinds::id(ref.kind) + QLatin1Char(' ') + ref.taskId)) << i;
    }
}

void tst_WatchListDatabase::taskRoundTrip()
{
    QFETCH(int, index);
    const WatchListFixture::Contents rich = WatchListFixture::rich();
    const QString path = freshPath();
    {
        WatchListDatabase database;
        QVERIFY(database.open(path).canSave());
        write(database, WatchListFixture::batchOf(rich));
    }
    WatchListDatabase database;
    QCOMPARE(database.open(path).status, DatabaseOpenResult::Status::Opened);
    const StoredWatchList loaded = database.load();
    QCOMPARE(loaded.tasks.size(), rich.list.tasks.size());
    const WatchedTask &expected = rich.list.tasks.at(index);
    const WatchedTask &actual = loaded.tasks.at(index);
    QCOMPARE(actual.ref, expected.ref);
    QCOMPARE(actual.snapshot.has_value(), expected.snapshot.has_value());
    if (expected.snapshot)
        QCOMPARE(*actual.snapshot, *expected.snapshot);
    QCOMPARE(actual.lastError, expected.lastError);
    QCOMPARE(actual.history.samples(), expected.history.samples());
    QCOMPARE(actual, expected);
}

void tst_WatchListDatabase::accountsLedgerAndSamplesRoundTrip_data()
{
    QTest::addColumn<QList<Account>>("accounts");
    QTest::addColumn<CallLedger>("ledger");
    QTest::addColumn<QHash<QString, QList<qint64>>>("samples");
    const WatchListFixture::Contents rich = WatchListFixture::rich();
    QTest::newRow("every field") << rich.list.accounts << rich.list.ledger
                                 << rich.list.durationSamples;
    QTest::newRow("nothing") << QList<Account>() << CallLedger() << QHash<QString, QList<qint64>>();
    CallLedger meteredOnly;
    meteredOnly.setCounts(QStringLiteral("2026-12"), QStringLiteral("acc"), {}, 3);
    Account minimal;
    minimal.id = QStringLiteral("only-id");
    minimal.platform = Platform::DingTalk;
    QTest::newRow("metered only, minimal account")
        << QList<Account>{minimal} << meteredOnly
        << QHash<QString, QList<qint64>>{
               {QStringLiteral("k"), {std::numeric_limits<qint64>::max()}}};
}

void tst_WatchListDatabase::accountsLedgerAndSamplesRoundTrip()
{
    QFETCH(QList<Account>, accounts);
    QFETCH(CallLedger, ledger);
    using Samples = QHash<QString, QList<qint64>>;
    QFETCH(Samples, samples);
    const QString path = freshPath();
    {
        WatchListDatabase database;
        database.open(path);
        WatchListBatch first = WatchListFixture::batchOf(WatchListFixture::rich());
        write(database, first); // replaced below, whole
        WatchListBatch batch;
        batch.accounts = accounts;
        batch.ledger = ledger;
        batch.durationSamples = samples;
        write(database, batch);
    }
    WatchListDatabase database;
    database.open(path);
    const StoredWatchList loaded = database.load();
    QCOMPARE(loaded.accounts, accounts);
    QCOMPARE(loaded.ledger, ledger);
    QCOMPARE(loaded.durationSamples, samples);
}

void tst_WatchListDatabase::subtaskRowsKeepEveryValueInOrder()
{
    const WatchListFixture::Contents rich = WatchListFixture::rich();
    const QString path = freshPath();
    {
        WatchListDatabase database;
        database.open(path);
        write(database, WatchListFixture::batchOf(rich));
    }
    WatchListDatabase database;
    database.open(path);
    QVERIFY(!rich.subtasks.isEmpty());
    for (auto it = rich.subtasks.cbegin(); it != rich.subtasks.cend(); ++it) {
        const QList<SubtaskRow> rows = subtasksOf(database, it.key());
        QCOMPARE(rows.size(), it->size());
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const SubtaskRow &expected = it->at(i);
            const SubtaskRow &actual = rows.at(i);
            QCOMPARE(actual.fields.size(), expected.fields.size());
            for (qsizetype f = 0; f < expected.fields.size(); ++f) {
                QCOMPARE(actual.fields.at(f).first, expected.fields.at(f).first);
                QCOMPARE(actual.fields.at(f).second.metaType(),
                         expected.fields.at(f).second.metaType());
                QCOMPARE(actual.fields.at(f).second, expected.fields.at(f).second);
            }
            QCOMPARE(actual, expected);
        }
    }
    QVERIFY(subtasksOf(database, QStringLiteral("no such task")).isEmpty());
}

void tst_WatchListDatabase::reportsAndRawBodiesRoundTrip()
{
    const WatchListFixture::Contents rich = WatchListFixture::rich();
    const QString path = freshPath();
    {
        WatchListDatabase database;
        database.open(path);
        write(database, WatchListFixture::batchOf(rich));
    }
    WatchListDatabase database;
    database.open(path);
    QVERIFY(!rich.reports.isEmpty());
    QVERIFY(rich.rawBodies.size() >= 2);
    for (auto it = rich.reports.cbegin(); it != rich.reports.cend(); ++it) {
        QCOMPARE(
            readBack<QList<ReportSubmission>>(database, &WatchListDatabase::loadReports, it.key()),
            it.value());
    }
    for (auto it = rich.rawBodies.cbegin(); it != rich.rawBodies.cend(); ++it) {
        QCOMPARE(readBack<QByteArray>(database, &WatchListDatabase::loadRawBody, it.key()),
                 it.value());
    }
}

void tst_WatchListDatabase::missingTextStaysApartFromEmptyText()
{
    const QString path = freshPath();
    WatchListDatabase database;
    database.open(path);
    WatchedTask sent = plainTask(QStringLiteral("sent-empty"));
    sent.snapshot = TaskSnapshot();
    sent.snapshot->rawStatus = QStringLiteral("");
    WatchedTask none = plainTask(QStringLiteral("none-sent"));
    none.snapshot = TaskSnapshot();
    none.snapshot->rawStatus = QString();
    WatchListBatch batch;
    batch.upserts = {sent, none};
    write(database, batch);

    WatchListDatabase reopened;
    reopened.open(path);
    const StoredWatchList loaded = reopened.load();
    QCOMPARE(loaded.tasks.size(), 2);
    QVERIFY(!loaded.tasks.at(0).snapshot->rawStatus.isNull());
    QVERIFY(loaded.tasks.at(0).snapshot->rawStatus.isEmpty());
    QVERIFY(loaded.tasks.at(1).snapshot->rawStatus.isNull());
}

void tst_WatchListDatabase::changedListWritesOnlyWhatDiffers_data()
{
    QTest::addColumn<int>("before");
    QTest::addColumn<QList<SubtaskRow>>("after");
    QTest::addColumn<qint64>("expectedWrites");
    QTest::newRow("grown by 10") << 1000 << numberedRows(1010) << qint64(10);
    QTest::newRow("one changed") << 1000 << numberedRows(1000, 500) << qint64(1);
    QTest::newRow("shrunk") << 1000 << numberedRows(990) << qint64(0);
    QTest::newRow("unchanged") << 1000 << numberedRows(1000) << qint64(0);
    QTest::newRow("emptied") << 1000 << QList<SubtaskRow>() << qint64(0);
    QTest::newRow("from nothing") << 0 << numberedRows(25) << qint64(25);
}

void tst_WatchListDatabase::changedListWritesOnlyWhatDiffers()
{
    QFETCH(int, before);
    QFETCH(QList<SubtaskRow>, after);
    QFETCH(qint64, expectedWrites);
    const QString path = freshPath();
    const WatchedTask task = plainTask(QStringLiteral("big"));
    const QString key = task.ref.key();
    WatchListBatch first;
    first.upserts = {task};
    first.subtasks.insert(key, numberedRows(before));
    {
        WatchListDatabase database;
        database.open(path);
        write(database, first);
    }
    // Both in the same run and after a restart (when the store learns what is stored first).
    for (const bool restarted : {false, true}) {
        WatchListDatabase database;
        database.open(path);
        if (!restarted)
            write(database, first);
        SqlProbe probe(path);
        QVERIFY(probe.countWrites(QStringLiteral("subtask_rows")));
        WatchListBatch batch;
        batch.subtasks.insert(key, after);
        write(database, batch);
        QCOMPARE(probe.writes(QStringLiteral("subtask_rows")), expectedWrites);
        QCOMPARE(probe.count(QStringLiteral("subtask_rows")), after.size());
        QCOMPARE(subtasksOf(database, key), after);
        probe.exec(QStringLiteral("DROP TRIGGER subtask_rows_counted"));
        probe.exec(QStringLiteral("DROP TABLE subtask_rows_writes"));
        write(database, first);
    }
}

// The detail pane compares a refreshed sheet with the one shown by these digests alone.
void tst_WatchListDatabase::sheetDigestsFollowTheRows()
{
    WatchListDatabase database;
    database.open(freshPath());
    const WatchedTask task = plainTask(QStringLiteral("digests"));
    const QString key = task.ref.key();
    WatchListBatch batch;
    batch.upserts = {task};
    batch.subtasks.insert(key, numberedRows(100));
    write(database, batch);
    const SubtaskSheet before =
        readBack<SubtaskSheet>(database, &WatchListDatabase::loadSubtaskSheet, key);
    WatchListBatch changed;
    changed.subtasks.insert(key, numberedRows(100, 40));
    write(database, changed);
    const SubtaskSheet after =
        readBack<SubtaskSheet>(database, &WatchListDatabase::loadSubtaskSheet, key);

    QCOMPARE(before.rows, numberedRows(100));
    QCOMPARE(after.rows, numberedRows(100, 40));
    QCOMPARE(before.rowDigests.size(), 100);
    QCOMPARE(after.rowDigests.size(), 100);
    for (int i = 0; i < 100; ++i) {
        QCOMPARE(after.rowDigests.at(i) == before.rowDigests.at(i), i != 40);
        if (i > 0)
            QVERIFY(before.rowDigests.at(i) != before.rowDigests.at(i - 1));
    }
}

void tst_WatchListDatabase::unchangedHistoryIsNotRewritten()
{
    const QString path = freshPath();
    WatchListDatabase database;
    database.open(path);
    WatchedTask task = plainTask(QStringLiteral("h"));
    HistorySample sample;
    sample.atMs = 1000;
    sample.progress = 10;
    task.history.append(sample);
    WatchListBatch batch;
    batch.upserts = {task};
    write(database, batch);
    SqlProbe probe(path);
    QVERIFY(probe.countWrites(QStringLiteral("history")));
    task.ref.label = QStringLiteral("renamed");
    batch.upserts = {task};
    write(database, batch);
    QCOMPARE(probe.writes(QStringLiteral("history")), 0);
    sample.atMs = 5000;
    sample.progress = 50;
    task.history.append(sample);
    batch.upserts = {task};
    write(database, batch);
    QCOMPARE(probe.writes(QStringLiteral("history")), 1);
    QCOMPARE(database.load().tasks.value(0).history, task.history);
}

void tst_WatchListDatabase::removalCascades()
{
    const WatchListFixture::Contents rich = WatchListFixture::rich();
    const QString path = freshPath();
    WatchListDatabase database;
    database.open(path);
    write(database, WatchListFixture::batchOf(rich));
    SqlProbe probe(path);
    const QStringList children{QStringLiteral("subtask_rows"), QStringLiteral("report_submissions"),
                               QStringLiteral("raw_bodies"), QStringLiteral("history")};
    for (const QString &table : children)
        QVERIFY2(probe.count(table) > 0, qPrintable(table));

    WatchListBatch removal;
    for (const WatchedTask &task : rich.list.tasks)
        removal.removals << task.ref.key();
    write(database, removal);
    QCOMPARE(probe.count(QStringLiteral("tasks")), 0);
    for (const QString &table : children)
        QCOMPARE(probe.count(table), 0);
    QVERIFY(database.load().tasks.isEmpty());
    QCOMPARE(database.load().accounts, rich.list.accounts);
    QVERIFY(subtasksOf(database, rich.subtasks.cbegin().key()).isEmpty());

    // A task added again starts from nothing: no rows of the removed one come back.
    WatchListBatch again;
    again.upserts = {rich.list.tasks.first()};
    write(database, again);
    QVERIFY(subtasksOf(database, rich.list.tasks.first().ref.key()).isEmpty());
}

void tst_WatchListDatabase::removalWinsOverAnUpsertInTheSameBatch()
{
    WatchListDatabase database;
    database.open(freshPath());
    const WatchedTask task = plainTask(QStringLiteral("gone"));
    WatchListBatch batch;
    batch.upserts = {task, plainTask(QStringLiteral("kept"))};
    batch.subtasks.insert(task.ref.key(), numberedRows(3));
    batch.removals = {task.ref.key()};
    write(database, batch);
    const StoredWatchList loaded = database.load();
    QCOMPARE(loaded.tasks.size(), 1);
    QCOMPARE(loaded.tasks.first().ref.taskId, QStringLiteral("kept"));
}

void tst_WatchListDatabase::restartShowsEveryTaskWithItsLastSnapshot()
{
    const WatchListFixture::Contents list = WatchListFixture::realistic(300);
    const QString path = freshPath();
    QList<WatchedTask> expected = list.list.tasks;
    {
        WatchListDatabase database;
        database.open(path);
        write(database, WatchListFixture::batchOf(list));
        // A refresh later: every third task has moved on.
        WatchListBatch refresh;
        for (qsizetype i = 0; i < expected.size(); i += 3) {
            WatchedTask &task = expected[i];
            task.snapshot->state = TaskState::Succeeded;
            task.snapshot->progress = 100.0;
            task.lastCheckedAt = task.lastCheckedAt.addSecs(60);
            ++task.callsSpent;
            refresh.upserts.append(task);
        }
        database.submit(refresh);
        // No waitForWrites: the destructor finishes what was submitted.
    }
    WatchListDatabase database;
    QCOMPARE(database.open(path).status, DatabaseOpenResult::Status::Opened);
    const StoredWatchList loaded = database.load();
    QCOMPARE(loaded.tasks.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        QCOMPARE(loaded.tasks.at(i), expected.at(i));
    QCOMPARE(loaded.accounts, list.list.accounts);
}

void tst_WatchListDatabase::newTasksKeepTheOrderTheyWereAdded()
{
    WatchListDatabase database;
    database.open(freshPath());
    QStringList ids{QStringLiteral("z"), QStringLiteral("a"), QStringLiteral("m")};
    for (const QString &id : ids) {
        WatchListBatch batch;
        batch.upserts = {plainTask(id)};
        write(database, batch);
    }
    WatchListBatch update; // changing the first one does not move it
    WatchedTask first = plainTask(QStringLiteral("z"));
    first.ref.label = QStringLiteral("first");
    update.upserts = {plainTask(QStringLiteral("m")), first};
    write(database, update);
    QStringList loaded;
    for (const WatchedTask &task : database.load().tasks)
        loaded << task.ref.taskId;
    QCOMPARE(loaded, ids);
}

void tst_WatchListDatabase::committedCountsBatches()
{
    WatchListDatabase database;
    database.open(freshPath());
    QSignalSpy committed(&database, &WatchListDatabase::committed);
    QSignalSpy failed(&database, &WatchListDatabase::writeFailed);
    database.submit(WatchListBatch()); // nothing to write: not a batch
    for (int i = 0; i < 3; ++i) {
        WatchListBatch batch;
        batch.upserts = {plainTask(QString::number(i))};
        database.submit(batch);
    }
    database.waitForWrites();
    QTRY_COMPARE(committed.count(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(committed.at(i).at(0).toLongLong(), qint64(i + 1));
    QCOMPARE(failed.count(), 0);
}

void tst_WatchListDatabase::failedWriteIsKeptAndRetriedWithTheNext()
{
    const QString path = freshPath();
    WatchListDatabase database;
    database.open(path);
    QSignalSpy committed(&database, &WatchListDatabase::committed);
    QSignalSpy failed(&database, &WatchListDatabase::writeFailed);
    SqlProbe probe(path);
    // As a full disk would: every write of the batch refused.
    QVERIFY(probe.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON raw_bodies BEGIN "
                                      "SELECT RAISE(ABORT, 'disk full'); END")));
    const WatchedTask task = plainTask(QStringLiteral("body"));
    WatchListBatch first;
    first.upserts = {task};
    first.rawBodies.insert(task.ref.key(), QByteArrayLiteral("{\"code\":0}"));
    write(database, first);
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("disk full")),
             qPrintable(failed.first().first().toString()));
    QCOMPARE(committed.count(), 0);
    QVERIFY(database.load().tasks.isEmpty()); // nothing of the batch: one transaction

    QVERIFY(probe.exec(QStringLiteral("DROP TRIGGER refuse")));
    WatchListBatch second;
    second.upserts = {plainTask(QStringLiteral("later"))};
    write(database, second);
    QTRY_COMPARE(committed.count(), 2);
    QCOMPARE(committed.at(0).at(0).toLongLong(), 1);
    QCOMPARE(committed.at(1).at(0).toLongLong(), 2);
    QCOMPARE(database.load().tasks.size(), 2);
    QCOMPARE(readBack<QByteArray>(database, &WatchListDatabase::loadRawBody, task.ref.key()),
             QByteArrayLiteral("{\"code\":0}"));
}

void tst_WatchListDatabase::readsSkipAContextThatIsGone()
{
    WatchListDatabase database;
    database.open(freshPath());
    const WatchedTask task = plainTask(QStringLiteral("t"));
    WatchListBatch batch;
    batch.upserts = {task};
    batch.subtasks.insert(task.ref.key(), numberedRows(5));
    write(database, batch);

    bool delivered = false;
    auto *context = new QObject;
    database.loadSubtasks(task.ref.key(), context,
                          [&delivered](const QList<SubtaskRow> &) { delivered = true; });
    delete context;
    // A read queued after it answers later, so the first one had its chance.
    QList<SubtaskRow> rows = subtasksOf(database, task.ref.key());
    QCOMPARE(rows.size(), 5);
    QCoreApplication::processEvents();
    QVERIFY(!delivered);
}

void tst_WatchListDatabase::inMemoryListWorks()
{
    WatchListDatabase database;
    const DatabaseOpenResult result = database.openInMemory();
    QCOMPARE(result.status, DatabaseOpenResult::Status::Created);
    QVERIFY(database.canSave());
    const WatchListFixture::Contents rich = WatchListFixture::rich();
    write(database, WatchListFixture::batchOf(rich));
    const StoredWatchList loaded = database.load();
    QCOMPARE(loaded.tasks, rich.list.tasks);
    QCOMPARE(loaded.accounts, rich.list.accounts);
    const auto rows = rich.subtasks.cbegin();
    QCOMPARE(subtasksOf(database, rows.key()), rows.value());

    WatchListDatabase other; // a second in-memory list is a list of its own
    other.openInMemory();
    QVERIFY(other.load().tasks.isEmpty());
}

QTEST_GUILESS_MAIN(tst_WatchListDatabase)
#include "tst_watchlistdatabase.moc"
