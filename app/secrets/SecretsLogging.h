#pragma once

#include <QLoggingCategory>

// Where secrets are kept (keychain, owner-only file, session only); never a secret itself.
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
