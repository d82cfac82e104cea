#include "app/cli/CliLogging.h"

Q_LOGGING_CATEGORY(lcCli, "taskmonitor.cli", QtInfoMsg)
