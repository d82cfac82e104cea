#pragma once

#include "models/domain/TaskKind.h"

#include <QString>

// An account the add-tasks preview needs and nobody has set up yet: which platform, at which
// base URL (empty means the platform's default host), for how many of the pasted tasks.
struct MissingAccount
{
    Platform platform = Platform::Feishu;
    QString baseUrl;
    int taskCount = 0;

    bool isSameAccount(const MissingAccount &other) const
    {
        return platform == other.platform && baseUrl == other.baseUrl;
    }

    friend bool operator==(const MissingAccount &, const MissingAccount &) = default;
};
