#pragma once

#include <QLoggingCategory>

// The window's log category: exports, the log folder, what the user was told.
Q_DECLARE_LOGGING_CATEGORY(lcUi)
