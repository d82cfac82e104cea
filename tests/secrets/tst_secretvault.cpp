#include "app/secrets/FileSecretStore.h"
#include "app/secrets/SecretVault.h"
#include "tests/secrets/FakeKeychain.h"
#include "tests/secrets/SecretWaiter.h"

#include <QSignalSpy>
#include <QTemporaryDir>

// The vault's choice between keychain, session memory and file when the keychain comes and
// goes; the real keychain and the real "no bus" path are in tst_keychainsecretstore and
// tst_keychainunavailable.
class tst_SecretVault final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void keychainThatComesBackTakesOver();
    void unavailableKeychainIsNotAskedAgainUntilProbed();
    void sessionSecretsStayWhenTheFileCannotBeWritten();
    void fileChoiceCanBeUndone();
    void noAnswerOnceTheContextIsGone();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_SecretVault::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_SecretVault::keychainThatComesBackTakesOver()
{
    auto *keychain = new FakeKeychain;
    keychain->setReachable(false);
    SecretVault vault(keychain, new FileSecretStore(m_dir->filePath(QStringLiteral("s.json"))));
    QSignalSpy availability(&vault, &SecretVault::availabilityChanged);

    auto result = writeTo(vault, QStringLiteral("acc"), QStringLiteral("first"));
    QVERIFY(result);
    QCOMPARE(result->status, SecretResult::Status::StoredForSessionOnly);
    QCOMPARE(vault.sessionOnlyKeys(), QStringList{QStringLiteral("acc")});

    keychain->setReachable(true);
    vault.probe();
    QTRY_COMPARE(vault.availability().state, KeychainAvailability::State::Available);
    QCOMPARE(availability.size(), 2);
    QVERIFY(vault.availability().reason.isEmpty());
    QTRY_VERIFY(vault.sessionOnlyKeys().isEmpty());
    QCOMPARE(keychain->entries().value(QStringLiteral("acc")), QStringLiteral("first"));

    result = writeTo(vault, QStringLiteral("acc"), QStringLiteral("second"));
    QVERIFY(result);
    QCOMPARE(result->status, SecretResult::Status::Ok);
    QVERIFY(vault.sessionOnlyKeys().isEmpty());
    QCOMPARE(keychain->entries().value(QStringLiteral("acc")), QStringLiteral("second"));
    result = readFrom(vault, QStringLiteral("acc"));
    QVERIFY(result);
    QCOMPARE(result->secret, QStringLiteral("second"));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("s.json"))));
}

void tst_SecretVault::unavailableKeychainIsNotAskedAgainUntilProbed()
{
    auto *keychain = new FakeKeychain;
    keychain->setReachable(false);
    SecretVault vault(keychain, new FileSecretStore(m_dir->filePath(QStringLiteral("s.json"))));
    vault.probe();
    QTRY_COMPARE(vault.availability().state, KeychainAvailability::State::Unavailable);
    QCOMPARE(vault.availability().reason,
             QStringLiteral("The keychain is not available: switched off"));
    const int callsAfterProbe = keychain->calls();

    QVERIFY(writeTo(vault, QStringLiteral("a"), QStringLiteral("x")));
    QVERIFY(readFrom(vault, QStringLiteral("b")));
    QVERIFY(removeFrom(vault, QStringLiteral("c")));
    QCOMPARE(keychain->calls(), callsAfterProbe);

    keychain->setReachable(true);
    QCOMPARE(readFrom(vault, QStringLiteral("b")).value().status,
             SecretResult::Status::Unavailable);
    vault.probe();
    QTRY_COMPARE(vault.availability().state, KeychainAvailability::State::Available);
    QCOMPARE(readFrom(vault, QStringLiteral("b")).value().status, SecretResult::Status::NotFound);
}

void tst_SecretVault::sessionSecretsStayWhenTheFileCannotBeWritten()
{
    // A regular file where the folder should be: the secrets file cannot be created.
    QFile blocker(m_dir->filePath(QStringLiteral("blocker")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    auto *keychain = new FakeKeychain;
    keychain->setReachable(false);
    SecretVault vault(keychain,
                      new FileSecretStore(m_dir->filePath(QStringLiteral("blocker/s.json"))));
    QVERIFY(writeTo(vault, QStringLiteral("acc"), QStringLiteral("precious")));

    QSignalSpy problems(&vault, &SecretVault::fileProblem);
    vault.setUseFile(true);
    QVERIFY(problems.wait(5000));
    QVERIFY2(problems.at(0).at(0).toString().contains(QStringLiteral("Cannot write")),
             qPrintable(problems.at(0).at(0).toString()));
    QCOMPARE(vault.sessionOnlyKeys(), QStringList{QStringLiteral("acc")});
    const auto read = readFrom(vault, QStringLiteral("acc"));
    QVERIFY(read);
    QCOMPARE(read->secret, QStringLiteral("precious"));
    const auto written = writeTo(vault, QStringLiteral("other"), QStringLiteral("y"));
    QVERIFY(written);
    QCOMPARE(written->status, SecretResult::Status::Failed);
}

void tst_SecretVault::fileChoiceCanBeUndone()
{
    auto *keychain = new FakeKeychain;
    const QString path = m_dir->filePath(QStringLiteral("s.json"));
    SecretVault vault(keychain, new FileSecretStore(path));
    QSignalSpy usesFile(&vault, &SecretVault::usesFileChanged);
    vault.setUseFile(true);
    vault.setUseFile(true);
    QCOMPARE(usesFile.size(), 1);
    QCOMPARE(writeTo(vault, QStringLiteral("acc"), QStringLiteral("in-file")).value().status,
             SecretResult::Status::Ok);
    QVERIFY(keychain->entries().isEmpty());

    vault.setUseFile(false);
    QCOMPARE(usesFile.size(), 2);
    QCOMPARE(usesFile.at(1).at(0).toBool(), false);
    QCOMPARE(writeTo(vault, QStringLiteral("acc"), QStringLiteral("in-keychain")).value().status,
             SecretResult::Status::Ok);
    QCOMPARE(keychain->entries().value(QStringLiteral("acc")), QStringLiteral("in-keychain"));
    // What the file holds stays there: it is not deleted behind the user's back.
    FileSecretStore file(path);
    QCOMPARE(readFrom(file, QStringLiteral("acc")).value().secret, QStringLiteral("in-file"));
}

void tst_SecretVault::noAnswerOnceTheContextIsGone()
{
    auto *keychain = new FakeKeychain;
    SecretVault vault(keychain, new FileSecretStore(m_dir->filePath(QStringLiteral("s.json"))));
    bool answered = false;
    auto context = std::make_unique<QObject>();
    vault.write(QStringLiteral("acc"), QStringLiteral("x"), context.get(),
                [&](const SecretResult &) { answered = true; });
    QVERIFY(!answered);
    context.reset();
    QCOMPARE(readFrom(vault, QStringLiteral("acc")).value().secret, QStringLiteral("x"));
    QVERIFY(!answered);
}

QTEST_GUILESS_MAIN(tst_SecretVault)
#include "tst_secretvault.moc"
