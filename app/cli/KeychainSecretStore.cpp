#include "KeychainSecretStore.h"

#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

std::optional<QString> KeychainSecretStore::read(const QString &service, const QString &key,
                                                 QString *error, bool *unavailable)
{
    QKeychain::ReadPasswordJob job(service);
    job.setAutoDelete(false);
    job.setKey(key);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    // A keychain daemon that never answers must not hang a cron job.
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();

    if (!finished || job.error() != QKeychain::NoError) {
        const bool notFound = finished && job.error() == QKeychain::EntryNotFound;
        if (unavailable)
            *unavailable = !notFound;
        if (error) {
            *error = notFound ? tr("the keychain holds no secret for this account")
                              : tr("the keychain is not available (%1)")
                                    .arg(finished ? job.errorString() : tr("no answer"));
        }
        return std::nullopt;
    }
    return job.textData();
}
