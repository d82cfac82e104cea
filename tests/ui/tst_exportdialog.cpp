#include "../csv/Rfc4180Reader.h"
#include "app/engine/Engine.h"
#include "models/domain/FailureGroup.h"
#include "models/preferences/Preferences.h"
#include "network/simulator/OpenPlatformSimulator.h"
#include "ui/dialogs/ExportRunner.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUrl>

namespace {

// Stands in for the shipped Chinese translation of the proposed file names, so that the test
// pins how the names are put together whatever the .ts file holds today.
class ChineseFileNames final : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (qstrcmp(context, "ExportRunner") != 0)
            return {};
        static const QHash<QByteArray, QString> names{
            {"tasks-%1.csv", QStringLiteral("任务-%1.csv")},
            {"subtasks-%1-%2.csv", QStringLiteral("子任务-%1-%2.csv")},
            {"failed-subtasks-%1-%2.csv", QStringLiteral("失败的子任务-%1-%2.csv")},
            {"reports-%1-%2.csv", QStringLiteral("汇报-%1-%2.csv")},
        };
        return names.value(sourceText);
    }
    bool isEmpty() const override { return false; }
};

// Records what "Open file" and "Show in folder" ask the desktop to open.
class UrlRecorder final : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public slots:
    void open(const QUrl &url) { opened << url; }
};

QList<SubtaskRow> importRows(int count)
{
    QList<SubtaskRow> rows;
    rows.reserve(count);
    for (int i = 0; i < count; ++i) {
        const bool failed = i % 3 == 0;
        rows.append(SubtaskRow{
            {{QStringLiteral("user_id"), QStringLiteral("ou_%1").arg(i, 12, 16, QLatin1Char('0'))},
             {QStringLiteral("name"), QStringLiteral("员工 %1, \"新\"").arg(i)},
             {QStringLiteral("mobile"),
              QStringLiteral("+86 138%1").arg(i, 8, 10, QLatin1Char('0'))},
             {QStringLiteral("email"), QStringLiteral("user%1@example.com").arg(i)},
             {QStringLiteral("department_ids"),
              QStringList{QStringLiteral("od-%1").arg(i % 40), QStringLiteral("od-root")}},
             {QStringLiteral("job_title"), QStringLiteral("工程师\n(试用期)")},
             {QStringLiteral("code"), qint64(failed ? 10013 : 0)}},
            failed,
            failed ? QStringLiteral("10013") : QStringLiteral("0"),
            failed ? QStringLiteral("invalid user_id") : QStringLiteral("success")});
    }
    return rows;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool waitFor(const std::function<bool()> &condition, int timeoutMs = 30000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return condition();
}

} // namespace

// Every export of the window through ExportRunner, offscreen, on a real engine whose tasks come
// over loopback HTTP from the simulator.
class tst_ExportDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void proposesDatedNames_data();
    void proposesDatedNames();
    void remembersTheLastFolder();
    void writesHundredThousandRowsWithProgress();
    void cancelLeavesNoPartialFile_data();
    void cancelLeavesNoPartialFile();
    void failureLeavesNoFileAndSaysWhy();
    void exportsTheTableOrOnlyTheSelection();
    void exportsStoredSubtasks_data();
    void exportsStoredSubtasks();
    void exportsSubtasksOfSeveralTasks();
    void exportsReportSubmissions();
    void usesTheCsvSettings();
    void resultOpensTheFileAndItsFolder();

private:
    static inline const QString kApp = QStringLiteral("export_app");
    static inline const QString kSecret = QStringLiteral("export-secret");

    // Exports go to a folder of their own, apart from the engine's database and settings.
    QString exportFolder() const { return m_dir->filePath(QStringLiteral("exports")); }
    QString chosen(const QString &name) const { return QDir(exportFolder()).filePath(name); }
    QString addContactTask(const QString &id, int total, int fail);
    CsvExportResult waitForResult();
    std::optional<Rfc4180Reader::Table> readCsv(const QString &path) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<OpenPlatformSimulator> m_simulator;
    std::unique_ptr<Preferences> m_preferences;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<QWidget> m_window;
    ExportRunner *m_runner = nullptr;
    QString m_answer;        // what the save dialog answers
    QStringList m_proposals; // what it was offered
};

void tst_ExportDialog::initTestCase()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
}

void tst_ExportDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir().mkpath(exportFolder()));
    m_simulator = std::make_unique<OpenPlatformSimulator>();
    m_simulator->addFeishuApp(kApp, kSecret);
    QVERIFY(m_simulator->listen() != 0);
    m_preferences = std::make_unique<Preferences>(m_dir->filePath(QStringLiteral("settings.ini")));
    EngineOptions options;
    options.databasePath = m_dir->filePath(QStringLiteral("watchlist.sqlite"));
    options.preferences = m_preferences.get();
    options.persistDelayMs = 20;
    m_engine = std::make_unique<Engine>(options);
    m_engine->start();
    Account account;
    account.id = QStringLiteral("acme");
    account.name = QStringLiteral("Acme");
    account.platform = Platform::Feishu;
    account.baseUrl = m_simulator->baseUrl().toString();
    account.appId = kApp;
    m_engine->setAccount(account, kSecret);

    m_window = std::make_unique<QWidget>();
    m_window->resize(900, 600);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_runner = new ExportRunner(*m_engine, *m_preferences, m_window.get());
    m_proposals.clear();
    m_answer = chosen(QStringLiteral("export.csv"));
    m_runner->setFileChooser([this](QWidget *, const QString &proposed) {
        m_proposals << proposed;
        return m_answer;
    });
}

void tst_ExportDialog::cleanup()
{
    m_window.reset(); // the runner with it
    m_engine.reset();
    m_preferences.reset();
    m_simulator.reset();
    m_dir.reset();
}

QString tst_ExportDialog::addContactTask(const QString &id, int total, int fail)
{
    TaskGenerator::Spec spec;
    spec.kind = SimTaskKind::FeishuContact;
    spec.idPrefix = id;
    spec.count = 1;
    spec.minDurationMs = spec.maxDurationMs = 1;
    spec.total = total;
    spec.fail = fail;
    spec.rows = true;
    m_simulator->generateTasks(spec);
    TaskRef ref;
    ref.kind = TaskKind::FeishuContact;
    ref.accountId = QStringLiteral("acme");
    ref.taskId = id + u'1';
    ref.label = QStringLiteral("HR import ") + id;
    m_engine->addTasks({ref});
    const QString key = ref.key();
    if (!waitFor([&] {
            const WatchedTask *task = m_engine->tasks().task(key);
            return task && task->isTerminal();
        }))
        return {};
    return key;
}

CsvExportResult tst_ExportDialog::waitForResult()
{
    QSignalSpy finished(m_runner, &ExportRunner::finished);
    if (m_runner->isRunning() && !finished.wait(60000))
        return {};
    return m_runner->lastResult();
}

std::optional<Rfc4180Reader::Table> tst_ExportDialog::readCsv(const QString &path) const
{
    QString error;
    auto table = Rfc4180Reader::parse(readFile(path), &error);
    if (!table)
        qWarning() << "not RFC 4180:" << error;
    return table;
}

void tst_ExportDialog::proposesDatedNames_data()
{
    QTest::addColumn<bool>("chinese");
    QTest::addColumn<ExportRunner::Subject>("subject");
    QTest::addColumn<QString>("taskName");
    QTest::addColumn<QString>("expected");
    using S = ExportRunner::Subject;
    QTest::newRow("table, English")
        << false << S::TaskTable << QString() << QStringLiteral("tasks-2026-12-01.csv");
    QTest::newRow("table, Chinese")
        << true << S::TaskTable << QString() << QStringLiteral("任务-2026-12-01.csv");
    QTest::newRow("sub-tasks name the task")
        << false << S::Subtasks << QStringLiteral("HR import 3")
        << QStringLiteral("subtasks-HR import 3-2026-12-01.csv");
    QTest::newRow("sub-tasks, Chinese") << true << S::Subtasks << QStringLiteral("人事导入")
                                        << QStringLiteral("子任务-人事导入-2026-12-01.csv");
    QTest::newRow("failed, Chinese") << true << S::FailedSubtasks << QStringLiteral("人事导入")
                                     << QStringLiteral("失败的子任务-人事导入-2026-12-01.csv");
    QTest::newRow("several tasks have no name")
        << false << S::Subtasks << QString() << QStringLiteral("subtasks-2026-12-01.csv");
    QTest::newRow("group") << false << S::FailureGroup << QStringLiteral("7001")
                           << QStringLiteral("failure-group-7001-2026-12-01.csv");
    QTest::newRow("reports, Chinese") << true << S::Reports << QStringLiteral("周报")
                                      << QStringLiteral("汇报-周报-2026-12-01.csv");
    QTest::newRow("slashes and colons cannot make folders")
        << false << S::Subtasks << QStringLiteral("../a/b:c*?")
        << QStringLiteral("subtasks-_a_b_c__-2026-12-01.csv");
    QTest::newRow("a leading dot cannot hide the file")
        << false << S::Reports << QStringLiteral(".hidden")
        << QStringLiteral("reports-hidden-2026-12-01.csv");
}

void tst_ExportDialog::proposesDatedNames()
{
    QFETCH(bool, chinese);
    QFETCH(ExportRunner::Subject, subject);
    QFETCH(QString, taskName);
    QFETCH(QString, expected);
    ChineseFileNames translator;
    if (chinese)
        QVERIFY(QCoreApplication::installTranslator(&translator));
    const QString name = ExportRunner::proposedFileName(subject, taskName, QDate(2026, 12, 1));
    if (chinese)
        QCoreApplication::removeTranslator(&translator);
    QCOMPARE(name, expected);
}

void tst_ExportDialog::remembersTheLastFolder()
{
    m_preferences->setLastExportFolder({});
    const QString elsewhere = m_dir->filePath(QStringLiteral("reports"));
    QVERIFY(QDir().mkpath(elsewhere));
    m_answer = QDir(elsewhere).filePath(QStringLiteral("rows")); // typed without a suffix
    QVERIFY(m_runner->exportSubtaskRows(QStringLiteral("HR"), importRows(3)));
    QVERIFY(waitForResult().ok());
    QCOMPARE(m_runner->lastResult().filePath, m_answer + QStringLiteral(".csv"));
    QCOMPARE(m_preferences->lastExportFolder(), elsewhere);

    QVERIFY(m_runner->exportSubtaskRows(QStringLiteral("HR"), importRows(3)));
    QVERIFY(waitForResult().ok());
    QCOMPARE(m_proposals.size(), 2);
    QVERIFY(!m_proposals[0].startsWith(elsewhere));
    QCOMPARE(QFileInfo(m_proposals[1]).absolutePath(), elsewhere);
    QCOMPARE(QFileInfo(m_proposals[1]).fileName(),
             ExportRunner::proposedFileName(ExportRunner::Subject::Subtasks, QStringLiteral("HR"),
                                            QDate::currentDate()));

    // A folder that has gone since is not proposed.
    QVERIFY(QDir(elsewhere).removeRecursively());
    m_answer = chosen(QStringLiteral("rows.csv"));
    QVERIFY(m_runner->exportSubtaskRows(QStringLiteral("HR"), importRows(3)));
    QVERIFY(waitForResult().ok());
    QVERIFY(!m_proposals.last().startsWith(elsewhere));
}

void tst_ExportDialog::writesHundredThousandRowsWithProgress()
{
    constexpr int kRows = 100000;
    QList<bool> runningAtProgress;
    QList<qint64> done;
    connect(m_runner, &ExportRunner::progressChanged, this, [&](qint64 rows, qint64 total) {
        QCOMPARE(total, kRows);
        done << rows;
        runningAtProgress << m_runner->isRunning();
    });
    QVERIFY(m_runner->exportSubtaskRows(QStringLiteral("HR import"), importRows(kRows)));
    QVERIFY(m_runner->isRunning());
    QProgressDialog *progress = m_runner->progressDialog();
    QVERIFY(progress != nullptr);
    QVERIFY(progress->isVisible());
    QCOMPARE(progress->maximum(), kRows);
    QVERIFY(progress->findChild<QPushButton *>() != nullptr);

    const CsvExportResult result = waitForResult();
    QVERIFY2(result.ok(), qPrintable(result.errorMessage));
    QCOMPARE(result.rows, kRows);
    QVERIFY(m_runner->progressDialog() == nullptr);
    // The figures arrived one by one while the worker wrote: the window's loop kept running.
    QVERIFY(done.size() >= 100);
    QVERIFY(std::is_sorted(done.cbegin(), done.cend()));
    QCOMPARE(done.last(), kRows);
    QVERIFY(!runningAtProgress.contains(false));

    const auto table = readCsv(m_answer);
    QVERIFY(table);
    QVERIFY(table->byteOrderMark);
    QCOMPARE(table->records.size(), kRows + 1);
    QCOMPARE(table->records.first().first(), QStringLiteral("user_id"));
    QCOMPARE(table->records.last().at(1), QStringLiteral("员工 99999, \"新\""));
    QCOMPARE(table->records.last().at(2), QStringLiteral("'+86 13800099999"));

    QMessageBox *box = m_runner->resultBox();
    QVERIFY(box != nullptr);
    QVERIFY(box->isVisible());
    QCOMPARE(box->text(), QStringLiteral("Rows written: %1").arg(QLocale().toString(kRows)));
    QCOMPARE(box->informativeText(), QDir::toNativeSeparators(m_answer));
}

void tst_ExportDialog::cancelLeavesNoPartialFile_data()
{
    QTest::addColumn<QByteArray>("earlier");
    QTest::newRow("new file") << QByteArray();
    QTest::newRow("earlier file kept") << QByteArray("\xEF\xBB\xBFuser_id\r\nou_last_week\r\n");
}

void tst_ExportDialog::cancelLeavesNoPartialFile()
{
    QFETCH(QByteArray, earlier);
    if (!earlier.isEmpty()) {
        QFile file(m_answer);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(earlier), earlier.size());
    }
    const QStringList before = QDir(exportFolder()).entryList(QDir::Files | QDir::Hidden);
    QVERIFY(m_runner->exportSubtaskRows(QStringLiteral("HR import"), importRows(100000)));
    QProgressDialog *progress = m_runner->progressDialog();
    QVERIFY(progress && progress->isVisible());
    auto *cancel = progress->findChild<QPushButton *>();
    QVERIFY(cancel != nullptr);
    QTest::mouseClick(cancel, Qt::LeftButton);

    const CsvExportResult result = waitForResult();
    QCOMPARE(result.status, CsvExportResult::Status::Cancelled);
    QVERIFY(result.rows < 100000);
    QCOMPARE(QFileInfo::exists(m_answer), !earlier.isEmpty());
    if (!earlier.isEmpty())
        QCOMPARE(readFile(m_answer), earlier);
    QCOMPARE(QDir(exportFolder()).entryList(QDir::Files | QDir::Hidden), before);
    QVERIFY(m_runner->progressDialog() == nullptr);
    QVERIFY(m_runner->resultBox() == nullptr);
}

void tst_ExportDialog::failureLeavesNoFileAndSaysWhy()
{
    m_answer = chosen(QStringLiteral("missing folder/rows.csv"));
    QVERIFY(m_runner->exportSubtaskRows(QStringLiteral("HR"), importRows(10)));
    const CsvExportResult result = waitForResult();
    QCOMPARE(result.status, CsvExportResult::Status::Failed);
    QVERIFY(!QFileInfo::exists(m_answer));
    QMessageBox *box = m_runner->resultBox();
    QVERIFY(box && box->isVisible());
    QCOMPARE(box->windowTitle(), QStringLiteral("Export failed"));
    QVERIFY2(box->text().contains(QDir::toNativeSeparators(m_answer)), qPrintable(box->text()));
    QVERIFY(box->findChild<QPushButton *>(QStringLiteral("openFile")) == nullptr);
}

void tst_ExportDialog::exportsTheTableOrOnlyTheSelection()
{
    QStandardItemModel shown(3, 2);
    shown.setHorizontalHeaderLabels({QStringLiteral("Label"), QStringLiteral("Total")});
    const QStringList labels{QStringLiteral("甲"), QStringLiteral("乙"), QStringLiteral("=丙")};
    for (int row = 0; row < 3; ++row) {
        shown.setItem(row, 0, new QStandardItem(labels[row]));
        shown.setItem(row, 1, new QStandardItem(QString::number(row * 10)));
    }
    QVERIFY(m_runner->exportTable(&shown));
    // The table may change at once: the export wrote what it showed when asked.
    shown.setItem(0, 0, new QStandardItem(QStringLiteral("changed")));
    QVERIFY(waitForResult().ok());
    auto table = readCsv(m_answer);
    QVERIFY(table);
    QCOMPARE(table->records, (QList<QStringList>{{QStringLiteral("Label"), QStringLiteral("Total")},
                                                 {QStringLiteral("甲"), QStringLiteral("0")},
                                                 {QStringLiteral("乙"), QStringLiteral("10")},
                                                 {QStringLiteral("'=丙"), QStringLiteral("20")}}));
    QCOMPARE(
        QFileInfo(m_proposals.last()).fileName(),
        ExportRunner::proposedFileName(ExportRunner::Subject::TaskTable, {}, QDate::currentDate()));

    QVERIFY(m_runner->exportTable(&shown, {2, 1}));
    QVERIFY(waitForResult().ok());
    table = readCsv(m_answer);
    QVERIFY(table);
    QCOMPARE(table->records.size(), 3);
    QCOMPARE(table->records[1].first(), QStringLiteral("乙"));
    QCOMPARE(table->records[2].first(), QStringLiteral("'=丙"));

    // The engine's own table, as the window passes it.
    const QString key = addContactTask(QStringLiteral("table-"), 4, 1);
    QVERIFY(!key.isEmpty());
    QVERIFY(m_runner->exportTable(&m_engine->tasks()));
    QVERIFY(waitForResult().ok());
    table = readCsv(m_answer);
    QVERIFY(table);
    QCOMPARE(table->records.size(), 2);
    QCOMPARE(table->records[1].size(), int(TaskTableModel::ColumnCount));
    QCOMPARE(table->records[1][TaskTableModel::LabelColumn], QStringLiteral("HR import table-"));
    QCOMPARE(table->records[1][TaskTableModel::TaskIdColumn], QStringLiteral("table-1"));
}

void tst_ExportDialog::exportsStoredSubtasks_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<int>("rows");
    QTest::newRow("all rows") << 0 << 12;
    QTest::newRow("failed only") << 1 << 5;
    QTest::newRow("one failure group") << 2 << 5;
}

void tst_ExportDialog::exportsStoredSubtasks()
{
    QFETCH(int, which);
    QFETCH(int, rows);
    const QString key = addContactTask(QStringLiteral("hr-"), 12, 5);
    QVERIFY(!key.isEmpty());
    bool started = false;
    if (which == 0) {
        started = m_runner->exportSubtasks({key});
    } else if (which == 1) {
        started = m_runner->exportFailedSubtasks({key});
    } else {
        FailureGroup group;
        group.code = QStringLiteral("10013");
        group.message = QStringLiteral("invalid user_id");
        started = m_runner->exportFailureGroup(key, group);
    }
    QVERIFY(started);
    const CsvExportResult result = waitForResult();
    QVERIFY2(result.ok(), qPrintable(result.errorMessage));
    QCOMPARE(result.rows, rows);
    const auto table = readCsv(m_answer);
    QVERIFY(table);
    QCOMPARE(table->records.size(), rows + 1);
    QVERIFY(!table->records.first().contains(QStringLiteral("task_id")));
    QVERIFY2(m_proposals.last().contains(QStringLiteral("HR import hr-")),
             qPrintable(m_proposals.last()));
}

void tst_ExportDialog::exportsSubtasksOfSeveralTasks()
{
    const QString first = addContactTask(QStringLiteral("a-"), 3, 1);
    const QString second = addContactTask(QStringLiteral("b-"), 4, 0);
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    QVERIFY(m_runner->exportSubtasks({first, second}));
    QVERIFY(waitForResult().ok());
    const auto table = readCsv(m_answer);
    QVERIFY(table);
    QCOMPARE(table->records.size(), 1 + 3 + 4);
    QCOMPARE(table->records[1].first(), QStringLiteral("a-1"));
    QCOMPARE(table->records[7].first(), QStringLiteral("b-1"));
    QCOMPARE(
        QFileInfo(m_proposals.last()).fileName(),
        ExportRunner::proposedFileName(ExportRunner::Subject::Subtasks, {}, QDate::currentDate()));
}

void tst_ExportDialog::exportsReportSubmissions()
{
    const QString rule = QStringLiteral("6969410005221015580");
    m_simulator->addReportRule(rule, QStringLiteral("周报"));
    const qint64 base = 1'763'700'000;
    for (int i = 0; i < 25; ++i) {
        SimReportSubmission submission;
        submission.ruleId = rule;
        submission.fromUserId = QStringLiteral("ou_%1").arg(i);
        submission.commitTime = base + i * 60;
        submission.wire = QJsonObject{
            {QStringLiteral("task_id"), QStringLiteral("69695074591196%1").arg(10000 + i)},
            {QStringLiteral("rule_name"), QStringLiteral("周报")},
            {QStringLiteral("rule_id"), rule},
            {QStringLiteral("from_user_id"), QStringLiteral("ou_%1").arg(i)},
            {QStringLiteral("from_user_name"), QStringLiteral("员工%1").arg(i)},
            {QStringLiteral("department_name"), QStringLiteral("研发部")},
            {QStringLiteral("commit_time"), base + i * 60},
            {QStringLiteral("form_contents"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("field_id"), QStringLiteral("f1")},
                             {QStringLiteral("field_name"), QStringLiteral("本周完成")},
                             {QStringLiteral("field_value"), QStringLiteral("第%1项").arg(i)}},
                 QJsonObject{{QStringLiteral("field_id"), QStringLiteral("f2")},
                             {QStringLiteral("field_name"), QStringLiteral("下周计划")},
                             {QStringLiteral("field_value"), QStringLiteral("=SUM(A1)")}}}},
        };
        m_simulator->addReportSubmission(submission);
    }
    TaskRef ref;
    ref.kind = TaskKind::FeishuReport;
    ref.accountId = QStringLiteral("acme");
    ref.report.ruleId = rule;
    ref.report.from = QDateTime::fromSecsSinceEpoch(base - 3600, Qt::UTC);
    ref.report.to = QDateTime::fromSecsSinceEpoch(base + 86400, Qt::UTC);
    ref.taskId = TaskRef::reportTaskId(ref.report);
    ref.label = QStringLiteral("周报");
    QCOMPARE(m_engine->addTasks({ref}), 1);
    QVERIFY(waitFor([&] {
        const WatchedTask *task = m_engine->tasks().task(ref.key());
        return task && task->snapshot && task->snapshot->total.value_or(0) == 25;
    }));

    QVERIFY(m_runner->exportReports(ref.key()));
    const CsvExportResult result = waitForResult();
    QVERIFY2(result.ok(), qPrintable(result.errorMessage));
    QCOMPARE(result.rows, 25);
    const auto table = readCsv(m_answer);
    QVERIFY(table);
    QCOMPARE(table->records.size(), 26);
    const QStringList header = table->records.first();
    const qsizetype done = header.indexOf(QStringLiteral("本周完成"));
    const qsizetype plan = header.indexOf(QStringLiteral("下周计划"));
    QVERIFY2(done > 0 && plan > done, qPrintable(header.join(u'|')));
    QCOMPARE(table->records[25][done], QStringLiteral("第24项"));
    QCOMPARE(table->records[25][plan], QStringLiteral("'=SUM(A1)"));
    QVERIFY(m_proposals.last().contains(QStringLiteral("周报")));
}

void tst_ExportDialog::usesTheCsvSettings()
{
    m_preferences->setCsvByteOrderMark(false);
    QVERIFY(m_preferences->setCsvDelimiter(u';'));
    QVERIFY(m_runner->exportSubtaskRows(QStringLiteral("HR"), importRows(1)));
    QVERIFY(waitForResult().ok());
    const QByteArray bytes = readFile(m_answer);
    QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY2(bytes.startsWith("user_id;name;mobile;email;department_ids;job_title;code\r\n"),
             bytes.left(80).constData());
}

void tst_ExportDialog::resultOpensTheFileAndItsFolder()
{
    UrlRecorder recorder;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &recorder, "open");
    QVERIFY(m_runner->exportSubtaskRows(QStringLiteral("HR"), importRows(2)));
    QVERIFY(waitForResult().ok());
    QPointer<QMessageBox> box = m_runner->resultBox();
    QVERIFY(box);
    auto *open = box->findChild<QPushButton *>(QStringLiteral("openFile"));
    QVERIFY(open != nullptr);
    QTest::mouseClick(open, Qt::LeftButton);
    QCOMPARE(recorder.opened, QList<QUrl>{QUrl::fromLocalFile(m_answer)});
    QVERIFY(waitFor([&] { return box.isNull(); }, 2000)); // closed and deleted

    QVERIFY(m_runner->exportSubtaskRows(QStringLiteral("HR"), importRows(2)));
    QVERIFY(waitForResult().ok());
    auto *show = m_runner->resultBox()->findChild<QPushButton *>(QStringLiteral("showInFolder"));
    QVERIFY(show != nullptr);
    QTest::mouseClick(show, Qt::LeftButton);
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    QCOMPARE(recorder.opened.size(), 2);
    QCOMPARE(recorder.opened.last(), QUrl::fromLocalFile(exportFolder()));
}

QTEST_MAIN(tst_ExportDialog)
#include "tst_exportdialog.moc"
