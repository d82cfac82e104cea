#pragma once

#include <QString>

class Clock;
class Preferences;
class SecretStore;

// How an Engine is assembled: where it keeps the watch list, which clock it runs on and where
// secrets go. The window, the CLI, the demo and the tests differ only here.
struct EngineOptions
{
    // The SQLite watch list; empty keeps it in memory only (the CLI, tests).
    QString databasePath;
    // nullptr: the system clock. Not owned.
    const Clock *clock = nullptr;
    // Where account secrets are read and written; nullptr keeps them for this session only.
    // Not owned.
    SecretStore *secrets = nullptr;
    // Check intervals, monthly budgets and "start paused" are read from here and kept here;
    // nullptr uses the defaults and keeps changes for this session. Not owned.
    Preferences *preferences = nullptr;
    // Off for simulations that drive RefreshScheduler::tick() themselves.
    bool autoTick = true;
    // Milliseconds between a change and its write to the database.
    int persistDelayMs = 500;
};
