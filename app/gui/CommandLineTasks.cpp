#include "app/gui/CommandLineTasks.h"

#include "app/engine/Engine.h"
#include "models/paste/PasteParser.h"
#include "models/paste/PastePreviewModel.h"
#include "ui/MainWindow.h"

#include <QStatusBar>

int CommandLineTasks::add(Engine &engine, MainWindow &window, const QString &text)
{
    PastePreviewModel preview;
    preview.setWatchedCheck(
        [&engine](const QString &accountId, TaskKind kind, const QString &taskId) {
            TaskRef ref;
            ref.kind = kind;
            ref.accountId = accountId;
            ref.taskId = taskId;
            return engine.isWatching(ref.key());
        });
    preview.setAccounts(engine.accounts());
    preview.setResult(PasteParser().parse(text));
    const PastePreviewSummary summary = preview.summary();
    if (summary.needKind > 0 || summary.needAccount > 0 || summary.notRecognised > 0 ||
        summary.notTasks > 0 || summary.tasksFound == 0) {
        window.addTasksFrom(text);
        return 0;
    }
    const int added = engine.addTasks(preview.refs({}));
    //: Status bar, after another launch of the app named tasks on its command line
    window.statusBar()->showMessage(
        added > 0 ? tr("%n task(s) added from the command line", nullptr, added)
                  : tr("The tasks on the command line are already watched"),
        8000);
    return added;
}
