#pragma once

#include "models/domain/TaskKind.h"
#include "models/domain/WatchedTask.h"

#include <QList>
#include <QMainWindow>

#include <optional>

class DetailPane;
class Engine;
class EmptyStatePage;
class Notifier;
class SecretVault;
class TrayIcon;
class ExportRunner;
class FilterPanel;
class MainWindowActions;
class Preferences;
class QSplitter;
class QStackedWidget;
class QTimer;
class StatusSummary;
class TaskFilterProxy;
class TaskTableView;

// The dashboard: the filter panel, the live task table (or, with nothing watched, what to do),
// the toolbar, menus and status bar. Talks to the Engine only; what it remembers between runs
// (geometry, columns, splitter) goes through Preferences.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    struct Options
    {
        bool demo = false;
        // Keychain state for the Accounts dialog; nullptr in demo mode (session-only secrets).
        SecretVault *secrets = nullptr;
    };

    MainWindow(Engine &engine, Preferences &preferences, const Options &options,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    TaskTableView *taskTable() const { return m_table; }
    TaskFilterProxy *proxy() const { return m_proxy; }
    FilterPanel *filterPanel() const { return m_filterPanel; }
    MainWindowActions *actions() const { return m_actions; }
    ExportRunner *exportRunner() const { return m_export; }
    StatusSummary *statusSummary() const { return m_status; }
    DetailPane *detailPane() const { return m_detail; }
    TrayIcon *trayIcon() const { return m_tray; }
    Notifier *notifier() const { return m_notifier; }
    bool isShowingEmptyState() const;

    // Opens the add dialog with this text (a paste, a drop, a second launch's arguments).
    void addTasksFrom(const QString &text);
    void watchReportQuery();
    // Applies pending secondary updates now (tests; otherwise a short single-shot does it).
    void refreshSoon();
    void refreshNow();

    // The Accounts dialog, with the editor open for a new account when asked.
    void openAccounts(std::optional<Platform> newAccountPlatform = std::nullopt,
                      const QString &baseUrl = {});
    void showFromTray();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildMenus();
    void buildToolBar();
    void connectEngine();
    void restoreState();
    void saveState();
    void removeSelected(const QStringList &keys);
    void undoRemove();
    void exportTable();
    void openSettings();
    void showDetails(const QString &key);
    void showAbout();
    QString pauseReason() const;
    void tellAboutTheStore();

    Engine &m_engine;
    Preferences &m_preferences;
    Options m_options;
    MainWindowActions *m_actions = nullptr;
    TaskFilterProxy *m_proxy = nullptr;
    FilterPanel *m_filterPanel = nullptr;
    TaskTableView *m_table = nullptr;
    EmptyStatePage *m_empty = nullptr;
    QStackedWidget *m_stack = nullptr;
    QSplitter *m_splitter = nullptr;      // filter panel | tasks and details
    QSplitter *m_tableSplitter = nullptr; // tasks over details
    DetailPane *m_detail = nullptr;
    TrayIcon *m_tray = nullptr;
    Notifier *m_notifier = nullptr;
    bool m_quitting = false;
    StatusSummary *m_status = nullptr;
    QTimer *m_refreshSoon = nullptr;
    QTimer *m_clockTick = nullptr;
    ExportRunner *m_export = nullptr;
    QList<WatchedTask> m_lastRemoved;
    QStringList m_budgetExhausted; // account names
};
