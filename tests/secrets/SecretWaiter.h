#pragma once

#include "app/secrets/SecretStore.h"

#include <QObject>
#include <QTest>

#include <optional>

// Runs one store call and waits, in the test's event loop, for its answer.
class SecretWaiter final : public QObject
{
public:
    SecretStore::Callback callback()
    {
        return [this](const SecretResult &result) {
            if (m_result)
                ++m_extraAnswers;
            m_result = result;
        };
    }

    // Fails the calling test function unless exactly one answer came within the time.
    std::optional<SecretResult> wait(int timeoutMs = 30000)
    {
        if (!QTest::qWaitFor([this] { return m_result.has_value(); }, timeoutMs))
            return std::nullopt;
        // Any second answer would come through the same queue: give it the chance to show.
        QTest::qWait(20);
        if (m_extraAnswers > 0)
            return std::nullopt;
        return m_result;
    }

    bool answered() const { return m_result.has_value(); }

private:
    std::optional<SecretResult> m_result;
    int m_extraAnswers = 0;
};

// `call` is one store call given `context` and `done`; the answer, or nothing on a timeout.
template <typename Call> std::optional<SecretResult> answerOf(Call call, int timeoutMs = 30000)
{
    SecretWaiter waiter;
    call(&waiter, waiter.callback());
    return waiter.wait(timeoutMs);
}

inline std::optional<SecretResult> readFrom(SecretStore &store, const QString &key)
{
    return answerOf([&](QObject *context, SecretStore::Callback done) {
        store.read(key, context, std::move(done));
    });
}

inline std::optional<SecretResult> writeTo(SecretStore &store, const QString &key,
                                           const QString &secret)
{
    return answerOf([&](QObject *context, SecretStore::Callback done) {
        store.write(key, secret, context, std::move(done));
    });
}

inline std::optional<SecretResult> removeFrom(SecretStore &store, const QString &key)
{
    return answerOf([&](QObject *context, SecretStore::Callback done) {
        store.remove(key, context, std::move(done));
    });
}
