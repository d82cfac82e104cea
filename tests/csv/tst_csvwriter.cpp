#include "models/csv/CsvWriter.h"
#include "Rfc4180Reader.h"

#include <QBuffer>
#include <QTest>

#include <limits>

namespace {

// Accepts a fixed number of bytes, then fails every write, like a disk that fills up.
class FailingDevice final : public QIODevice
{
public:
    explicit FailingDevice(qint64 capacity, qint64 maxPerWrite = 0)
        : m_capacity(capacity)
        , m_maxPerWrite(maxPerWrite)
    {
        open(QIODevice::WriteOnly);
    }

    QByteArray received;
    qint64 largestWrite = 0;
    int writes = 0;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        ++writes;
        if (m_maxPerWrite > 0)
            size = std::min(size, m_maxPerWrite);
        largestWrite = std::max(largestWrite, size);
        if (m_written + size > m_capacity) {
            setErrorString(QStringLiteral("No space left on device"));
            return -1;
        }
        m_written += size;
        received.append(data, size);
        return size;
    }

private:
    qint64 m_capacity;
    qint64 m_maxPerWrite;
    qint64 m_written = 0;
};

QStringList trickyCells()
{
    return {
        QStringLiteral("plain"),
        QStringLiteral("He said \"hi\""),
        QStringLiteral("\""),
        QStringLiteral("\"\""),
        QStringLiteral("a,b"),
        QStringLiteral(",,"),
        QStringLiteral("line1\nline2"),
        QStringLiteral("line1\r\nline2"),
        QStringLiteral("\r"),
        QStringLiteral("\n"),
        QStringLiteral("ends with newline\n"),
        QStringLiteral("张三"),
        QStringLiteral("研发部,测试组"),
        QStringLiteral("本周完成：\"上线\"\n下周计划：复盘"),
        QStringLiteral("🚀 done"),
        QStringLiteral("👨‍👩‍👧 family"),
        QStringLiteral("=1+2"),
        QStringLiteral("=HYPERLINK(\"http://example.com\",\"x\")"),
        QStringLiteral("+8613800000000"),
        QStringLiteral("-12"),
        QStringLiteral("@SUM(A1:A9)"),
        QStringLiteral("\tindented"),
        QStringLiteral("\rcarriage"),
        QStringLiteral("'=already guarded"),
        QStringLiteral("''+twice"),
        QStringLiteral("'"),
        QStringLiteral("'plain apostrophe"),
        QString(),
        QStringLiteral(" padded "),
        QStringLiteral("=a,\"b\"\nc"),
    };
}

QList<QStringList> readBack(const QByteArray &bytes)
{
    QString error;
    const auto table = Rfc4180Reader::parse(bytes, &error);
    if (!table) {
        qWarning("strict reader rejected the output: %s", qPrintable(error));
        return {};
    }
    return table->records;
}

} // namespace

class TestCsvWriter final : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsEachCell_data();
    void roundTripsEachCell();
    void roundTripsManyRows();
    void writesExactBytes_data();
    void writesExactBytes();
    void writesNumbersRaw_data();
    void writesNumbersRaw();
    void guardIsReversible_data();
    void guardIsReversible();
    void byteOrderMarkOnRequest();
    void separatesByTheDelimiter_data();
    void separatesByTheDelimiter();
    void reportsDeviceFailure();
    void failsOnClosedDevice();
    void flushesInBoundedChunks();
    void completesShortWrites();
};

void TestCsvWriter::roundTripsEachCell_data()
{
    QTest::addColumn<QString>("cell");
    for (const QString &cell : trickyCells())
        QTest::newRow(cell.left(24).toUtf8().toPercentEncoding().constData()) << cell;
}

void TestCsvWriter::roundTripsEachCell()
{
    QFETCH(QString, cell);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    const QList<QStringList> rows{{QStringLiteral("first"), QStringLiteral("second")},
                                  {cell, QStringLiteral("after")},
                                  {QStringLiteral("before"), cell},
                                  {cell, cell}};
    for (const QStringList &row : rows)
        QVERIFY(writer.writeTextRow(row));
    QVERIFY(writer.flush());

    const QList<QStringList> parsed = readBack(buffer.data());
    QCOMPARE(parsed.size(), rows.size());
    for (qsizetype r = 0; r < rows.size(); ++r) {
        QCOMPARE(parsed[r].size(), rows[r].size());
        for (qsizetype c = 0; c < rows[r].size(); ++c) {
            QCOMPARE(parsed[r][c], CsvWriter::guardFormula(rows[r][c]));
            QCOMPARE(CsvWriter::unguardFormula(parsed[r][c]), rows[r][c]);
        }
    }
}

void TestCsvWriter::roundTripsManyRows()
{
    const QStringList cells = trickyCells();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, CsvWriter::ByteOrderMark::Omit);
    constexpr int kRows = 3000;
    for (int row = 0; row < kRows; ++row) {
        QStringList record;
        for (qsizetype c = 0; c < cells.size(); ++c)
            record.append(cells[(row + c) % cells.size()]);
        QVERIFY(writer.writeTextRow(record));
    }
    QVERIFY(writer.flush());
    QCOMPARE(writer.rowsWritten(), kRows);

    const QList<QStringList> parsed = readBack(buffer.data());
    QCOMPARE(parsed.size(), kRows);
    for (int row = 0; row < kRows; ++row) {
        for (qsizetype c = 0; c < cells.size(); ++c)
            QCOMPARE(CsvWriter::unguardFormula(parsed[row][c]), cells[(row + c) % cells.size()]);
    }
}

void TestCsvWriter::writesExactBytes_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("plain") << QStringLiteral("plain") << QByteArray("plain\r\n");
    QTest::newRow("comma") << QStringLiteral("a,b") << QByteArray("\"a,b\"\r\n");
    QTest::newRow("quotes") << QStringLiteral("say \"hi\"") << QByteArray("\"say \"\"hi\"\"\"\r\n");
    QTest::newRow("LF") << QStringLiteral("a\nb") << QByteArray("\"a\nb\"\r\n");
    QTest::newRow("CRLF") << QStringLiteral("a\r\nb") << QByteArray("\"a\r\nb\"\r\n");
    QTest::newRow("lone empty field") << QString() << QByteArray("\"\"\r\n");
    QTest::newRow("chinese") << QStringLiteral("张三")
                             << QByteArray("\xE5\xBC\xA0\xE4\xB8\x89\r\n");
    QTest::newRow("emoji") << QStringLiteral("🚀") << QByteArray("\xF0\x9F\x9A\x80\r\n");
    QTest::newRow("equals") << QStringLiteral("=1+2") << QByteArray("'=1+2\r\n");
    QTest::newRow("plus") << QStringLiteral("+86 138") << QByteArray("'+86 138\r\n");
    QTest::newRow("minus text") << QStringLiteral("-12") << QByteArray("'-12\r\n");
    QTest::newRow("at") << QStringLiteral("@cmd") << QByteArray("'@cmd\r\n");
    QTest::newRow("tab") << QStringLiteral("\tx") << QByteArray("'\tx\r\n");
    QTest::newRow("CR") << QStringLiteral("\rx") << QByteArray("\"'\rx\"\r\n");
    QTest::newRow("formula with comma") << QStringLiteral("=1,2") << QByteArray("\"'=1,2\"\r\n");
    QTest::newRow("apostrophe then =") << QStringLiteral("'=x") << QByteArray("''=x\r\n");
    QTest::newRow("apostrophe only") << QStringLiteral("'") << QByteArray("'\r\n");
    QTest::newRow("inner equals") << QStringLiteral("a=b") << QByteArray("a=b\r\n");
}

void TestCsvWriter::writesExactBytes()
{
    QFETCH(QString, cell);
    QFETCH(QByteArray, expected);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, CsvWriter::ByteOrderMark::Omit);
    writer.addText(cell);
    QVERIFY(writer.endRow());
    QVERIFY(writer.flush());
    QCOMPARE(buffer.data(), expected);
}

void TestCsvWriter::writesNumbersRaw_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("negative int") << QVariant(qint64(-12)) << QByteArray("-12");
    QTest::newRow("zero") << QVariant(0) << QByteArray("0");
    QTest::newRow("int max") << QVariant(std::numeric_limits<qint64>::max())
                             << QByteArray("9223372036854775807");
    QTest::newRow("int min") << QVariant(std::numeric_limits<qint64>::min())
                             << QByteArray("-9223372036854775808");
    QTest::newRow("unsigned max") << QVariant(std::numeric_limits<quint64>::max())
                                  << QByteArray("18446744073709551615");
    QTest::newRow("negative real") << QVariant(-0.5) << QByteArray("-0.5");
    QTest::newRow("shortest real") << QVariant(0.1) << QByteArray("0.1");
    QTest::newRow("percent") << QVariant(45.5) << QByteArray("45.5");
    QTest::newRow("large real") << QVariant(1e20) << QByteArray("1e+20");
    QTest::newRow("float") << QVariant(0.25f) << QByteArray("0.25");
    QTest::newRow("nan is text") << QVariant(std::numeric_limits<double>::quiet_NaN())
                                 << QByteArray("nan");
    QTest::newRow("-inf is guarded text")
        << QVariant(-std::numeric_limits<double>::infinity()) << QByteArray("'-inf");
    QTest::newRow("text -12 is guarded") << QVariant(QStringLiteral("-12")) << QByteArray("'-12");
    QTest::newRow("null is empty") << QVariant() << QByteArray("\"\"");
}

void TestCsvWriter::writesNumbersRaw()
{
    QFETCH(QVariant, value);
    QFETCH(QByteArray, expected);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, CsvWriter::ByteOrderMark::Omit);
    writer.addNumber(value);
    QVERIFY(writer.endRow());
    QVERIFY(writer.flush());
    QCOMPARE(buffer.data(), expected + "\r\n");
}

void TestCsvWriter::guardIsReversible_data()
{
    QTest::addColumn<QString>("text");
    for (const QString &cell : trickyCells())
        QTest::newRow(cell.left(24).toUtf8().toPercentEncoding().constData()) << cell;
    QTest::newRow("many apostrophes then @") << QStringLiteral("'''@x");
    QTest::newRow("apostrophes only") << QStringLiteral("'''");
}

void TestCsvWriter::guardIsReversible()
{
    QFETCH(QString, text);
    const QString guarded = CsvWriter::guardFormula(text);
    QCOMPARE(CsvWriter::unguardFormula(guarded), text);
    QCOMPARE(guarded != text, CsvWriter::needsFormulaGuard(text));
    // What a spreadsheet evaluates is never left at the start of a guarded cell.
    if (!guarded.isEmpty()) {
        const QChar first = guarded.front();
        QVERIFY(first != u'=' && first != u'+' && first != u'-' && first != u'@' &&
                first != u'\t' && first != u'\r');
    }
}

void TestCsvWriter::byteOrderMarkOnRequest()
{
    QBuffer with;
    with.open(QIODevice::WriteOnly);
    {
        CsvWriter writer(&with);
        QVERIFY(writer.writeTextRow({QStringLiteral("姓名")}));
        QVERIFY(writer.flush());
    }
    QCOMPARE(with.data(), QByteArray("\xEF\xBB\xBF\xE5\xA7\x93\xE5\x90\x8D\r\n"));
    const auto table = Rfc4180Reader::parse(with.data());
    QVERIFY(table);
    QVERIFY(table->byteOrderMark);
    QCOMPARE(table->records, QList<QStringList>{{QStringLiteral("姓名")}});

    QBuffer without;
    without.open(QIODevice::WriteOnly);
    CsvWriter writer(&without, CsvWriter::ByteOrderMark::Omit);
    QVERIFY(writer.writeTextRow({QStringLiteral("姓名")}));
    QVERIFY(writer.flush());
    QCOMPARE(without.data(), QByteArray("\xE5\xA7\x93\xE5\x90\x8D\r\n"));
}

void TestCsvWriter::separatesByTheDelimiter_data()
{
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<QStringList>("cells");
    QTest::addColumn<QByteArray>("expected");
    const QStringList plain{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("12")};
    QTest::newRow("comma") << QChar(u',') << plain << QByteArray("a,b,12\r\n");
    QTest::newRow("semicolon") << QChar(u';') << plain << QByteArray("a;b;12\r\n");
    QTest::newRow("tab") << QChar(u'\t') << plain << QByteArray("a\tb\t12\r\n");
    QTest::newRow("bar") << QChar(u'|') << plain << QByteArray("a|b|12\r\n");
    QTest::newRow("semicolon quotes a semicolon, not a comma")
        << QChar(u';') << QStringList{QStringLiteral("x;y"), QStringLiteral("1,5")}
        << QByteArray("\"x;y\";1,5\r\n");
    QTest::newRow("tab quotes a tab inside a cell")
        << QChar(u'\t') << QStringList{QStringLiteral("a\tb"), QStringLiteral("c")}
        << QByteArray("\"a\tb\"\tc\r\n");
    QTest::newRow("bar quotes a bar")
        << QChar(u'|') << QStringList{QStringLiteral("张|三"), QString()}
        << QByteArray("\"\xE5\xBC\xA0|\xE4\xB8\x89\"|\r\n");
}

void TestCsvWriter::separatesByTheDelimiter()
{
    QFETCH(QChar, delimiter);
    QFETCH(QStringList, cells);
    QFETCH(QByteArray, expected);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, CsvWriter::ByteOrderMark::Omit, delimiter);
    QCOMPARE(writer.delimiter(), delimiter);
    QVERIFY(writer.writeTextRow(cells));
    QVERIFY(writer.flush());
    QCOMPARE(buffer.data(), expected);
}

void TestCsvWriter::reportsDeviceFailure()
{
    FailingDevice device(100 * 1024);
    CsvWriter writer(&device);
    bool failed = false;
    for (int row = 0; row < 100000 && !failed; ++row)
        failed = !writer.writeTextRow({QStringLiteral("row %1").arg(row), QStringLiteral("张三")});
    QVERIFY(failed);
    QVERIFY(writer.hasError());
    QCOMPARE(writer.errorString(), QStringLiteral("No space left on device"));
    QVERIFY(!writer.flush());
}

void TestCsvWriter::failsOnClosedDevice()
{
    QBuffer closed;
    CsvWriter writer(&closed);
    QVERIFY(writer.writeTextRow({QStringLiteral("a")}));
    QVERIFY(!writer.flush());
    QVERIFY(writer.hasError());
}

void TestCsvWriter::flushesInBoundedChunks()
{
    FailingDevice device(std::numeric_limits<qint64>::max());
    CsvWriter writer(&device);
    const QString cell = QStringLiteral("研发部 user_%1 with a longer message, quoted \"x\"");
    for (int row = 0; row < 50000; ++row)
        QVERIFY(writer.writeTextRow({cell.arg(row), cell, cell}));
    QVERIFY(writer.flush());
    QVERIFY2(device.writes > 50, "rows must reach the device while the export runs");
    QVERIFY2(device.largestWrite < 80 * 1024, "the writer must not hold more than a chunk");
}

void TestCsvWriter::completesShortWrites()
{
    FailingDevice device(std::numeric_limits<qint64>::max(), 1000);
    QBuffer expected;
    expected.open(QIODevice::WriteOnly);
    CsvWriter writer(&device);
    CsvWriter reference(&expected);
    for (int row = 0; row < 5000; ++row) {
        const QStringList cells{QString::number(row), QStringLiteral("张三, \"x\"")};
        QVERIFY(writer.writeTextRow(cells));
        QVERIFY(reference.writeTextRow(cells));
    }
    QVERIFY(writer.flush());
    QVERIFY(reference.flush());
    QCOMPARE(device.received, expected.data());
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
