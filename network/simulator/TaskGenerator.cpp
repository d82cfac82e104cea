#include "TaskGenerator.h"

#include "SubtaskRows.h"

#include <QJsonArray>
#include <QRandomGenerator>

QList<SimTask> TaskGenerator::generate(const Spec &spec)
{
    QList<SimTask> tasks;
    tasks.reserve(spec.count);
    QRandomGenerator rng(spec.seed);
    const QString prefix =
        spec.idPrefix.isEmpty() ? SimTask::kindName(spec.kind) + QLatin1Char('-') : spec.idPrefix;
    for (int i = 0; i < spec.count; ++i) {
        const qint64 span = qMax<qint64>(0, spec.maxDurationMs - spec.minDurationMs);
        const qint64 duration =
            spec.minDurationMs + (span > 0 ? qint64(rng.bounded(quint32(span + 1))) : 0);
        tasks.append(make(spec, prefix + QString::number(spec.idStart + i),
                          spec.startMs + qint64(i) * spec.staggerMs, duration));
    }
    return tasks;
}

SimTask TaskGenerator::make(const Spec &spec, const QString &id, qint64 startMs, qint64 durationMs)
{
    SimTask t;
    t.kind = spec.kind;
    t.id = id;
    t.appId = spec.appId;
    t.startMs = startMs;
    t.isoSeconds = spec.isoSeconds;
    if (spec.rows && spec.kind == SimTaskKind::FeishuContact) {
        t.rows =
            SubtaskRows::users(spec.total, {{spec.fail, 10013, QStringLiteral("invalid user_id")}},
                               spec.seed + quint32(qHash(id)));
    }
    t.steps.append({0, runningFields(spec, 0, 0, 0)});
    const int parts = spec.withProgress ? qMax(0, spec.progressSteps) : 0;
    for (int k = 1; k <= parts; ++k) {
        const qint64 at = durationMs * k / (parts + 1);
        const int done = int(qint64(spec.total) * k / (parts + 1));
        const int failed = int(qint64(spec.fail) * k / (parts + 1));
        t.steps.append({at, runningFields(spec, done, failed, 100 * k / (parts + 1))});
    }
    t.steps.append({durationMs, finalFields(spec)});
    return t;
}

QJsonObject TaskGenerator::runningFields(const Spec &spec, int done, int failed, int percent)
{
    const bool first = done == 0 && percent == 0;
    switch (spec.kind) {
    case SimTaskKind::FeishuContact: {
        QJsonObject o{{QStringLiteral("status"), 1}};
        if (first)
            o.insert(QStringLiteral("total_num"), spec.total);
        if (spec.withProgress) {
            o.insert(QStringLiteral("progress"), percent);
            o.insert(QStringLiteral("success_num"), done - failed);
            o.insert(QStringLiteral("fail_num"), failed);
        }
        return o;
    }
    case SimTaskKind::FeishuDrive:
        return QJsonObject{{QStringLiteral("status"), QStringLiteral("process")}};
    case SimTaskKind::DingTalkStorage: {
        QJsonObject o{{QStringLiteral("status"), QStringLiteral("IN_PROGRESS")},
                      {QStringLiteral("totalCount"), spec.total}};
        if (spec.withProgress) {
            o.insert(QStringLiteral("successCount"), done - failed);
            o.insert(QStringLiteral("failCount"), failed);
        }
        return o;
    }
    case SimTaskKind::DingTalkDoc: {
        QJsonObject o{{QStringLiteral("status"), 0}, {QStringLiteral("totalCount"), spec.total}};
        if (spec.withProgress) {
            o.insert(QStringLiteral("succCount"), done - failed);
            o.insert(QStringLiteral("failCount"), failed);
        }
        return o;
    }
    }
    return {};
}

QJsonObject TaskGenerator::finalFields(const Spec &spec)
{
    const int ok = spec.total - spec.fail;
    const bool allFailed = spec.total > 0 && spec.fail >= spec.total;
    switch (spec.kind) {
    case SimTaskKind::FeishuContact:
        return QJsonObject{{QStringLiteral("status"), 9},
                           {QStringLiteral("progress"), 100},
                           {QStringLiteral("success_num"), ok},
                           {QStringLiteral("fail_num"), spec.fail},
                           {QStringLiteral("finish_time"), QStringLiteral("@step")}};
    case SimTaskKind::FeishuDrive:
        return QJsonObject{{QStringLiteral("status"),
                            spec.fail > 0 ? QStringLiteral("fail") : QStringLiteral("success")}};
    case SimTaskKind::DingTalkStorage: {
        QJsonObject o{{QStringLiteral("status"),
                       allFailed ? QStringLiteral("FAIL") : QStringLiteral("SUCCESS")},
                      {QStringLiteral("successCount"), ok},
                      {QStringLiteral("failCount"), spec.fail},
                      {QStringLiteral("endTime"), QStringLiteral("@step")}};
        if (allFailed)
            o.insert(QStringLiteral("failMessage"), QStringLiteral("all sub-tasks failed"));
        return o;
    }
    case SimTaskKind::DingTalkDoc:
        return QJsonObject{{QStringLiteral("status"), spec.fail == 0 ? 1 : (allFailed ? 3 : 2)},
                           {QStringLiteral("succCount"), ok},
                           {QStringLiteral("failCount"), spec.fail}};
    }
    return {};
}

bool TaskGenerator::parse(const QJsonObject &json, Spec *spec, QString *error)
{
    const QString kindName = json.value(QLatin1String("kind")).toString();
    const std::optional<SimTaskKind> kind = SimTask::kindFromName(kindName);
    if (!kind) {
        *error = QStringLiteral("generate: unknown task kind \"%1\"").arg(kindName);
        return false;
    }
    spec->kind = *kind;
    spec->count = json.value(QLatin1String("count")).toInt(1);
    spec->idPrefix = json.value(QLatin1String("id_prefix")).toString();
    spec->idStart = json.value(QLatin1String("id_start")).toInt(1);
    spec->appId = json.value(QLatin1String("app")).toString();
    spec->startMs = qint64(json.value(QLatin1String("start_ms")).toDouble(0));
    spec->staggerMs = qint64(json.value(QLatin1String("stagger_ms")).toDouble(0));
    const QJsonValue duration = json.value(QLatin1String("duration_ms"));
    if (duration.isArray() && duration.toArray().size() == 2) {
        spec->minDurationMs = qint64(duration.toArray().at(0).toDouble());
        spec->maxDurationMs = qint64(duration.toArray().at(1).toDouble());
    } else if (duration.isDouble()) {
        spec->minDurationMs = spec->maxDurationMs = qint64(duration.toDouble());
    }
    spec->total = json.value(QLatin1String("total")).toInt(100);
    spec->fail = json.value(QLatin1String("fail")).toInt(0);
    spec->withProgress = json.value(QLatin1String("progress")).toBool(true);
    spec->progressSteps = json.value(QLatin1String("steps")).toInt(4);
    spec->seed = quint32(json.value(QLatin1String("seed")).toInt(1));
    spec->rows = json.value(QLatin1String("rows")).toBool(false);
    spec->isoSeconds = json.value(QLatin1String("iso_seconds")).toBool(spec->isoSeconds);
    if (spec->count < 0 || spec->minDurationMs < 0 || spec->maxDurationMs < spec->minDurationMs) {
        *error = QStringLiteral("generate: invalid count or duration_ms");
        return false;
    }
    return true;
}
