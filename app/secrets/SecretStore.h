#pragma once

#include "app/secrets/SecretResult.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

// Where account secrets (app secrets, pasted tokens) live, keyed by account id. Every call
// answers later through `done`, on the thread of `context`, and never while the call is still
// running; when `context` is destroyed first, `done` is not called at all. Call a store from the
// thread it lives in, which must run an event loop.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const SecretResult &)>;

    explicit SecretStore(QObject *parent = nullptr);

    virtual void read(const QString &key, QObject *context, Callback done) = 0;
    virtual void write(const QString &key, const QString &secret, QObject *context,
                       Callback done) = 0;
    // Removing a key that holds nothing succeeds.
    virtual void remove(const QString &key, QObject *context, Callback done) = 0;

protected:
    // Queues `done(result)` on `context`'s thread; dropped if `context` is gone by then.
    static void answer(const QPointer<QObject> &context, Callback done, SecretResult result);
};
