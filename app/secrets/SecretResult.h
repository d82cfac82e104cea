#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>

// The answer of a secret store to one read, write or remove.
struct SecretResult
{
    Q_GADGET

public:
    enum class Status {
        Ok,
        NotFound,             // a read found no secret under the key
        StoredForSessionOnly, // no keychain and no file chosen: kept in memory until exit
        Unavailable,          // the keychain cannot be reached or did not answer
        Failed,               // the store refused or could not do it; see message
    };
    Q_ENUM(Status)

    Status status = Status::Failed;
    QString secret;  // the secret, for a successful read only
    QString message; // translated, for the user; never holds the secret

    // The secret is where the caller can read it back in this session.
    bool isKept() const { return status == Status::Ok || status == Status::StoredForSessionOnly; }

    static SecretResult ok(QString secret = {}) { return {Status::Ok, std::move(secret), {}}; }
    static SecretResult withMessage(Status status, QString message)
    {
        return {status, {}, std::move(message)};
    }
};

Q_DECLARE_METATYPE(SecretResult)
