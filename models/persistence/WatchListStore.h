#pragma once

#include "models/domain/Clock.h"
#include "models/persistence/WatchListData.h"
#include "models/persistence/WatchListLoadResult.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

// Keeps the watch list in a versioned JSON file, so that a crash, a restart or a laptop that
// slept loses nothing: atomic saves a moment after each change and on quit, the previous good
// file kept as a backup, and a damaged file moved aside and reported, never emptied.
class WatchListStore final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultDebounceMs = 2000;

    explicit WatchListStore(QObject *parent = nullptr);
    explicit WatchListStore(const QString &filePath, QObject *parent = nullptr);
    ~WatchListStore() override;

    // AppDataLocation/watchlist.json
    static QString defaultFilePath();
    QString filePath() const { return m_filePath; }
    QString backupFilePath() const { return m_filePath + QStringLiteral(".bak"); }

    // Where the data to save comes from; called once per save.
    void setSource(std::function<WatchListData()> source);
    void setDebounceInterval(int milliseconds);
    int debounceInterval() const { return m_timer.interval(); }
    // Time for "saved_at" and the names of set-aside files. Not owned; nullptr means the
    // system clock.
    void setClock(const Clock *clock);

    // Reads the file; must come before any save, and drops a save still pending. A damaged
    // file is moved aside and the backup tried; a file from a newer version is left alone and
    // saving stays off (see the result).
    WatchListLoadResult load();

    // Saving is off until load(), and after a load that found a file it must not overwrite.
    bool canSave() const { return m_mode == Mode::Writable; }
    bool isDirty() const { return m_dirty; }
    bool isSaveScheduled() const { return m_timer.isActive(); }

    // After a NewerVersion or Blocked load: moves that file aside (never deleting it) so that
    // this version can save a new list. Returns the new path, or empty with *errorMessage set.
    QString moveBlockingFileAside(QString *errorMessage = nullptr);

public slots:
    // Something to save changed: saves at most debounceInterval() later. The timer is not
    // restarted by further changes, so a busy list is still saved every interval.
    void markDirty();
    // Saves at once (on quit, or when the user asks); a list with unsaved changes is also saved
    // on QCoreApplication::aboutToQuit. A failure is reported by saveFailed() and leaves the
    // previous file as it was; the next change tries again.
    bool saveNow();

signals:
    void loadProblem(const QString &message);
    void saved(const QString &filePath);
    void saveFailed(const QString &message);

private:
    enum class Mode {
        NotLoaded,
        Writable,
        ReadOnly,
    };

    WatchListLoadResult readFiles();
    void recoverFromBackup(WatchListLoadResult &result, const QString &whatHappened);
    bool writeFile(const QByteArray &bytes, QString *error);
    QString moveAside(const QString &path, const QString &label, QString *error) const;
    QDateTime now() const;

    QString m_filePath;
    std::function<WatchListData()> m_source;
    QTimer m_timer;
    SystemClock m_systemClock;
    const Clock *m_clock = &m_systemClock;
    Mode m_mode = Mode::NotLoaded;
    QString m_readOnlyReason; // translated, repeated when a save is refused
    bool m_dirty = false;
};
