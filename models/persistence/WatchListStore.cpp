#include "models/persistence/WatchListStore.h"

#include "models/persistence/WatchListJson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QStandardPaths>

namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Returns false with a translated reason in *problem when the file cannot be read.
bool readBytes(const QString &path, QByteArray *bytes, QString *problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = WatchListStore::tr("it could not be opened: %1").arg(file.errorString());
        return false;
    }
    *bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        *problem = WatchListStore::tr("it could not be read: %1").arg(file.errorString());
        return false;
    }
    return true;
}

} // namespace

WatchListStore::WatchListStore(QObject *parent)
    : WatchListStore(defaultFilePath(), parent)
{}

WatchListStore::WatchListStore(const QString &filePath, QObject *parent)
    : QObject(parent)
    , m_filePath(filePath)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDefaultDebounceMs);
    connect(&m_timer, &QTimer::timeout, this, &WatchListStore::saveNow);
    if (const auto *app = QCoreApplication::instance()) {
        connect(app, &QCoreApplication::aboutToQuit, this, [this] {
            if (m_dirty)
                saveNow();
        });
    }
}

WatchListStore::~WatchListStore() = default;

QString WatchListStore::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/watchlist.json");
}

void WatchListStore::setSource(std::function<WatchListData()> source)
{
    m_source = std::move(source);
}

void WatchListStore::setDebounceInterval(int milliseconds)
{
    m_timer.setInterval(qMax(0, milliseconds));
}

void WatchListStore::setClock(const Clock *clock)
{
    m_clock = clock ? clock : &m_systemClock;
}

WatchListLoadResult WatchListStore::load()
{
    m_timer.stop();
    m_dirty = false;
    WatchListLoadResult result = readFiles();
    m_mode = result.canSave() ? Mode::Writable : Mode::ReadOnly;
    m_readOnlyReason = result.canSave() ? QString() : result.message;
    if (!result.message.isEmpty())
        emit loadProblem(result.message);
    return result;
}

WatchListLoadResult WatchListStore::readFiles()
{
    WatchListLoadResult result;
    result.filePath = m_filePath;
    if (!QFileInfo::exists(m_filePath)) {
        // A crash between the two renames of a save leaves only the backup.
        if (QFileInfo::exists(backupFilePath()))
            recoverFromBackup(result,
                              tr("The watch list file %1 was missing.").arg(shown(m_filePath)));
        else
            result.status = WatchListLoadResult::Status::NoFile;
        return result;
    }

    QByteArray bytes;
    if (readBytes(m_filePath, &bytes, &result.problem)) {
        WatchListParseResult parsed = WatchListJson::parse(bytes);
        if (parsed.ok()) {
            result.status = WatchListLoadResult::Status::Loaded;
            result.data = std::move(parsed.data);
            return result;
        }
        result.problem = parsed.problem;
        if (parsed.outcome == WatchListParseResult::Outcome::NewerVersion) {
            // Reading it as version 1 could misread it, and saving would destroy what the
            // newer version wrote; the user can update, or start a new list explicitly.
            result.status = WatchListLoadResult::Status::NewerVersion;
            result.message =
                tr("The watch list in %1 was saved by a newer version of Task Monitor (%2). It "
                   "was left unchanged and nothing was loaded; changes made now will not be "
                   "saved. Update Task Monitor to see the list, or start a new list: the newer "
                   "file will be kept under another name.")
                    .arg(shown(m_filePath), result.problem);
            return result;
        }
    }

    QString moveError;
    result.setAsidePath = moveAside(m_filePath, QStringLiteral("corrupt"), &moveError);
    if (result.setAsidePath.isEmpty()) {
        result.status = WatchListLoadResult::Status::Blocked;
        result.message = tr("The watch list in %1 could not be read (%2) nor moved aside (%3). "
                            "It was left in place and will not be overwritten; changes made now "
                            "will not be saved. Check the file and its folder's permissions, "
                            "then restart Task Monitor.")
                             .arg(shown(m_filePath), result.problem, moveError);
        return result;
    }
    const QString whatHappened =
        tr("The watch list in %1 could not be read (%2). It was moved "
           "to %3, so nothing in it is lost.")
            .arg(shown(m_filePath), result.problem, shown(result.setAsidePath));
    if (QFileInfo::exists(backupFilePath())) {
        recoverFromBackup(result, whatHappened);
        return result;
    }
    result.status = WatchListLoadResult::Status::SetAside;
    result.message = whatHappened + QLatin1Char(' ') +
                     tr("There was no backup, so the list starts empty. Keep the moved file "
                        "for support.");
    return result;
}

void WatchListStore::recoverFromBackup(WatchListLoadResult &result, const QString &whatHappened)
{
    const QString backup = backupFilePath();
    QByteArray bytes;
    QString problem;
    WatchListParseResult parsed;
    if (readBytes(backup, &bytes, &problem)) {
        parsed = WatchListJson::parse(bytes);
        problem = parsed.problem;
    }
    if (parsed.ok()) {
        result.status = WatchListLoadResult::Status::RecoveredFromBackup;
        result.data = std::move(parsed.data);
        result.backupPath = backup;
        const QString savedAt =
            parsed.savedAt.isValid()
                ? QLocale().toString(parsed.savedAt.toLocalTime(), QLocale::ShortFormat)
                : tr("an unknown time");
        result.message = whatHappened + QLatin1Char(' ') +
                         tr("The list was restored from the backup %1, saved at %2; changes "
                            "made after that are missing.")
                             .arg(shown(backup), savedAt);
        return;
    }

    // Moved aside too: the next saves would otherwise replace the backup.
    if (result.problem.isEmpty())
        result.problem = problem;
    QString moveError;
    result.backupSetAsidePath = moveAside(backup, QStringLiteral("backup-corrupt"), &moveError);
    result.status = WatchListLoadResult::Status::SetAside;
    const QString backupFate =
        result.backupSetAsidePath.isEmpty()
            ? tr("The backup %1 could not be read either (%2).").arg(shown(backup), problem)
            : tr("The backup %1 could not be read either (%2); it was moved to %3.")
                  .arg(shown(backup), problem, shown(result.backupSetAsidePath));
    result.message = whatHappened + QLatin1Char(' ') + backupFate + QLatin1Char(' ') +
                     tr("The list starts empty.");
}

void WatchListStore::markDirty()
{
    m_dirty = true;
    if (m_mode == Mode::Writable && !m_timer.isActive())
        m_timer.start();
}

bool WatchListStore::saveNow()
{
    m_timer.stop();
    if (m_mode != Mode::Writable) {
        emit saveFailed(m_mode == Mode::NotLoaded
                            ? tr("The watch list was not saved to %1: it was not loaded first, "
                                 "and saving could have replaced it.")
                                  .arg(shown(m_filePath))
                            : m_readOnlyReason);
        return false;
    }
    if (!m_source) {
        qWarning("WatchListStore: saveNow() without a source");
        return false;
    }
    // Cleared before asking the source, so that a change made meanwhile is not forgotten.
    m_dirty = false;
    QString error;
    if (!writeFile(WatchListJson::serialize(m_source(), now()), &error)) {
        m_dirty = true;
        emit saveFailed(QFileInfo::exists(m_filePath)
                            ? tr("Could not save the watch list to %1: %2. The previous file was "
                                 "left unchanged; saving will be tried again at the next change.")
                                  .arg(shown(m_filePath), error)
                            : tr("Could not save the watch list to %1: %2. Saving will be tried "
                                 "again at the next change.")
                                  .arg(shown(m_filePath), error));
        return false;
    }
    emit saved(m_filePath);
    return true;
}

bool WatchListStore::writeFile(const QByteArray &bytes, QString *error)
{
    const QFileInfo info(m_filePath);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = tr("the folder %1 could not be created").arg(shown(info.absolutePath()));
        return false;
    }
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    // Everything is written out before the previous file is touched.
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        *error = file.errorString();
        file.cancelWriting();
        return false;
    }
    const QString backup = backupFilePath();
    bool keptBackup = false;
    if (QFileInfo::exists(m_filePath)) {
        QFile::remove(backup);
        keptBackup = QFile::rename(m_filePath, backup);
        if (!keptBackup)
            qWarning("WatchListStore: could not keep the previous file as a backup");
    }
    if (!file.commit()) {
        *error = file.errorString();
        if (keptBackup && !QFileInfo::exists(m_filePath))
            QFile::rename(backup, m_filePath);
        return false;
    }
    return true;
}

QString WatchListStore::moveBlockingFileAside(QString *errorMessage)
{
    if (m_mode != Mode::ReadOnly) {
        if (errorMessage)
            *errorMessage = tr("Nothing needs to be moved aside.");
        return {};
    }
    QString error;
    const QString movedTo = moveAside(m_filePath, QStringLiteral("kept"), &error);
    if (movedTo.isEmpty()) {
        if (errorMessage)
            *errorMessage = tr("Could not move %1 aside: %2").arg(shown(m_filePath), error);
        return {};
    }
    m_mode = Mode::Writable;
    m_readOnlyReason.clear();
    if (m_dirty)
        m_timer.start();
    return movedTo;
}

QString WatchListStore::moveAside(const QString &path, const QString &label, QString *error) const
{
    const QFileInfo main(m_filePath);
    const QString suffix = main.suffix().isEmpty() ? QString() : QLatin1Char('.') + main.suffix();
    const QString stem = main.absolutePath() + QLatin1Char('/') + main.completeBaseName() +
                         QLatin1Char('.') + label + QLatin1Char('-') +
                         now().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    for (int attempt = 1; attempt < 1000; ++attempt) {
        const QString target =
            stem + (attempt == 1 ? QString() : QLatin1Char('-') + QString::number(attempt)) +
            suffix;
        if (QFileInfo::exists(target))
            continue;
        // QFile::rename never replaces an existing file, so an earlier one cannot be lost.
        QFile file(path);
        if (file.rename(target))
            return target;
        if (!QFileInfo::exists(target)) {
            *error = file.errorString();
            return {};
        }
    }
    *error = tr("too many files of that name");
    return {};
}

QDateTime WatchListStore::now() const
{
    return QDateTime::fromMSecsSinceEpoch(m_clock->wallMsSinceEpoch(), Qt::UTC);
}
