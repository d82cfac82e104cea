#include "app/secrets/SecretStore.h"

#include <QMetaObject>

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{}

void SecretStore::answer(const QPointer<QObject> &context, Callback done, SecretResult result)
{
    if (!context || !done)
        return;
    // A queued call is owned by its receiver's event queue: deleting the receiver discards it.
    QMetaObject::invokeMethod(
        context.data(), [done = std::move(done), result = std::move(result)] { done(result); },
        Qt::QueuedConnection);
}
