#include "ui/detail/DetailPane.h"

#include "app/engine/Engine.h"
#include "ui/detail/OverviewTab.h"
#include "ui/detail/ProgressChartTab.h"
#include "ui/detail/RawAnswerTab.h"
#include "ui/detail/RequestLogView.h"
#include "ui/detail/SubmissionsTab.h"
#include "ui/detail/SubtasksTab.h"

#include <QSplitter>
#include <QTimer>

namespace {

// Answers and errors come in bursts (a batch of checks); one refresh per burst is enough.
constexpr int kRefreshDelayMs = 150;

} // namespace

DetailPane::DetailPane(Engine &engine, Preferences *preferences, QWidget *parent)
    : QTabWidget(parent)
    , m_engine(engine)
    , m_refreshSoon(new QTimer(this))
    , m_overview(new OverviewTab(engine.clock(), this))
    , m_subtasks(new SubtasksTab(preferences, this))
    , m_submissions(new SubmissionsTab(preferences, this))
    , m_progress(new ProgressChartTab(this))
    , m_rawAndLog(new QSplitter(Qt::Vertical, this))
    , m_requestLog(new RequestLogView(m_rawAndLog))
    , m_raw(new RawAnswerTab(m_rawAndLog))
{
    setObjectName(QStringLiteral("detailPane"));
    setAccessibleName(tr("Task details"));
    setAccessibleDescription(tr("Details of the current task"));
    setDocumentMode(true);
    addTab(m_overview, tr("&Overview"));
    addTab(m_subtasks, tr("Sub-&tasks"));
    addTab(m_submissions, tr("Su&bmissions"));
    addTab(m_progress, tr("&Progress"));
    m_rawAndLog->setObjectName(QStringLiteral("rawAndRequests"));
    m_rawAndLog->setChildrenCollapsible(false);
    m_rawAndLog->addWidget(m_requestLog);
    m_rawAndLog->addWidget(m_raw);
    m_rawAndLog->setStretchFactor(0, 1);
    m_rawAndLog->setStretchFactor(1, 1);
    addTab(m_rawAndLog, tr("&Raw"));

    m_refreshSoon->setSingleShot(true);
    m_refreshSoon->setInterval(kRefreshDelayMs);
    connect(m_refreshSoon, &QTimer::timeout, this, &DetailPane::refresh);
    connect(&m_engine.tasks(), &TaskTableModel::taskUpdated, this, &DetailPane::taskTouched);
    connect(&m_engine, &Engine::taskAnswered, this,
            [this](const QString &key) { taskTouched(key); });
    connect(&m_engine, &Engine::requestLogged, this, &DetailPane::taskTouched);
    connect(&m_engine.tasks(), &QAbstractItemModel::rowsRemoved, this, [this] {
        if (!m_key.isEmpty() && m_engine.tasks().rowOf(m_key) < 0)
            taskTouched(m_key);
    });
    updateTabs();
}

void DetailPane::showTask(const QString &key)
{
    if (key == m_key && !m_stale)
        return;
    m_key = key;
    ++m_generation; // loads still under way are for the previous task
    m_pendingLoads = 0;
    m_refreshSoon->stop();
    m_stale = true;
    if (isVisible())
        refresh();
}

void DetailPane::showEvent(QShowEvent *event)
{
    QTabWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void DetailPane::taskTouched(const QString &key)
{
    if (key != m_key)
        return;
    m_stale = true;
    if (isVisible())
        m_refreshSoon->start();
}

void DetailPane::refresh()
{
    m_stale = false;
    const quint64 generation = ++m_generation;
    const WatchedTask *task = m_key.isEmpty() ? nullptr : m_engine.tasks().task(m_key);
    if (!task) {
        m_overview->setTask(nullptr, {});
        m_subtasks->clear();
        m_submissions->clear();
        m_progress->setTask(nullptr);
        m_raw->clear();
        m_requestLog->clear();
        updateTabs();
        m_pendingLoads = 0;
        emit refreshed(m_key);
        return;
    }
    m_overview->setTask(task, m_engine.tasks().accountName(task->ref.accountId));
    m_progress->setTask(task);
    m_subtasks->setTask(*task);
    m_requestLog->setRecords(m_engine.requestLog(m_key));
    updateTabs();

    const QString key = m_key;
    const TaskKind kind = task->ref.kind;
    const QString taskId = task->ref.taskId;
    const auto current = [this, key, generation] {
        return key == m_key && generation == m_generation;
    };
    m_pendingLoads = 1;
    if (kind == TaskKind::FeishuContact) {
        ++m_pendingLoads;
        m_engine.loadSubtaskSheet(key, this, [this, key, current](const SubtaskSheet &sheet) {
            if (!current())
                return;
            m_subtasks->setRows(key, sheet);
            loadFinished();
        });
    }
    if (kind == TaskKind::FeishuReport) {
        ++m_pendingLoads;
        m_engine.loadReports(key, this,
                             [this, key, taskId, current](const QList<ReportSubmission> &reports) {
                                 if (!current())
                                     return;
                                 m_submissions->setSubmissions(key, taskId, reports);
                                 loadFinished();
                             });
    }
    m_engine.loadRawBody(key, this, [this, current](const QByteArray &body) {
        if (!current())
            return;
        m_raw->setBody(body, m_engine.secretsInUse(), [this, current] {
            if (current())
                loadFinished();
        });
    });
}

void DetailPane::loadFinished()
{
    if (--m_pendingLoads == 0)
        emit refreshed(m_key);
}

void DetailPane::updateTabs()
{
    const WatchedTask *task = m_key.isEmpty() ? nullptr : m_engine.tasks().task(m_key);
    const TaskKind kind = task ? task->ref.kind : TaskKind::FeishuContact;
    const bool rowsOrCounts =
        task && kind != TaskKind::FeishuReport && kind != TaskKind::FeishuDrive;
    setTabVisible(indexOf(m_subtasks), rowsOrCounts);
    setTabVisible(indexOf(m_submissions), task && kind == TaskKind::FeishuReport);
    setTabVisible(indexOf(m_progress), task && kind != TaskKind::FeishuReport);
    setTabVisible(indexOf(m_rawAndLog), task != nullptr);
}
