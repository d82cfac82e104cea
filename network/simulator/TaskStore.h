#pragma once

#include "SimTask.h"

#include <QHash>
#include <QJsonObject>

#include <optional>

class SimulatorClock;

// The tasks of a scenario, by kind and id, and what each one shows at a given time.
class TaskStore final
{
public:
    void add(const SimTask &task);
    const SimTask *find(SimTaskKind kind, const QString &id) const;
    void clear() { m_tasks.clear(); }
    int size() const { return int(m_tasks.size()); }
    QList<SimTask> tasks() const { return m_tasks.values(); }

    // The wire fields the task shows at simulator time nowMs (defaults of its kind merged with
    // every step reached, "@start" / "@step" / "@now" resolved); nullopt before it starts.
    static std::optional<QJsonObject> stateAt(const SimTask &task, qint64 nowMs,
                                              const SimulatorClock &clock);
    static QString isoTime(qint64 wallMs, bool withSeconds);

private:
    static QString key(SimTaskKind kind, const QString &id);
    static QJsonObject defaults(const SimTask &task);
    static QJsonValue resolve(const QJsonValue &v, const SimTask &task, qint64 stepMs, qint64 nowMs,
                              const SimulatorClock &clock);

    QHash<QString, SimTask> m_tasks;
};
