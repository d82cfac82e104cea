#pragma once

#include <QCoreApplication>
#include <QString>

class Engine;
class MainWindow;

// Tasks named on the command line, the first launch's or a later one's: read as a paste is
// read (PasteParser into the add dialog's PastePreviewModel). When every task found has its
// kind and account they are watched at once; otherwise the add dialog opens with the text,
// so that the user chooses what is missing.
class CommandLineTasks final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineTasks)

public:
    // Returns how many tasks were added without the dialog.
    static int add(Engine &engine, MainWindow &window, const QString &text);
};
