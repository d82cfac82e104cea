#include "TaskArguments.h"

#include "models/paste/IdShape.h"
#include "models/paste/PasteParser.h"

#include <QRegularExpression>

QList<TaskRef> TaskArguments::resolve(const CliOptions &options, const Account &account,
                                      QString *problem)
{
    PasteOptions pasteOptions;
    pasteOptions.defaultKind = options.kind;
    const PasteParser textParser(pasteOptions);
    // With an explicit kind a one-line argument is an id, taken as written whatever its
    // characters; text of several lines (a script's whole output) is still searched for ids.
    pasteOptions.linesAreIds = options.kind.has_value();
    const PasteParser idParser(pasteOptions);
    QList<TaskRef> refs;
    for (const QString &argument : options.tasks) {
        const bool oneLine = !argument.trimmed().contains(QLatin1Char('\n')) &&
                             !argument.trimmed().contains(QLatin1Char('\r'));
        PasteResult result = (oneLine ? idParser : textParser).parse(argument);
        // A lone token is a task id, whatever its shape: the paste parser is wary of short
        // words in prose, but an argument names exactly what the user meant.
        const QString token = argument.trimmed();
        if (!options.kind && result.goodCount() == 0 && !token.isEmpty() &&
            !token.contains(QRegularExpression(QStringLiteral("[\\s/?#&=]")))) {
            PasteItem item;
            item.taskId = token;
            item.source = token;
            item.kind = options.kind;
            item.kindBasis =
                options.kind ? PasteItem::KindBasis::CallerDefault : PasteItem::KindBasis::None;
            result.items = {item};
        }
        qsizetype found = 0;
        for (const PasteItem &item : result.items) {
            if (item.problems.contains(PasteItem::Problem::DuplicateInPaste))
                continue;
            if (options.kind && item.taskId.isEmpty() &&
                item.source.size() > IdShape::kMaxWrittenLength) {
                *problem = tr("TASK \"%1…\" is longer than any task id the platforms hand out "
                              "(at most %2 characters).")
                               .arg(item.source.left(40))
                               .arg(IdShape::kMaxWrittenLength);
                return {};
            }
            if (item.problems.contains(PasteItem::Problem::NotATask)) {
                *problem = tr("TASK \"%1\" is a report query link; use the \"reports\" command.")
                               .arg(item.source);
                return {};
            }
            if (!item.problems.isEmpty() || item.taskId.isEmpty()) {
                *problem = tr("TASK \"%1\" names no task that can be watched (%2).")
                               .arg(item.source, item.problemTexts().join(QStringLiteral("; ")));
                return {};
            }
            if (!item.kind || item.kindBasis == PasteItem::KindBasis::Guessed) {
                *problem = tr("TASK \"%1\": its kind cannot be told from the id; add --kind "
                              "feishu-contact|feishu-drive|dingtalk-storage|dingtalk-doc, or "
                              "give the platform URL it came from.")
                               .arg(item.taskId);
                return {};
            }
            if (!TaskKinds::accepts(account.platform, *item.kind)) {
                *problem = tr("TASK \"%1\" is a %2 task, which a %3 account cannot read; check "
                              "--platform and --kind.")
                               .arg(item.taskId, TaskKinds::id(*item.kind),
                                    Platforms::id(account.platform));
                return {};
            }
            std::optional<TaskRef> ref = item.toTaskRef(account.id);
            if (ref->kind == TaskKind::DingTalkStorage && ref->unionId.isEmpty() &&
                account.unionId.isEmpty()) {
                *problem = tr("TASK \"%1\" is a dingtalk-storage task: it is read as an "
                              "operator, so give --union-id ID.")
                               .arg(item.taskId);
                return {};
            }
            refs.append(*ref);
            ++found;
        }
        if (found == 0) {
            *problem = argument.trimmed().isEmpty()
                           ? tr("TASK is empty: give a task id or a URL.")
                           : tr("TASK \"%1\" holds no task id.").arg(argument.left(200));
            return {};
        }
    }
    return refs;
}
