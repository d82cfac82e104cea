#pragma once

#include "models/domain/TaskRef.h"
#include "models/paste/PasteItem.h"

#include <QList>
#include <QString>

// Everything a paste yielded, in the order it appeared.
struct PasteResult
{
    QList<PasteItem> items;
    // The paste was longer than PasteParser reads; only its start was read.
    bool cut = false;

    // The good items as refs of one account, in paste order.
    QList<TaskRef> taskRefs(const QString &accountId) const;
    qsizetype goodCount() const;
};
