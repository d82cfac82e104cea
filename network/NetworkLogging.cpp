#include "network/NetworkLogging.h"

Q_LOGGING_CATEGORY(lcNetwork, "taskmonitor.network", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "taskmonitor.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcScheduler, "taskmonitor.scheduler", QtInfoMsg)
