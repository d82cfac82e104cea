#include "ReportsCommand.h"

#include "app/engine/Engine.h"
#include "CliConsole.h"
#include "CliExit.h"
#include "CliMessages.h"
#include "ReportWriters.h"

ReportsCommand::ReportsCommand(Engine &engine, CliConsole &console, const CliOptions &options,
                               const QString &accountId, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_console(console)
    , m_options(options)
    , m_accountId(accountId)
{}

void ReportsCommand::start()
{
    TaskRef ref;
    ref.kind = TaskKind::FeishuReport;
    ref.accountId = m_accountId;
    ref.report = m_options.report;
    ref.taskId = TaskRef::reportTaskId(ref.report);
    m_engine.fetchOnce(ref, this, [this](const Result<TaskSnapshot> &result) {
        QList<ReportSubmission> reports;
        std::optional<ApiError> error;
        if (result.ok())
            reports = result.value().reports;
        else
            error = result.error();

        QByteArray bytes;
        QString problem;
        switch (m_options.format) {
        case CliOptions::Format::Json:
            bytes = ReportWriters::json(reports, error);
            break;
        case CliOptions::Format::Csv:
            if (!error)
                bytes = ReportWriters::csv(reports, &problem);
            break;
        case CliOptions::Format::Table:
            if (!error)
                bytes = ReportWriters::table(reports).toUtf8();
            break;
        }
        int code = error ? CliExit::Unavailable : CliExit::Ok;
        if (problem.isEmpty() && !bytes.isEmpty())
            m_console.writeResult(bytes, m_options.outputFile, &problem);
        if (error)
            m_console.error(CliMessages::reportsFailed(*error));
        if (!problem.isEmpty()) {
            m_console.error(problem);
            code = CliExit::combine({code, CliExit::Usage});
        }
        emit finished(code);
    });
}
