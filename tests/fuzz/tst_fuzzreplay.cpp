#include "FuzzEntries.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QSqlDatabase>
#include <QTest>

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

const Fuzz::Target *targetNamed(const QString &name)
{
    for (const Fuzz::Target &target : Fuzz::kTargets) {
        if (name == QLatin1String(target.name))
            return &target;
    }
    return nullptr;
}

QStringList subfolders(const QString &path)
{
    return QDir(path).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

// Runs every fuzz entry over its seed corpus, over every input scripts/fuzz kept as a regression
// (a crash once fixed stays fixed) and over a few edge inputs, in the ordinary build. A broken
// promise aborts, a sanitizer report fails the asan build.
class TestFuzzReplay : public QObject
{
    Q_OBJECT

private slots:
    void everyTargetHasACorpus();
    void everyFolderNamesATarget();
    void replay_data();
    void replay();
    void cleanupTestCase();
};

void TestFuzzReplay::everyTargetHasACorpus()
{
    const QDir corpus(QStringLiteral(TASKMONITOR_FUZZ_CORPUS));
    for (const Fuzz::Target &target : Fuzz::kTargets) {
        const QDir seeds(corpus.filePath(QLatin1String(target.name)));
        QVERIFY2(seeds.entryList(QDir::Files).size() >= 3, target.name);
    }
}

void TestFuzzReplay::everyFolderNamesATarget()
{
    for (const QString &root :
         {QStringLiteral(TASKMONITOR_FUZZ_CORPUS), QStringLiteral(TASKMONITOR_FUZZ_REGRESSIONS)}) {
        for (const QString &folder : subfolders(root))
            QVERIFY2(targetNamed(folder) != nullptr, qPrintable(root + QLatin1Char('/') + folder));
    }
}

void TestFuzzReplay::replay_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QByteArray>("input");

    const QList<std::pair<QString, QByteArray>> edges{
        {QStringLiteral("empty"), QByteArray()},
        {QStringLiteral("one byte"), QByteArray("\x05", 1)},
        {QStringLiteral("two bytes"), QByteArray("\x05\x07", 2)},
        {QStringLiteral("three bytes"), QByteArray("\x08\x00{", 3)},
        {QStringLiteral("all ones"), QByteArray(64, '\xff')},
    };
    for (const Fuzz::Target &target : Fuzz::kTargets) {
        for (const auto &[name, bytes] : edges)
            QTest::addRow("%s: %s", target.name, qPrintable(name)) << target.name << bytes;
        for (const QString &root : {QStringLiteral(TASKMONITOR_FUZZ_CORPUS),
                                    QStringLiteral(TASKMONITOR_FUZZ_REGRESSIONS)}) {
            const QDir folder(root + QLatin1Char('/') + QLatin1String(target.name));
            for (const QString &file : folder.entryList(QDir::Files, QDir::Name)) {
                QTest::addRow("%s: %s/%s", target.name, qPrintable(QDir(root).dirName()),
                              qPrintable(file))
                    << target.name << readFile(folder.filePath(file));
            }
        }
    }
}

void TestFuzzReplay::replay()
{
    QFETCH(QString, target);
    QFETCH(QByteArray, input);
    const Fuzz::Target *fuzzTarget = targetNamed(target);
    QVERIFY(fuzzTarget != nullptr);
    const auto *bytes = reinterpret_cast<const uint8_t *>(input.constData());
    QCOMPARE(fuzzTarget->entry(bytes, size_t(input.size())), 0);
}

// The store entry keeps its in-memory database open between inputs; it closes before the
// application object goes.
void TestFuzzReplay::cleanupTestCase()
{
    for (const QString &connection : QSqlDatabase::connectionNames())
        QSqlDatabase::removeDatabase(connection);
}

QTEST_GUILESS_MAIN(TestFuzzReplay)
#include "tst_fuzzreplay.moc"
