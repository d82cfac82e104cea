#pragma once

#include <QLoggingCategory>

// The network layer's log categories: requests and answers, tokens, scheduling decisions.
Q_DECLARE_LOGGING_CATEGORY(lcNetwork)
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
Q_DECLARE_LOGGING_CATEGORY(lcScheduler)
