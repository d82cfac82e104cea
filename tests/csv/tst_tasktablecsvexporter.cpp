#include "models/csv/CsvWriter.h"
#include "models/csv/TaskTableCsvExporter.h"
#include "models/domain/TaskState.h"
#include "Rfc4180Reader.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTest>

#include <ctime>
#include <memory>

namespace {

constexpr int kRawRole = Qt::UserRole + 1;

enum Column { IdColumn, KindColumn, StateColumn, ProgressColumn, CreatedColumn, MessageColumn };

struct TaskLine
{
    const char *id;
    const char *kind;
    QVariant state; // raw: TaskState as int, or unknown text
    double progress;
    QDateTime created;
    const char *message;
};

QList<TaskLine> taskLines()
{
    const QDateTime base(QDate(2024, 5, 10), QTime(8, 0), Qt::UTC);
    return {
        {"7001", "feishu-contact", int(TaskState::PartiallyFailed), 100, base,
         "37 of 50 rows failed, see \"details\""},
        {"7002", "feishu-drive", int(TaskState::Running), 12.5, base.addSecs(60),
         "=cmd|' /C calc'!A0"},
        {"d-1", "dingtalk-doc", int(TaskState::Succeeded), 100, base.addSecs(120), "复制完成"},
        {"7003", "feishu-contact", QStringLiteral("weird_9"), 45.5, QDateTime(), "-"},
        {"7004", "feishu-report", int(TaskState::Error), 0, base.addDays(1),
         "限流\nrequest id 2024"},
        {"d-2", "dingtalk-storage", int(TaskState::Failed), 3, base, "@import"},
    };
}

// Builds the table as the future TaskTableModel will present it: display text plus a raw role.
std::unique_ptr<QStandardItemModel> makeSourceModel()
{
    auto model = std::make_unique<QStandardItemModel>(0, 6);
    model->setHorizontalHeaderLabels({QStringLiteral("Task ID"), QStringLiteral("Kind"),
                                      QStringLiteral("State"), QStringLiteral("Progress"),
                                      QStringLiteral("Created"), QStringLiteral("Message")});
    for (const TaskLine &line : taskLines()) {
        QList<QStandardItem *> items;
        items << new QStandardItem(QString::fromUtf8(line.id))
              << new QStandardItem(QString::fromUtf8(line.kind));
        const auto state = line.state.typeId() == QMetaType::Int
                               ? std::optional(static_cast<TaskState>(line.state.toInt()))
                               : std::nullopt;
        auto *stateItem = new QStandardItem(state ? TaskStates::displayName(*state)
                                                  : QStringLiteral("Unknown (weird_9)"));
        stateItem->setData(line.state, kRawRole);
        auto *progressItem =
            new QStandardItem(QString::number(line.progress) + QStringLiteral(" %"));
        progressItem->setData(line.progress, kRawRole);
        auto *createdItem = new QStandardItem(line.created.toString(Qt::TextDate));
        createdItem->setData(line.created, kRawRole);
        items << stateItem << progressItem << createdItem
              << new QStandardItem(QString::fromUtf8(line.message));
        model->appendRow(items);
    }
    return model;
}

QList<CsvModelColumn> visibleColumns()
{
    return {
        {IdColumn, CsvModelColumn::Kind::Text, Qt::DisplayRole, QStringLiteral("task_id")},
        {StateColumn, CsvModelColumn::Kind::State, kRawRole, QStringLiteral("state")},
        {ProgressColumn, CsvModelColumn::Kind::Number, kRawRole, QStringLiteral("progress")},
        {CreatedColumn, CsvModelColumn::Kind::DateTime, kRawRole, QStringLiteral("created")},
        {MessageColumn, CsvModelColumn::Kind::Text, Qt::DisplayRole, QStringLiteral("message")},
    };
}

} // namespace

class TestTaskTableCsvExporter final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void exportsVisibleRowsInViewOrder_data();
    void exportsVisibleRowsInViewOrder();
    void failsWhenTheModelDisappears();
    void survivesRowsRemovedDuringExport();

private:
    std::optional<Rfc4180Reader::Table> exportTable(const QList<CsvModelColumn> &columns,
                                                    const CsvExportOptions &options = {});

    std::unique_ptr<QStandardItemModel> m_source;
    std::unique_ptr<QSortFilterProxyModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_sourceTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
};

void TestTaskTableCsvExporter::initTestCase()
{
    qputenv("TZ", "Asia/Shanghai");
    tzset();
}

void TestTaskTableCsvExporter::init()
{
    m_source = makeSourceModel();
    m_proxy = std::make_unique<QSortFilterProxyModel>();
    m_sourceTester = std::make_unique<QAbstractItemModelTester>(
        m_source.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_proxyTester = std::make_unique<QAbstractItemModelTester>(
        m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_proxy->setSourceModel(m_source.get());
    // As the view will: sort by the raw value, filter on the kind column.
    m_proxy->setSortRole(kRawRole);
    m_proxy->sort(ProgressColumn, Qt::DescendingOrder);
    m_proxy->setFilterKeyColumn(KindColumn);
    m_proxy->setFilterRegularExpression(QStringLiteral("^feishu-"));
}

void TestTaskTableCsvExporter::cleanup()
{
    m_proxyTester.reset();
    m_sourceTester.reset();
    m_proxy.reset();
    m_source.reset();
}

std::optional<Rfc4180Reader::Table>
TestTaskTableCsvExporter::exportTable(const QList<CsvModelColumn> &columns,
                                      const CsvExportOptions &options)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const CsvExportResult result =
        TaskTableCsvExporter(m_proxy.get(), columns).write(&buffer, options);
    if (!result.ok()) {
        qWarning("export failed: %s", qPrintable(result.errorMessage));
        return std::nullopt;
    }
    QString error;
    auto table = Rfc4180Reader::parse(buffer.data(), &error);
    if (!table)
        qWarning("strict reader rejected the output: %s", qPrintable(error));
    return table;
}

void TestTaskTableCsvExporter::exportsVisibleRowsInViewOrder_data()
{
    QTest::addColumn<bool>("allColumns");
    QTest::addColumn<bool>("machineNames");
    QTest::addColumn<QList<QStringList>>("records");

    // Feishu rows only, by progress descending: 7001 (100), 7003 (45.5), 7002 (12.5), 7004 (0).
    QTest::newRow("visible columns")
        << false << false
        << QList<QStringList>{
               {QStringLiteral("Task ID"), QStringLiteral("State (id)"), QStringLiteral("State"),
                QStringLiteral("Progress"), QStringLiteral("Created (UTC)"),
                QStringLiteral("Created (local)"), QStringLiteral("Message")},
               {QStringLiteral("7001"), QStringLiteral("partially_failed"),
                QStringLiteral("Partly failed"), QStringLiteral("100"),
                QStringLiteral("2024-05-10T08:00:00Z"), QStringLiteral("2024-05-10 16:00:00"),
                QStringLiteral("37 of 50 rows failed, see \"details\"")},
               {QStringLiteral("7003"), QStringLiteral("weird_9"),
                QStringLiteral("Unknown (weird_9)"), QStringLiteral("45.5"), QString(), QString(),
                QStringLiteral("-")},
               {QStringLiteral("7002"), QStringLiteral("running"), QStringLiteral("Running"),
                QStringLiteral("12.5"), QStringLiteral("2024-05-10T08:01:00Z"),
                QStringLiteral("2024-05-10 16:01:00"), QStringLiteral("=cmd|' /C calc'!A0")},
               {QStringLiteral("7004"), QStringLiteral("error"), QStringLiteral("Error"),
                QStringLiteral("0"), QStringLiteral("2024-05-11T08:00:00Z"),
                QStringLiteral("2024-05-11 16:00:00"), QStringLiteral("限流\nrequest id 2024")}};
    QTest::newRow("visible columns, machine names")
        << false << true
        << QList<QStringList>{{QStringLiteral("task_id"), QStringLiteral("state"),
                               QStringLiteral("state_text"), QStringLiteral("progress"),
                               QStringLiteral("created_utc"), QStringLiteral("created_local"),
                               QStringLiteral("message")}};
    QTest::newRow("all columns as display text")
        << true << false
        << QList<QStringList>{{QStringLiteral("Task ID"), QStringLiteral("Kind"),
                               QStringLiteral("State"), QStringLiteral("Progress"),
                               QStringLiteral("Created"), QStringLiteral("Message")},
                              {QStringLiteral("7001"), QStringLiteral("feishu-contact"),
                               QStringLiteral("Partly failed"), QStringLiteral("100 %"),
                               QStringLiteral("Fri May 10 08:00:00 2024 GMT"),
                               QStringLiteral("37 of 50 rows failed, see \"details\"")}};
}

void TestTaskTableCsvExporter::exportsVisibleRowsInViewOrder()
{
    QFETCH(bool, allColumns);
    QFETCH(bool, machineNames);
    QFETCH(QList<QStringList>, records);

    CsvExportOptions options;
    if (machineNames)
        options.header = CsvExportOptions::HeaderStyle::MachineNames;
    const auto table = exportTable(
        allColumns ? TaskTableCsvExporter::textColumns(m_proxy.get()) : visibleColumns(), options);
    QVERIFY(table);
    QCOMPARE(table->records.size(), 5);
    for (qsizetype r = 0; r < records.size(); ++r) {
        QStringList unguarded;
        for (const QString &cell : table->records.at(r))
            unguarded.append(CsvWriter::unguardFormula(cell));
        QCOMPARE(unguarded, records.at(r));
    }
}

void TestTaskTableCsvExporter::failsWhenTheModelDisappears()
{
    CsvExportOptions options;
    options.progressInterval = 1;
    options.progress = [this](qint64 done, qint64) {
        if (done == 2) {
            m_proxyTester.reset();
            m_proxy.reset();
        }
        return true;
    };
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const TaskTableCsvExporter exporter(m_proxy.get(), visibleColumns());
    const CsvExportResult result = exporter.write(&buffer, options);
    QCOMPARE(result.status, CsvExportResult::Status::Failed);
    QVERIFY(result.errorMessage.contains(QStringLiteral("closed")));
}

void TestTaskTableCsvExporter::survivesRowsRemovedDuringExport()
{
    CsvExportOptions options;
    options.progressInterval = 1;
    options.progress = [this](qint64 done, qint64) {
        if (done == 1)
            m_source->removeRows(0, m_source->rowCount());
        return true;
    };
    const auto table = exportTable(visibleColumns(), options);
    QVERIFY(table);
    QCOMPARE(table->records.size(), 2);
}

QTEST_MAIN(TestTaskTableCsvExporter)
#include "tst_tasktablecsvexporter.moc"
