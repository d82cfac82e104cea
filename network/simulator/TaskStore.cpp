#include "TaskStore.h"

#include "SimulatorClock.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>

QString TaskStore::key(SimTaskKind kind, const QString &id)
{
    return SimTask::kindName(kind) + QLatin1Char('\n') + id;
}

void TaskStore::add(const SimTask &task)
{
    SimTask sorted = task;
    std::stable_sort(
        sorted.steps.begin(), sorted.steps.end(),
        [](const SimTaskStep &a, const SimTaskStep &b) { return a.afterMs < b.afterMs; });
    m_tasks.insert(key(task.kind, task.id), sorted);
}

const SimTask *TaskStore::find(SimTaskKind kind, const QString &id) const
{
    const auto it = m_tasks.constFind(key(kind, id));
    return it == m_tasks.cend() ? nullptr : &it.value();
}

QString TaskStore::isoTime(qint64 wallMs, bool withSeconds)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(wallMs, QTimeZone::utc());
    return t.toString(withSeconds ? QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'")
                                  : QStringLiteral("yyyy-MM-dd'T'HH:mm'Z'"));
}

QJsonObject TaskStore::defaults(const SimTask &task)
{
    const QString start = QStringLiteral("@start");
    switch (task.kind) {
    case SimTaskKind::FeishuContact: {
        const bool departments = !task.rows.isEmpty() && task.rows.first().toObject().contains(
                                                             QLatin1String("department_id"));
        return QJsonObject{
            {QStringLiteral("task_id"), task.id},
            {QStringLiteral("type"),
             departments ? QStringLiteral("add_department") : QStringLiteral("add_user")},
            {QStringLiteral("status"), 0},
            {QStringLiteral("progress"), 0},
            {QStringLiteral("total_num"), int(task.rows.size())},
            {QStringLiteral("success_num"), 0},
            {QStringLiteral("fail_num"), 0},
            {QStringLiteral("create_time"), start},
        };
    }
    case SimTaskKind::FeishuDrive:
        return QJsonObject{{QStringLiteral("status"), QStringLiteral("process")}};
    case SimTaskKind::DingTalkStorage:
        return QJsonObject{
            {QStringLiteral("id"), task.id},   {QStringLiteral("status"), QStringLiteral("INIT")},
            {QStringLiteral("totalCount"), 0}, {QStringLiteral("successCount"), 0},
            {QStringLiteral("failCount"), 0},  {QStringLiteral("beginTime"), start},
        };
    case SimTaskKind::DingTalkDoc:
        return QJsonObject{
            {QStringLiteral("taskId"), task.id}, {QStringLiteral("status"), -1},
            {QStringLiteral("totalCount"), 0},   {QStringLiteral("succCount"), 0},
            {QStringLiteral("failCount"), 0},
        };
    }
    return {};
}

QJsonValue TaskStore::resolve(const QJsonValue &v, const SimTask &task, qint64 stepMs, qint64 nowMs,
                              const SimulatorClock &clock)
{
    if (!v.isString())
        return v;
    const QString s = v.toString();
    qint64 at = 0;
    if (s == QLatin1String("@start"))
        at = task.startMs;
    else if (s == QLatin1String("@step"))
        at = stepMs;
    else if (s == QLatin1String("@now"))
        at = nowMs;
    else
        return v;
    const qint64 wall = clock.wallMs(at);
    if (task.kind == SimTaskKind::FeishuContact || task.kind == SimTaskKind::FeishuDrive)
        return QJsonValue(wall / 1000);
    return isoTime(wall, task.isoSeconds);
}

std::optional<QJsonObject> TaskStore::stateAt(const SimTask &task, qint64 nowMs,
                                              const SimulatorClock &clock)
{
    if (nowMs < task.startMs)
        return std::nullopt;
    QJsonObject state;
    const QJsonObject base = defaults(task);
    for (auto it = base.begin(); it != base.end(); ++it)
        state.insert(it.key(), resolve(it.value(), task, task.startMs, nowMs, clock));
    const qint64 elapsed = nowMs - task.startMs;
    for (const SimTaskStep &step : task.steps) {
        if (step.afterMs > elapsed)
            break;
        for (auto it = step.fields.begin(); it != step.fields.end(); ++it) {
            if (it.value().isNull())
                state.remove(it.key());
            else
                state.insert(it.key(),
                             resolve(it.value(), task, task.startMs + step.afterMs, nowMs, clock));
        }
    }
    return state;
}
