#pragma once

#include <QObject>

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
    QAction *about = nullptr;
    QAction *quit = nullptr;

private:
    QAction *make(const QString &text, const QString &toolTip, const QString &iconName);
    QWidget *m_window;
};
