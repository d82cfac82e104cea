#include "models/persistence/WatchListDatabase.h"

#include "models/domain/OffThreadRelease.h"
#include "models/persistence/WatchListDatabaseFile.h"
#include "models/persistence/WatchListDatabaseWorker.h"
#include "models/persistence/WatchListReader.h"

#include <QPointer>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QThread>

WatchListDatabase::WatchListDatabase(QObject *parent)
    : QObject(parent)
{}

WatchListDatabase::~WatchListDatabase()
{
    close();
}

QString WatchListDatabase::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/watchlist.sqlite");
}

DatabaseOpenResult WatchListDatabase::open(const QString &path)
{
    close();
    m_connectionName = WatchListDatabaseFile::uniqueConnectionName(QStringLiteral("reader"));
    m_result = WatchListDatabaseFile::open(path, m_connectionName);
    if (m_result.canSave())
        startWorker(path, WatchListDatabaseFile::fileConnectOptions(false), false);
    return m_result;
}

DatabaseOpenResult WatchListDatabase::openInMemory()
{
    close();
    m_connectionName = WatchListDatabaseFile::uniqueConnectionName(QStringLiteral("reader"));
    // Shared cache, so that the store's thread sees the same tables under its own connection;
    // the list lives as long as the reader's connection.
    const QString uri = QStringLiteral("file:%1?mode=memory&cache=shared").arg(m_connectionName);
    m_result = WatchListDatabaseFile::openInMemory(uri, m_connectionName);
    if (m_result.canSave())
        startWorker(uri, WatchListDatabaseFile::memoryConnectOptions(), false);
    return m_result;
}

DatabaseOpenResult WatchListDatabase::openForReading(const QString &path)
{
    close();
    m_connectionName = WatchListDatabaseFile::uniqueConnectionName(QStringLiteral("reader"));
    m_result = WatchListDatabaseFile::openForReading(path, m_connectionName);
    m_readOnly = true;
    if (m_result.status == DatabaseOpenResult::Status::Opened) {
        const WatchListDatabaseFile::ReadingTarget target =
            WatchListDatabaseFile::readingTarget(path);
        startWorker(target.databaseName, target.connectOptions, true);
    }
    return m_result;
}

bool WatchListDatabase::canSave() const
{
    return m_result.canSave() && !m_readOnly && m_worker;
}

QString WatchListDatabase::path() const
{
    return m_result.path;
}

StoredWatchList WatchListDatabase::load()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen())
        return {};
    return WatchListReader::readAll(db);
}

void WatchListDatabase::submit(WatchListBatch batch)
{
    if (!canSave() || batch.isEmpty())
        return;
    const qint64 sequence = ++m_lastSequence;
    WatchListDatabaseWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker, sequence, batch = std::move(batch)]() mutable {
            worker->apply(sequence, std::move(batch));
        },
        Qt::QueuedConnection);
}

void WatchListDatabase::waitForWrites()
{
    if (m_worker)
        QMetaObject::invokeMethod(
            m_worker, [] {}, Qt::BlockingQueuedConnection);
}

template <typename Result>
void WatchListDatabase::readOnStoreThread(QObject *context,
                                          std::function<Result(WatchListDatabaseWorker &)> read,
                                          std::function<void(Result)> done)
{
    const QPointer<QObject> guard(context);
    const auto deliver = [this, guard, done = std::move(done)](Result result) {
        QMetaObject::invokeMethod(
            this,
            [guard, done, result = std::move(result)]() mutable {
                if (guard)
                    done(result);
                // What the receiver did not keep is freed off this thread: the 100,000 rows of
                // a refreshed sheet took 150 ms of the window's thread to free.
                OffThreadRelease::release(std::move(result));
            },
            Qt::QueuedConnection);
    };
    if (!m_worker) {
        deliver(Result());
        return;
    }
    WatchListDatabaseWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, read = std::move(read), deliver] { deliver(read(*worker)); },
        Qt::QueuedConnection);
}

void WatchListDatabase::loadSubtasks(const QString &taskKey, QObject *context,
                                     std::function<void(QList<SubtaskRow>)> done)
{
    readOnStoreThread<QList<SubtaskRow>>(
        context,
        [taskKey](WatchListDatabaseWorker &worker) { return worker.readSubtasks(taskKey); },
        std::move(done));
}

void WatchListDatabase::loadSubtaskSheet(const QString &taskKey, QObject *context,
                                         std::function<void(SubtaskSheet)> done)
{
    readOnStoreThread<SubtaskSheet>(
        context,
        [taskKey](WatchListDatabaseWorker &worker) {
            QList<qint64> digests;
            SubtaskSheet sheet = SubtaskSheet::of(worker.readSubtasks(taskKey, &digests));
            sheet.rowDigests = std::move(digests);
            return sheet;
        },
        std::move(done));
}

void WatchListDatabase::loadReports(const QString &taskKey, QObject *context,
                                    std::function<void(QList<ReportSubmission>)> done)
{
    readOnStoreThread<QList<ReportSubmission>>(
        context, [taskKey](WatchListDatabaseWorker &worker) { return worker.readReports(taskKey); },
        std::move(done));
}

void WatchListDatabase::loadReportRules(const QString &accountId, QObject *context,
                                        std::function<void(QList<ReportRule>)> done)
{
    readOnStoreThread<QList<ReportRule>>(
        context,
        [accountId](WatchListDatabaseWorker &worker) { return worker.readReportRules(accountId); },
        std::move(done));
}

void WatchListDatabase::loadRawBody(const QString &taskKey, QObject *context,
                                    std::function<void(QByteArray)> done)
{
    readOnStoreThread<QByteArray>(
        context, [taskKey](WatchListDatabaseWorker &worker) { return worker.readRawBody(taskKey); },
        std::move(done));
}

void WatchListDatabase::startWorker(const QString &databaseName, const QString &connectOptions,
                                    bool readOnly)
{
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("WatchListDatabase"));
    m_worker = new WatchListDatabaseWorker({databaseName, connectOptions, readOnly});
    m_worker->moveToThread(m_thread);
    // Queued: signals reach this object's thread, never a receiver on the store's thread.
    connect(m_worker, &WatchListDatabaseWorker::committed, this, &WatchListDatabase::committed,
            Qt::QueuedConnection);
    connect(m_worker, &WatchListDatabaseWorker::writeFailed, this, &WatchListDatabase::writeFailed,
            Qt::QueuedConnection);
    m_thread->start();
    WatchListDatabaseWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->openConnection(); }, Qt::QueuedConnection);
}

void WatchListDatabase::close()
{
    if (m_worker) {
        WatchListDatabaseWorker *worker = m_worker;
        // After every batch already queued: they are written before the connection closes.
        QMetaObject::invokeMethod(
            worker, [worker] { worker->closeConnection(); }, Qt::BlockingQueuedConnection);
        m_thread->quit();
        m_thread->wait();
        delete m_worker;
        delete m_thread;
        m_worker = nullptr;
        m_thread = nullptr;
    }
    if (!m_connectionName.isEmpty()) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
        m_connectionName.clear();
    }
    m_result = DatabaseOpenResult();
    m_readOnly = false;
    m_lastSequence = 0;
}
