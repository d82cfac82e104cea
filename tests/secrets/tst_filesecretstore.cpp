#include "app/secrets/FileSecretStore.h"
#include "tests/secrets/SecretWaiter.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <sys/stat.h>

// The owner-only secrets file: round trips, its mode whatever the umask, and refusal of a file
// that others could read or that is damaged, without touching it.
class tst_FileSecretStore final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void roundTrip();
    void fileIsOwnerOnlyWhateverTheUmask_data();
    void fileIsOwnerOnlyWhateverTheUmask();
    void refusesAFileOthersCanReach_data();
    void refusesAFileOthersCanReach();
    void refusesADamagedFile_data();
    void refusesADamagedFile();
    void missingFileHoldsNothing();
    void answersLaterOnTheContextsThread();
    void noAnswerOnceTheContextIsGone();
    void defaultFileIsInTheAppDataFolder();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("data/secrets.json")); }
    void writeRaw(const QByteArray &bytes, QFile::Permissions permissions) const;
    QByteArray readRaw() const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

constexpr QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner;
constexpr QFile::Permissions everyBit = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                        QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                        QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;

QByteArray validFile(const char *secret)
{
    return QByteArray(R"({"format": "taskmonitor-secrets", "version": 1, "secrets": {"acc": ")") +
           secret + "\"}}";
}

} // namespace

void tst_FileSecretStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_FileSecretStore::writeRaw(const QByteArray &bytes, QFile::Permissions permissions) const
{
    QVERIFY(QDir().mkpath(QFileInfo(path()).absolutePath()));
    QFile file(path());
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
    file.close();
    QVERIFY(QFile::setPermissions(path(), permissions));
}

QByteArray tst_FileSecretStore::readRaw() const
{
    QFile file(path());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void tst_FileSecretStore::roundTrip()
{
    FileSecretStore store(path());
    const QString secret = QStringLiteral("s3cr3t \"quoted\"\n飞书");

    auto result = writeTo(store, QStringLiteral("acc-1"), secret);
    QVERIFY(result);
    QCOMPARE(result->status, SecretResult::Status::Ok);
    result = writeTo(store, QStringLiteral("acc-2"), QStringLiteral("other"));
    QVERIFY(result);
    QCOMPARE(result->status, SecretResult::Status::Ok);

    result = readFrom(store, QStringLiteral("acc-1"));
    QVERIFY(result);
    QCOMPARE(result->status, SecretResult::Status::Ok);
    QCOMPARE(result->secret, secret);

    result = writeTo(store, QStringLiteral("acc-1"), QStringLiteral("replaced"));
    QVERIFY(result && result->status == SecretResult::Status::Ok);
    result = readFrom(store, QStringLiteral("acc-1"));
    QVERIFY(result);
    QCOMPARE(result->secret, QStringLiteral("replaced"));

    result = removeFrom(store, QStringLiteral("acc-1"));
    QVERIFY(result);
    QCOMPARE(result->status, SecretResult::Status::Ok);
    result = readFrom(store, QStringLiteral("acc-1"));
    QVERIFY(result);
    QCOMPARE(result->status, SecretResult::Status::NotFound);
    QVERIFY(result->secret.isEmpty());
    QVERIFY(!result->message.isEmpty());
    result = removeFrom(store, QStringLiteral("acc-1"));
    QVERIFY(result);
    QCOMPARE(result->status, SecretResult::Status::Ok);

    result = readFrom(store, QStringLiteral("acc-2"));
    QVERIFY(result);
    QCOMPARE(result->secret, QStringLiteral("other"));
    QVERIFY(!readRaw().contains("replaced"));
    QCOMPARE(QDir(QFileInfo(path()).absolutePath()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("secrets.json")});
}

void tst_FileSecretStore::fileIsOwnerOnlyWhateverTheUmask_data()
{
    QTest::addColumn<int>("umask");
    QTest::newRow("022") << 022;
    QTest::newRow("000") << 0;
    QTest::newRow("077") << 077;
}

void tst_FileSecretStore::fileIsOwnerOnlyWhateverTheUmask()
{
    QFETCH(int, umask);
    const mode_t previous = ::umask(mode_t(umask));
    FileSecretStore store(path());
    const auto created = writeTo(store, QStringLiteral("acc"), QStringLiteral("one"));
    const QFile::Permissions afterCreate = QFile::permissions(path()) & everyBit;
    const auto replaced = writeTo(store, QStringLiteral("acc"), QStringLiteral("two"));
    const QFile::Permissions afterReplace = QFile::permissions(path()) & everyBit;
    ::umask(previous);

    QVERIFY(created && replaced);
    QCOMPARE(created->status, SecretResult::Status::Ok);
    QCOMPARE(replaced->status, SecretResult::Status::Ok);
    QCOMPARE(afterCreate, ownerOnly);
    QCOMPARE(afterReplace, ownerOnly);
}

void tst_FileSecretStore::refusesAFileOthersCanReach_data()
{
    QTest::addColumn<QFile::Permissions>("permissions");
    QTest::newRow("0644") << (ownerOnly | QFile::ReadGroup | QFile::ReadOther);
    QTest::newRow("0640") << (ownerOnly | QFile::ReadGroup);
    QTest::newRow("0604") << (ownerOnly | QFile::ReadOther);
    QTest::newRow("0620 group may write") << (ownerOnly | QFile::WriteGroup);
    QTest::newRow("0602 others may write") << (ownerOnly | QFile::WriteOther);
    QTest::newRow("0666") << (ownerOnly | QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther |
                              QFile::WriteOther);
}

void tst_FileSecretStore::refusesAFileOthersCanReach()
{
    QFETCH(QFile::Permissions, permissions);
    const QByteArray original = validFile("exposed");
    writeRaw(original, permissions);
    FileSecretStore store(path());

    const auto read = readFrom(store, QStringLiteral("acc"));
    QVERIFY(read);
    QCOMPARE(read->status, SecretResult::Status::Failed);
    QVERIFY(read->secret.isEmpty());
    QVERIFY2(read->message.contains(QStringLiteral("other users")), qPrintable(read->message));
    QVERIFY2(read->message.contains(QDir::toNativeSeparators(path())), qPrintable(read->message));

    const auto written = writeTo(store, QStringLiteral("acc-2"), QStringLiteral("new"));
    QVERIFY(written);
    QCOMPARE(written->status, SecretResult::Status::Failed);
    const auto removed = removeFrom(store, QStringLiteral("acc"));
    QVERIFY(removed);
    QCOMPARE(removed->status, SecretResult::Status::Failed);
    QCOMPARE(readRaw(), original);
    QCOMPARE(QFile::permissions(path()) & everyBit, permissions);
}

void tst_FileSecretStore::refusesADamagedFile_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QString>("hint");
    const QString damaged = QStringLiteral("damaged");
    QTest::newRow("empty") << QByteArray() << damaged;
    QTest::newRow("cut short") << validFile("abc").left(40) << damaged;
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe{", 4) << damaged;
    QTest::newRow("an array") << QByteArray("[1, 2]") << damaged;
    QTest::newRow("another format")
        << QByteArray(R"({"format": "x", "version": 1, "secrets": {}})") << damaged;
    QTest::newRow("no version") << QByteArray(R"({"format": "taskmonitor-secrets", "secrets": {}})")
                                << damaged;
    QTest::newRow("secrets not an object")
        << QByteArray(R"({"format": "taskmonitor-secrets", "version": 1, "secrets": "a"})")
        << damaged;
    QTest::newRow("secret not text")
        << QByteArray(R"({"format": "taskmonitor-secrets", "version": 1, "secrets": {"a": 5}})")
        << damaged;
    QTest::newRow("newer version")
        << QByteArray(R"({"format": "taskmonitor-secrets", "version": 2, "secrets": {}})")
        << QStringLiteral("newer version");
}

void tst_FileSecretStore::refusesADamagedFile()
{
    QFETCH(QByteArray, contents);
    QFETCH(QString, hint);
    writeRaw(contents, ownerOnly);
    FileSecretStore store(path());

    const auto read = readFrom(store, QStringLiteral("acc"));
    QVERIFY(read);
    QCOMPARE(read->status, SecretResult::Status::Failed);
    QVERIFY2(read->message.contains(hint), qPrintable(read->message));
    const auto written = writeTo(store, QStringLiteral("acc"), QStringLiteral("new"));
    QVERIFY(written);
    QCOMPARE(written->status, SecretResult::Status::Failed);
    QCOMPARE(readRaw(), contents);
}

void tst_FileSecretStore::missingFileHoldsNothing()
{
    FileSecretStore store(path());
    const auto read = readFrom(store, QStringLiteral("acc"));
    QVERIFY(read);
    QCOMPARE(read->status, SecretResult::Status::NotFound);
    const auto removed = removeFrom(store, QStringLiteral("acc"));
    QVERIFY(removed);
    QCOMPARE(removed->status, SecretResult::Status::Ok);
    QVERIFY(!QFileInfo::exists(path()));
}

void tst_FileSecretStore::answersLaterOnTheContextsThread()
{
    FileSecretStore store(path());
    QThread worker;
    worker.start();
    QObject context;
    context.moveToThread(&worker);

    std::atomic<QThread *> answeredOn = nullptr;
    std::atomic<bool> answered = false;
    store.write(QStringLiteral("acc"), QStringLiteral("x"), &context, [&](const SecretResult &) {
        answeredOn = QThread::currentThread();
        answered = true;
    });
    QVERIFY(QTest::qWaitFor([&] { return answered.load(); }, 10000));
    QCOMPARE(answeredOn.load(), &worker);

    bool answeredHere = false;
    SecretWaiter waiter;
    store.read(QStringLiteral("acc"), &waiter, [&](const SecretResult &) { answeredHere = true; });
    QVERIFY(!answeredHere);
    QTRY_VERIFY(answeredHere);

    worker.quit();
    QVERIFY(worker.wait(10000));
}

void tst_FileSecretStore::noAnswerOnceTheContextIsGone()
{
    FileSecretStore store(path());
    bool answered = false;
    auto context = std::make_unique<QObject>();
    store.write(QStringLiteral("acc"), QStringLiteral("x"), context.get(),
                [&](const SecretResult &) { answered = true; });
    context.reset();
    // A later call through the same store answers after the first would have.
    const auto later = readFrom(store, QStringLiteral("acc"));
    QVERIFY(later);
    QCOMPARE(later->secret, QStringLiteral("x"));
    QVERIFY(!answered);
}

void tst_FileSecretStore::defaultFileIsInTheAppDataFolder()
{
    QStandardPaths::setTestModeEnabled(true);
    QCOMPARE(FileSecretStore::defaultFilePath(),
             QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                 QStringLiteral("/secrets.json"));
    QCOMPARE(FileSecretStore().filePath(), FileSecretStore::defaultFilePath());
}

QTEST_GUILESS_MAIN(tst_FileSecretStore)
#include "tst_filesecretstore.moc"
