#include "models/csv/CsvWriter.h"
#include "models/csv/ReportCsvExporter.h"
#include "Rfc4180Reader.h"

#include <QBuffer>
#include <QTest>

#include <ctime>

namespace {

ReportFormField field(const char *name, const char *value, const char *id = "")
{
    return ReportFormField{QString::fromUtf8(id), QString::fromUtf8(name),
                           QString::fromUtf8(value)};
}

QList<ReportSubmission> weeklyReports()
{
    ReportSubmission first;
    first.ruleName = QStringLiteral("周报");
    first.fromUserId = QStringLiteral("ou_1");
    first.fromUserName = QStringLiteral("张三");
    first.departmentName = QStringLiteral("研发部");
    first.commitTime = QDateTime(QDate(2024, 5, 10), QTime(8, 30), Qt::UTC);
    first.toUserNames = {QStringLiteral("李经理"), QStringLiteral("王总")};
    first.formContents = {field("本周完成", "上线 v2\n修复 3 个问题, 含 \"登录\""),
                          field("下周计划", "=SUM(A1)"), field("风险", "")};

    ReportSubmission second;
    second.ruleName = QStringLiteral("周报");
    second.fromUserId = QStringLiteral("ou_2");
    second.fromUserName = QStringLiteral("-李四");
    second.departmentName = QStringLiteral("测试部");
    second.formContents = {field("下周计划", "回归测试 🚀"), field("备注", "新字段"),
                           field("本周完成", "测试, 测试")};

    ReportSubmission third;
    third.ruleName = QStringLiteral("周报");
    third.fromUserId = QStringLiteral("ou_3");
    third.fromUserName = QStringLiteral("王五");
    third.commitTime = QDateTime(QDate(2024, 5, 10), QTime(23, 59, 59), Qt::UTC);
    third.toUserNames = {QStringLiteral("李经理")};
    third.formContents = {field("", "附件", "f9"), field("风险", "无"), field("风险", "延期")};
    return {first, second, third};
}

std::optional<Rfc4180Reader::Table> exportTable(const CsvExportOptions &options = {})
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const CsvExportResult result = ReportCsvExporter(weeklyReports()).write(&buffer, options);
    if (!result.ok())
        return std::nullopt;
    return Rfc4180Reader::parse(buffer.data());
}

} // namespace

class TestReportCsvExporter final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writesHeader_data();
    void writesHeader();
    void writesOneRowPerSubmission_data();
    void writesOneRowPerSubmission();
    void reportsProgressPerSubmission();
};

void TestReportCsvExporter::initTestCase()
{
    qputenv("TZ", "Asia/Shanghai");
    tzset();
}

void TestReportCsvExporter::writesHeader_data()
{
    QTest::addColumn<bool>("machineNames");
    QTest::addColumn<QStringList>("header");
    const QStringList formFields{QStringLiteral("本周完成"), QStringLiteral("下周计划"),
                                 QStringLiteral("风险"), QStringLiteral("备注"),
                                 QStringLiteral("f9")};
    QTest::newRow("labels") << false
                            << QStringList{QStringLiteral("Submitter"),
                                           QStringLiteral("Submitter ID"),
                                           QStringLiteral("Department"),
                                           QStringLiteral("Commit time (UTC)"),
                                           QStringLiteral("Commit time (local)"),
                                           QStringLiteral("Rule"),
                                           QStringLiteral("Recipients")} +
                                   formFields;
    QTest::newRow("machine names")
        << true
        << QStringList{QStringLiteral("from_user_name"),    QStringLiteral("from_user_id"),
                       QStringLiteral("department_name"),   QStringLiteral("commit_time_utc"),
                       QStringLiteral("commit_time_local"), QStringLiteral("rule_name"),
                       QStringLiteral("to_user_names")} +
               formFields;
}

void TestReportCsvExporter::writesHeader()
{
    QFETCH(bool, machineNames);
    QFETCH(QStringList, header);
    CsvExportOptions options;
    if (machineNames)
        options.header = CsvExportOptions::HeaderStyle::MachineNames;
    const auto table = exportTable(options);
    QVERIFY(table);
    QVERIFY(table->byteOrderMark);
    QCOMPARE(table->records.value(0), header);
    QCOMPARE(ReportCsvExporter(weeklyReports()).formFieldNames(), header.mid(7));
}

void TestReportCsvExporter::writesOneRowPerSubmission_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QStringList>("cells");
    QTest::newRow("complete") << 0
                              << QStringList{QStringLiteral("张三"),
                                             QStringLiteral("ou_1"),
                                             QStringLiteral("研发部"),
                                             QStringLiteral("2024-05-10T08:30:00Z"),
                                             QStringLiteral("2024-05-10 16:30:00"),
                                             QStringLiteral("周报"),
                                             QStringLiteral("李经理; 王总"),
                                             QStringLiteral("上线 v2\n修复 3 个问题, 含 \"登录\""),
                                             QStringLiteral("=SUM(A1)"),
                                             QString(),
                                             QString(),
                                             QString()};
    QTest::newRow("no time, other field order") << 1
                                                << QStringList{QStringLiteral("-李四"),
                                                               QStringLiteral("ou_2"),
                                                               QStringLiteral("测试部"),
                                                               QString(),
                                                               QString(),
                                                               QStringLiteral("周报"),
                                                               QString(),
                                                               QStringLiteral("测试, 测试"),
                                                               QStringLiteral("回归测试 🚀"),
                                                               QString(),
                                                               QStringLiteral("新字段"),
                                                               QString()};
    QTest::newRow("unnamed and repeated fields, next local day")
        << 2
        << QStringList{QStringLiteral("王五"),
                       QStringLiteral("ou_3"),
                       QString(),
                       QStringLiteral("2024-05-10T23:59:59Z"),
                       QStringLiteral("2024-05-11 07:59:59"),
                       QStringLiteral("周报"),
                       QStringLiteral("李经理"),
                       QString(),
                       QString(),
                       QStringLiteral("无; 延期"),
                       QString(),
                       QStringLiteral("附件")};
}

void TestReportCsvExporter::writesOneRowPerSubmission()
{
    QFETCH(int, row);
    QFETCH(QStringList, cells);
    const auto table = exportTable();
    QVERIFY(table);
    QCOMPARE(table->records.size(), 4);
    const QStringList record = table->records.at(row + 1);
    QStringList unguarded;
    for (const QString &cell : record)
        unguarded.append(CsvWriter::unguardFormula(cell));
    QCOMPARE(unguarded, cells);
    for (const QString &cell : record)
        QVERIFY(!cell.startsWith(u'=') && !cell.startsWith(u'-'));
}

void TestReportCsvExporter::reportsProgressPerSubmission()
{
    QList<std::pair<qint64, qint64>> calls;
    CsvExportOptions options;
    options.progressInterval = 1;
    options.progress = [&calls](qint64 done, qint64 total) {
        calls.append({done, total});
        return true;
    };
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const CsvExportResult result = ReportCsvExporter(weeklyReports()).write(&buffer, options);
    QVERIFY(result.ok());
    QCOMPARE(result.rows, 3);
    QCOMPARE(calls, (QList<std::pair<qint64, qint64>>{{0, 3}, {1, 3}, {2, 3}, {3, 3}}));
}

QTEST_GUILESS_MAIN(TestReportCsvExporter)
#include "tst_reportcsvexporter.moc"
