#include "models/paste/PastePreviewSummary.h"

#include <QStringList>

QString PastePreviewSummary::text() const
{
    QStringList parts;
    parts << tr("%n task(s) found", nullptr, tasksFound);
    if (alreadyWatched > 0)
        parts << tr("%n already watched", nullptr, alreadyWatched);
    if (duplicates > 0)
        parts << tr("%n duplicate(s)", nullptr, duplicates);
    if (notRecognised > 0)
        parts << tr("%n line(s) not recognised", nullptr, notRecognised);
    if (notTasks > 0)
        parts << tr("%n report query link(s) skipped", nullptr, notTasks);
    if (needKind > 0)
        parts << tr("%n need(s) a kind", nullptr, needKind);
    if (needAccount > 0)
        parts << tr("%n need(s) an account", nullptr, needAccount);
    return parts.join(QStringLiteral(" · "));
}
