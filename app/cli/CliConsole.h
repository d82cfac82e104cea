#pragma once

#include "SecretScrubber.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Every byte the CLI prints or writes goes through here, scrubbed of known secrets: the result
// to stdout or --output, messages to stderr, and the one updating progress line on a terminal.
class CliConsole final
{
    Q_DECLARE_TR_FUNCTIONS(CliConsole)

public:
    static bool stdoutIsTerminal();
    static bool stderrIsTerminal();

    SecretScrubber &scrubber() { return m_scrubber; }

    // One message line on stderr, prefixed with the program name.
    void error(const QString &line);
    // Replaces the progress line; shown only when stderr is a terminal.
    void progress(const QString &line);
    void clearProgress();

    // The command's result to `filePath` (atomically) or, when empty, to stdout. On failure,
    // `problem` says why.
    bool writeResult(const QByteArray &bytes, const QString &filePath, QString *problem);

private:
    void writeStderr(const QByteArray &bytes);

    SecretScrubber m_scrubber;
    bool m_progressShown = false;
};
