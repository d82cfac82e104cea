#include "app/engine/EngineLogging.h"

Q_LOGGING_CATEGORY(lcEngine, "taskmonitor.engine", QtInfoMsg)
