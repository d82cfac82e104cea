#include "models/domain/SubtaskSheet.h"

#include <QSet>

SubtaskSheet SubtaskSheet::of(QList<SubtaskRow> rows)
{
    SubtaskSheet sheet;
    sheet.fieldNames = fieldNamesOf(rows);
    sheet.failureGroups = FailureGroup::group(rows);
    sheet.rows = std::move(rows);
    return sheet;
}

QStringList SubtaskSheet::fieldNamesOf(const QList<SubtaskRow> &rows)
{
    QStringList names;
    QSet<QString> seen;
    for (const SubtaskRow &row : rows) {
        for (const auto &field : row.fields) {
            if (!seen.contains(field.first)) {
                seen.insert(field.first);
                names.append(field.first);
            }
        }
    }
    return names;
}
