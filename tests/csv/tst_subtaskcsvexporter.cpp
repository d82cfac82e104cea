#include "models/csv/CsvWriter.h"
#include "models/csv/SubtaskCsvExporter.h"
#include "Rfc4180Reader.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Fields = QList<std::pair<QString, QVariant>>;

SubtaskRow makeRow(const Fields &fields, bool failed = false, const QString &code = {},
                   const QString &message = {})
{
    return SubtaskRow{fields, failed, code, message};
}

// A Feishu contact import: two succeeded rows, three failed in two groups.
QList<SubtaskRow> importRows()
{
    const auto ok = [](const char *id, const char *name) {
        return makeRow({{QStringLiteral("user_id"), QString::fromUtf8(id)},
                        {QStringLiteral("name"), QString::fromUtf8(name)},
                        {QStringLiteral("code"), qint64(0)}});
    };
    const auto bad = [](const char *id, const char *name, qint64 code, const char *message) {
        return makeRow({{QStringLiteral("user_id"), QString::fromUtf8(id)},
                        {QStringLiteral("name"), QString::fromUtf8(name)},
                        {QStringLiteral("code"), code},
                        {QStringLiteral("fail_reason"), QString::fromUtf8(message)}},
                       true, QString::number(code), QString::fromUtf8(message));
    };
    return {ok("u1", "张三"), bad("u2", "李四", 10013, "invalid user_id"),
            bad("u3", "王五", 40001, "mobile exists"), ok("u4", "赵六"),
            bad("u5", "=钱七", 10013, "invalid user_id")};
}

QList<QStringList> exportRecords(const CsvExporter &exporter, CsvExportOptions options = {})
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const CsvExportResult result = exporter.write(&buffer, options);
    if (!result.ok())
        qWarning("export failed: %s", qPrintable(result.errorMessage));
    QString error;
    const auto table = Rfc4180Reader::parse(buffer.data(), &error);
    if (!table) {
        qWarning("strict reader rejected the output: %s", qPrintable(error));
        return {};
    }
    return table->records;
}

QStringList column(const QList<QStringList> &records, qsizetype index)
{
    QStringList values;
    for (qsizetype r = 1; r < records.size(); ++r)
        values.append(records[r].value(index));
    return values;
}

} // namespace

class TestSubtaskCsvExporter final : public QObject
{
    Q_OBJECT

private slots:
    void columnsAreTheUnionInFirstSeenOrder();
    void selectsRows_data();
    void selectsRows();
    void writesValuesByType_data();
    void writesValuesByType();
    void firstOfRepeatedFieldWins();
    void roundTripsTrickyValuesThroughAFile();
    void writesSeveralTasksWithTaskId_data();
    void writesSeveralTasksWithTaskId();
    void reportsProgressEveryInterval();
    void cancelStopsTheExport();
};

void TestSubtaskCsvExporter::columnsAreTheUnionInFirstSeenOrder()
{
    const QList<SubtaskRow> rows{
        makeRow({{QStringLiteral("user_id"), QStringLiteral("u1")},
                 {QStringLiteral("name"), QStringLiteral("张三")},
                 {QStringLiteral("mobile"), QStringLiteral("13800000000")}}),
        makeRow({{QStringLiteral("user_id"), QStringLiteral("u2")},
                 {QStringLiteral("name"), QStringLiteral("李四")},
                 {QStringLiteral("email"), QStringLiteral("li@example.com")}}),
        makeRow({{QStringLiteral("department_ids"), QStringList{QStringLiteral("d1")}},
                 {QStringLiteral("user_id"), QStringLiteral("u3")}}),
    };
    const SubtaskCsvExporter exporter(rows);
    const QStringList header{QStringLiteral("user_id"), QStringLiteral("name"),
                             QStringLiteral("mobile"), QStringLiteral("email"),
                             QStringLiteral("department_ids")};
    QCOMPARE(exporter.fieldNames(), header);
    const QList<QStringList> expected{
        header,
        {QStringLiteral("u1"), QStringLiteral("张三"), QStringLiteral("13800000000"), {}, {}},
        {QStringLiteral("u2"), QStringLiteral("李四"), {}, QStringLiteral("li@example.com"), {}},
        {QStringLiteral("u3"), {}, {}, {}, QStringLiteral("d1")},
    };
    QCOMPARE(exportRecords(exporter), expected);
}

void TestSubtaskCsvExporter::selectsRows_data()
{
    QTest::addColumn<int>("selection"); // 0 all, 1 failed, 2 largest group, 3 smallest group
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QStringList>("userIds");

    const QStringList withReason{QStringLiteral("user_id"), QStringLiteral("name"),
                                 QStringLiteral("code"), QStringLiteral("fail_reason")};
    QTest::newRow("all") << 0 << withReason
                         << QStringList{QStringLiteral("u1"), QStringLiteral("u2"),
                                        QStringLiteral("u3"), QStringLiteral("u4"),
                                        QStringLiteral("u5")};
    QTest::newRow("failed only") << 1 << withReason
                                 << QStringList{QStringLiteral("u2"), QStringLiteral("u3"),
                                                QStringLiteral("u5")};
    QTest::newRow("group 10013") << 2 << withReason
                                 << QStringList{QStringLiteral("u2"), QStringLiteral("u5")};
    QTest::newRow("group 40001") << 3 << withReason << QStringList{QStringLiteral("u3")};
}

void TestSubtaskCsvExporter::selectsRows()
{
    QFETCH(int, selection);
    QFETCH(QStringList, header);
    QFETCH(QStringList, userIds);

    const QList<SubtaskRow> rows = importRows();
    const QList<FailureGroup> groups = FailureGroup::group(rows);
    QCOMPARE(groups.size(), 2);
    SubtaskCsvExporter exporter(rows);
    if (selection == 1)
        exporter.selectFailedRows();
    else if (selection >= 2)
        exporter.selectFailureGroup(groups.at(selection - 2));
    QCOMPARE(exporter.selectedRowCount(), userIds.size());

    const QList<QStringList> records = exportRecords(exporter);
    QCOMPARE(records.value(0), header);
    QCOMPARE(column(records, 0), userIds);
}

void TestSubtaskCsvExporter::writesValuesByType_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QByteArray>("cell");
    QTest::newRow("negative number stays a number") << QVariant(qint64(-12)) << QByteArray("-12");
    QTest::newRow("negative text is guarded")
        << QVariant(QStringLiteral("-12")) << QByteArray("'-12");
    QTest::newRow("real") << QVariant(12.5) << QByteArray("12.5");
    QTest::newRow("bool") << QVariant(true) << QByteArray("true");
    QTest::newRow("list") << QVariant(QStringList{QStringLiteral("d1"), QStringLiteral("d2")})
                          << QByteArray("d1; d2");
    QTest::newRow("nested json") << QVariant(QStringLiteral("{\"a\":1,\"b\":\"x\"}"))
                                 << QByteArray("\"{\"\"a\"\":1,\"\"b\"\":\"\"x\"\"}\"");
    QTest::newRow("null") << QVariant() << QByteArray("");
    QTest::newRow("phone") << QVariant(QStringLiteral("+8613800000000"))
                           << QByteArray("'+8613800000000");
}

void TestSubtaskCsvExporter::writesValuesByType()
{
    QFETCH(QVariant, value);
    QFETCH(QByteArray, cell);
    const SubtaskCsvExporter exporter(
        QList<SubtaskRow>{makeRow({{QStringLiteral("v"), value}, {QStringLiteral("end"), 1}})});
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvExportOptions options;
    options.byteOrderMark = CsvWriter::ByteOrderMark::Omit;
    QVERIFY(exporter.write(&buffer, options).ok());
    QCOMPARE(buffer.data(), QByteArray("v,end\r\n") + cell + ",1\r\n");
}

void TestSubtaskCsvExporter::firstOfRepeatedFieldWins()
{
    const SubtaskRow row = makeRow({{QStringLiteral("a"), QStringLiteral("first")},
                                    {QStringLiteral("a"), QStringLiteral("2")}});
    const QList<QStringList> records = exportRecords(SubtaskCsvExporter(QList<SubtaskRow>{row}));
    QCOMPARE(records, (QList<QStringList>{{QStringLiteral("a")}, {row.text(QStringLiteral("a"))}}));
}

void TestSubtaskCsvExporter::roundTripsTrickyValuesThroughAFile()
{
    const QStringList tricky{
        QStringLiteral("He said \"hi\""),
        QStringLiteral("a,b"),
        QStringLiteral("line1\r\nline2\n3"),
        QStringLiteral("张三,研发部"),
        QStringLiteral("🚀👨‍👩‍👧"),
        QStringLiteral("=1+2"),
        QStringLiteral("+86 138"),
        QStringLiteral("-x"),
        QStringLiteral("@SUM(A1)"),
        QString(),
        QStringLiteral("'=x"),
        QStringLiteral("\t\r"),
    };
    QList<SubtaskRow> rows;
    for (qsizetype i = 0; i < tricky.size(); ++i)
        rows.append(makeRow({{QStringLiteral("name"), tricky[i]},
                             {QStringLiteral("message"), tricky[(i + 1) % tricky.size()]},
                             {QStringLiteral("index"), qint64(i)}},
                            true, QStringLiteral("1"), tricky[i]));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("失败的行.csv"));
    const CsvExportResult result = SubtaskCsvExporter(rows).exportToFile(path);
    QVERIFY2(result.ok(), qPrintable(result.errorMessage));
    QCOMPARE(result.rows, rows.size());

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString error;
    const auto table = Rfc4180Reader::parse(file.readAll(), &error);
    QVERIFY2(table, qPrintable(error));
    QVERIFY(table->byteOrderMark);
    QCOMPARE(table->records.size(), rows.size() + 1);
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const QStringList &record = table->records[r + 1];
        QCOMPARE(CsvWriter::unguardFormula(record[0]), rows[r].text(QStringLiteral("name")));
        QCOMPARE(CsvWriter::unguardFormula(record[1]), rows[r].text(QStringLiteral("message")));
        QCOMPARE(record[2], QString::number(r));
    }
}

void TestSubtaskCsvExporter::writesSeveralTasksWithTaskId_data()
{
    QTest::addColumn<bool>("machineNames");
    QTest::addColumn<bool>("failedOnly");
    QTest::addColumn<QString>("firstHeader");
    QTest::addColumn<QStringList>("taskIds");
    const QString a = QStringLiteral("task-a");
    const QString b = QStringLiteral("7123456789012345678");
    QTest::newRow("labels, all") << false << false << QStringLiteral("Task ID")
                                 << QStringList{a, a, a, a, a, b, b};
    QTest::newRow("machine names, failed")
        << true << true << QStringLiteral("task_id") << QStringList{a, a, a, b};
}

void TestSubtaskCsvExporter::writesSeveralTasksWithTaskId()
{
    QFETCH(bool, machineNames);
    QFETCH(bool, failedOnly);
    QFETCH(QString, firstHeader);
    QFETCH(QStringList, taskIds);

    TaskSnapshot first;
    first.taskId = QStringLiteral("task-a");
    first.subtasks = importRows();
    TaskSnapshot second;
    second.taskId = QStringLiteral("7123456789012345678");
    second.subtasks = {
        makeRow({{QStringLiteral("file_id"), QStringLiteral("f1")}}),
        makeRow({{QStringLiteral("file_id"), QStringLiteral("f2")},
                 {QStringLiteral("errorMessage"), QStringLiteral("permissionDenied")}},
                true, QStringLiteral("403"), QStringLiteral("permissionDenied"))};
    SubtaskCsvExporter exporter(QList<TaskSnapshot>{first, second});
    if (failedOnly)
        exporter.selectFailedRows();
    CsvExportOptions options;
    if (machineNames)
        options.header = CsvExportOptions::HeaderStyle::MachineNames;

    const QList<QStringList> records = exportRecords(exporter, options);
    QCOMPARE(records.value(0),
             (QStringList{firstHeader, QStringLiteral("user_id"), QStringLiteral("name"),
                          QStringLiteral("code"), QStringLiteral("fail_reason"),
                          QStringLiteral("file_id"), QStringLiteral("errorMessage")}));
    QCOMPARE(column(records, 0), taskIds);
    QCOMPARE(records.last().value(6), QStringLiteral("permissionDenied"));
}

void TestSubtaskCsvExporter::reportsProgressEveryInterval()
{
    QList<SubtaskRow> rows;
    for (int i = 0; i < 95; ++i)
        rows.append(makeRow({{QStringLiteral("n"), qint64(i)}}));
    QList<std::pair<qint64, qint64>> calls;
    CsvExportOptions options;
    options.progressInterval = 10;
    options.progress = [&calls](qint64 done, qint64 total) {
        calls.append({done, total});
        return true;
    };
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const CsvExportResult result = SubtaskCsvExporter(rows).write(&buffer, options);
    QVERIFY(result.ok());
    QCOMPARE(result.rows, 95);
    QList<std::pair<qint64, qint64>> expected;
    for (qint64 done = 0; done <= 90; done += 10)
        expected.append({done, 95});
    expected.append({95, 95});
    QCOMPARE(calls, expected);
}

void TestSubtaskCsvExporter::cancelStopsTheExport()
{
    QList<SubtaskRow> rows;
    for (int i = 0; i < 1000; ++i)
        rows.append(makeRow({{QStringLiteral("n"), qint64(i)}}));
    qint64 lastDone = -1;
    CsvExportOptions options;
    options.progressInterval = 100;
    options.progress = [&lastDone](qint64 done, qint64) {
        lastDone = done;
        return done < 300;
    };
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const CsvExportResult result = SubtaskCsvExporter(rows).write(&buffer, options);
    QCOMPARE(result.status, CsvExportResult::Status::Cancelled);
    QCOMPARE(result.rows, 300);
    QCOMPARE(lastDone, 300);
    QVERIFY(!result.errorMessage.isEmpty());
}

QTEST_GUILESS_MAIN(TestSubtaskCsvExporter)
#include "tst_subtaskcsvexporter.moc"
