#pragma once

#include <QLoggingCategory>

// The watch-list store's log category: opening, batches written, rows that could not be read.
Q_DECLARE_LOGGING_CATEGORY(lcStore)
