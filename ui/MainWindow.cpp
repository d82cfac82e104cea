#include "ui/MainWindow.h"

#include "app/engine/Engine.h"
#include "models/preferences/Preferences.h"
#include "models/watchlist/TaskCounts.h"
#include "models/watchlist/TaskFilterProxy.h"
#include "ui/desktop/Notifier.h"
#include "ui/desktop/TrayIcon.h"
#include "ui/detail/DetailPane.h"
#include "ui/dialogs/AccountsDialog.h"
#include "ui/dialogs/AddTasksDialog.h"
#include "ui/dialogs/ExportRunner.h"
#include "ui/dialogs/ReportQueryDialog.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/DroppedText.h"
#include "ui/EmptyStatePage.h"
#include "ui/filter/FilterPanel.h"
#include "ui/MainWindowActions.h"
#include "ui/StatusSummary.h"
#include "ui/table/TaskTableView.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDataStream>
#include <QDate>
#include <QDir>
#include <QHeaderView>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

MainWindow::MainWindow(Engine &engine, Preferences &preferences, const Options &options,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_engine(engine)
    , m_preferences(preferences)
    , m_options(options)
    , m_actions(new MainWindowActions(this))
    , m_proxy(new TaskFilterProxy(this))
    , m_filterPanel(new FilterPanel(this))
    , m_table(new TaskTableView(this))
    , m_empty(new EmptyStatePage(this))
    , m_stack(new QStackedWidget(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_tableSplitter(new QSplitter(Qt::Vertical, this))
    , m_detail(new DetailPane(engine, &preferences, this))
    , m_status(new StatusSummary(engine, preferences, this))
    , m_refreshSoon(new QTimer(this))
    , m_clockTick(new QTimer(this))
    , m_export(new ExportRunner(engine, preferences, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(options.demo ? tr("Task Monitor — Demo") : tr("Task Monitor"));
    setAcceptDrops(true);

    m_proxy->setSourceModel(&engine.tasks());
    m_table->setModel(m_proxy);
    // Paste on the table adds tasks; in a text field Ctrl+V stays a text paste.
    removeAction(m_actions->pasteTasks);
    m_actions->pasteTasks->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_table->addAction(m_actions->pasteTasks);
    m_empty->addAction(m_actions->pasteTasks);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_table);
    m_filterPanel->setMinimumWidth(180);
    m_tableSplitter->addWidget(m_stack);
    m_tableSplitter->addWidget(m_detail);
    m_tableSplitter->setStretchFactor(0, 3);
    m_tableSplitter->setStretchFactor(1, 2);
    m_tableSplitter->setChildrenCollapsible(false);
    m_tableSplitter->setSizes({430, 290});
    m_splitter->addWidget(m_filterPanel);
    m_splitter->addWidget(m_tableSplitter);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({220, 980});
    setCentralWidget(m_splitter);
    statusBar()->addPermanentWidget(m_status, 1);
    statusBar()->setSizeGripEnabled(true);

    buildMenus();
    buildToolBar();

    m_tray = new TrayIcon(m_actions->pause, m_actions->quit, this);
    m_tray->showWhereTrayExists();
    m_notifier = new Notifier(engine, preferences, this);
    m_notifier->setFallbackTray(m_tray);
    connect(m_tray, &TrayIcon::showWindowRequested, this, &MainWindow::showFromTray);
    connect(m_notifier, &Notifier::activated, this, [this](const QStringList &keys) {
        showFromTray();
        if (!keys.isEmpty() && !m_table->selectTask(keys.first())) {
            m_filterPanel->clear(); // filtered out: show it anyway
            m_table->selectTask(keys.first());
        }
    });
    connect(m_notifier, &Notifier::delivered, this,
            [this](const FinishAnnouncement &announcement, Notifier::Channel channel) {
                if (channel == Notifier::Channel::Unavailable)
                    statusBar()->showMessage(announcement.title, 15000);
            });

    m_refreshSoon->setSingleShot(true);
    m_refreshSoon->setInterval(100);
    connect(m_refreshSoon, &QTimer::timeout, this, &MainWindow::refreshNow);
    m_clockTick->setInterval(1000);
    connect(m_clockTick, &QTimer::timeout, this, &MainWindow::refreshSoon);
    m_clockTick->start();

    connect(m_filterPanel, &FilterPanel::filterChanged, m_proxy, &TaskFilterProxy::setFilter);
    connect(m_table, &TaskTableView::removeRequested, this, &MainWindow::removeSelected);
    connect(m_table, &TaskTableView::refreshRequested, &m_engine, &Engine::refresh);
    connect(m_empty->addTasksButton(), &QPushButton::clicked, m_actions->addTasks,
            &QAction::trigger);
    connect(m_empty->addAccountButton(), &QPushButton::clicked, this,
            [this] { openAccounts(Platform::Feishu); });
    connect(m_table, &TaskTableView::currentTaskChanged, m_detail, &DetailPane::showTask);
    connect(m_table, &TaskTableView::detailsRequested, this, &MainWindow::showDetails);
    connectEngine();
    restoreState();
    refreshNow();
    if (!engine.openResult().message.isEmpty())
        QTimer::singleShot(0, this, &MainWindow::tellAboutTheStore);
}

void MainWindow::tellAboutTheStore()
{
    // Not modal for the event loop: the monitor keeps working while the message is read.
    const DatabaseOpenResult &opened = m_engine.openResult();
    auto *box = new QMessageBox(opened.canSave() ? QMessageBox::Information : QMessageBox::Warning,
                                tr("The watch list"), opened.message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("storeMessage"));
    box->open();
    statusBar()->showMessage(opened.message, 30000);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_actions->addTasks);
    file->addAction(m_actions->pasteTasks);
    file->addAction(m_actions->watchReportQuery);
    file->addSeparator();
    file->addAction(m_actions->exportTable);
    file->addSeparator();
    file->addAction(m_actions->accounts);
    file->addAction(m_actions->settings);
    file->addSeparator();
    file->addAction(m_actions->quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_actions->undoRemove);
    edit->addSeparator();
    edit->addAction(m_table->copyAction());
    edit->addAction(m_table->removeAction());
    edit->addSeparator();
    edit->addAction(m_actions->focusFilter);
    edit->addAction(m_actions->clearFilter);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_table->refreshAction());
    view->addAction(m_actions->refreshAll);
    view->addAction(m_actions->pause);
    view->addSeparator();
    view->addAction(m_table->openDetailsAction());
    view->addAction(m_actions->showDetailPane);
    view->addAction(m_actions->showFilterPanel);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_actions->openLogFolder);
    help->addAction(m_actions->about);

    connect(m_actions->addTasks, &QAction::triggered, this, [this] { addTasksFrom({}); });
    connect(m_actions->watchReportQuery, &QAction::triggered, this, &MainWindow::watchReportQuery);
    connect(m_actions->pasteTasks, &QAction::triggered, this,
            [this] { addTasksFrom(QApplication::clipboard()->text()); });
    connect(m_actions->refreshAll, &QAction::triggered, &m_engine, &Engine::refreshAll);
    connect(m_actions->pause, &QAction::toggled, this, [this](bool paused) {
        if (paused)
            m_engine.pause();
        else
            m_engine.resume();
    });
    connect(m_actions->undoRemove, &QAction::triggered, this, &MainWindow::undoRemove);
    connect(m_actions->exportTable, &QAction::triggered, this, &MainWindow::exportTable);
    connect(m_actions->settings, &QAction::triggered, this, &MainWindow::openSettings);
    connect(m_actions->accounts, &QAction::triggered, this, [this] { openAccounts(); });
    connect(m_actions->showDetailPane, &QAction::toggled, this, [this](bool visible) {
        m_detail->setVisible(visible);
        m_preferences.setDetailPaneVisible(visible);
    });
    connect(m_export, &ExportRunner::finished, this, [this](const CsvExportResult &result) {
        if (result.ok())
            statusBar()->showMessage(tr("%n row(s) written to %1", nullptr, int(result.rows))
                                         .arg(QDir::toNativeSeparators(result.filePath)),
                                     8000);
    });
    connect(m_actions->focusFilter, &QAction::triggered, this, [this] {
        m_actions->showFilterPanel->setChecked(true);
        m_filterPanel->focusTextFilter();
    });
    connect(m_actions->clearFilter, &QAction::triggered, m_filterPanel, &FilterPanel::clear);
    connect(m_actions->showFilterPanel, &QAction::toggled, m_filterPanel, &QWidget::setVisible);
    connect(m_actions->about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_actions->quit, &QAction::triggered, this, [this] {
        m_quitting = true;
        close();
        QApplication::quit();
    });
}

void MainWindow::buildToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_actions->addTasks);
    bar->addAction(m_actions->refreshAll);
    bar->addAction(m_actions->pause);
    bar->addSeparator();
    bar->addAction(m_table->removeAction());
    bar->addAction(m_actions->exportTable);
    bar->addSeparator();
    bar->addAction(m_actions->accounts);
}

void MainWindow::connectEngine()
{
    TaskTableModel &tasks = m_engine.tasks();
    connect(&tasks, &QAbstractItemModel::rowsInserted, this, &MainWindow::refreshSoon);
    connect(&tasks, &QAbstractItemModel::rowsRemoved, this, &MainWindow::refreshSoon);
    connect(&tasks, &TaskTableModel::taskUpdated, this, &MainWindow::refreshSoon);
    connect(&m_engine, &Engine::accountsChanged, this, &MainWindow::refreshSoon);
    connect(&m_engine, &Engine::pausedChanged, this, [this](bool paused) {
        const QSignalBlocker blocker(m_actions->pause);
        m_actions->pause->setChecked(paused);
        refreshSoon();
    });
    connect(&m_engine, &Engine::budgetExhausted, this, [this](const QString &accountId) {
        const std::optional<Account> account = m_engine.account(accountId);
        const QString name = account && !account->name.isEmpty() ? account->name : accountId;
        if (!m_budgetExhausted.contains(name))
            m_budgetExhausted << name;
        refreshSoon();
    });
    connect(&m_engine, &Engine::budgetRestored, this, [this](const QString &accountId) {
        const std::optional<Account> account = m_engine.account(accountId);
        m_budgetExhausted.removeAll(account && !account->name.isEmpty() ? account->name
                                                                        : accountId);
        refreshSoon();
    });
    connect(&m_engine, &Engine::storeProblem, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15000); });
}

bool MainWindow::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

void MainWindow::refreshSoon()
{
    if (!m_refreshSoon->isActive())
        m_refreshSoon->start();
}

void MainWindow::refreshNow()
{
    m_refreshSoon->stop();
    const TaskCounts counts = TaskCounts::of(m_engine.tasks());
    QHash<QString, QString> names;
    const QList<Account> accounts = m_engine.accounts();
    for (const Account &account : accounts)
        names.insert(account.id, account.name.isEmpty() ? account.id : account.name);
    m_filterPanel->setCounts(counts, names);
    m_status->update(counts, pauseReason());
    m_tray->update(counts);
    m_empty->setHasAccounts(!accounts.isEmpty());
    QWidget *page = counts.total == 0 ? static_cast<QWidget *>(m_empty) : m_table;
    if (m_stack->currentWidget() != page) {
        const bool hadFocus = m_stack->currentWidget()->hasFocus();
        m_stack->setCurrentWidget(page);
        if (hadFocus)
            page->setFocus();
    }
    const QString base = m_options.demo ? tr("Task Monitor — Demo") : tr("Task Monitor");
    setWindowTitle(counts.unfinished() > 0
                       ? tr("%1 (%n running)", nullptr, counts.unfinished()).arg(base)
                       : base);
}

QString MainWindow::pauseReason() const
{
    const QString demo = m_options.demo ? tr("Demo: ") : QString();
    if (m_engine.isPaused())
        return demo + tr("Paused by you — choose Pause checking again to resume");
    if (!m_budgetExhausted.isEmpty())
        return demo + tr("Monthly call budget used up for %1: its tasks wait")
                          .arg(m_budgetExhausted.join(QStringLiteral(", ")));
    return m_options.demo ? tr("Demo against the built-in simulator") : QString();
}

void MainWindow::addTasksFrom(const QString &text)
{
    auto *dialog = new AddTasksDialog(
        m_engine.accounts(),
        [this](const QString &accountId, TaskKind kind, const QString &taskId) {
            TaskRef ref;
            ref.kind = kind;
            ref.accountId = accountId;
            ref.taskId = taskId;
            return m_engine.isWatching(ref.key());
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!text.isEmpty())
        dialog->setPastedText(text);
    connect(dialog, &AddTasksDialog::addAccountRequested, this,
            [this](Platform platform, const QString &baseUrl) { openAccounts(platform, baseUrl); });
    connect(&m_engine, &Engine::accountsChanged, dialog,
            [this, dialog] { dialog->setAccounts(m_engine.accounts()); });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const int added = m_engine.addTasks(dialog->tasksToAdd());
        statusBar()->showMessage(tr("%n task(s) added", nullptr, added), 5000);
    });
    dialog->open();
}

void MainWindow::watchReportQuery()
{
    auto *dialog = new ReportQueryDialog(m_engine, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const TaskRef query = dialog->queryToWatch();
        if (m_engine.addTasks({query}) > 0)
            m_table->selectTask(query.key());
    });
    dialog->open();
}

void MainWindow::removeSelected(const QStringList &keys)
{
    m_lastRemoved = m_engine.removeTasks(keys);
    m_actions->undoRemove->setEnabled(!m_lastRemoved.isEmpty());
    statusBar()->showMessage(tr("%n task(s) no longer watched — Ctrl+Z brings them back", nullptr,
                                int(m_lastRemoved.size())),
                             8000);
}

void MainWindow::undoRemove()
{
    const int restored = m_engine.restoreTasks(std::exchange(m_lastRemoved, {}));
    m_actions->undoRemove->setEnabled(false);
    statusBar()->showMessage(tr("%n task(s) watched again", nullptr, restored), 5000);
}

void MainWindow::exportTable()
{
    // The selection when there is one, else what the filter shows, in the view's order.
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    m_export->exportTable(m_proxy, rows);
}

void MainWindow::openAccounts(std::optional<Platform> newAccountPlatform, const QString &baseUrl)
{
    auto *dialog = new AccountsDialog(m_engine, m_options.secrets, m_preferences, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, &MainWindow::refreshSoon);
    dialog->open();
    if (newAccountPlatform)
        dialog->addAccount(*newAccountPlatform, baseUrl);
}

void MainWindow::showDetails(const QString &key)
{
    m_actions->showDetailPane->setChecked(true);
    m_detail->showTask(key);
    m_detail->setFocus(Qt::OtherFocusReason);
}

void MainWindow::showFromTray()
{
    if (isMinimized())
        showNormal();
    else
        show();
    raise();
    activateWindow();
}

void MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog(m_engine, m_preferences, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, &MainWindow::refreshSoon);
    dialog->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Task Monitor"),
        tr("<h3>Task Monitor %1</h3>"
           "<p>Watches the asynchronous tasks of Feishu / Lark and DingTalk: bulk imports, "
           "folder moves, file moves, document copies and report queries.</p>"
           "<p>Built with Qt %2 (running on Qt %3).</p>"
           "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
            .arg(QApplication::applicationVersion(), QStringLiteral(QT_VERSION_STR),
                 QString::fromLatin1(qVersion())));
}

void MainWindow::restoreState()
{
    if (!m_preferences.mainWindowGeometry().isEmpty())
        restoreGeometry(m_preferences.mainWindowGeometry());
    else
        resize(1200, 720);
    if (!m_preferences.mainWindowState().isEmpty())
        QMainWindow::restoreState(m_preferences.mainWindowState());
    if (!m_preferences.taskTableHeaderState().isEmpty())
        m_table->horizontalHeader()->restoreState(m_preferences.taskTableHeaderState());
    if (!m_preferences.splitterState().isEmpty()) {
        QDataStream stream(m_preferences.splitterState());
        QByteArray side;
        QByteArray details;
        stream >> side >> details;
        if (stream.status() == QDataStream::Ok) {
            m_splitter->restoreState(side);
            m_tableSplitter->restoreState(details);
        }
    }
    m_actions->showDetailPane->setChecked(m_preferences.detailPaneVisible());
    m_detail->setVisible(m_preferences.detailPaneVisible());
    m_proxy->setSecondarySortColumn(m_preferences.taskTableSecondarySortColumn());
}

void MainWindow::saveState()
{
    m_preferences.setMainWindowGeometry(saveGeometry());
    m_preferences.setMainWindowState(QMainWindow::saveState());
    m_preferences.setTaskTableHeaderState(m_table->horizontalHeader()->saveState());
    QByteArray splitters;
    QDataStream stream(&splitters, QIODevice::WriteOnly);
    stream << m_splitter->saveState() << m_tableSplitter->saveState();
    m_preferences.setSplitterState(splitters);
    m_preferences.setTaskTableSecondarySortColumn(m_proxy->secondarySortColumn());
    m_preferences.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    const bool toTray = !m_quitting && m_tray->keepsWatchingWhenWindowCloses();
    // Hidden in the tray, closing a dialog must not end the app; without a tray, closing quits.
    QGuiApplication::setQuitOnLastWindowClosed(!toTray);
    if (toTray) {
        hide();
        event->ignore();
        return;
    }
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasText() || event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QString problem;
    const QString text = DroppedText::read(event->mimeData(), &problem);
    if (!problem.isEmpty())
        QMessageBox::warning(this, tr("File too large"), problem);
    if (text.isEmpty())
        return;
    event->acceptProposedAction();
    addTasksFrom(text);
}
