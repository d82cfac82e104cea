#include "CliConsole.h"

#include <QSaveFile>

#include <cstdio>
#include <unistd.h>

bool CliConsole::stdoutIsTerminal()
{
    return isatty(fileno(stdout)) != 0;
}

bool CliConsole::stderrIsTerminal()
{
    return isatty(fileno(stderr)) != 0;
}

void CliConsole::writeStderr(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
    std::fflush(stderr);
}

void CliConsole::error(const QString &line)
{
    clearProgress();
    writeStderr(
        m_scrubber.scrub(QStringLiteral("taskmonitor-cli: ") + line + QLatin1Char('\n')).toUtf8());
}

void CliConsole::progress(const QString &line)
{
    if (!stderrIsTerminal())
        return;
    m_progressShown = true;
    writeStderr("\r\x1b[K" + m_scrubber.scrub(line).toUtf8());
}

void CliConsole::clearProgress()
{
    if (!m_progressShown)
        return;
    m_progressShown = false;
    writeStderr("\r\x1b[K");
}

bool CliConsole::writeResult(const QByteArray &bytes, const QString &filePath, QString *problem)
{
    clearProgress();
    const QByteArray clean = m_scrubber.scrub(bytes);
    if (filePath.isEmpty()) {
        const size_t written =
            std::fwrite(clean.constData(), 1, static_cast<size_t>(clean.size()), stdout);
        if (std::fflush(stdout) != 0 || written != static_cast<size_t>(clean.size())) {
            *problem = tr("cannot write to stdout");
            return false;
        }
        return true;
    }
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(clean) != clean.size() || !file.commit()) {
        *problem = tr("cannot write %1: %2").arg(filePath, file.errorString());
        return false;
    }
    return true;
}
