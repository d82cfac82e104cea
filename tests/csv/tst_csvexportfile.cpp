#include "models/csv/SubtaskCsvExporter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

namespace {

const QByteArray kEarlier = QByteArray("\xEF\xBB\xBFuser_id,name\r\nu0,") + "上周的文件\r\n";

QList<SubtaskRow> manyRows(int count)
{
    QList<SubtaskRow> rows;
    rows.reserve(count);
    for (int i = 0; i < count; ++i) {
        rows.append(SubtaskRow{{{QStringLiteral("user_id"), QStringLiteral("ou_%1").arg(i)},
                                {QStringLiteral("name"), QStringLiteral("员工 %1, \"新\"").arg(i)},
                                {QStringLiteral("code"), qint64(10013)}},
                               true,
                               QStringLiteral("10013"),
                               QStringLiteral("invalid user_id")});
    }
    return rows;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

// Makes every write beyond a size fail with EFBIG, as a full disk or a quota would, for as
// long as it lives. Works for root too, unlike a read-only directory.
class FileSizeLimit final
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_saved);
        m_savedHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit = m_saved;
        limit.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_savedHandler);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

private:
    rlimit m_saved{};
    void (*m_savedHandler)(int) = nullptr;
};

} // namespace

// An export replaces the earlier file only when every row was written and saved.
class TestCsvExportFile final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void replacesTheFileWhenComplete();
    void writesTheChosenDelimiterAndBom();
    void cancelLeavesTheEarlierFile_data();
    void cancelLeavesTheEarlierFile();
    void writeFailureLeavesTheEarlierFile();
    void vanishingDirectoryLeavesTheEarlierFile();
    void failsCleanlyWhenTheFileCannotBeCreated_data();
    void failsCleanlyWhenTheFileCannotBeCreated();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestCsvExportFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("failed rows.csv"));
    QVERIFY(writeFile(m_path, kEarlier));
}

void TestCsvExportFile::replacesTheFileWhenComplete()
{
    const CsvExportResult result = SubtaskCsvExporter(manyRows(3000)).exportToFile(m_path);
    QVERIFY2(result.ok(), qPrintable(result.errorMessage));
    QCOMPARE(result.rows, 3000);
    QCOMPARE(result.filePath, m_path);
    const QByteArray written = readFile(m_path);
    QVERIFY(written.startsWith("\xEF\xBB\xBFuser_id,name,code\r\nou_0,"));
    QCOMPARE(written.count("\r\n"), 3001);
    QCOMPARE(entries(m_dir->path()), QStringList{QStringLiteral("failed rows.csv")});
}

void TestCsvExportFile::writesTheChosenDelimiterAndBom()
{
    CsvExportOptions options;
    options.delimiter = u';';
    options.byteOrderMark = CsvWriter::ByteOrderMark::Omit;
    const CsvExportResult result = SubtaskCsvExporter(manyRows(2)).exportToFile(m_path, options);
    QVERIFY2(result.ok(), qPrintable(result.errorMessage));
    QCOMPARE(readFile(m_path), QByteArray("user_id;name;code\r\n"
                                          "ou_0;\"员工 0, \"\"新\"\"\";10013\r\n"
                                          "ou_1;\"员工 1, \"\"新\"\"\";10013\r\n"));
}

void TestCsvExportFile::cancelLeavesTheEarlierFile_data()
{
    QTest::addColumn<qint64>("cancelAt");
    QTest::newRow("before the first row") << qint64(0);
    QTest::newRow("half way") << qint64(1500);
    QTest::newRow("after the last row") << qint64(3000);
}

void TestCsvExportFile::cancelLeavesTheEarlierFile()
{
    QFETCH(qint64, cancelAt);
    CsvExportOptions options;
    options.progressInterval = 100;
    options.progress = [cancelAt](qint64 done, qint64) { return done < cancelAt; };
    const CsvExportResult result = SubtaskCsvExporter(manyRows(3000)).exportToFile(m_path, options);
    QCOMPARE(result.status, CsvExportResult::Status::Cancelled);
    QCOMPARE(result.rows, cancelAt);
    QVERIFY(result.errorMessage.contains(QDir::toNativeSeparators(m_path)));
    QCOMPARE(readFile(m_path), kEarlier);
    QCOMPARE(entries(m_dir->path()), QStringList{QStringLiteral("failed rows.csv")});
}

void TestCsvExportFile::writeFailureLeavesTheEarlierFile()
{
    CsvExportResult result;
    {
        const FileSizeLimit limit(256 * 1024);
        result = SubtaskCsvExporter(manyRows(50000)).exportToFile(m_path);
    }
    QCOMPARE(result.status, CsvExportResult::Status::Failed);
    QVERIFY(!result.errorMessage.isEmpty());
    QVERIFY(result.errorMessage.contains(QDir::toNativeSeparators(m_path)));
    QCOMPARE(readFile(m_path), kEarlier);
    QCOMPARE(entries(m_dir->path()), QStringList{QStringLiteral("failed rows.csv")});
}

void TestCsvExportFile::vanishingDirectoryLeavesTheEarlierFile()
{
    const QString folder = m_dir->filePath(QStringLiteral("exports"));
    const QString moved = m_dir->filePath(QStringLiteral("exports-moved"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/report.csv");
    QVERIFY(writeFile(path, kEarlier));

    CsvExportOptions options;
    options.progressInterval = 500;
    options.progress = [&](qint64 done, qint64) {
        if (done == 1000)
            QDir().rename(folder, moved);
        return true;
    };
    const CsvExportResult result = SubtaskCsvExporter(manyRows(3000)).exportToFile(path, options);
    QCOMPARE(result.status, CsvExportResult::Status::Failed);
    QVERIFY(!result.errorMessage.isEmpty());
    QVERIFY(!QFileInfo::exists(folder));
    QCOMPARE(readFile(moved + QStringLiteral("/report.csv")), kEarlier);
    QCOMPARE(entries(moved), QStringList{QStringLiteral("report.csv")});
}

void TestCsvExportFile::failsCleanlyWhenTheFileCannotBeCreated_data()
{
    QTest::addColumn<QString>("relativePath");
    QTest::newRow("missing folder") << QStringLiteral("no such folder/out.csv");
    QTest::newRow("parent is a file") << QStringLiteral("failed rows.csv/out.csv");
    QTest::newRow("target is a folder") << QStringLiteral(".");
}

void TestCsvExportFile::failsCleanlyWhenTheFileCannotBeCreated()
{
    QFETCH(QString, relativePath);
    const QString path = m_dir->filePath(relativePath);
    const CsvExportResult result = SubtaskCsvExporter(manyRows(10)).exportToFile(path);
    QCOMPARE(result.status, CsvExportResult::Status::Failed);
    QVERIFY(!result.errorMessage.isEmpty());
    QCOMPARE(readFile(m_path), kEarlier);
    QCOMPARE(entries(m_dir->path()), QStringList{QStringLiteral("failed rows.csv")});
}

QTEST_GUILESS_MAIN(TestCsvExportFile)
#include "tst_csvexportfile.moc"
