#pragma once

#include "models/domain/TaskKind.h"

#include <QString>

#include <optional>

// What one recogniser found, before duplicates, defaults and the watch list are applied.
// Internal to the paste parser.
struct PasteCandidate
{
    enum class Finding {
        Task,
        NotRecognisable,
        NotATask,
    };

    Finding finding = Finding::Task;
    qsizetype begin = 0; // the span of the paste the finding came from
    qsizetype end = 0;
    QString taskId;
    std::optional<TaskKind> kind;
    bool kindCertain = false;
    QString unionId;
    // Where a finding without a task counts: a link in a log line or prose was not meant as
    // an item, so its absence of a task is no problem worth showing.
    enum class ReportedOn {
        AnyLine,
        ListOrCommandLine, // a task or report link that lacks an id
        ListLine,          // a platform link that names no task (a command may call any API)
    };
    ReportedOn reportedOn = ReportedOn::AnyLine;
    // The source shown is the span itself (a list item) rather than its line.
    bool spanIsSource = false;
};
