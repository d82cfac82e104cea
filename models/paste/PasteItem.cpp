#include "models/paste/PasteItem.h"

#include <QCoreApplication>

std::optional<TaskRef> PasteItem::toTaskRef(const QString &accountId) const
{
    if (!isGood())
        return std::nullopt;
    TaskRef ref;
    ref.kind = *kind;
    ref.accountId = accountId;
    ref.taskId = taskId;
    ref.unionId = unionId;
    return ref;
}

QString PasteItem::kindLabel() const
{
    if (!kind)
        return QCoreApplication::translate("PasteItem", "Choose a kind");
    if (kindBasis == KindBasis::Guessed)
        return QCoreApplication::translate("PasteItem", "%1 (guessed)")
            .arg(TaskKinds::displayName(*kind));
    return TaskKinds::displayName(*kind);
}

QStringList PasteItem::problemTexts() const
{
    QStringList texts;
    for (Problem problem : problems)
        texts << problemText(problem);
    return texts;
}

QString PasteItem::problemText(Problem problem)
{
    switch (problem) {
    case Problem::DuplicateInPaste:
        return QCoreApplication::translate("PasteItem",
                                           "Appears earlier in the paste; added only once.");
    case Problem::AlreadyWatched:
        return QCoreApplication::translate("PasteItem", "Already in the watch list.");
    case Problem::NotRecognisable:
        return QCoreApplication::translate(
            "PasteItem", "Not a task id or task link. Check it for typing errors or a cut-off "
                         "end.");
    case Problem::NotATask:
        return QCoreApplication::translate(
            "PasteItem", "A report query, not a task id. Add it as a report query instead.");
    }
    return {};
}

QString PasteItem::problemId(Problem problem)
{
    switch (problem) {
    case Problem::DuplicateInPaste:
        return QStringLiteral("duplicate_in_paste");
    case Problem::AlreadyWatched:
        return QStringLiteral("already_watched");
    case Problem::NotRecognisable:
        return QStringLiteral("not_recognisable");
    case Problem::NotATask:
        return QStringLiteral("not_a_task");
    }
    return {};
}
