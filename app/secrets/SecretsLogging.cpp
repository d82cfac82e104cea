#include "app/secrets/SecretsLogging.h"

Q_LOGGING_CATEGORY(lcSecrets, "taskmonitor.secrets", QtInfoMsg)
