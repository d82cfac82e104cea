#pragma once

#include <QLoggingCategory>

// taskmonitor-cli's log category: what the command resolved and decided (--verbose).
Q_DECLARE_LOGGING_CATEGORY(lcCli)
