#include "app/secrets/KeychainSecretStore.h"

#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : KeychainSecretStore(defaultAnswerTimeout, parent)
{}

KeychainSecretStore::KeychainSecretStore(std::chrono::milliseconds answerTimeout, QObject *parent)
    : SecretStore(parent)
    , m_answerTimeout(answerTimeout)
{}

QString KeychainSecretStore::serviceName()
{
    return QStringLiteral("TaskMonitor");
}

SecretResult KeychainSecretStore::unavailable(const QKeychain::Job &job)
{
    return SecretResult::withMessage(
        SecretResult::Status::Unavailable,
        tr("The keychain is not available: %1").arg(job.errorString()));
}

void KeychainSecretStore::read(const QString &key, QObject *context, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName());
    job->setKey(key);
    run(job, context, std::move(done), [](QKeychain::Job &finished) {
        switch (finished.error()) {
        case QKeychain::NoError:
            return SecretResult::ok(static_cast<QKeychain::ReadPasswordJob &>(finished).textData());
        case QKeychain::EntryNotFound:
            return SecretResult::withMessage(SecretResult::Status::NotFound,
                                             tr("The keychain holds no secret for this account."));
        default:
            return unavailable(finished);
        }
    });
}

void KeychainSecretStore::write(const QString &key, const QString &secret, QObject *context,
                                Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    job->setKey(key);
    job->setTextData(secret);
    run(job, context, std::move(done), [](QKeychain::Job &finished) {
        return finished.error() == QKeychain::NoError ? SecretResult::ok() : unavailable(finished);
    });
}

void KeychainSecretStore::remove(const QString &key, QObject *context, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(serviceName());
    job->setKey(key);
    run(job, context, std::move(done), [](QKeychain::Job &finished) {
        const bool gone =
            finished.error() == QKeychain::NoError || finished.error() == QKeychain::EntryNotFound;
        return gone ? SecretResult::ok() : unavailable(finished);
    });
}

void KeychainSecretStore::run(QKeychain::Job *job, QObject *context, Callback done,
                              Interpretation interpret)
{
    struct Pending
    {
        QPointer<QObject> context;
        Callback done;
        bool answered = false;
    };
    auto pending = std::make_shared<Pending>(Pending{context, std::move(done)});

    // The job has no parent and deletes itself when it finishes: the keychain backend keeps a
    // raw pointer to it until its answer arrives, so nobody may delete it earlier, this store
    // included.
    job->setAutoDelete(true);

    auto *watchdog = new QTimer(this);
    watchdog->setSingleShot(true);
    connect(watchdog, &QTimer::timeout, this, [pending, watchdog] {
        watchdog->deleteLater();
        if (pending->answered)
            return;
        pending->answered = true;
        answer(pending->context, std::move(pending->done),
               SecretResult::withMessage(SecretResult::Status::Unavailable,
                                         tr("The keychain did not answer.")));
    });
    connect(job, &QKeychain::Job::finished, this,
            [pending, watchdog = QPointer<QTimer>(watchdog),
             interpret = std::move(interpret)](QKeychain::Job *finished) {
                if (watchdog) {
                    watchdog->stop();
                    watchdog->deleteLater();
                }
                if (pending->answered)
                    return;
                pending->answered = true;
                answer(pending->context, std::move(pending->done), interpret(*finished));
            });
    watchdog->start(m_answerTimeout);
    job->start();
}
