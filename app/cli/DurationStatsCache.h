#pragma once

#include <QHash>
#include <QList>
#include <QString>

// The CLI's memory of how long finished tasks took, per kind and account (the refresh
// scheduler's DurationStats samples), kept in the user's cache folder between runs. A damaged
// or foreign file reads as empty; saving replaces the file atomically.
class DurationStatsCache final
{
public:
    // <CacheLocation>/cli-duration-stats.json
    static QString defaultPath();

    static QHash<QString, QList<qint64>> load(const QString &path);
    // False when the file could not be written; the run goes on without it.
    static bool save(const QString &path, const QHash<QString, QList<qint64>> &samples);

    static constexpr int kFormatVersion = 1;
};
