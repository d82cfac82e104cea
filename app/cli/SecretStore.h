#pragma once

#include <QString>

#include <optional>

// Where saved accounts keep their secrets: the OS keychain in the product, a fake in tests.
class SecretStore
{
public:
    virtual ~SecretStore() = default;

    // The secret stored under (service, key); nothing, with `error` set (translated), when it
    // cannot be read. `unavailable` tells a missing keychain from a missing entry.
    virtual std::optional<QString> read(const QString &service, const QString &key, QString *error,
                                        bool *unavailable) = 0;
};
