#include "app/secrets/SecretVault.h"

#include "app/secrets/SecretsLogging.h"

SecretVault::SecretVault(SecretStore *keychain, SecretStore *file, QObject *parent)
    : SecretStore(parent)
    , m_keychain(keychain)
    , m_file(file)
{
    m_keychain->setParent(this);
    m_file->setParent(this);
}

QString SecretVault::probeKey()
{
    return QStringLiteral("taskmonitor-keychain-probe");
}

QString SecretVault::sessionOnlyExplanation()
{
    return tr("No keychain is available: secrets are kept for this session only.");
}

QString SecretVault::fileChoiceLabel()
{
    return tr("Keep secrets in a file readable only by you");
}

SecretResult SecretVault::sessionOnly()
{
    return SecretResult::withMessage(SecretResult::Status::StoredForSessionOnly,
                                     sessionOnlyExplanation());
}

bool SecretVault::keychainKnownUnavailable() const
{
    return m_availability.state == KeychainAvailability::State::Unavailable;
}

void SecretVault::setAvailability(KeychainAvailability availability)
{
    if (availability == m_availability)
        return;
    m_availability = std::move(availability);
    if (m_availability.state == KeychainAvailability::State::Available)
        qCInfo(lcSecrets) << "the keychain answers; secrets are kept there";
    else if (m_availability.state == KeychainAvailability::State::Unavailable)
        qCWarning(lcSecrets).noquote() << "no keychain:" << m_availability.reason
                                       << (m_usesFile ? "; secrets go to the owner-only file"
                                                      : "; secrets kept for the session only");
    emit availabilityChanged(m_availability);
    // The keychain is where secrets belong: once it answers, the session's secrets go there.
    if (m_availability.state == KeychainAvailability::State::Available && !m_usesFile)
        moveSessionSecretsTo(m_keychain);
}

void SecretVault::learnFrom(const SecretResult &result)
{
    switch (result.status) {
    case SecretResult::Status::Ok:
    case SecretResult::Status::NotFound:
        setAvailability({KeychainAvailability::State::Available, {}});
        break;
    case SecretResult::Status::Unavailable:
        setAvailability({KeychainAvailability::State::Unavailable, result.message});
        break;
    case SecretResult::Status::StoredForSessionOnly:
    case SecretResult::Status::Failed:
        break;
    }
}

void SecretVault::probe()
{
    m_keychain->read(probeKey(), this, [this](const SecretResult &result) { learnFrom(result); });
}

void SecretVault::keepForSession(const QString &key, const QString &secret)
{
    m_sessionOnly.insert(key, secret);
    emit sessionOnlyKeysChanged();
}

void SecretVault::forgetSessionSecret(const QString &key)
{
    if (m_sessionOnly.remove(key))
        emit sessionOnlyKeysChanged();
}

void SecretVault::setUseFile(bool useFile)
{
    if (useFile == m_usesFile)
        return;
    m_usesFile = useFile;
    qCInfo(lcSecrets) << (m_usesFile ? "secrets are kept in the owner-only file"
                                     : "secrets are kept in the keychain");
    emit usesFileChanged(m_usesFile);
    // Secrets already in the file stay there when the keychain is chosen again: moving them
    // back is the user's decision, taken by entering them again.
    if (m_usesFile)
        moveSessionSecretsTo(m_file);
}

void SecretVault::moveSessionSecretsTo(SecretStore *store)
{
    for (auto it = m_sessionOnly.cbegin(); it != m_sessionOnly.cend(); ++it) {
        store->write(
            it.key(), it.value(), this,
            [this, store, key = it.key(), secret = it.value()](const SecretResult &result) {
                if (store == m_keychain)
                    learnFrom(result);
                if (result.status != SecretResult::Status::Ok) {
                    if (store == m_file)
                        emit fileProblem(result.message);
                    return;
                }
                // A secret entered again meanwhile is newer than the one moved.
                if (m_sessionOnly.value(key) == secret)
                    forgetSessionSecret(key);
            });
    }
}

void SecretVault::read(const QString &key, QObject *context, Callback done)
{
    const auto held = m_sessionOnly.constFind(key);
    if (held != m_sessionOnly.cend()) {
        answer(context, std::move(done), SecretResult::ok(held.value()));
        return;
    }
    const QPointer<QObject> caller(context);
    if (m_usesFile) {
        m_file->read(key, this, [caller, done = std::move(done)](const SecretResult &result) {
            answer(caller, done, result);
        });
        return;
    }
    if (keychainKnownUnavailable()) {
        answer(context, std::move(done),
               SecretResult::withMessage(SecretResult::Status::Unavailable, m_availability.reason));
        return;
    }
    m_keychain->read(key, this, [this, caller, done = std::move(done)](const SecretResult &result) {
        learnFrom(result);
        answer(caller, done, result);
    });
}

void SecretVault::write(const QString &key, const QString &secret, QObject *context, Callback done)
{
    if (!m_usesFile && keychainKnownUnavailable()) {
        keepForSession(key, secret);
        answer(context, std::move(done), sessionOnly());
        return;
    }
    // The new secret replaces the one kept for the session, which must not be moved over it.
    forgetSessionSecret(key);
    const QPointer<QObject> caller(context);
    if (m_usesFile) {
        m_file->write(key, secret, this,
                      [caller, done = std::move(done)](const SecretResult &result) {
                          answer(caller, done, result);
                      });
        return;
    }
    m_keychain->write(
        key, secret, this,
        [this, key, secret, caller, done = std::move(done)](const SecretResult &result) {
            learnFrom(result);
            if (result.status == SecretResult::Status::Unavailable) {
                keepForSession(key, secret);
                answer(caller, done, sessionOnly());
                return;
            }
            answer(caller, done, result);
        });
}

void SecretVault::remove(const QString &key, QObject *context, Callback done)
{
    const bool wasHeldForSession = m_sessionOnly.contains(key);
    forgetSessionSecret(key);
    const QPointer<QObject> caller(context);
    if (m_usesFile) {
        m_file->remove(key, this, [caller, done = std::move(done)](const SecretResult &result) {
            answer(caller, done, result);
        });
        return;
    }
    // A secret that lived only in memory is gone; an unreachable keychain held none of this
    // session's.
    if (keychainKnownUnavailable()) {
        answer(context, std::move(done),
               wasHeldForSession ? SecretResult::ok()
                                 : SecretResult::withMessage(SecretResult::Status::Unavailable,
                                                             m_availability.reason));
        return;
    }
    m_keychain->remove(
        key, this,
        [this, wasHeldForSession, caller, done = std::move(done)](const SecretResult &result) {
            learnFrom(result);
            const bool unreachable = result.status == SecretResult::Status::Unavailable;
            answer(caller, done, unreachable && wasHeldForSession ? SecretResult::ok() : result);
        });
}
