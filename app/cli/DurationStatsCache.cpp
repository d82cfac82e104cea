#include "DurationStatsCache.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace {

// Larger files are not statistics this program wrote.
constexpr qint64 kMaxFileBytes = 4 * 1024 * 1024;
constexpr int kMaxKeys = 1000;
constexpr int kMaxSamplesPerKey = 200;
constexpr double kMaxDurationMs = 366.0 * 24 * 3600 * 1000;

} // namespace

QString DurationStatsCache::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    return folder.isEmpty() ? QString() : folder + QStringLiteral("/cli-duration-stats.json");
}

QHash<QString, QList<qint64>> DurationStatsCache::load(const QString &path)
{
    QHash<QString, QList<qint64>> samples;
    QFile file(path);
    if (path.isEmpty() || file.size() > kMaxFileBytes || !file.open(QIODevice::ReadOnly))
        return samples;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("version")).toInt() != kFormatVersion)
        return samples;
    const QJsonObject durations = root.value(QLatin1String("durations_ms")).toObject();
    for (auto it = durations.constBegin(); it != durations.constEnd(); ++it) {
        if (samples.size() >= kMaxKeys)
            break;
        QList<qint64> values;
        const QJsonArray array = it.value().toArray();
        for (const QJsonValue &value : array) {
            // Anything but a plausible whole duration is damage, skipped value by value.
            const double ms = value.toDouble(-1);
            if (value.isDouble() && ms >= 1 && ms <= kMaxDurationMs)
                values.append(static_cast<qint64>(ms));
        }
        if (values.size() > kMaxSamplesPerKey)
            values.remove(0, values.size() - kMaxSamplesPerKey);
        if (!values.isEmpty() && !it.key().isEmpty())
            samples.insert(it.key(), values);
    }
    return samples;
}

bool DurationStatsCache::save(const QString &path, const QHash<QString, QList<qint64>> &samples)
{
    if (path.isEmpty() || !QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QJsonObject durations;
    QStringList keys = samples.keys();
    std::sort(keys.begin(), keys.end());
    for (const QString &key : std::as_const(keys)) {
        QJsonArray array;
        for (qint64 ms : samples.value(key))
            array.append(static_cast<double>(ms));
        durations.insert(key, array);
    }
    const QJsonObject root{{QStringLiteral("version"), kFormatVersion},
                           {QStringLiteral("durations_ms"), durations}};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    return file.commit();
}
