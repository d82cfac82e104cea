#pragma once

#include <QChar>
#include <QLatin1StringView>

// Every preference's default and limit in one place, so the settings dialog, the engine and the
// tests agree on them.
struct PreferenceDefaults
{
    static constexpr int shortestCheckIntervalMs = 2000;
    static constexpr int longestCheckIntervalMs = 60000;
    // Below one second a busy list spends its monthly call budget within hours.
    static constexpr int minimumCheckIntervalMs = 1000;
    // A day: beyond that a running task looks abandoned, and a hand-edited typo is likelier.
    static constexpr int maximumCheckIntervalMs = 24 * 60 * 60 * 1000;

    static constexpr int monthlyCallBudget = 0; // 0 means no budget
    static constexpr bool notificationsEnabled = true;
    static constexpr bool startPaused = false;
    static constexpr QLatin1StringView language{""}; // "" follows the system
    static constexpr bool csvByteOrderMark = true;
    static constexpr QChar csvDelimiter{u','};
    static constexpr bool secretsInFile = false;
    static constexpr bool detailPaneVisible = true;
};
