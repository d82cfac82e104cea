#pragma once

#include "models/domain/Result.h"

#include <QString>

#include <functional>

class QObject;

// Where a call gets the access token for its account. The transport looks the source up by
// account id at every attempt and never keeps it, so an account can be replaced or removed while
// its calls wait.
class AccessTokenSource
{
public:
    using Callback = std::function<void(const Result<QString> &)>;

    virtual ~AccessTokenSource() = default;

    // Calls `done` with a usable token, now or once fetched; not at all if `context` is gone.
    virtual void acquire(QObject *context, Callback done) = 0;
    // The platform rejected `token`: the next acquire must not hand it out again.
    virtual void reject(const QString &token) = 0;
    // Whether a rejected token can be replaced without the user (app credentials).
    virtual bool canRenew() const = 0;
};
