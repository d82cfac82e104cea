#pragma once

#include <QObject>
#include <QString>

class QAction;
class QWidget;

// Every window-wide command, with its text, tool tip, shortcut and icon, in one place: the
// toolbar, the menus and the tray share these objects.
class MainWindowActions final : public QObject
{
    Q_OBJECT

public:
    explicit MainWindowActions(QWidget *window);

    QAction *addTasks = nullptr;
    QAction *pasteTasks = nullptr;
    QAction *watchReportQuery = nullptr;
    QAction *refreshAll = nullptr;
    QAction *pause = nullptr; // checkable: checked while polling is paused
    QAction *undoRemove = nullptr;
    QAction *exportTable = nullptr;
    QAction *settings = nullptr;
    QAction *accounts = nullptr;
    QAction *showDetailPane = nullptr; // checkable
    QAction *focusFilter = nullptr;
    QAction *clearFilter = nullptr;
    QAction *showFilterPanel = nullptr; // checkable
    QAction *openLogFolder = nullptr;   // enabled once setLogFolder() named one
    QAction *about = nullptr;
    QAction *quit = nullptr;

    // Where the window's log file is written; openLogFolder shows it in the file manager.
    void setLogFolder(const QString &folder);
    QString logFolder() const { return m_logFolder; }

private:
    void showLogFolder();
    QAction *make(const QString &text, const QString &toolTip, const QString &iconName);
    QWidget *m_window;
    QString m_logFolder;
};
