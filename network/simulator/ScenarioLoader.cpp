#include "ScenarioLoader.h"

#include "SimulatorState.h"
#include "SubtaskRows.h"
#include "TaskGenerator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

QString idText(const QJsonValue &v)
{
    if (v.isDouble())
        return QString::number(qint64(v.toDouble()));
    return v.toString();
}

} // namespace

bool ScenarioLoader::loadFile(const QString &path, SimulatorState &state, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read scenario %1: %2").arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = QStringLiteral("scenario %1 is not a JSON object: %2 at offset %3")
                     .arg(path, parseError.errorString())
                     .arg(parseError.offset);
        return false;
    }
    return load(doc.object(), state, error);
}

bool ScenarioLoader::parseApp(const QJsonObject &json, SimApp *app, QString *error)
{
    const QString platform = json.value(QLatin1String("platform")).toString();
    const std::optional<SimFamily> family = SimEndpoints::familyFromName(platform);
    if (!family) {
        *error = QStringLiteral("app: unknown platform \"%1\"").arg(platform);
        return false;
    }
    app->family = *family;
    app->appId =
        json.value(QLatin1String(*family == SimFamily::Feishu ? "app_id" : "app_key")).toString();
    app->secret = json.value(QLatin1String("app_secret")).toString();
    app->tokenLifetimeSecs = json.value(QLatin1String("token_lifetime_s")).toInt(7200);
    app->reissueBelowSecs = json.value(QLatin1String("reissue_below_s")).toInt(1800);
    app->name = json.value(QLatin1String("name")).toString();
    if (app->appId.isEmpty()) {
        *error = QStringLiteral("app: missing app_id / app_key");
        return false;
    }
    return true;
}

bool ScenarioLoader::parseTask(const QJsonObject &json, bool isoSecondsDefault, SimTask *task,
                               QString *error)
{
    const QString kindName = json.value(QLatin1String("kind")).toString();
    const std::optional<SimTaskKind> kind = SimTask::kindFromName(kindName);
    if (!kind) {
        *error = QStringLiteral("task: unknown kind \"%1\"").arg(kindName);
        return false;
    }
    task->kind = *kind;
    task->id = idText(json.value(QLatin1String("id")));
    task->appId = json.value(QLatin1String("app")).toString();
    task->startMs = qint64(json.value(QLatin1String("start_ms")).toDouble(0));
    task->isoSeconds = json.value(QLatin1String("iso_seconds")).toBool(isoSecondsDefault);
    task->rows = json.value(QLatin1String("rows")).toArray();
    if (json.contains(QLatin1String("rows_generate")))
        task->rows = SubtaskRows::fromJson(json.value(QLatin1String("rows_generate")).toObject());
    const QJsonArray steps = json.value(QLatin1String("steps")).toArray();
    for (const QJsonValue &v : steps) {
        QJsonObject fields = v.toObject();
        const qint64 after = qint64(fields.take(QStringLiteral("after_ms")).toDouble(0));
        task->steps.append({after, fields});
    }
    if (task->id.isEmpty()) {
        *error = QStringLiteral("task: missing id");
        return false;
    }
    return true;
}

bool ScenarioLoader::loadReports(const QJsonObject &json, SimulatorState &state, QString *error)
{
    const QJsonArray rules = json.value(QLatin1String("rules")).toArray();
    for (const QJsonValue &v : rules) {
        const QJsonObject r = v.toObject();
        state.reports.addRule(idText(r.value(QLatin1String("rule_id"))),
                              r.value(QLatin1String("rule_name")).toString());
    }
    const QJsonArray submissions = json.value(QLatin1String("submissions")).toArray();
    for (const QJsonValue &v : submissions) {
        SimReportSubmission s;
        s.wire = v.toObject();
        s.appId = s.wire.take(QStringLiteral("app")).toString();
        s.ruleId = idText(s.wire.value(QLatin1String("rule_id")));
        s.fromUserId = s.wire.value(QLatin1String("from_user_id")).toString();
        s.commitTime = qint64(s.wire.value(QLatin1String("commit_time")).toDouble(-1));
        if (s.commitTime < 0) {
            *error = QStringLiteral("report submission without a numeric commit_time");
            return false;
        }
        state.reports.addSubmission(s);
    }
    return true;
}

bool ScenarioLoader::loadLimits(const QJsonObject &json, SimulatorState &state, QString *error)
{
    for (auto it = json.begin(); it != json.end(); ++it) {
        const std::optional<SimEndpoint> e = SimEndpoints::fromName(it.key());
        if (!e) {
            *error = QStringLiteral("rate_limits: unknown endpoint \"%1\"").arg(it.key());
            return false;
        }
        state.limits.setLimit(*e, it.value().toInt());
    }
    return true;
}

bool ScenarioLoader::load(const QJsonObject &scenario, SimulatorState &state, QString *error)
{
    if (scenario.contains(QLatin1String("epoch")))
        state.clock.setEpochMs(qint64(scenario.value(QLatin1String("epoch")).toDouble()) * 1000);
    state.reports.setPagesRepeatLastItem(
        scenario.value(QLatin1String("report_pages_repeat_last_item")).toBool(false));
    if (scenario.contains(QLatin1String("recent_capacity")))
        state.log.setCapacity(scenario.value(QLatin1String("recent_capacity")).toInt());
    const bool isoSeconds = scenario.value(QLatin1String("iso_seconds")).toBool(false);
    const QJsonArray apps = scenario.value(QLatin1String("apps")).toArray();
    for (const QJsonValue &v : apps) {
        SimApp app;
        if (!parseApp(v.toObject(), &app, error))
            return false;
        state.apps.append(app);
    }
    if (!loadLimits(scenario.value(QLatin1String("rate_limits")).toObject(), state, error))
        return false;
    const QJsonArray tasks = scenario.value(QLatin1String("tasks")).toArray();
    for (const QJsonValue &v : tasks) {
        SimTask task;
        if (!parseTask(v.toObject(), isoSeconds, &task, error))
            return false;
        state.tasks.add(task);
    }
    const QJsonArray generators = scenario.value(QLatin1String("generate")).toArray();
    for (const QJsonValue &v : generators) {
        TaskGenerator::Spec spec;
        spec.isoSeconds = isoSeconds;
        if (!TaskGenerator::parse(v.toObject(), &spec, error))
            return false;
        for (const SimTask &t : TaskGenerator::generate(spec))
            state.tasks.add(t);
    }
    if (!loadReports(scenario.value(QLatin1String("reports")).toObject(), state, error))
        return false;
    const QJsonArray faults = scenario.value(QLatin1String("faults")).toArray();
    for (const QJsonValue &v : faults) {
        const std::optional<SimFault> f = SimFault::fromJson(v.toObject(), error);
        if (!f)
            return false;
        state.faults.add(*f);
    }
    return true;
}
