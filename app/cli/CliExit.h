#pragma once

#include <QList>

// The exit statuses scripts depend on (see README.md). When several apply, the first of
// Usage, Unavailable, Failed, TimedOut wins.
namespace CliExit {

constexpr int Ok = 0;
constexpr int Failed = 1;
constexpr int Usage = 2;
constexpr int Unavailable = 3;
constexpr int TimedOut = 4;

inline int combine(const QList<int> &codes)
{
    for (const int code : {Usage, Unavailable, Failed, TimedOut}) {
        if (codes.contains(code))
            return code;
    }
    return Ok;
}

} // namespace CliExit
