#pragma once

#include "models/domain/ApiCallRecord.h"
#include "models/domain/ApiError.h"
#include "models/domain/CallLedger.h"
#include "network/http/HttpResponse.h"
#include "network/transport/AccessTokenSource.h"
#include "network/transport/ApiEndpoint.h"
#include "network/transport/ApiRequestSpec.h"
#include "network/transport/ConnectivityMonitor.h"
#include "network/transport/RequestRateLimiter.h"
#include "network/transport/RetryPolicy.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>

class ApiCall;
class Clock;
class QNetworkAccessManager;

// Sends API requests for every account on one QNetworkAccessManager: rate limits per
// (account, endpoint), token attachment and one retry on a rejected token, back-off on
// transient failures, transfer timeouts, a cap on answer size, and the monthly call count.
class ApiTransport final : public QObject
{
    Q_OBJECT

public:
    // Inspects one answer: returns nothing when it was a success (the caller keeps what it
    // parsed), or the error it represents. A large answer is inspected on a worker thread, so
    // an attempt must touch only what it captured, and the caller reads that once `done` runs.
    using Attempt = std::function<std::optional<ApiError>(const HttpResponse &)>;
    using Done = std::function<void(const std::optional<ApiError> &)>;
    // The token source of an account, or nullptr when the account is not configured (any more).
    using TokenSourceLookup = std::function<AccessTokenSource *(const QString &accountId)>;

    ApiTransport(QNetworkAccessManager &network, const Clock &clock, QObject *parent = nullptr);
    ~ApiTransport() override;

    // Starts a call. `done` runs exactly once, unless `context` is destroyed first or the call is
    // cancelled. The returned pointer is valid until `done` has run.
    ApiCall *send(const ApiRequestSpec &spec, QObject *context, Attempt attempt, Done done);

    // How calls find their account's token source; asked at every attempt.
    void setTokenSourceLookup(TokenSourceLookup lookup) { m_tokenSources = std::move(lookup); }
    AccessTokenSource *tokenSource(const QString &accountId) const;

    // Stops every call of the account, queued or in flight (token requests included): each
    // finishes with a Cancelled error on the next turn of the event loop, and none sends again.
    // Called before an account is replaced or removed, so no call outlives its credentials.
    int cancelCalls(const QString &accountId);
    int liveCallCount() const { return static_cast<int>(m_calls.size()); }

    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    const RetryPolicy &retryPolicy() const { return m_retryPolicy; }
    void setTransferTimeoutMs(int ms) { m_transferTimeoutMs = ms; }
    int transferTimeoutMs() const { return m_transferTimeoutMs; }
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }
    qint64 maxBodyBytes() const { return m_maxBodyBytes; }

    // Overrides the documented default calls-per-second for an endpoint (all accounts).
    void setCallsPerSecond(ApiEndpoint endpoint, int calls);
    RequestRateLimiter &limiter(const QString &accountId, ApiEndpoint endpoint);

    const CallLedger &ledger() const { return m_ledger; }
    void setLedger(const CallLedger &ledger) { m_ledger = ledger; }
    QString currentMonth() const;

    // Which origins answer at all; calls report every send's outcome to it.
    ConnectivityMonitor &connectivity() { return m_connectivity; }
    const ConnectivityMonitor &connectivity() const { return m_connectivity; }

    QNetworkAccessManager &network() { return m_network; }
    const Clock &clock() const { return m_clock; }

signals:
    // A request left for the platform (retries included): the unit platforms meter.
    void callSent(const QString &accountId, ApiEndpoint endpoint, const QString &taskKey);
    // An attempt ended: the platform answered, or the connection failed or timed out.
    void callAnswered(const ApiCallRecord &record);

private:
    friend class ApiCall;
    void recordSent(const ApiRequestSpec &spec);
    void recordAnswered(const ApiCallRecord &record) { emit callAnswered(record); }
    void forget(ApiCall *call) { m_calls.remove(call); }

    QNetworkAccessManager &m_network;
    const Clock &m_clock;
    RetryPolicy m_retryPolicy;
    int m_transferTimeoutMs = 15000;
    qint64 m_maxBodyBytes = 32 * 1024 * 1024;
    QHash<ApiEndpoint, int> m_callsPerSecond;
    QHash<QString, std::shared_ptr<RequestRateLimiter>> m_limiters;
    CallLedger m_ledger;
    ConnectivityMonitor m_connectivity;
    TokenSourceLookup m_tokenSources;
    QSet<ApiCall *> m_calls; // alive: each removes itself when destroyed
};
