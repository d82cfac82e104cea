#pragma once

#include "app/secrets/KeychainAvailability.h"
#include "app/secrets/SecretStore.h"

#include <QHash>

// The secret store the engine uses: the OS keychain, or a file readable only by the user when
// the user chose it. While the keychain is unavailable and the file is not chosen, a written
// secret is kept in memory for this session only and the answer says so: nothing is written
// anywhere the user did not choose. Once the keychain answers again, or the file is chosen, the
// session's secrets move there.
class SecretVault final : public SecretStore
{
    Q_OBJECT

public:
    // Takes ownership of both stores.
    SecretVault(SecretStore *keychain, SecretStore *file, QObject *parent = nullptr);

    static QString probeKey();
    // Wording for the window and the CLI, so both say the same.
    static QString sessionOnlyExplanation();
    static QString fileChoiceLabel();

    // Asks the keychain for a key nobody writes; availabilityChanged() tells the outcome.
    void probe();
    KeychainAvailability availability() const { return m_availability; }

    bool usesFile() const { return m_usesFile; }
    // Choosing the file also moves the secrets kept for this session only into it.
    void setUseFile(bool useFile);
    // Keys whose secrets live only in memory and are lost at exit.
    QStringList sessionOnlyKeys() const { return m_sessionOnly.keys(); }

    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QString &secret, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;

signals:
    void availabilityChanged(const KeychainAvailability &availability);
    void usesFileChanged(bool usesFile);
    void sessionOnlyKeysChanged();
    // A secret kept for this session could not be moved into the chosen file.
    void fileProblem(const QString &message);

private:
    bool keychainKnownUnavailable() const;
    // Availability as a keychain answer shows it.
    void learnFrom(const SecretResult &result);
    void setAvailability(KeychainAvailability availability);
    void keepForSession(const QString &key, const QString &secret);
    void forgetSessionSecret(const QString &key);
    void moveSessionSecretsTo(SecretStore *store);
    static SecretResult sessionOnly();

    SecretStore *m_keychain;
    SecretStore *m_file;
    bool m_usesFile = false;
    KeychainAvailability m_availability;
    QHash<QString, QString> m_sessionOnly;
};
