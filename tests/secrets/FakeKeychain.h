#pragma once

#include "app/secrets/SecretStore.h"

#include <QHash>

// An in-memory keychain that can be switched off and on, to drive the vault through a keychain
// that comes and goes. Answers like the real store: later, never to a context that is gone.
class FakeKeychain final : public SecretStore
{
public:
    void setReachable(bool reachable) { m_reachable = reachable; }
    const QHash<QString, QString> &entries() const { return m_entries; }
    int calls() const { return m_calls; }

    void read(const QString &key, QObject *context, Callback done) override
    {
        ++m_calls;
        if (!m_reachable)
            return answer(context, std::move(done), unreachable());
        const auto found = m_entries.constFind(key);
        answer(context, std::move(done),
               found != m_entries.cend() ? SecretResult::ok(found.value())
                                         : SecretResult::withMessage(SecretResult::Status::NotFound,
                                                                     QStringLiteral("none")));
    }

    void write(const QString &key, const QString &secret, QObject *context, Callback done) override
    {
        ++m_calls;
        if (!m_reachable)
            return answer(context, std::move(done), unreachable());
        m_entries.insert(key, secret);
        answer(context, std::move(done), SecretResult::ok());
    }

    void remove(const QString &key, QObject *context, Callback done) override
    {
        ++m_calls;
        if (!m_reachable)
            return answer(context, std::move(done), unreachable());
        m_entries.remove(key);
        answer(context, std::move(done), SecretResult::ok());
    }

private:
    static SecretResult unreachable()
    {
        return SecretResult::withMessage(
            SecretResult::Status::Unavailable,
            QStringLiteral("The keychain is not available: switched off"));
    }

    QHash<QString, QString> m_entries;
    bool m_reachable = true;
    int m_calls = 0;
};
