#pragma once

#include "SimTask.h"

#include <QJsonObject>
#include <QList>

// Makes many scripted tasks from a few numbers, for demos and benchmarks.
class TaskGenerator final
{
public:
    struct Spec
    {
        SimTaskKind kind = SimTaskKind::FeishuContact;
        int count = 1;
        QString idPrefix;
        int idStart = 1;
        QString appId;
        qint64 startMs = 0;
        qint64 staggerMs = 0;
        qint64 minDurationMs = 10000;
        qint64 maxDurationMs = 10000;
        int total = 100;
        int fail = 0;
        // Without progress the answers show nothing but "running" until the end.
        bool withProgress = true;
        int progressSteps = 4;
        quint32 seed = 1;
        bool rows = false;
        bool isoSeconds = false;
    };

    static QList<SimTask> generate(const Spec &spec);
    static SimTask make(const Spec &spec, const QString &id, qint64 startMs, qint64 durationMs);
    static bool parse(const QJsonObject &json, Spec *spec, QString *error);

private:
    static QJsonObject runningFields(const Spec &spec, int done, int failed, int percent);
    static QJsonObject finalFields(const Spec &spec);
};
