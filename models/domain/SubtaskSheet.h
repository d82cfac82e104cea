#pragma once

#include "models/domain/FailureGroup.h"
#include "models/domain/SubtaskRow.h"

#include <QList>
#include <QStringList>

// A task's sub-task rows with what the detail pane derives from all of them: the field names
// in the order they first appear, and the failure groups. Built where the rows are read, off
// the GUI thread, so showing 100,000 rows does not walk them there.
struct SubtaskSheet
{
    QList<SubtaskRow> rows;
    QStringList fieldNames;
    QList<FailureGroup> failureGroups;
    // One per row when the store read them (its digest of the row), else empty: equal digests
    // mean equal rows, so a refresh of 100,000 rows compares numbers, not every field.
    QList<qint64> rowDigests;

    static SubtaskSheet of(QList<SubtaskRow> rows);
    static QStringList fieldNamesOf(const QList<SubtaskRow> &rows);
};
