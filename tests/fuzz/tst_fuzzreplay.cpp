#include "FuzzEntries.h"

#include <QDir>
#include <QFile>
#include <QTest>

namespace {

using Entry = int (*)(const uint8_t *, size_t);

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

// Runs every fuzz entry over the seed corpus (and a few edge inputs) in the ordinary build, so the
// entry points always compile and their checks hold for the seeds. A broken promise aborts.
class TestFuzzReplay : public QObject
{
    Q_OBJECT

private slots:
    void replay_data();
    void replay();
};

void TestFuzzReplay::replay_data()
{
    QTest::addColumn<int>("entry");
    QTest::addColumn<QByteArray>("input");

    const QDir corpus(QStringLiteral(TASKMONITOR_FUZZ_CORPUS));
    const QStringList seeds = corpus.entryList(QDir::Files, QDir::Name);
    QVERIFY2(seeds.size() >= 10, qPrintable(corpus.absolutePath()));

    QList<std::pair<QString, QByteArray>> inputs;
    for (const QString &seed : seeds)
        inputs.append({seed, readFile(corpus.filePath(seed))});
    inputs.append({QStringLiteral("empty"), QByteArray()});
    inputs.append({QStringLiteral("one byte"), QByteArray("\x05", 1)});
    inputs.append({QStringLiteral("two bytes"), QByteArray("\x05\x07", 2)});
    inputs.append({QStringLiteral("status only"), QByteArray("\x08\x00{", 3)});

    const char *const names[] = {"feishu", "dingtalk", "json"};
    for (int entry = 0; entry < 3; ++entry) {
        for (const auto &[name, bytes] : inputs)
            QTest::addRow("%s: %s", names[entry], qPrintable(name)) << entry << bytes;
    }
}

void TestFuzzReplay::replay()
{
    QFETCH(int, entry);
    QFETCH(QByteArray, input);
    const Entry entries[] = {&Fuzz::feishuParsers, &Fuzz::dingTalkParsers, &Fuzz::jsonHelpers};
    const auto *bytes = reinterpret_cast<const uint8_t *>(input.constData());
    QCOMPARE(entries[entry](bytes, size_t(input.size())), 0);
}

QTEST_APPLESS_MAIN(TestFuzzReplay)
#include "tst_fuzzreplay.moc"
