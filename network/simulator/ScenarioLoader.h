#pragma once

#include <QJsonObject>
#include <QString>

struct SimulatorState;
struct SimApp;
struct SimTask;

// Reads the scenario format described in README.md into the simulator's state.
class ScenarioLoader final
{
public:
    static bool load(const QJsonObject &scenario, SimulatorState &state, QString *error);
    static bool loadFile(const QString &path, SimulatorState &state, QString *error);

    static bool parseApp(const QJsonObject &json, SimApp *app, QString *error);
    static bool parseTask(const QJsonObject &json, bool isoSecondsDefault, SimTask *task,
                          QString *error);

private:
    static bool loadReports(const QJsonObject &json, SimulatorState &state, QString *error);
    static bool loadLimits(const QJsonObject &json, SimulatorState &state, QString *error);
};
