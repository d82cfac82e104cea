#include "network/transport/ApiTransport.h"

#include "models/domain/Clock.h"
#include "network/transport/ApiCall.h"

#include <QNetworkAccessManager>

#include <utility>

ApiTransport::ApiTransport(QNetworkAccessManager &network, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(clock)
    , m_connectivity(clock)
{}

ApiTransport::~ApiTransport()
{
    // The calls are children; they must not reach back into a half-destroyed transport.
    const QSet<ApiCall *> calls = std::exchange(m_calls, {});
    for (ApiCall *call : calls)
        call->detach();
}

ApiCall *ApiTransport::send(const ApiRequestSpec &spec, QObject *context, Attempt attempt,
                            Done done)
{
    auto *call = new ApiCall(*this, spec, context, std::move(attempt), std::move(done));
    m_calls.insert(call);
    call->start();
    return call;
}

AccessTokenSource *ApiTransport::tokenSource(const QString &accountId) const
{
    return m_tokenSources ? m_tokenSources(accountId) : nullptr;
}

int ApiTransport::cancelCalls(const QString &accountId)
{
    int cancelled = 0;
    const QSet<ApiCall *> calls = m_calls;
    for (ApiCall *call : calls) {
        if (call->accountId() == accountId && call->abandon())
            ++cancelled;
    }
    return cancelled;
}

void ApiTransport::setCallsPerSecond(ApiEndpoint endpoint, int calls)
{
    m_callsPerSecond.insert(endpoint, calls);
    const QString suffix = QLatin1Char('\x1f') + ApiEndpoints::id(endpoint);
    for (auto it = m_limiters.begin(); it != m_limiters.end(); ++it) {
        if (it.key().endsWith(suffix))
            it.value()->setCallsPerWindow(calls);
    }
}

RequestRateLimiter &ApiTransport::limiter(const QString &accountId, ApiEndpoint endpoint)
{
    const QString key = accountId + QLatin1Char('\x1f') + ApiEndpoints::id(endpoint);
    auto &slot = m_limiters[key];
    if (!slot) {
        const int limit =
            m_callsPerSecond.value(endpoint, ApiEndpoints::defaultCallsPerSecond(endpoint));
        slot = std::make_shared<RequestRateLimiter>(m_clock, limit);
    }
    return *slot;
}

QString ApiTransport::currentMonth() const
{
    return CallLedger::monthOf(m_clock.wallMsSinceEpoch());
}

void ApiTransport::recordSent(const ApiRequestSpec &spec)
{
    m_ledger.record(currentMonth(), spec.accountId, ApiEndpoints::id(spec.endpoint),
                    ApiEndpoints::isMetered(spec.endpoint));
    emit callSent(spec.accountId, spec.endpoint, spec.taskKey);
}
