#include "app/gui/RotatingLogFile.h"

#include "models/paste/LogLevelName.h"
#include "models/paste/LogRedactor.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutexLocker>
#include <QRecursiveMutex>
#include <QStandardPaths>

#include <algorithm>
#include <memory>

namespace {

const QString kFileName = QStringLiteral("taskmonitor.log");

// A message handler is a plain function, so what it writes to lives here; the store's thread
// logs as well, hence the lock.
struct LogSink
{
    QRecursiveMutex mutex; // a warning raised while rotating comes back here
    QString folder;
    qint64 maxBytes = RotatingLogFile::kDefaultMaxBytes;
    int files = RotatingLogFile::kDefaultFiles;
    std::unique_ptr<QFile> file;
    QtMessageHandler previous = nullptr;
};

LogSink &sink()
{
    static LogSink instance;
    return instance;
}

QString rotatedPath(const QString &folder, int index)
{
    const QString base = QDir(folder).filePath(kFileName);
    return index == 0 ? base : base + QLatin1Char('.') + QString::number(index);
}

bool openFile(LogSink &s)
{
    s.file = std::make_unique<QFile>(rotatedPath(s.folder, 0));
    if (!s.file->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
        s.file.reset();
        return false;
    }
    s.file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

void rotate(LogSink &s)
{
    s.file.reset();
    QFile::remove(rotatedPath(s.folder, s.files - 1));
    for (int index = s.files - 2; index >= 0; --index)
        QFile::rename(rotatedPath(s.folder, index), rotatedPath(s.folder, index + 1));
    openFile(s);
}

void writeLine(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    LogSink &s = sink();
    const QString safe = LogRedactor::text(message);
    {
        QMutexLocker locker(&s.mutex);
        if (s.file) {
            const QString line =
                QStringLiteral("%1 %2 %3: %4\n")
                    .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                         QLatin1String(logLevelName(type)),
                         QLatin1String(context.category ? context.category : "default"), safe);
            s.file->write(line.toUtf8());
            s.file->flush();
            if (s.file->size() >= s.maxBytes)
                rotate(s);
        }
    }
    if (s.previous)
        s.previous(type, context, safe);
}

} // namespace

RotatingLogFile::RotatingLogFile(const QString &folder, qint64 maxBytes, int files)
{
    LogSink &s = sink();
    {
        QMutexLocker locker(&s.mutex);
        s.folder = folder;
        s.maxBytes = std::max<qint64>(maxBytes, 1024);
        s.files = std::max(files, 1);
        if (QDir().mkpath(folder))
            openFile(s);
    }
    s.previous = qInstallMessageHandler(writeLine);
}

RotatingLogFile::~RotatingLogFile()
{
    LogSink &s = sink();
    qInstallMessageHandler(s.previous);
    QMutexLocker locker(&s.mutex);
    s.previous = nullptr;
    s.file.reset();
}

QString RotatingLogFile::folder() const
{
    QMutexLocker locker(&sink().mutex);
    return sink().folder;
}

QString RotatingLogFile::filePath() const
{
    return rotatedPath(folder(), 0);
}

bool RotatingLogFile::isOpen() const
{
    QMutexLocker locker(&sink().mutex);
    return sink().file != nullptr;
}

QString RotatingLogFile::defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("logs"));
}
