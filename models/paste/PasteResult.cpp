#include "models/paste/PasteResult.h"

#include <algorithm>

QList<TaskRef> PasteResult::taskRefs(const QString &accountId) const
{
    QList<TaskRef> refs;
    for (const PasteItem &item : items) {
        if (auto ref = item.toTaskRef(accountId))
            refs << *ref;
    }
    return refs;
}

qsizetype PasteResult::goodCount() const
{
    return std::count_if(items.cbegin(), items.cend(),
                         [](const PasteItem &item) { return item.isGood(); });
}
