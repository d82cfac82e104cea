#include "app/engine/Engine.h"
#include "models/domain/ReportWindow.h"
#include "models/watchlist/TaskTableModel.h"
#include "network/scheduler/RefreshSettings.h"
#include "network/simulator/OpenPlatformSimulator.h"
#include "resources/Translations.h"
#include "ui/dialogs/ReportQueryDialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <functional>
#include <memory>

// "Watch report query" against the simulator: rules offered by the names earlier submissions
// gave them, and a rolling "this week" query whose count follows new submissions.
class tst_ReportQueryDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void needsAFeishuAccount();
    void rulesAreOfferedByName();
    void rollingWeekCountsNewSubmissions();
    void customWindowIsFixedAndChecked_data();
    void customWindowIsFixedAndChecked();

private:
    void startEngine();
    void addAccount();
    void addSubmission(const QString &id, qint64 commitTime);
    bool waitFor(const std::function<bool()> &condition, int timeoutMs = 15000);
    qint64 submissionsOf(const QString &key) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<OpenPlatformSimulator> m_simulator;
    std::unique_ptr<Engine> m_engine;
};

namespace {

const QString kApp = QStringLiteral("cli_report_app");
const QString kSecret = QStringLiteral("report-secret-value");
const QString kRuleId = QStringLiteral("7101");
const QString kRuleName = QStringLiteral("周报");

} // namespace

void tst_ReportQueryDialog::initTestCase()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    // English plural forms ("1 submission", "3 submissions") come from the English catalogue.
    QVERIFY(Translations::install(*qApp, QLocale(QLocale::English)));
}

void tst_ReportQueryDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_simulator = std::make_unique<OpenPlatformSimulator>();
    m_simulator->addFeishuApp(kApp, kSecret);
    m_simulator->addReportRule(kRuleId, kRuleName);
    QVERIFY(m_simulator->listen() != 0);
    startEngine();
}

void tst_ReportQueryDialog::cleanup()
{
    m_engine.reset();
    m_simulator.reset();
    m_dir.reset();
}

void tst_ReportQueryDialog::startEngine()
{
    EngineOptions options;
    options.databasePath = m_dir->filePath(QStringLiteral("watchlist.sqlite"));
    options.persistDelayMs = 20;
    m_engine = std::make_unique<Engine>(options);
    m_engine->start();
    RefreshSettings settings = m_engine->refreshSettings();
    settings.minIntervalMs = 200;
    settings.reportIntervalMs = 300;
    m_engine->setRefreshSettings(settings);
}

void tst_ReportQueryDialog::addAccount()
{
    Account account;
    account.id = QStringLiteral("acc-feishu");
    account.name = QStringLiteral("Head office");
    account.platform = Platform::Feishu;
    account.baseUrl = m_simulator->baseUrl().toString();
    account.appId = kApp;
    m_engine->setAccount(account, kSecret);
}

void tst_ReportQueryDialog::addSubmission(const QString &id, qint64 commitTime)
{
    SimReportSubmission submission;
    submission.ruleId = kRuleId;
    submission.fromUserId = QStringLiteral("ou_writer");
    submission.commitTime = commitTime;
    submission.wire = QJsonObject{
        {QStringLiteral("task_id"), id},
        {QStringLiteral("rule_name"), kRuleName},
        {QStringLiteral("rule_id"), kRuleId},
        {QStringLiteral("from_user_id"), QStringLiteral("ou_writer")},
        {QStringLiteral("from_user_name"), QStringLiteral("陈七")},
        {QStringLiteral("commit_time"), commitTime},
        {QStringLiteral("form_contents"),
         QJsonArray{QJsonObject{{QStringLiteral("field_id"), QStringLiteral("f1")},
                                {QStringLiteral("field_name"), QStringLiteral("本周完成")},
                                {QStringLiteral("field_value"), QStringLiteral("上线")}}}},
    };
    m_simulator->addReportSubmission(submission);
}

bool tst_ReportQueryDialog::waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return condition();
}

qint64 tst_ReportQueryDialog::submissionsOf(const QString &key) const
{
    const WatchedTask *task = m_engine->tasks().task(key);
    return task && task->snapshot && task->snapshot->total ? *task->snapshot->total : -1;
}

void tst_ReportQueryDialog::needsAFeishuAccount()
{
    Account dingTalk;
    dingTalk.id = QStringLiteral("acc-ding");
    dingTalk.platform = Platform::DingTalk;
    dingTalk.appId = QStringLiteral("ding-app");
    m_engine->setAccount(dingTalk, QStringLiteral("ding-secret"));
    ReportQueryDialog dialog(*m_engine);
    auto *buttons = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttons"));
    QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
    QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("account"))->count(), 0);

    addAccount();
    ReportQueryDialog withFeishu(*m_engine);
    auto *account = withFeishu.findChild<QComboBox *>(QStringLiteral("account"));
    QCOMPARE(account->count(), 1);
    QCOMPARE(account->currentData().toString(), QStringLiteral("acc-feishu"));
    QVERIFY(withFeishu.findChild<QDialogButtonBox *>(QStringLiteral("buttons"))
                ->button(QDialogButtonBox::Ok)
                ->isEnabled());
}

void tst_ReportQueryDialog::rulesAreOfferedByName()
{
    addAccount();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    addSubmission(QStringLiteral("r-old"), now - 3600);
    // An earlier fixed query that has seen the rule's submissions.
    TaskRef earlier;
    earlier.kind = TaskKind::FeishuReport;
    earlier.accountId = QStringLiteral("acc-feishu");
    earlier.report.from = QDateTime::fromSecsSinceEpoch(now - 7200, Qt::UTC);
    earlier.report.to = QDateTime::fromSecsSinceEpoch(now - 60, Qt::UTC);
    earlier.taskId = TaskRef::reportTaskId(earlier.report);
    QCOMPARE(m_engine->addTasks({earlier}), 1);
    QVERIFY(waitFor([&] { return submissionsOf(earlier.key()) == 1; }));

    ReportQueryDialog dialog(*m_engine);
    QSignalSpy loaded(&dialog, &ReportQueryDialog::rulesLoaded);
    QVERIFY(loaded.wait(5000));
    QCOMPARE(dialog.offeredRules(), (QList<ReportRule>{{kRuleId, kRuleName}}));
    auto *rule = dialog.findChild<QComboBox *>(QStringLiteral("rule"));
    QCOMPARE(rule->itemText(0), kRuleName);
    rule->setCurrentIndex(0);
    QCOMPARE(dialog.queryToWatch().report.ruleId, kRuleId);
    rule->setEditText(QStringLiteral("  rule-typed-by-hand "));
    QCOMPARE(dialog.queryToWatch().report.ruleId, QStringLiteral("rule-typed-by-hand"));
    rule->setEditText(QString());
    QVERIFY(dialog.queryToWatch().report.ruleId.isEmpty());
}

void tst_ReportQueryDialog::rollingWeekCountsNewSubmissions()
{
    addAccount();
    QAbstractItemModelTester tester(&m_engine->tasks(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const QDateTime nowUtc = QDateTime::currentDateTimeUtc();
    const ReportWindowRange week = *ReportWindows::rangeAt(ReportWindow::ThisWeek, zone, nowUtc);
    const qint64 now = nowUtc.toSecsSinceEpoch();
    addSubmission(QStringLiteral("r-this-week"), now - 1);
    addSubmission(QStringLiteral("r-last-week"), week.from.toSecsSinceEpoch() - 3600);

    ReportQueryDialog dialog(*m_engine);
    auto *window = dialog.findChild<QComboBox *>(QStringLiteral("window"));
    window->setCurrentIndex(window->findData(int(ReportWindow::ThisWeek)));
    dialog.findChild<QComboBox *>(QStringLiteral("rule"))->setEditText(kRuleId);
    QVERIFY(!dialog.findChild<QDateTimeEdit *>(QStringLiteral("from"))->isEnabled());
    const TaskRef query = dialog.queryToWatch();
    QCOMPARE(query.report.window, ReportWindow::ThisWeek);
    QCOMPARE(query.report.timeZone, QString::fromUtf8(QTimeZone::systemTimeZoneId()));
    QCOMPARE(query.report.from, week.from);
    QVERIFY(query.taskId.endsWith(QStringLiteral("this_week")));
    QVERIFY(!query.label.isEmpty());

    QCOMPARE(m_engine->addTasks({query}), 1);
    QVERIFY(waitFor([&] { return submissionsOf(query.key()) == 1; }));
    const int row = m_engine->tasks().rowOf(query.key());
    const QModelIndex progress = m_engine->tasks().index(row, TaskTableModel::ProgressColumn);
    QCOMPARE(progress.data(TaskTableModel::ProgressTextRole).toString(),
             QStringLiteral("1 submission"));

    addSubmission(QStringLiteral("r-new-1"), now);
    addSubmission(QStringLiteral("r-new-2"), now);
    QVERIFY(waitFor([&] { return submissionsOf(query.key()) == 3; }));
    QCOMPARE(progress.data(TaskTableModel::ProgressTextRole).toString(),
             QStringLiteral("3 submissions"));
    // A rolling window never closes: the query stays watched.
    QCOMPARE(m_engine->tasks().task(query.key())->displayState(), TaskState::Running);

    // The window survives a restart, and its id stays the same.
    m_engine.reset();
    startEngine();
    const WatchedTask *restored = m_engine->tasks().task(query.key());
    QVERIFY(restored);
    QCOMPARE(restored->ref.report.window, ReportWindow::ThisWeek);
    QCOMPARE(restored->ref.report.timeZone, query.report.timeZone);
}

void tst_ReportQueryDialog::customWindowIsFixedAndChecked_data()
{
    QTest::addColumn<int>("fromDaysAgo");
    QTest::addColumn<int>("toDaysAgo");
    QTest::addColumn<bool>("acceptable");
    QTest::newRow("last month") << 40 << 30 << true;
    QTest::newRow("one day") << 1 << 1 << true;
    QTest::newRow("end before start") << 1 << 5 << false;
}

void tst_ReportQueryDialog::customWindowIsFixedAndChecked()
{
    QFETCH(int, fromDaysAgo);
    QFETCH(int, toDaysAgo);
    QFETCH(bool, acceptable);
    addAccount();
    ReportQueryDialog dialog(*m_engine);
    auto *window = dialog.findChild<QComboBox *>(QStringLiteral("window"));
    window->setCurrentIndex(window->findData(int(ReportWindow::Fixed)));
    auto *from = dialog.findChild<QDateTimeEdit *>(QStringLiteral("from"));
    auto *to = dialog.findChild<QDateTimeEdit *>(QStringLiteral("to"));
    QVERIFY(from->isEnabled());
    const QDate today = QDate::currentDate();
    from->setDateTime(today.addDays(-fromDaysAgo).startOfDay());
    to->setDateTime(today.addDays(-toDaysAgo).endOfDay());
    auto *ok = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttons"))
                   ->button(QDialogButtonBox::Ok);
    QCOMPARE(ok->isEnabled(), acceptable);
    if (!acceptable)
        return;
    const TaskRef query = dialog.queryToWatch();
    QCOMPARE(query.report.window, ReportWindow::Fixed);
    QCOMPARE(query.report.from, today.addDays(-fromDaysAgo).startOfDay().toUTC());
    QVERIFY(query.report.timeZone.isEmpty());
    QCOMPARE(m_engine->addTasks({query}), 1);
    // The same query again would be a duplicate: the dialog says so.
    ReportQueryDialog again(*m_engine);
    auto *againWindow = again.findChild<QComboBox *>(QStringLiteral("window"));
    againWindow->setCurrentIndex(againWindow->findData(int(ReportWindow::Fixed)));
    again.findChild<QDateTimeEdit *>(QStringLiteral("from"))->setDateTime(from->dateTime());
    again.findChild<QDateTimeEdit *>(QStringLiteral("to"))->setDateTime(to->dateTime());
    QVERIFY(!again.findChild<QDialogButtonBox *>(QStringLiteral("buttons"))
                 ->button(QDialogButtonBox::Ok)
                 ->isEnabled());
}

QTEST_MAIN(tst_ReportQueryDialog)
#include "tst_reportquerydialog.moc"
