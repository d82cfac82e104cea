#include "app/gui/RotatingLogFile.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

Q_LOGGING_CATEGORY(lcProbe, "taskmonitor.probe", QtInfoMsg)

// The window's log file: lines land at once, are masked once more, rotate at the size limit
// keeping a fixed number of files, and the file is readable by its owner only.
class tst_RotatingLogFile final : public QObject
{
    Q_OBJECT

private slots:
    void writesFlushedMaskedLines();
    void rotatesKeepingAFixedNumberOfFiles_data();
    void rotatesKeepingAFixedNumberOfFiles();
    void unwritableFolderLeavesStderrOnly();

private:
    static QByteArray read(const QString &path);
};

QByteArray tst_RotatingLogFile::read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void tst_RotatingLogFile::writesFlushedMaskedLines()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("logs"));
    const RotatingLogFile log(folder);
    QVERIFY(log.isOpen());
    QCOMPARE(log.filePath(), QDir(folder).filePath(QStringLiteral("taskmonitor.log")));
    qCInfo(lcProbe) << "answered with"
                    << "Authorization: Bearer t-abcdefghijklmnopqrstuvwxyz and\nnext";
    qCDebug(lcProbe) << "not enabled";
    const QByteArray bytes = read(log.filePath());
    QVERIFY2(bytes.contains("info taskmonitor.probe: answered with"), bytes.constData());
    QVERIFY2(!bytes.contains("abcdefghijklmnopqrstuvwxyz"), bytes.constData());
    QVERIFY(!bytes.contains("not enabled"));
    QCOMPARE(bytes.count('\n'), 1); // the embedded newline did not start a line
    QCOMPARE(QFile::permissions(log.filePath()) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
}

void tst_RotatingLogFile::rotatesKeepingAFixedNumberOfFiles_data()
{
    QTest::addColumn<int>("files");
    QTest::addColumn<int>("lines");
    QTest::newRow("3 files, well past the limit") << 3 << 400;
    QTest::newRow("1 file") << 1 << 200;
    QTest::newRow("2 files, just past") << 2 << 40;
}

void tst_RotatingLogFile::rotatesKeepingAFixedNumberOfFiles()
{
    QFETCH(int, files);
    QFETCH(int, lines);
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("logs"));
    constexpr qint64 limit = 4096;
    {
        const RotatingLogFile log(folder, limit, files);
        for (int i = 0; i < lines; ++i)
            qCInfo(lcProbe, "line %04d %s", i, QByteArray(100, 'x').constData());
    }
    const QStringList names = QDir(folder).entryList(QDir::Files, QDir::Name);
    QCOMPARE(names.size(), files);
    for (const QString &name : names)
        QVERIFY2(QFileInfo(QDir(folder).filePath(name)).size() <= limit + 200, qPrintable(name));
    // The newest line is in the current file (or the one just rotated): nothing newer was lost.
    const QByteArray newest =
        QByteArray("line ") + QByteArray::number(lines - 1).rightJustified(4, '0');
    const QByteArray current = read(QDir(folder).filePath(QStringLiteral("taskmonitor.log")));
    const QByteArray previous = read(QDir(folder).filePath(QStringLiteral("taskmonitor.log.1")));
    QVERIFY(current.contains(newest) || previous.contains(newest));
}

void tst_RotatingLogFile::unwritableFolderLeavesStderrOnly()
{
    QTemporaryDir dir;
    const QString blocker = dir.filePath(QStringLiteral("file"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const RotatingLogFile log(QDir(blocker).filePath(QStringLiteral("logs")));
    QVERIFY(!log.isOpen());
    qCInfo(lcProbe) << "still fine";
}

QTEST_GUILESS_MAIN(tst_RotatingLogFile)
#include "tst_rotatinglogfile.moc"
