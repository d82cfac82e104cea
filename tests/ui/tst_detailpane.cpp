#include "app/engine/Engine.h"
#include "models/domain/FailureGroup.h"
#include "models/preferences/Preferences.h"
#include "models/watchlist/ReportModel.h"
#include "models/watchlist/RequestLogModel.h"
#include "models/watchlist/SubtaskFilterProxy.h"
#include "models/watchlist/SubtaskModel.h"
#include "network/simulator/OpenPlatformSimulator.h"
#include "network/simulator/SimFault.h"
#include "network/simulator/SubtaskRows.h"
#include "resources/Translations.h"
#include "ui/detail/DetailPane.h"
#include "ui/detail/FormFieldsTable.h"
#include "ui/detail/OverviewTab.h"
#include "ui/detail/ProgressChartTab.h"
#include "ui/detail/RawAnswerTab.h"
#include "ui/detail/RequestLogView.h"
#include "ui/detail/SubmissionsTab.h"
#include "ui/detail/SubtasksTab.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTableView>
#include <QtCharts/QLineSeries>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

// The detail pane offscreen on a real engine (SQLite file, loopback HTTP to the simulator).
// With DETAILPANE_SHOTS set to a folder it also saves the screenshots of docs/ there
// (DETAILPANE_DARK=1 for the dark palette, DETAILPANE_LANGUAGE=zh_CN for Chinese).
class tst_DetailPane final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void failureGroupsCountAndFilter_data();
    void failureGroupsCountAndFilter();
    void hundredThousandRows();
    void storageTaskShowsCountsAndMessage();
    void reportPivot();
    void rawViewRedactsTokensAndSecrets();
    void largeAnswerIsReadOffTheWindowThread();
    void requestLogListsEveryAttempt();
    void chartFollowsTheHistory_data();
    void chartFollowsTheHistory();
    void hiddenChartIsDrawnWhenShown();
    void refreshesOnlyWhileVisible();
    void dropsLoadsOfATaskNoLongerShown();
    void showsNoOtherTasksRowsWhileLoading();
    void overviewShowsTheLastError();

private:
    static inline const QString kApp = QStringLiteral("cli_detail_app");
    static inline const QString kSecret = QStringLiteral("detail-pane-secret");
    static inline const QString kAccount = QStringLiteral("acme");

    TaskRef contactRef(const QString &id) const;
    // A finished contact import whose task_info has these rows.
    QString addFinishedImport(const QString &id, const QJsonArray &rows);
    QString addTask(const SimTask &task, TaskKind kind);
    bool waitForTerminal(const QString &key);
    bool showAndWait(const QString &key);
    void saveShot(QWidget *widget, const QString &name) const;
    static bool waitFor(const std::function<bool()> &condition, int timeoutMs = 20000);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<OpenPlatformSimulator> m_simulator;
    std::unique_ptr<Preferences> m_preferences;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<DetailPane> m_pane;
};

void tst_DetailPane::initTestCase()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    if (const QString language = qEnvironmentVariable("DETAILPANE_LANGUAGE"); !language.isEmpty())
        QVERIFY(Translations::install(*qApp, QLocale(language)));
    if (qEnvironmentVariableIntValue("DETAILPANE_DARK") == 1) {
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xe6));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::Mid, QColor(0x50, 0x50, 0x50));
        dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
        dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
        dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
        QApplication::setPalette(dark);
    }
}

void tst_DetailPane::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_simulator = std::make_unique<OpenPlatformSimulator>();
    m_simulator->addFeishuApp(kApp, kSecret);
    QVERIFY(m_simulator->listen() != 0);
    m_preferences = std::make_unique<Preferences>(m_dir->filePath(QStringLiteral("settings.ini")));
    EngineOptions options;
    options.databasePath = m_dir->filePath(QStringLiteral("watchlist.sqlite"));
    options.preferences = m_preferences.get();
    options.persistDelayMs = 50;
    m_engine = std::make_unique<Engine>(options);
    m_engine->start();
    Account account;
    account.id = kAccount;
    account.name = QStringLiteral("Acme");
    account.platform = Platform::Feishu;
    account.baseUrl = m_simulator->baseUrl().toString();
    account.appId = kApp;
    m_engine->setAccount(account, kSecret);
    m_pane = std::make_unique<DetailPane>(*m_engine, m_preferences.get());
    m_pane->resize(1100, 520);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
}

void tst_DetailPane::cleanup()
{
    m_pane.reset();
    m_engine.reset();
    m_preferences.reset();
    m_simulator.reset();
}

TaskRef tst_DetailPane::contactRef(const QString &id) const
{
    TaskRef ref;
    ref.kind = TaskKind::FeishuContact;
    ref.accountId = kAccount;
    ref.taskId = id;
    return ref;
}

QString tst_DetailPane::addTask(const SimTask &task, TaskKind kind)
{
    m_simulator->addTask(task);
    TaskRef ref = contactRef(task.id);
    ref.kind = kind;
    m_engine->addTasks({ref});
    return ref.key();
}

QString tst_DetailPane::addFinishedImport(const QString &id, const QJsonArray &rows)
{
    qint64 failed = 0;
    for (const QJsonValue &row : rows)
        failed += row.toObject().value(QStringLiteral("code")).toInteger() != 0 ? 1 : 0;
    SimTask task;
    task.kind = SimTaskKind::FeishuContact;
    task.id = id;
    task.rows = rows;
    task.steps = {
        SimTaskStep{0, QJsonObject{{QStringLiteral("status"), 9},
                                   {QStringLiteral("progress"), 100},
                                   {QStringLiteral("total_num"), rows.size()},
                                   {QStringLiteral("success_num"), rows.size() - failed},
                                   {QStringLiteral("fail_num"), failed},
                                   {QStringLiteral("finish_time"), QStringLiteral("@step")}}}};
    return addTask(task, TaskKind::FeishuContact);
}

bool tst_DetailPane::waitForTerminal(const QString &key)
{
    return waitFor([&] {
        const WatchedTask *task = m_engine->tasks().task(key);
        return task && task->isTerminal();
    });
}

bool tst_DetailPane::showAndWait(const QString &key)
{
    QSignalSpy refreshed(m_pane.get(), &DetailPane::refreshed);
    m_pane->showTask(key);
    return waitFor([&] {
        for (const QList<QVariant> &call : std::as_const(refreshed)) {
            if (call.at(0).toString() == key)
                return true;
        }
        return false;
    });
}

void tst_DetailPane::saveShot(QWidget *widget, const QString &name) const
{
    const QString folder = qEnvironmentVariable("DETAILPANE_SHOTS");
    if (folder.isEmpty())
        return;
    QCoreApplication::processEvents();
    QVERIFY(widget->grab().save(folder + QLatin1Char('/') + name));
}

bool tst_DetailPane::waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return condition();
}

void tst_DetailPane::failureGroupsCountAndFilter_data()
{
    // "count:code:message" per cause, most rows first, as the list shows them.
    QTest::addColumn<int>("rowCount");
    QTest::addColumn<QStringList>("causes");
    QTest::newRow("one cause") << 50 << QStringList{QStringLiteral("31:10013:invalid user_id")};
    QTest::newRow("three causes") << 50
                                  << QStringList{QStringLiteral("31:10013:invalid user_id"),
                                                 QStringLiteral("4:40003:mobile already exist"),
                                                 QStringLiteral("2:9999:department not exist")};
}

void tst_DetailPane::failureGroupsCountAndFilter()
{
    QFETCH(int, rowCount);
    QFETCH(QStringList, causes);
    QList<SubtaskRows::Failure> failures;
    QStringList expectedLabels;
    int failed = 0;
    for (const QString &cause : std::as_const(causes)) {
        const QStringList parts = cause.split(QLatin1Char(':'));
        failures.append({parts.at(0).toInt(), parts.at(1).toLongLong(), parts.at(2)});
        expectedLabels << QStringLiteral("%1 %2 × %3").arg(parts.at(1), parts.at(2), parts.at(0));
        failed += parts.at(0).toInt();
    }
    const QString key = addFinishedImport(QStringLiteral("0123456789abcdef0123456789abcdef"),
                                          SubtaskRows::users(rowCount, failures, 7));
    QVERIFY(waitForTerminal(key));
    QVERIFY(showAndWait(key));

    SubtasksTab *tab = m_pane->subtasksTab();
    m_pane->setCurrentWidget(tab);
    new QAbstractItemModelTester(tab->proxy(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest, tab);
    QCOMPARE(tab->model()->rowCount(), rowCount);
    QCOMPARE(tab->proxy()->rowCount(), rowCount);
    QListWidget *groups = tab->groupList();
    QStringList labels;
    for (int i = 0; i < groups->count(); ++i)
        labels << groups->item(i)->text();
    QCOMPARE(labels, expectedLabels);
    QCOMPARE(m_pane->overviewTab()->fieldText(OverviewTab::Field::Failed),
             QLocale().toString(failed));
    saveShot(m_pane.get(), QStringLiteral("detail-failures.png"));

    for (int i = 0; i < failures.size(); ++i) {
        groups->setCurrentRow(i);
        QCOMPARE(tab->proxy()->rowCount(), failures.at(i).count);
        for (int row = 0; row < tab->proxy()->rowCount(); ++row) {
            const QModelIndex index = tab->proxy()->index(row, 0);
            QCOMPARE(index.data(SubtaskModel::CodeRole).toString(),
                     QString::number(failures.at(i).code));
            QCOMPARE(index.data(SubtaskModel::MessageRole).toString(), failures.at(i).msg);
        }
        QVERIFY(tab->exportButton(SubtasksTab::Export::SelectedGroup)->isEnabled());
    }

    const QString groupFile = m_dir->filePath(QStringLiteral("group.csv"));
    QVERIFY(tab->exportTo(SubtasksTab::Export::SelectedGroup, groupFile).ok());
    QFile written(groupFile);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll().count('\n'), failures.last().count + 1);

    groups->clearSelection();
    QCOMPARE(tab->proxy()->rowCount(), rowCount);
    QVERIFY(!tab->exportButton(SubtasksTab::Export::SelectedGroup)->isEnabled());
    tab->failedOnlyToggle()->setChecked(true);
    QCOMPARE(tab->proxy()->rowCount(), failed);
    QCOMPARE(tab->exportTo(SubtasksTab::Export::FailedRows,
                           m_dir->filePath(QStringLiteral("failed.csv")))
                 .rows,
             qint64(failed));
    QCOMPARE(tab->exportTo(SubtasksTab::Export::AllRows, m_dir->filePath(QStringLiteral("all.csv")))
                 .rows,
             qint64(rowCount));
    tab->failedOnlyToggle()->setChecked(false);
    QCOMPARE(tab->proxy()->rowCount(), rowCount);
}

void tst_DetailPane::largeAnswerIsReadOffTheWindowThread()
{
    // About 1 MB of rows: decoded on a worker thread (ApiCall::kWorkerJudgedBytes), redacted
    // on one (RawAnswerTab::kWorkerRedactedBytes), and the view holds only its start.
    QJsonArray rows =
        SubtaskRows::users(6000, {{300, 10013, QStringLiteral("invalid user_id")}}, 5);
    QJsonObject leaky = rows.at(0).toObject();
    leaky.insert(QStringLiteral("remark"), QString(QStringLiteral("retried with ") + kSecret));
    rows.replace(0, leaky);
    const QString key = addFinishedImport(QStringLiteral("large-answer"), rows);
    QVERIFY(waitForTerminal(key));
    m_pane->setCurrentWidget(m_pane->subtasksTab());
    QVERIFY(showAndWait(key));
    QCOMPARE(m_pane->subtasksTab()->model()->rowCount(), 6000);
    QCOMPARE(m_pane->subtasksTab()->model()->failureGroups().size(), 1);
    QCOMPARE(m_pane->subtasksTab()->model()->failureGroups().first().count, 300);

    const QString shown = m_pane->rawTab()->shownText();
    QVERIFY(shown.size() > 1000);
    QVERIFY(shown.size() <= RawAnswerTab::kLongestShown);
    QVERIFY(shown.contains(QStringLiteral("retried with ***")));
    QVERIFY(!shown.contains(kSecret));
    const WatchedTask *task = m_engine->tasks().task(key);
    QVERIFY(task);
    QVERIFY(m_pane->rawTab()->findChild<QLabel *>()->text().contains(QStringLiteral("start")));
    m_pane->setCurrentWidget(m_pane->rawTab()->parentWidget());
    QCOMPARE(m_pane->rawTab()->textView()->toPlainText(), shown);
}

void tst_DetailPane::hundredThousandRows()
{
    constexpr int kRows = 100000;
    QList<SubtaskRow> rows;
    rows.reserve(kRows);
    int invalid = 0;
    int exists = 0;
    for (int i = 0; i < kRows; ++i) {
        SubtaskRow row;
        const QString name = QStringLiteral("user_%1").arg(i, 6, 10, QLatin1Char('0'));
        row.failed = i % 97 == 0 || i % 1000 == 1;
        row.code = i % 97 == 0 ? QStringLiteral("10013")
                               : (i % 1000 == 1 ? QStringLiteral("40003") : QStringLiteral("0"));
        row.message = i % 97 == 0 ? QStringLiteral("invalid user_id")
                                  : (i % 1000 == 1 ? QStringLiteral("mobile already exist")
                                                   : QStringLiteral("success"));
        invalid += i % 97 == 0 ? 1 : 0;
        exists += i % 97 != 0 && i % 1000 == 1 ? 1 : 0;
        row.fields = {{QStringLiteral("code"), row.code.toLongLong()},
                      {QStringLiteral("msg"), row.message},
                      {QStringLiteral("name"), name},
                      {QStringLiteral("email"), QString(name + QStringLiteral("@example.com"))},
                      {QStringLiteral("user_id"), name},
                      {QStringLiteral("departments"), QStringList{QStringLiteral("od-1")}}};
        rows.append(row);
    }
    SubtasksTab *tab = m_pane->subtasksTab();
    m_pane->setCurrentWidget(tab);
    QElapsedTimer timer;
    timer.start();
    tab->setRows(QStringLiteral("feishu-contact|acme|big"), rows);
    QCoreApplication::processEvents();
    const qint64 loadMs = timer.elapsed();
    QCOMPARE(tab->model()->rowCount(), kRows);
    QCOMPARE(tab->proxy()->rowCount(), kRows);
    QCOMPARE(tab->groupList()->count(), 2);
    QCOMPARE(tab->groupList()->item(0)->text(),
             QStringLiteral("10013 invalid user_id × %1").arg(invalid));
    QCOMPARE(tab->groupList()->item(1)->text(),
             QStringLiteral("40003 mobile already exist × %1").arg(exists));

    QTableView *table = tab->table();
    timer.restart();
    QScrollBar *scroll = table->verticalScrollBar();
    for (int step = 0; step <= 20; ++step) {
        scroll->setValue(scroll->maximum() * step / 20);
        table->viewport()->repaint();
    }
    const qint64 scrollMs = timer.elapsed();
    const QModelIndex last = table->indexAt(QPoint(4, table->viewport()->height() - 2));
    QCOMPARE(last.row(), kRows - 1);
    QCOMPARE(last.data().toString(), QStringLiteral("OK"));

    timer.restart();
    tab->groupList()->setCurrentRow(0);
    const qint64 filterMs = timer.elapsed();
    QCOMPARE(tab->proxy()->rowCount(), invalid);
    QCOMPARE(table->indexAt(QPoint(4, 4)).data(SubtaskModel::CodeRole).toString(),
             QStringLiteral("10013"));
    qInfo("100,000 rows: shown in %lld ms, 21 scroll steps painted in %lld ms, group filter in "
          "%lld ms",
          loadMs, scrollMs, filterMs);
}

void tst_DetailPane::storageTaskShowsCountsAndMessage()
{
    m_simulator->addDingTalkApp(QStringLiteral("dingdetail"), kSecret);
    Account ding;
    ding.id = QStringLiteral("ding");
    ding.name = QStringLiteral("Ding");
    ding.platform = Platform::DingTalk;
    ding.baseUrl = m_simulator->baseUrl().toString();
    ding.appId = QStringLiteral("dingdetail");
    ding.unionId = QStringLiteral("union-1");
    m_engine->setAccount(ding, kSecret);
    SimTask task;
    task.kind = SimTaskKind::DingTalkStorage;
    task.id = QStringLiteral("move-1");
    task.steps = {SimTaskStep{
        0, QJsonObject{{QStringLiteral("status"), QStringLiteral("SUCCESS")},
                       {QStringLiteral("totalCount"), 10},
                       {QStringLiteral("successCount"), 7},
                       {QStringLiteral("failCount"), 3},
                       {QStringLiteral("failMessage"), QStringLiteral("3 files are locked")},
                       {QStringLiteral("endTime"), QStringLiteral("@step")}}}};
    m_simulator->addTask(task);
    TaskRef ref;
    ref.kind = TaskKind::DingTalkStorage;
    ref.accountId = ding.id;
    ref.taskId = task.id;
    m_engine->addTasks({ref});
    QVERIFY(waitForTerminal(ref.key()));
    QVERIFY(showAndWait(ref.key()));
    const QString counts = m_pane->subtasksTab()->countsLabel()->text();
    QVERIFY2(counts.contains(QStringLiteral("Total: 10")), qPrintable(counts));
    QVERIFY(counts.contains(QStringLiteral("Failed: 3")));
    QVERIFY(counts.contains(QStringLiteral("3 files are locked")));
    QVERIFY(m_pane->isTabVisible(m_pane->indexOf(m_pane->subtasksTab())));
    QVERIFY(!m_pane->isTabVisible(m_pane->indexOf(m_pane->submissionsTab())));
}

void tst_DetailPane::reportPivot()
{
    const QString rule = QStringLiteral("6969410005221015580");
    const qint64 epoch = 1763600000;
    const auto submission = [&](const QString &id, const QString &user, const QString &name,
                                qint64 at, const QJsonArray &fields) {
        return QJsonObject{{QStringLiteral("task_id"), id},
                           {QStringLiteral("rule_id"), rule},
                           {QStringLiteral("rule_name"), QStringLiteral("周报")},
                           {QStringLiteral("from_user_id"), user},
                           {QStringLiteral("from_user_name"), name},
                           {QStringLiteral("department_name"), QStringLiteral("测试部门")},
                           {QStringLiteral("commit_time"), epoch + at},
                           {QStringLiteral("department_ids"), QJsonArray{QStringLiteral("od-1")}},
                           {QStringLiteral("to_user_ids"), QJsonArray{QStringLiteral("ou_boss")}},
                           {QStringLiteral("to_user_names"), QJsonArray{QStringLiteral("李娜")}},
                           {QStringLiteral("form_contents"), fields}};
    };
    const auto field = [](const QString &id, const QString &name, const QString &value) {
        return QJsonObject{{QStringLiteral("field_id"), id},
                           {QStringLiteral("field_name"), name},
                           {QStringLiteral("field_value"), value}};
    };
    const QString plan = QStringLiteral("1. 完成导入\n2. 检查失败的行\n3. 发布周报");
    const QJsonArray submissions{
        submission(
            QStringLiteral("7001"), QStringLiteral("ou_a"), QStringLiteral("张伟"), 60,
            {field(QStringLiteral("f0"), QStringLiteral("本周完成"), QStringLiteral("迁移通讯录")),
             field(QStringLiteral("f1"), QStringLiteral("下周计划"), plan),
             field(QStringLiteral("f2"), QStringLiteral("风险"), QStringLiteral("无"))}),
        submission(
            QStringLiteral("7002"), QStringLiteral("ou_b"), QStringLiteral("王芳"), 120,
            {field(QStringLiteral("f0"), QStringLiteral("本周完成"), QStringLiteral("文档复制")),
             field(QStringLiteral("f1"), QStringLiteral("下周计划"), QStringLiteral("休假"))}),
        submission(QStringLiteral("7003"), QStringLiteral("ou_c"), QStringLiteral("李强"), 180,
                   {field(QStringLiteral("f0"), QStringLiteral("本周完成"), QStringLiteral("审计")),
                    field(QStringLiteral("f3"), QStringLiteral("附件"), QString())})};
    QString error;
    QVERIFY2(m_simulator->loadScenario(
                 QJsonObject{{QStringLiteral("reports"),
                              QJsonObject{{QStringLiteral("submissions"), submissions}}}},
                 &error),
             qPrintable(error));
    TaskRef ref;
    ref.kind = TaskKind::FeishuReport;
    ref.accountId = kAccount;
    ref.report.ruleId = rule;
    ref.report.from = QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC);
    ref.report.to = QDateTime::fromSecsSinceEpoch(epoch + 3600, Qt::UTC);
    ref.taskId = TaskRef::reportTaskId(ref.report);
    m_engine->addTasks({ref});
    QVERIFY(waitFor([&] {
        const WatchedTask *task = m_engine->tasks().task(ref.key());
        return task && task->snapshot;
    }));
    QVERIFY(showAndWait(ref.key()));

    SubmissionsTab *tab = m_pane->submissionsTab();
    QVERIFY(m_pane->isTabVisible(m_pane->indexOf(tab)));
    QVERIFY(!m_pane->isTabVisible(m_pane->indexOf(m_pane->subtasksTab())));
    m_pane->setCurrentWidget(tab);
    new QAbstractItemModelTester(tab->model(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest, tab);
    const ReportModel *model = tab->model();
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->formFieldNames(),
             (QStringList{QStringLiteral("本周完成"), QStringLiteral("下周计划"),
                          QStringLiteral("风险"), QStringLiteral("附件")}));

    // The list: who, where, when, to whom; the form of the selected one beside it.
    QTableView *list = tab->list();
    for (int column = ReportModel::FixedColumnCount; column < model->columnCount(); ++column)
        QVERIFY(list->isColumnHidden(column));
    QVERIFY(!list->isColumnHidden(ReportModel::RecipientsColumn));
    list->selectRow(0);
    FormFieldsTable *form = tab->formFields();
    QCOMPARE(form->rowCount(), 3);
    QCOMPARE(form->item(1, 0)->text(), QStringLiteral("下周计划"));
    QCOMPARE(form->item(1, 1)->text(), plan);
    QVERIFY(form->rowHeight(1) >= 3 * form->fontMetrics().height());

    // The pivot: one row per submission, one column per field, gaps where a field is missing.
    tab->showPivot(true);
    QVERIFY(tab->isShowingPivot());
    QTableView *pivot = tab->pivot();
    QCOMPARE(pivot->model()->rowCount(), 3);
    QCOMPARE(pivot->model()->columnCount(), ReportModel::FixedColumnCount + 4);
    QStringList submitters;
    for (int row = 0; row < 3; ++row)
        submitters << pivot->model()->index(row, ReportModel::SubmitterColumn).data().toString();
    QCOMPARE(submitters,
             (QStringList{QStringLiteral("张伟"), QStringLiteral("王芳"), QStringLiteral("李强")}));
    const auto cell = [&](int row, int field) {
        return pivot->model()->index(row, ReportModel::FixedColumnCount + field).data().toString();
    };
    QCOMPARE(cell(0, 0), QStringLiteral("迁移通讯录"));
    QVERIFY(cell(0, 1).startsWith(QStringLiteral("1. 完成导入")));
    QCOMPARE(cell(1, 2), QString());
    QCOMPARE(cell(2, 0), QStringLiteral("审计"));
    QCOMPARE(cell(2, 1), QString());
    saveShot(m_pane.get(), QStringLiteral("detail-report-pivot.png"));

    const QString file = m_dir->filePath(QStringLiteral("reports.csv"));
    QCOMPARE(tab->exportTo(file).rows, qint64(3));
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QString header = QString::fromUtf8(written.readLine());
    for (const QString &name : model->formFieldNames())
        QVERIFY2(header.contains(name), qPrintable(header));
}

void tst_DetailPane::rawViewRedactsTokensAndSecrets()
{
    const QString first = addFinishedImport(QStringLiteral("first"), SubtaskRows::users(3, {}, 1));
    QVERIFY(waitForTerminal(first));
    // The tenant token the engine sent, as the simulator saw it.
    QString token;
    for (const RecordedRequest &request : m_simulator->recentRequests()) {
        for (const auto &header : request.headers) {
            if (header.first.compare("authorization", Qt::CaseInsensitive) == 0)
                token = QString::fromLatin1(header.second).section(QLatin1Char(' '), 1);
        }
    }
    QVERIFY(!token.isEmpty());
    QVERIFY(m_engine->secretsInUse().contains(token));
    QVERIFY(m_engine->secretsInUse().contains(kSecret));

    SimTask task;
    task.kind = SimTaskKind::FeishuContact;
    task.id = QStringLiteral("leaky");
    task.steps = {SimTaskStep{
        0, QJsonObject{
               {QStringLiteral("status"), 9},
               {QStringLiteral("progress"), 100},
               {QStringLiteral("finish_time"), QStringLiteral("@step")},
               {QStringLiteral("operator_note"), QString(QStringLiteral("retried with ") + token +
                                                         QStringLiteral(" and ") + kSecret)},
               {QStringLiteral("echo"),
                QJsonObject{
                    {QStringLiteral("Authorization"), QString(QStringLiteral("Bearer ") + token)},
                    {QStringLiteral("app_secret"), kSecret},
                    {QStringLiteral("id"), QStringLiteral("visible-field")}}}}}};
    task.rows = SubtaskRows::users(2, {}, 3);
    const QString key = addTask(task, TaskKind::FeishuContact);
    QVERIFY(waitForTerminal(key));
    QVERIFY(showAndWait(key));
    m_pane->setCurrentWidget(m_pane->rawTab()->parentWidget());
    saveShot(m_pane.get(), QStringLiteral("detail-raw.png"));
    const QString shown = m_pane->rawTab()->shownText();
    QVERIFY(!shown.isEmpty());
    QVERIFY2(!shown.contains(token), qPrintable(shown));
    QVERIFY2(!shown.contains(kSecret), qPrintable(shown));
    QVERIFY(shown.contains(QStringLiteral("\"visible-field\"")));
    QVERIFY(shown.contains(QStringLiteral("\"task_id\": \"leaky\"")));
    QVERIFY(shown.contains(QStringLiteral("\"Authorization\": \"***\"")));
    QVERIFY(shown.contains(QStringLiteral("retried with *** and ***")));
    // Pretty-printed: one member per line.
    QVERIFY(shown.count(QLatin1Char('\n')) > 20);
}

void tst_DetailPane::requestLogListsEveryAttempt()
{
    SimFault fault;
    fault.kind = SimFault::Kind::ServerError;
    fault.endpoint = QStringLiteral("feishu.contact");
    fault.taskId = QStringLiteral("flaky");
    fault.count = 1;
    m_simulator->addFault(fault);
    const QString flaky = addFinishedImport(QStringLiteral("flaky"), SubtaskRows::users(2, {}, 1));
    const QString other = addFinishedImport(QStringLiteral("other"), SubtaskRows::users(2, {}, 2));
    QVERIFY(waitForTerminal(flaky));
    QVERIFY(waitForTerminal(other));
    QVERIFY(showAndWait(flaky));
    m_pane->setCurrentWidget(m_pane->rawTab()->parentWidget());

    RequestLogModel *log = m_pane->requestLogView()->model();
    QAbstractItemModelTester tester(log, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The server error, then the retry that worked; newest first. The token request and the
    // other task's request are not this task's.
    QCOMPARE(log->rowCount(), 2);
    const ApiCallRecord &retry = log->record(0);
    const ApiCallRecord &failure = log->record(1);
    QVERIFY(retry.ok);
    QCOMPARE(retry.httpStatus, 200);
    QCOMPARE(retry.platformCode, QStringLiteral("0"));
    QCOMPARE(retry.endpointId, QStringLiteral("feishu-contact"));
    QVERIFY(!failure.ok);
    QCOMPARE(failure.httpStatus, 500);
    QCOMPARE(failure.platformCode, QStringLiteral("1061001"));
    QVERIFY(failure.sentAt <= retry.sentAt);
    QVERIFY(retry.latencyMs >= 0);
    // Each request id is the one the simulator sent for that request.
    QStringList simulatorIds;
    for (const RecordedRequest &request : m_simulator->recentRequests())
        simulatorIds << request.requestId;
    QVERIFY(!retry.requestId.isEmpty());
    QVERIFY(retry.requestId != failure.requestId);
    QVERIFY2(simulatorIds.contains(retry.requestId), qPrintable(simulatorIds.join(u',')));
    QVERIFY2(simulatorIds.contains(failure.requestId), qPrintable(failure.requestId));
    QCOMPARE(log->index(1, RequestLogModel::HttpStatusColumn).data().toString(),
             QStringLiteral("500"));

    // Copying the rows gives the ids intact and nothing secret.
    QTableView *table = m_pane->requestLogView()->table();
    table->selectAll();
    const QString copied = m_pane->requestLogView()->selectedText();
    QVERIFY(copied.contains(retry.requestId));
    QVERIFY(copied.contains(failure.requestId));
    for (const QString &secret : m_engine->secretsInUse())
        QVERIFY(!copied.contains(secret));
    saveShot(m_pane.get(), QStringLiteral("detail-requests.png"));

    // A new answer for the task shown reaches the log by itself.
    m_engine->refresh({flaky});
    QVERIFY(waitFor([&] { return log->rowCount() == 3; }));
    QCOMPARE(m_engine->requestLog(other).size(), 1);

    m_engine->removeTasks({flaky});
    QVERIFY(m_engine->requestLog(flaky).isEmpty());
}

void tst_DetailPane::chartFollowsTheHistory_data()
{
    QTest::addColumn<bool>("counts");
    QTest::newRow("succeeded and failed") << true;
    QTest::newRow("progress only") << false;
}

void tst_DetailPane::chartFollowsTheHistory()
{
    QFETCH(bool, counts);
    SimTask task;
    task.kind = SimTaskKind::FeishuContact;
    task.id = counts ? QStringLiteral("chart-counts") : QStringLiteral("chart-progress");
    for (int step = 0; step <= 4; ++step) {
        QJsonObject fields{{QStringLiteral("status"), step == 4 ? 9 : 1},
                           {QStringLiteral("progress"), step * 25},
                           {QStringLiteral("total_num"), 40}};
        if (counts) {
            fields.insert(QStringLiteral("success_num"), step * 8);
            fields.insert(QStringLiteral("fail_num"), step * 2);
        } else {
            fields.insert(QStringLiteral("success_num"), QJsonValue::Null);
            fields.insert(QStringLiteral("fail_num"), QJsonValue::Null);
        }
        if (step == 4)
            fields.insert(QStringLiteral("finish_time"), QStringLiteral("@step"));
        task.steps.append(SimTaskStep{step * 1500, fields});
    }
    const QString key = addTask(task, TaskKind::FeishuContact);
    ProgressChartTab *chart = m_pane->progressTab();
    QSignalSpy refreshed(m_pane.get(), &DetailPane::refreshed);
    m_pane->showTask(key);
    // The chart is drawn while its tab shows (hiddenChartIsDrawnWhenShown).
    m_pane->setCurrentWidget(chart);
    int comparisons = 0;
    bool sawPrediction = false;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 30000) {
        m_engine->refresh({key});
        refreshed.clear();
        QVERIFY(waitFor([&] { return !refreshed.isEmpty(); }));
        QTest::qWait(400);
        QVERIFY(waitFor([&] { return !refreshed.isEmpty(); }));
        const WatchedTask *watched = m_engine->tasks().task(key);
        QVERIFY(watched);
        const QList<HistorySample> &samples = watched->history.samples();
        if (samples.isEmpty())
            continue;
        QCOMPARE(chart->showsCounts(), counts);
        QLineSeries *series = counts ? chart->succeededSeries() : chart->progressSeries();
        QCOMPARE(series->count(), samples.size());
        for (int i = 0; i < samples.size(); ++i) {
            QCOMPARE(qint64(series->at(i).x()), samples.at(i).atMs);
            const double expected = counts ? double(samples.at(i).succeeded.value_or(-1))
                                           : samples.at(i).progress.value_or(-1);
            QCOMPARE(series->at(i).y(), expected);
        }
        if (counts)
            QCOMPARE(chart->failedSeries()->count(), samples.size());
        const std::optional<qint64> finish = watched->history.estimatedFinishMs();
        const bool predicted = finish && !watched->isTerminal();
        QCOMPARE(chart->predictedFinishSeries()->isVisible(), predicted);
        if (predicted) {
            QCOMPARE(qint64(chart->predictedFinishSeries()->at(0).x()), *finish);
            sawPrediction = true;
            if (counts) {
                m_pane->setCurrentWidget(chart);
                saveShot(m_pane.get(), QStringLiteral("detail-chart.png"));
            }
        }
        ++comparisons;
        if (watched->isTerminal())
            break;
    }
    QVERIFY(m_engine->tasks().task(key)->isTerminal());
    QVERIFY(comparisons >= 3);
    QVERIFY(m_engine->tasks().task(key)->history.samples().size() >= 3);
    QVERIFY(sawPrediction);
    QVERIFY(!chart->predictedFinishSeries()->isVisible());
}

// Behind another tab the chart waits: laying it out for every refresh of the shown task cost
// the window's thread milliseconds. Shown, it draws the task's whole history at once.
void tst_DetailPane::hiddenChartIsDrawnWhenShown()
{
    const QString key = addFinishedImport(QStringLiteral("chart"), SubtaskRows::users(5, {}, 2));
    QVERIFY(waitForTerminal(key));
    QVERIFY(showAndWait(key));
    ProgressChartTab *chart = m_pane->progressTab();
    QVERIFY(m_pane->currentWidget() != chart);
    const WatchedTask *watched = m_engine->tasks().task(key);
    QVERIFY(watched);
    const qsizetype samples = watched->history.samples().size();
    QVERIFY(samples > 0);
    QCOMPARE(chart->succeededSeries()->count(), 0);
    QCOMPARE(chart->progressSeries()->count(), 0);

    m_pane->setCurrentWidget(chart);
    QVERIFY(chart->showsCounts());
    QCOMPARE(chart->succeededSeries()->count(), samples);
    QCOMPARE(chart->failedSeries()->count(), samples);
    QVERIFY(!chart->predictedFinishSeries()->isVisible());
}

void tst_DetailPane::refreshesOnlyWhileVisible()
{
    const QString key = addFinishedImport(QStringLiteral("visible"), SubtaskRows::users(5, {}, 2));
    QVERIFY(waitForTerminal(key));
    QVERIFY(showAndWait(key));
    const qint64 callsBefore =
        m_pane->overviewTab()->fieldText(OverviewTab::Field::CallsSpent).toLongLong();

    m_pane->hide();
    QSignalSpy refreshed(m_pane.get(), &DetailPane::refreshed);
    QSignalSpy answered(m_engine.get(), &Engine::taskAnswered);
    m_engine->refresh({key});
    QVERIFY(waitFor([&] { return !answered.isEmpty(); }));
    QTest::qWait(400);
    QCOMPARE(refreshed.count(), 0);
    QCOMPARE(m_pane->overviewTab()->fieldText(OverviewTab::Field::CallsSpent).toLongLong(),
             callsBefore);

    m_pane->show();
    QVERIFY(waitFor([&] { return !refreshed.isEmpty(); }));
    QCOMPARE(m_pane->overviewTab()->fieldText(OverviewTab::Field::CallsSpent).toLongLong(),
             m_engine->tasks().task(key)->callsSpent);
    QVERIFY(m_engine->tasks().task(key)->callsSpent > callsBefore);

    // Answers for another task leave the pane alone.
    const QString other = addFinishedImport(QStringLiteral("other"), SubtaskRows::users(2, {}, 5));
    refreshed.clear();
    QVERIFY(waitForTerminal(other));
    QTest::qWait(400);
    QCOMPARE(refreshed.count(), 0);
}

void tst_DetailPane::dropsLoadsOfATaskNoLongerShown()
{
    const QString a = addFinishedImport(
        QStringLiteral("task-a"),
        SubtaskRows::users(30, {{10, 10013, QStringLiteral("invalid user_id")}}, 4));
    const QString b = addFinishedImport(QStringLiteral("task-b"), SubtaskRows::users(4, {}, 6));
    QVERIFY(waitForTerminal(a));
    QVERIFY(waitForTerminal(b));
    QSignalSpy refreshed(m_pane.get(), &DetailPane::refreshed);
    m_pane->showTask(a);
    m_pane->showTask(b); // before a's rows arrive from the store
    QVERIFY(waitFor([&] { return !refreshed.isEmpty(); }));
    QTest::qWait(300);
    QCOMPARE(refreshed.count(), 1);
    QCOMPARE(refreshed.first().first().toString(), b);
    QCOMPARE(m_pane->subtasksTab()->model()->taskKey(), b);
    QCOMPARE(m_pane->subtasksTab()->model()->rowCount(), 4);
    QCOMPARE(m_pane->subtasksTab()->groupList()->count(), 0);

    m_pane->showTask(QString());
    QVERIFY(waitFor([&] { return m_pane->subtasksTab()->model()->rowCount() == 0; }));
    QVERIFY(!m_pane->isTabVisible(m_pane->indexOf(m_pane->rawTab()->parentWidget())));
}

void tst_DetailPane::showsNoOtherTasksRowsWhileLoading()
{
    const QString a = addFinishedImport(QStringLiteral("task-a"), SubtaskRows::users(30, {}, 4));
    const QString b = addFinishedImport(
        QStringLiteral("task-b"),
        SubtaskRows::users(6, {{2, 10013, QStringLiteral("invalid user_id")}}, 6));
    QVERIFY(waitForTerminal(a));
    QVERIFY(waitForTerminal(b));
    SubtasksTab *tab = m_pane->subtasksTab();
    m_pane->setCurrentWidget(tab);
    QVERIFY(showAndWait(a));
    QCOMPARE(tab->model()->rowCount(), 30);

    // b's rows come from the store on a later turn of the event loop; until then the tab
    // shows that they are loading, not a's rows under b's name.
    QSignalSpy refreshed(m_pane.get(), &DetailPane::refreshed);
    m_pane->showTask(b);
    QCOMPARE(tab->model()->rowCount(), 0);
    QCOMPARE(tab->summaryLabel()->text(), SubtasksTab::tr("Loading the rows…"));
    // Grabbed at once: saveShot() lets the event loop run, and b's rows would arrive.
    if (const QString folder = qEnvironmentVariable("DETAILPANE_SHOTS"); !folder.isEmpty())
        QVERIFY(m_pane->grab().save(folder + QStringLiteral("/detail-loading-rows.png")));
    QVERIFY(!tab->exportButton(SubtasksTab::Export::AllRows)->isEnabled());
    QVERIFY(waitFor([&] { return !refreshed.isEmpty(); }));
    QCOMPARE(tab->model()->taskKey(), b);
    QCOMPARE(tab->model()->rowCount(), 6);
    QCOMPARE(
        tab->summaryLabel()->text(),
        SubtasksTab::tr("%1 rows, %2 failed").arg(QLocale().toString(6), QLocale().toString(2)));

    // A refresh of the task shown keeps its rows on screen while the new ones load.
    m_pane->showTask(b);
    QCOMPARE(tab->model()->rowCount(), 6);
}

void tst_DetailPane::overviewShowsTheLastError()
{
    SimFault fault;
    fault.kind = SimFault::Kind::ServerError;
    fault.endpoint = QStringLiteral("feishu.contact");
    fault.count = -1;
    m_simulator->addFault(fault);
    SimTask task;
    task.kind = SimTaskKind::FeishuContact;
    task.id = QStringLiteral("broken");
    const QString key = addTask(task, TaskKind::FeishuContact);
    QVERIFY(waitFor([&] {
        const WatchedTask *watched = m_engine->tasks().task(key);
        return watched && watched->lastError;
    }));
    QVERIFY(showAndWait(key));
    const ApiError error = *m_engine->tasks().task(key)->lastError;
    OverviewTab *overview = m_pane->overviewTab();
    m_pane->setCurrentWidget(overview);
    saveShot(m_pane.get(), QStringLiteral("detail-overview-error.png"));
    QCOMPARE(overview->fieldText(OverviewTab::Field::ErrorCode), error.code);
    QCOMPARE(overview->fieldText(OverviewTab::Field::ErrorMessage), error.message);
    QVERIFY(!error.requestId.isEmpty());
    QCOMPARE(overview->fieldText(OverviewTab::Field::ErrorRequestId), error.requestId);
    QVERIFY(!overview->copyRequestIdButton()->isHidden());
    overview->copyRequestIdButton()->click();
    QCOMPARE(QApplication::clipboard()->text(), error.requestId);
    const QDateTime added = m_engine->tasks().task(key)->addedAt;
    QCOMPARE(overview->fieldToolTip(OverviewTab::Field::Added),
             QStringLiteral("%1 UTC").arg(
                 added.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
}

QTEST_MAIN(tst_DetailPane)
#include "tst_detailpane.moc"
