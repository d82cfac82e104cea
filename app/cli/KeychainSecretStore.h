#pragma once

#include "SecretStore.h"

#include <QCoreApplication>

// The OS keychain through QtKeychain, read synchronously: the CLI has nothing else to do
// while it waits.
class KeychainSecretStore final : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(KeychainSecretStore)

public:
    std::optional<QString> read(const QString &service, const QString &key, QString *error,
                                bool *unavailable) override;
};
