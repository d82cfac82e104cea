#include "app/secrets/FileSecretStore.h"
#include "app/secrets/KeychainSecretStore.h"
#include "app/secrets/SecretVault.h"
#include "tests/secrets/SecretWaiter.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

// No session bus at all, as on a server or in CI: the keychain is reported unavailable, the
// vault keeps secrets for the session only and writes nothing, until the user chooses the file.
class tst_KeychainUnavailable final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void keychainCallsAreUnavailable_data();
    void keychainCallsAreUnavailable();
    void probeReportsUnavailable();
    void writesAreKeptForTheSessionOnly();
    void choosingTheFileKeepsThemThere();

private:
    QStringList filesUnderHome() const;

    std::unique_ptr<QTemporaryDir> m_home;
};

void tst_KeychainUnavailable::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") &&
                 qEnvironmentVariableIsEmpty("DISPLAY") &&
                 qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"),
             "a session bus is reachable: run this test with "
             "env -u DBUS_SESSION_BUS_ADDRESS -u DISPLAY -u XDG_RUNTIME_DIR");
    QCoreApplication::setOrganizationName(QStringLiteral("TaskMonitor"));
    QCoreApplication::setApplicationName(QStringLiteral("TaskMonitor"));
}

void tst_KeychainUnavailable::init()
{
    // A home of its own, so "nothing was written" can be checked file by file.
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    qputenv("HOME", QFile::encodeName(m_home->path()));
    for (const char *variable : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"})
        qunsetenv(variable);
    QVERIFY(FileSecretStore::defaultFilePath().startsWith(m_home->path()));
}

QStringList tst_KeychainUnavailable::filesUnderHome() const
{
    QStringList files;
    QDirIterator it(m_home->path(), QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}

void tst_KeychainUnavailable::keychainCallsAreUnavailable_data()
{
    QTest::addColumn<QString>("operation");
    QTest::newRow("read") << QStringLiteral("read");
    QTest::newRow("write") << QStringLiteral("write");
    QTest::newRow("remove") << QStringLiteral("remove");
}

void tst_KeychainUnavailable::keychainCallsAreUnavailable()
{
    QFETCH(QString, operation);
    KeychainSecretStore store;
    QElapsedTimer elapsed;
    elapsed.start();
    std::optional<SecretResult> result;
    if (operation == u"read")
        result = readFrom(store, QStringLiteral("acc"));
    else if (operation == u"write")
        result = writeTo(store, QStringLiteral("acc"), QStringLiteral("never-stored"));
    else
        result = removeFrom(store, QStringLiteral("acc"));
    QVERIFY(result);
    QCOMPARE(result->status, SecretResult::Status::Unavailable);
    QVERIFY(result->secret.isEmpty());
    QVERIFY2(result->message.startsWith(QStringLiteral("The keychain is not available: ")),
             qPrintable(result->message));
    // The failure itself answers, long before the watchdog would.
    QVERIFY(elapsed.elapsed() < KeychainSecretStore::defaultAnswerTimeout.count() / 2);
    QCOMPARE(filesUnderHome(), QStringList());
}

void tst_KeychainUnavailable::probeReportsUnavailable()
{
    SecretVault vault(new KeychainSecretStore, new FileSecretStore);
    QCOMPARE(vault.availability().state, KeychainAvailability::State::Unknown);
    QSignalSpy changed(&vault, &SecretVault::availabilityChanged);
    vault.probe();
    QVERIFY(changed.wait(30000));
    QCOMPARE(changed.size(), 1);
    const auto reported = changed.at(0).at(0).value<KeychainAvailability>();
    QCOMPARE(reported.state, KeychainAvailability::State::Unavailable);
    QVERIFY2(reported.reason.startsWith(QStringLiteral("The keychain is not available: ")),
             qPrintable(reported.reason));
    QCOMPARE(vault.availability(), reported);

    vault.probe();
    QVERIFY(!changed.wait(500));
    QCOMPARE(filesUnderHome(), QStringList());
}

void tst_KeychainUnavailable::writesAreKeptForTheSessionOnly()
{
    // No probe first: the write itself finds out that the keychain is missing.
    SecretVault vault(new KeychainSecretStore, new FileSecretStore);
    QSignalSpy availability(&vault, &SecretVault::availabilityChanged);
    const QString secret = QStringLiteral("session-secret-5f1c");

    auto result = writeTo(vault, QStringLiteral("acc-1"), secret);
    QVERIFY(result);
    QCOMPARE(result->status, SecretResult::Status::StoredForSessionOnly);
    QVERIFY(result->isKept());
    QCOMPARE(result->message, SecretVault::sessionOnlyExplanation());
    QCOMPARE(availability.size(), 1);
    QCOMPARE(vault.availability().state, KeychainAvailability::State::Unavailable);
    QCOMPARE(vault.sessionOnlyKeys(), QStringList{QStringLiteral("acc-1")});

    result = readFrom(vault, QStringLiteral("acc-1"));
    QVERIFY(result);
    QCOMPARE(result->status, SecretResult::Status::Ok);
    QCOMPARE(result->secret, secret);

    result = writeTo(vault, QStringLiteral("acc-2"), QStringLiteral("second"));
    QVERIFY(result);
    QCOMPARE(result->status, SecretResult::Status::StoredForSessionOnly);
    QCOMPARE(filesUnderHome(), QStringList());

    result = removeFrom(vault, QStringLiteral("acc-2"));
    QVERIFY(result);
    QCOMPARE(result->status, SecretResult::Status::Ok);
    result = readFrom(vault, QStringLiteral("acc-2"));
    QVERIFY(result);
    QCOMPARE(result->status, SecretResult::Status::Unavailable);
    QCOMPARE(result->message, vault.availability().reason);
    result = removeFrom(vault, QStringLiteral("never-written"));
    QVERIFY(result);
    QCOMPARE(result->status, SecretResult::Status::Unavailable);

    // Session-only means it: a restarted vault knows nothing of it.
    SecretVault restarted(new KeychainSecretStore, new FileSecretStore);
    result = readFrom(restarted, QStringLiteral("acc-1"));
    QVERIFY(result);
    QCOMPARE(result->status, SecretResult::Status::Unavailable);
    QCOMPARE(filesUnderHome(), QStringList());
}

void tst_KeychainUnavailable::choosingTheFileKeepsThemThere()
{
    SecretVault vault(new KeychainSecretStore, new FileSecretStore);
    vault.probe();
    QTRY_COMPARE(vault.availability().state, KeychainAvailability::State::Unavailable);
    const auto kept = writeTo(vault, QStringLiteral("acc-1"), QStringLiteral("entered-before"));
    QVERIFY(kept);
    QCOMPARE(kept->status, SecretResult::Status::StoredForSessionOnly);

    QSignalSpy usesFile(&vault, &SecretVault::usesFileChanged);
    vault.setUseFile(true);
    QCOMPARE(usesFile.size(), 1);
    QVERIFY(vault.usesFile());
    QTRY_VERIFY(vault.sessionOnlyKeys().isEmpty());

    const QString path = FileSecretStore::defaultFilePath();
    QCOMPARE(filesUnderHome(), QStringList{path});
    constexpr QFile::Permissions everyBit = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                            QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                            QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    QCOMPARE(QFile::permissions(path) & everyBit, QFile::ReadOwner | QFile::WriteOwner);

    auto result = writeTo(vault, QStringLiteral("acc-2"), QStringLiteral("entered-after"));
    QVERIFY(result);
    QCOMPARE(result->status, SecretResult::Status::Ok);
    QCOMPARE(QFile::permissions(path) & everyBit, QFile::ReadOwner | QFile::WriteOwner);

    SecretVault restarted(new KeychainSecretStore, new FileSecretStore);
    restarted.setUseFile(true);
    result = readFrom(restarted, QStringLiteral("acc-1"));
    QVERIFY(result);
    QCOMPARE(result->status, SecretResult::Status::Ok);
    QCOMPARE(result->secret, QStringLiteral("entered-before"));
    result = readFrom(restarted, QStringLiteral("acc-2"));
    QVERIFY(result);
    QCOMPARE(result->secret, QStringLiteral("entered-after"));

    result = removeFrom(restarted, QStringLiteral("acc-1"));
    QVERIFY(result);
    QCOMPARE(result->status, SecretResult::Status::Ok);
    result = readFrom(restarted, QStringLiteral("acc-1"));
    QVERIFY(result);
    QCOMPARE(result->status, SecretResult::Status::NotFound);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("entered-before"));
    // The file was used, never the keychain: it stays unknown to the restarted vault.
    QCOMPARE(restarted.availability().state, KeychainAvailability::State::Unknown);
}

QTEST_GUILESS_MAIN(tst_KeychainUnavailable)
#include "tst_keychainunavailable.moc"
