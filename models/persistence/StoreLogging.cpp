#include "models/persistence/StoreLogging.h"

Q_LOGGING_CATEGORY(lcStore, "taskmonitor.store", QtInfoMsg)
