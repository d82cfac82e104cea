#pragma once

#include "CliOptions.h"

#include <QObject>

class Engine;
class CliConsole;

// `reports`: every page of a report (汇报) query in one go, printed as JSON, a table or CSV.
class ReportsCommand final : public QObject
{
    Q_OBJECT

public:
    ReportsCommand(Engine &engine, CliConsole &console, const CliOptions &options,
                   const QString &accountId, QObject *parent = nullptr);

    void start();

signals:
    void finished(int exitCode);

private:
    Engine &m_engine;
    CliConsole &m_console;
    CliOptions m_options;
    QString m_accountId;
};
