#include "app/secrets/FileSecretStore.h"
#include "app/secrets/KeychainSecretStore.h"
#include "app/secrets/SecretVault.h"
#include "tests/secrets/SecretWaiter.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

// The real keychain: gnome-keyring's Secret Service on the private session bus that
// run-with-keyring.sh starts. A keychain that cannot be reached fails the test.
class tst_KeychainSecretStore final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void accountsAreSeparate();
    void storedUnderTheServiceName();
    void answersLaterAndNotToAGoneContext();
    void vaultUsesTheKeychain();

private:
    static QString secretToolLookup(const QString &key);
};

void tst_KeychainSecretStore::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "no session bus: run this test through tests/secrets/run-with-keyring.sh");
    KeychainSecretStore store;
    const auto probe = readFrom(store, SecretVault::probeKey());
    QVERIFY2(probe, "the keychain gave no single answer");
    QVERIFY2(probe->status == SecretResult::Status::NotFound, qPrintable(probe->message));
}

void tst_KeychainSecretStore::roundTrip_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::newRow("ascii") << QStringLiteral("app-secret-123") << QStringLiteral("rotated-456");
    QTest::newRow("chinese and quotes")
        << QStringLiteral("飞书\"密钥\"\n第二行") << QStringLiteral("钉钉 🔑");
    QTest::newRow("long token") << QString(4096, u't') << QString(8192, u'u');
}

void tst_KeychainSecretStore::roundTrip()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    const QString key = QStringLiteral("account-") + QString::fromLatin1(QTest::currentDataTag());
    KeychainSecretStore store;

    auto result = readFrom(store, key);
    QVERIFY(result);
    QCOMPARE(result->status, SecretResult::Status::NotFound);
    QVERIFY(!result->message.isEmpty());

    result = writeTo(store, key, first);
    QVERIFY(result);
    QVERIFY2(result->status == SecretResult::Status::Ok, qPrintable(result->message));
    result = readFrom(store, key);
    QVERIFY(result);
    QCOMPARE(result->status, SecretResult::Status::Ok);
    QCOMPARE(result->secret, first);

    result = writeTo(store, key, second);
    QVERIFY(result);
    QCOMPARE(result->status, SecretResult::Status::Ok);
    result = readFrom(store, key);
    QVERIFY(result);
    QCOMPARE(result->secret, second);

    result = removeFrom(store, key);
    QVERIFY(result);
    QCOMPARE(result->status, SecretResult::Status::Ok);
    result = readFrom(store, key);
    QVERIFY(result);
    QCOMPARE(result->status, SecretResult::Status::NotFound);
    QVERIFY(result->secret.isEmpty());
    result = removeFrom(store, key);
    QVERIFY(result);
    QCOMPARE(result->status, SecretResult::Status::Ok);
}

void tst_KeychainSecretStore::accountsAreSeparate()
{
    KeychainSecretStore store;
    const auto a = writeTo(store, QStringLiteral("feishu-a"), QStringLiteral("secret-a"));
    const auto b = writeTo(store, QStringLiteral("dingtalk-b"), QStringLiteral("secret-b"));
    QVERIFY(a && b);
    QCOMPARE(a->status, SecretResult::Status::Ok);
    QCOMPARE(b->status, SecretResult::Status::Ok);
    const auto removed = removeFrom(store, QStringLiteral("feishu-a"));
    QVERIFY(removed);
    QCOMPARE(removed->status, SecretResult::Status::Ok);
    const auto readA = readFrom(store, QStringLiteral("feishu-a"));
    const auto readB = readFrom(store, QStringLiteral("dingtalk-b"));
    QVERIFY(readA && readB);
    QCOMPARE(readA->status, SecretResult::Status::NotFound);
    QCOMPARE(readB->secret, QStringLiteral("secret-b"));
}

QString tst_KeychainSecretStore::secretToolLookup(const QString &key)
{
    QProcess lookup;
    lookup.start(QStandardPaths::findExecutable(QStringLiteral("secret-tool")),
                 {QStringLiteral("lookup"), QStringLiteral("server"),
                  KeychainSecretStore::serviceName(), QStringLiteral("user"), key});
    if (!lookup.waitForFinished(20000) || lookup.exitStatus() != QProcess::NormalExit)
        return QStringLiteral("<secret-tool did not finish>");
    return QString::fromUtf8(lookup.readAllStandardOutput());
}

void tst_KeychainSecretStore::storedUnderTheServiceName()
{
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty(),
             "secret-tool is missing (package libsecret-tools)");
    KeychainSecretStore store;
    const auto written = writeTo(store, QStringLiteral("acc-seen"), QStringLiteral("visible"));
    QVERIFY(written);
    QCOMPARE(written->status, SecretResult::Status::Ok);
    // Another client of the same Secret Service finds it: it is in the keychain, not elsewhere.
    QCOMPARE(secretToolLookup(QStringLiteral("acc-seen")), QStringLiteral("visible"));
    const auto removed = removeFrom(store, QStringLiteral("acc-seen"));
    QVERIFY(removed);
    QCOMPARE(secretToolLookup(QStringLiteral("acc-seen")), QString());
}

void tst_KeychainSecretStore::answersLaterAndNotToAGoneContext()
{
    KeychainSecretStore store;
    bool answeredToGone = false;
    auto gone = std::make_unique<QObject>();
    store.write(QStringLiteral("acc-gone"), QStringLiteral("x"), gone.get(),
                [&](const SecretResult &) { answeredToGone = true; });
    gone.reset();

    bool answered = false;
    SecretWaiter context;
    store.read(QStringLiteral("acc-gone"), &context, [&](const SecretResult &result) {
        answered = true;
        QCOMPARE(result.secret, QStringLiteral("x"));
    });
    QVERIFY(!answered);
    // QtKeychain runs one job at a time, so the read answers after the write finished.
    QTRY_VERIFY_WITH_TIMEOUT(answered, 30000);
    QVERIFY(!answeredToGone);
    QVERIFY(removeFrom(store, QStringLiteral("acc-gone")));
}

void tst_KeychainSecretStore::vaultUsesTheKeychain()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString filePath = dir.filePath(QStringLiteral("secrets.json"));
    SecretVault vault(new KeychainSecretStore, new FileSecretStore(filePath));
    QSignalSpy availability(&vault, &SecretVault::availabilityChanged);
    vault.probe();
    QVERIFY(availability.wait(30000));
    QCOMPARE(vault.availability().state, KeychainAvailability::State::Available);

    const auto written = writeTo(vault, QStringLiteral("acc-vault"), QStringLiteral("kept"));
    QVERIFY(written);
    QCOMPARE(written->status, SecretResult::Status::Ok);
    QVERIFY(vault.sessionOnlyKeys().isEmpty());
    QCOMPARE(secretToolLookup(QStringLiteral("acc-vault")), QStringLiteral("kept"));
    QVERIFY(!QFileInfo::exists(filePath));

    SecretVault restarted(new KeychainSecretStore, new FileSecretStore(filePath));
    const auto read = readFrom(restarted, QStringLiteral("acc-vault"));
    QVERIFY(read);
    QCOMPARE(read->status, SecretResult::Status::Ok);
    QCOMPARE(read->secret, QStringLiteral("kept"));
    QCOMPARE(restarted.availability().state, KeychainAvailability::State::Available);
    const auto removed = removeFrom(restarted, QStringLiteral("acc-vault"));
    QVERIFY(removed);
    QCOMPARE(removed->status, SecretResult::Status::Ok);
    QCOMPARE(secretToolLookup(QStringLiteral("acc-vault")), QString());
}

QTEST_GUILESS_MAIN(tst_KeychainSecretStore)
#include "tst_keychainsecretstore.moc"
