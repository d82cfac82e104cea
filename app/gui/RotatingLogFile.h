#pragma once

#include <QString>

// The window's log: every enabled taskmonitor.* line (info and above unless QT_LOGGING_RULES
// says otherwise), masked once more, appended to <folder>/taskmonitor.log and flushed at once
// so a crash loses nothing. At maxBytes the file is rotated, keeping `files` files in all
// (taskmonitor.log, taskmonitor.log.1, …). Lines still reach the previous handler (stderr).
// One per process: it installs the Qt message handler and removes it when destroyed.
class RotatingLogFile final
{
public:
    static constexpr qint64 kDefaultMaxBytes = 1024 * 1024;
    static constexpr int kDefaultFiles = 3;

    explicit RotatingLogFile(const QString &folder, qint64 maxBytes = kDefaultMaxBytes,
                             int files = kDefaultFiles);
    ~RotatingLogFile();
    RotatingLogFile(const RotatingLogFile &) = delete;
    RotatingLogFile &operator=(const RotatingLogFile &) = delete;

    QString folder() const;
    QString filePath() const;
    // False when the folder or the file could not be created: lines then go to stderr only.
    bool isOpen() const;

    // The standard place: AppDataLocation/logs.
    static QString defaultFolder();
};
