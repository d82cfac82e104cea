#pragma once

#include "app/secrets/SecretStore.h"

#include <QJsonObject>

// The explicit alternative to a keychain, used only when the user chooses it: one JSON file,
// readable and writable by its owner only (0600). A file that other users could read or change
// is refused, never used, so a secret copied around with the wrong mode is not trusted silently.
class FileSecretStore final : public SecretStore
{
    Q_OBJECT

public:
    // AppDataLocation/secrets.json
    explicit FileSecretStore(QObject *parent = nullptr);
    explicit FileSecretStore(QString filePath, QObject *parent = nullptr);

    static QString defaultFilePath();
    QString filePath() const { return m_filePath; }

    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QString &secret, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;

private:
    // Ok with every secret of the file (none when there is no file yet), or why not.
    SecretResult load(QJsonObject *secrets) const;
    SecretResult save(const QJsonObject &secrets) const;
    SecretResult damaged(const QString &reason) const;

    QString m_filePath;
};
