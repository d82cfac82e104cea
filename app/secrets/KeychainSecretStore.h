#pragma once

#include "app/secrets/SecretStore.h"

#include <chrono>

namespace QKeychain {
class Job;
}

// The OS keychain (Secret Service, KWallet, macOS Keychain, Windows Credential Manager) through
// QtKeychain's asynchronous jobs, under the service name "TaskMonitor". Any failure other than a
// missing entry means the keychain is not available: headless, every job fails alike. A keychain
// that does not answer within the watchdog time is reported unavailable, not waited for.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds defaultAnswerTimeout{15000};

    explicit KeychainSecretStore(QObject *parent = nullptr);
    explicit KeychainSecretStore(std::chrono::milliseconds answerTimeout,
                                 QObject *parent = nullptr);

    static QString serviceName();

    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QString &secret, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;

private:
    using Interpretation = std::function<SecretResult(QKeychain::Job &)>;

    void run(QKeychain::Job *job, QObject *context, Callback done, Interpretation interpret);
    static SecretResult unavailable(const QKeychain::Job &job);

    std::chrono::milliseconds m_answerTimeout;
};
