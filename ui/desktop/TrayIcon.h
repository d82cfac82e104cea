#pragma once

#include "models/domain/TaskState.h"

#include <QSystemTrayIcon>

#include <memory>

class QAction;
class QMenu;
struct TaskCounts;

// The icon in the system tray, where one exists: a tool tip with the counts ("3 running,
// 1 failed"), the application's icon with a badge that shows whether anything needs a look, a
// menu with Show, Pause and Quit, and a click that brings the window back.
// keepsWatchingWhenWindowCloses() tells the window whether closing it hides it here or quits.
class TrayIcon final : public QSystemTrayIcon
{
    Q_OBJECT

public:
    // pause and quit are the window's own actions, shared with its menus; not owned.
    TrayIcon(QAction *pause, QAction *quit, QObject *parent = nullptr);
    ~TrayIcon() override;

    // Shows the icon when the desktop has a tray; false, and it stays hidden, otherwise.
    bool showWhereTrayExists();
    // True only while the icon is in a tray: closing the window then keeps watching there;
    // otherwise closing the window quits.
    bool keepsWatchingWhenWindowCloses() const;

    // Tool tip and icon; the window calls it from its coalesced refresh.
    void update(const TaskCounts &counts);
    // "3 running, 1 failed"; "Nothing watched" without tasks.
    static QString summaryText(const TaskCounts &counts);
    // The state the icon shows: Failed when anything needs a look, else Running while tasks
    // run, Succeeded when all ended well, Pending with nothing watched.
    TaskState shownState() const;

    QAction *showAction() const { return m_show; }

signals:
    void showWindowRequested();

private:
    std::unique_ptr<QMenu> m_menu;
    QAction *m_show = nullptr;
    TaskState m_shownState = TaskState::Pending;
};
