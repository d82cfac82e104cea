#include "app/cli/CliLogOutput.h"

#include "app/cli/SecretScrubber.h"
#include "models/paste/LogLevelName.h"
#include "models/paste/LogRedactor.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>

#include <cstdio>

namespace {

// The message handler is a plain function: the state it needs lives here, behind a lock,
// because the store's thread logs too.
QMutex &lock()
{
    static QMutex mutex;
    return mutex;
}

SecretScrubber &scrubber()
{
    static SecretScrubber instance;
    return instance;
}

void writeToStderr(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    QMutexLocker locker(&lock());
    const QString line =
        QStringLiteral("taskmonitor-cli: %1 %2: %3\n")
            .arg(QLatin1String(context.category ? context.category : "default"),
                 QLatin1String(logLevelName(type)), scrubber().scrub(LogRedactor::text(message)));
    const QByteArray bytes = line.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
    std::fflush(stderr);
}

} // namespace

void CliLogOutput::install(bool verbose)
{
    QLoggingCategory::setFilterRules(verbose ? QStringLiteral("taskmonitor.*=true")
                                             : QStringLiteral("taskmonitor.*=false"));
    qInstallMessageHandler(writeToStderr);
}

void CliLogOutput::addSecret(const QString &secret)
{
    QMutexLocker locker(&lock());
    scrubber().addSecret(secret);
}
