#pragma once

#include <QtGlobal>

// The word a log line shows for a message's level, the same in the CLI's stderr and the
// window's log file.
constexpr const char *logLevelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "";
}
