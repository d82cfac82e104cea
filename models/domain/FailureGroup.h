#pragma once

#include "models/domain/SubtaskRow.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// Failed sub-task rows that share a code and a message, as the detail pane lists them
// ("10013 invalid user_id × 31") and as the CSV export filters them.
struct FailureGroup
{
    Q_DECLARE_TR_FUNCTIONS(FailureGroup)

public:
    QString code;
    QString message;
    qsizetype count = 0;
    QList<qsizetype> rowIndexes; // into the task's SubtaskRow list, ascending

    // Whether a row belongs here: failed, with this code and message. Matching by key rather
    // than by index keeps a group usable on a refreshed list and across several tasks.
    bool matches(const SubtaskRow &row) const;
    // "10013 invalid user_id × 31", translated.
    QString label() const;

    // Groups the failed rows by (code, message): most rows first, then by code (numeric codes
    // in numeric order), then by message.
    static QList<FailureGroup> group(const QList<SubtaskRow> &rows);

    friend bool operator==(const FailureGroup &, const FailureGroup &) = default;
};
