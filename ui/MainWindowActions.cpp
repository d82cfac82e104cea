#include "ui/MainWindowActions.h"

#include "ui/UiLogging.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QIcon>
#include <QMessageBox>
#include <QUrl>
#include <QWidget>

MainWindowActions::MainWindowActions(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    addTasks = make(tr("&Add tasks…"),
                    tr("Paste task ids, links, curl lines or API answers to watch them"),
                    QStringLiteral("list-add"));
    addTasks->setShortcut(QKeySequence::New);
    pasteTasks = make(tr("&Paste tasks"), tr("Add what is on the clipboard (shown first)"),
                      QStringLiteral("edit-paste"));
    pasteTasks->setShortcut(QKeySequence::Paste);
    // Only on the task table: in a text field Ctrl+V pastes text.
    pasteTasks->setShortcutContext(Qt::WidgetShortcut);
    watchReportQuery = make(tr("Watch &report query…"),
                            tr("Count the report (汇报) submissions of a rule or a person over "
                               "today, this week, this month or dates you choose"),
                            QStringLiteral("x-office-document"));
    watchReportQuery->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    refreshAll = make(tr("Refresh &all"), tr("Check every watched task now"),
                      QStringLiteral("view-refresh"));
    refreshAll->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    pause = make(tr("&Pause checking"), tr("Stop asking the platforms until you resume"),
                 QStringLiteral("media-playback-pause"));
    pause->setCheckable(true);
    pause->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    undoRemove = make(tr("&Undo remove"), tr("Bring back the tasks removed last"),
                      QStringLiteral("edit-undo"));
    undoRemove->setShortcut(QKeySequence::Undo);
    undoRemove->setEnabled(false);
    exportTable = make(tr("&Export…"), tr("Save the tasks shown (or selected) as a CSV file"),
                       QStringLiteral("document-save-as"));
    exportTable->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    settings =
        make(tr("&Settings…"), tr("Check intervals, call budgets, notifications, language, CSV"),
             QStringLiteral("preferences-system"));
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);
    accounts =
        make(tr("A&ccounts…"), tr("The Feishu, Lark and DingTalk apps whose tasks are watched"),
             QStringLiteral("system-users"));
    accounts->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    showDetailPane =
        make(tr("&Details pane"), tr("Show or hide the selected task's details"), QString());
    showDetailPane->setCheckable(true);
    showDetailPane->setChecked(true);
    showDetailPane->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    focusFilter = make(tr("&Find…"), tr("Filter the table by label, id, account or message"),
                       QStringLiteral("edit-find"));
    focusFilter->setShortcut(QKeySequence::Find);
    clearFilter =
        make(tr("&Clear filter"), tr("Show every watched task"), QStringLiteral("edit-clear"));
    showFilterPanel = make(tr("&Filter panel"), tr("Show or hide the filter panel"), QString());
    showFilterPanel->setCheckable(true);
    showFilterPanel->setChecked(true);
    showFilterPanel->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    openLogFolder = make(tr("Open &log folder"),
                         tr("Show the folder of Task Monitor's log file (tokens and secrets are "
                            "never written to it)"),
                         QStringLiteral("folder-open"));
    openLogFolder->setEnabled(false);
    connect(openLogFolder, &QAction::triggered, this, &MainWindowActions::showLogFolder);
    about = make(tr("&About Task Monitor"), tr("Version, Qt version and licence"),
                 QStringLiteral("help-about"));
    quit = make(tr("&Quit"), tr("Stop watching and close Task Monitor"),
                QStringLiteral("application-exit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
}

void MainWindowActions::setLogFolder(const QString &folder)
{
    m_logFolder = folder;
    openLogFolder->setEnabled(!folder.isEmpty());
}

void MainWindowActions::showLogFolder()
{
    if (m_logFolder.isEmpty())
        return;
    QDir().mkpath(m_logFolder);
    qCInfo(lcUi).noquote() << "opening the log folder" << m_logFolder;
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(m_logFolder))) {
        QMessageBox::information(
            m_window, tr("Log folder"),
            tr("Task Monitor's log file is in %1").arg(QDir::toNativeSeparators(m_logFolder)));
    }
}

QAction *MainWindowActions::make(const QString &text, const QString &toolTip,
                                 const QString &iconName)
{
    auto *action = new QAction(text, m_window);
    action->setToolTip(toolTip);
    action->setStatusTip(toolTip);
    if (!iconName.isEmpty())
        action->setIcon(QIcon::fromTheme(iconName));
    m_window->addAction(action);
    return action;
}
