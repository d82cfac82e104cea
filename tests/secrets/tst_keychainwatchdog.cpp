#include "app/secrets/FileSecretStore.h"
#include "app/secrets/KeychainSecretStore.h"
#include "app/secrets/SecretVault.h"
#include "tests/secrets/SecretWaiter.h"
#include "tests/secrets/SilentSecretService.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace std::chrono_literals;

// A keychain daemon that takes calls and never answers: the store reports it unavailable after
// its watchdog time instead of hanging, answers once, and survives the late answer, even when
// the store is gone by then. Runs on a private bus (run-with-keyring.sh --bus-only) where this
// test itself owns org.freedesktop.secrets.
class tst_KeychainWatchdog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void silenceBecomesUnavailable();
    void storeGoneBeforeTheLateAnswer();
    void vaultReportsTheSilence();

private:
    // Lets the held calls fail, then waits until QtKeychain, which runs one job at a time, has
    // finished them: a job that answers afterwards proves the earlier ones are done.
    void drainHungJobs();

    SilentSecretService m_service;
};

void tst_KeychainWatchdog::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "no session bus: run this test through tests/secrets/run-with-keyring.sh --bus-only");
    QVERIFY2(m_service.registerOn(QDBusConnection::sessionBus()),
             "cannot own org.freedesktop.secrets on the private bus");
}

void tst_KeychainWatchdog::init()
{
    m_service.holdCalls();
}

void tst_KeychainWatchdog::cleanup()
{
    drainHungJobs();
}

void tst_KeychainWatchdog::drainHungJobs()
{
    m_service.answerEverything();
    KeychainSecretStore store(30s);
    const auto after = readFrom(store, QStringLiteral("drain"));
    QVERIFY(after);
    QCOMPARE(after->status, SecretResult::Status::Unavailable);
    QCOMPARE(m_service.unansweredCalls(), 0);
}

void tst_KeychainWatchdog::silenceBecomesUnavailable()
{
    KeychainSecretStore store(400ms);
    int answers = 0;
    std::optional<SecretResult> result;
    SecretWaiter context;
    QElapsedTimer elapsed;
    elapsed.start();
    store.read(QStringLiteral("acc"), &context, [&](const SecretResult &answer) {
        ++answers;
        result = answer;
    });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
    // A coarse timer may fire up to 5 % early.
    QVERIFY2(elapsed.elapsed() >= 380, qPrintable(QString::number(elapsed.elapsed())));
    QCOMPARE(result->status, SecretResult::Status::Unavailable);
    QCOMPARE(result->message, QStringLiteral("The keychain did not answer."));
    QVERIFY(m_service.unansweredCalls() > 0);

    drainHungJobs();
    QCOMPARE(answers, 1);
}

void tst_KeychainWatchdog::storeGoneBeforeTheLateAnswer()
{
    bool answered = false;
    SecretWaiter context;
    {
        KeychainSecretStore store(10s);
        store.write(QStringLiteral("acc"), QStringLiteral("never-stored"), &context,
                    [&](const SecretResult &) { answered = true; });
        QTRY_VERIFY(m_service.unansweredCalls() > 0);
    }
    drainHungJobs();
    QVERIFY(!answered);
}

void tst_KeychainWatchdog::vaultReportsTheSilence()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SecretVault vault(new KeychainSecretStore(1s),
                      new FileSecretStore(dir.filePath(QStringLiteral("secrets.json"))));
    QSignalSpy changed(&vault, &SecretVault::availabilityChanged);
    vault.probe();
    QVERIFY(changed.wait(10000));
    QCOMPARE(vault.availability().state, KeychainAvailability::State::Unavailable);
    QCOMPARE(vault.availability().reason, QStringLiteral("The keychain did not answer."));

    // Known unavailable: the next write does not wait for the watchdog again.
    QElapsedTimer elapsed;
    elapsed.start();
    const auto written = writeTo(vault, QStringLiteral("acc"), QStringLiteral("held"));
    QVERIFY(written);
    QCOMPARE(written->status, SecretResult::Status::StoredForSessionOnly);
    QVERIFY(elapsed.elapsed() < 1000);
}

QTEST_GUILESS_MAIN(tst_KeychainWatchdog)
#include "tst_keychainwatchdog.moc"
