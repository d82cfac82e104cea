#include "PolicyRun.h"

#include "SchedulerHarness.h"
#include "TaskGenerator.h"

#include <QRandomGenerator>

#include <memory>

namespace {

struct RoundTask
{
    TaskRef ref;
    qint64 durationMs = 0;
};

// Contact, then a DingTalk counts kind (storage and doc by turns), then drive, and so on.
TaskKind kindAt(int index)
{
    switch (index % 3) {
    case 0:
        return TaskKind::FeishuContact;
    case 1:
        return (index / 3) % 2 == 0 ? TaskKind::DingTalkDoc : TaskKind::DingTalkStorage;
    default:
        return TaskKind::FeishuDrive;
    }
}

SimTaskKind simKindOf(TaskKind kind)
{
    switch (kind) {
    case TaskKind::FeishuDrive:
        return SimTaskKind::FeishuDrive;
    case TaskKind::DingTalkStorage:
        return SimTaskKind::DingTalkStorage;
    case TaskKind::DingTalkDoc:
        return SimTaskKind::DingTalkDoc;
    default:
        return SimTaskKind::FeishuContact;
    }
}

} // namespace

PolicyClass PolicyRun::classOf(TaskKind kind)
{
    switch (kind) {
    case TaskKind::FeishuDrive:
        return PolicyClass::NoProgress;
    case TaskKind::DingTalkStorage:
    case TaskKind::DingTalkDoc:
        return PolicyClass::CountsWithoutCreation;
    default:
        return PolicyClass::ProgressWithCreation;
    }
}

QString PolicyRun::className(PolicyClass policyClass)
{
    switch (policyClass) {
    case PolicyClass::ProgressWithCreation:
        return QStringLiteral("progress + creation time (contact)");
    case PolicyClass::CountsWithoutCreation:
        return QStringLiteral("counts (DingTalk storage, doc)");
    case PolicyClass::NoProgress:
        return QStringLiteral("no progress (drive)");
    }
    return {};
}

QList<PolicyOutcome> PolicyRun::run(const Plan &plan)
{
    QList<PolicyOutcome> outcomes;
    QHash<QString, QList<qint64>> carried;
    QRandomGenerator rng(plan.seed);
    // A warm measurement needs one round before it to learn from.
    const int rounds = plan.warm ? plan.rounds + 1 : plan.rounds;
    const qint64 longestMs = static_cast<qint64>(90000 * plan.durationScale);
    for (int round = 0; round < rounds; ++round) {
        auto harness = std::make_unique<SchedulerHarness>();
        harness->scheduler.setSettings(plan.settings);
        if (plan.warm)
            harness->scheduler.durationStats().setSamples(carried);

        QList<RoundTask> tasks;
        for (int i = 0; i < plan.tasksPerRound; ++i) {
            TaskGenerator::Spec spec;
            const TaskKind kind = kindAt(i);
            spec.kind = simKindOf(kind);
            spec.withProgress = kind != TaskKind::FeishuDrive;
            spec.progressSteps = 40;
            spec.total = 200;
            const qint64 duration =
                static_cast<qint64>((6000.0 + rng.bounded(84001)) * plan.durationScale);
            const QString id = QStringLiteral("r%1-t%2").arg(round).arg(i);
            harness->platform.simulator.addTask(TaskGenerator::make(spec, id, 0, duration));
            tasks.append({SimulatedPlatform::ref(kind, id), duration});
        }

        const qint64 stepMs = 250;
        const qint64 endMs = plan.watchAgeMs + longestMs + 4 * plan.settings.maxIntervalMs;
        bool watching = false;
        for (qint64 t = 0; t <= endMs; t += stepMs) {
            if (!watching && t >= plan.watchAgeMs) {
                for (const RoundTask &task : std::as_const(tasks))
                    harness->watch(task.ref);
                watching = true;
            }
            harness->scheduler.tick();
            harness->settle();
            if (watching && harness->detectedAtMs.size() == tasks.size())
                break;
            harness->platform.advance(stepMs);
        }

        carried = harness->scheduler.durationStats().samples();
        if (plan.warm && round == 0)
            continue;
        for (const RoundTask &task : std::as_const(tasks)) {
            const QString key = task.ref.key();
            PolicyOutcome outcome;
            outcome.policyClass = classOf(task.ref.kind);
            outcome.durationMs = task.durationMs;
            outcome.watchAgeMs = plan.watchAgeMs;
            outcome.calls = harness->calls.value(key);
            if (harness->detectedAtMs.contains(key))
                outcome.delayMs = harness->detectedAtMs.value(key) - task.durationMs;
            outcomes.append(outcome);
        }
    }
    return outcomes;
}

PolicyOutcome PolicyRun::fixedPoll(const PolicyOutcome &task, qint64 intervalMs)
{
    PolicyOutcome outcome = task;
    const qint64 leftAtWatch = task.durationMs - task.watchAgeMs;
    if (leftAtWatch <= 0) {
        outcome.calls = 1;
        outcome.delayMs = -leftAtWatch;
        return outcome;
    }
    const qint64 looks = (leftAtWatch + intervalMs - 1) / intervalMs;
    outcome.calls = static_cast<int>(1 + looks);
    outcome.delayMs = looks * intervalMs - leftAtWatch;
    return outcome;
}
