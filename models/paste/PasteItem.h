#pragma once

#include "models/domain/TaskKind.h"
#include "models/domain/TaskRef.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One thing found in a paste: a task id with the kind it was recognised as, or something that
// was clearly meant as an item but cannot be watched, with the reasons.
struct PasteItem
{
    enum class Problem {
        DuplicateInPaste, // the same task appears earlier in the paste; the first one is kept
        AlreadyWatched,
        NotRecognisable, // meant as an item (a lone token, a platform link) but names no task
        NotATask,        // a report query link: watched as a query, not by task id
    };

    // How sure the kind is, strongest last: where two findings of one task disagree, the
    // stronger one wins.
    enum class KindBasis {
        None,          // the user has to choose
        Guessed,       // from the id's shape or a JSON shape several kinds share
        CallerDefault, // the kind the caller said to use for undecided items
        Certain,       // from the endpoint in a link or a JSON shape only one kind has
    };

    QString taskId; // exact, percent-decoded; empty for NotRecognisable / NotATask items
    std::optional<TaskKind> kind;
    KindBasis kindBasis = KindBasis::None;
    QString unionId; // DingTalk storage operator taken from a link; empty otherwise
    // What the item was found in, secrets masked: the list item itself, or its (elided) line.
    QString source;
    int line = 0; // 1-based line of the paste
    QList<Problem> problems;

    bool isGood() const { return problems.isEmpty() && kind && !taskId.isEmpty(); }
    bool isKindCertain() const { return kindBasis == KindBasis::Certain; }

    // Empty unless the item is good.
    std::optional<TaskRef> toTaskRef(const QString &accountId) const;

    // Translated: the kind's name, marked when guessed, or a request to choose one.
    QString kindLabel() const;
    QStringList problemTexts() const;
    static QString problemText(Problem problem);
    // Stable English word for logs and the CLI's JSON output.
    static QString problemId(Problem problem);

    friend bool operator==(const PasteItem &, const PasteItem &) = default;
};
