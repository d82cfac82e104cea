#include "models/domain/FailureGroup.h"

#include <QHash>

#include <algorithm>

namespace {

// Platform codes are mostly numbers sent as text: 9999 must sort before 10013.
bool codeLess(const QString &a, const QString &b)
{
    bool aNumeric = false;
    bool bNumeric = false;
    const qlonglong aValue = a.toLongLong(&aNumeric);
    const qlonglong bValue = b.toLongLong(&bNumeric);
    if (aNumeric && bNumeric)
        return aValue < bValue;
    if (aNumeric != bNumeric)
        return aNumeric;
    return a < b;
}

} // namespace

bool FailureGroup::matches(const SubtaskRow &row) const
{
    return row.failed && row.code == code && row.message == message;
}

QString FailureGroup::label() const
{
    if (code.isEmpty())
        return tr("%1 × %2").arg(message).arg(count);
    return tr("%1 %2 × %3").arg(code, message).arg(count);
}

QList<FailureGroup> FailureGroup::group(const QList<SubtaskRow> &rows)
{
    QList<FailureGroup> groups;
    QHash<std::pair<QString, QString>, qsizetype> groupOfKey;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const SubtaskRow &row = rows.at(i);
        if (!row.failed)
            continue;
        const auto key = std::make_pair(row.code, row.message);
        auto found = groupOfKey.constFind(key);
        if (found == groupOfKey.constEnd()) {
            found = groupOfKey.insert(key, groups.size());
            groups.append(FailureGroup{row.code, row.message, 0, {}});
        }
        FailureGroup &group = groups[*found];
        group.rowIndexes.append(i);
        group.count = group.rowIndexes.size();
    }
    std::sort(groups.begin(), groups.end(), [](const FailureGroup &a, const FailureGroup &b) {
        if (a.count != b.count)
            return a.count > b.count;
        if (a.code != b.code)
            return codeLess(a.code, b.code);
        return a.message < b.message;
    });
    return groups;
}
