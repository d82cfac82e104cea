#pragma once

#include <QLoggingCategory>

// The engine's log category: start, accounts and tasks added or removed, store problems.
Q_DECLARE_LOGGING_CATEGORY(lcEngine)
