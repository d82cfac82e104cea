#include "network/transport/ApiCall.h"

#include "models/paste/LogRedactor.h"
#include "network/NetworkLogging.h"
#include "network/transport/BaseUrlPolicy.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QtConcurrent/QtConcurrentRun>

#include <QTimer>

#include <algorithm>
#include <utility>

namespace {

// Appends at most `maxBytes` of what `reply` holds to `body`, copied once, straight from the
// reply's buffer: readAll() would first gather it all into an array of its own.
void appendAvailable(QNetworkReply &reply, QByteArray &body, qint64 maxBytes)
{
    const qint64 wanted = std::min(reply.bytesAvailable(), maxBytes);
    if (wanted <= 0)
        return;
    const qsizetype at = body.size();
    body.resize(at + qsizetype(wanted));
    const qint64 read = reply.read(body.data() + at, wanted);
    body.resize(at + qsizetype(std::max<qint64>(read, 0)));
}

} // namespace

ApiCall::ApiCall(ApiTransport &transport, ApiRequestSpec spec, QObject *context,
                 ApiTransport::Attempt attempt, ApiTransport::Done done)
    : QObject(&transport)
    , m_transport(transport)
    , m_spec(std::move(spec))
    , m_context(context)
    , m_hasContext(context != nullptr)
    , m_attempt(std::move(attempt))
    , m_done(std::move(done))
{
    if (context)
        connect(context, &QObject::destroyed, this, &ApiCall::cancel);
}

ApiCall::~ApiCall()
{
    // Aborting emits the reply's signals at once; none may reach this half-destroyed call (or a
    // transport that is itself going away).
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
    if (!m_detached)
        m_transport.forget(this);
}

void ApiCall::start()
{
    if (auto problem = BaseUrlPolicy::check(m_spec.url)) {
        // Finish on the next turn of the event loop, as every other outcome does.
        QTimer::singleShot(0, this, [this, error = *problem] { finish(decorate(error)); });
        return;
    }
    schedule();
}

void ApiCall::cancel()
{
    m_finished = true;
    if (m_reply)
        m_reply->abort();
    deleteLater();
}

bool ApiCall::abandon()
{
    if (stopped())
        return false;
    m_abandoned = true;
    if (m_reply)
        m_reply->abort();
    QTimer::singleShot(0, this, [this] {
        ApiError error;
        error.category = ApiError::Category::Cancelled;
        error.message = tr("The account was changed while this call was waiting; it is asked "
                           "again with the account's new settings.");
        m_abandoned = false;
        finish(decorate(error));
    });
    return true;
}

void ApiCall::schedule(qint64 extraDelayMs)
{
    if (stopped())
        return;
    if (extraDelayMs > 0) {
        QTimer::singleShot(extraDelayMs, this, [this] { schedule(0); });
        return;
    }
    // Reserve at once, so a caller that checks the limiter before each call sees this one.
    const qint64 wait = m_transport.limiter(m_spec.accountId, m_spec.endpoint).reserve();
    if (wait > 0)
        QTimer::singleShot(wait, this, &ApiCall::acquireToken);
    else
        acquireToken();
}

void ApiCall::acquireToken()
{
    if (stopped())
        return;
    if (!m_spec.authenticated) {
        sendNow();
        return;
    }
    AccessTokenSource *tokens = m_transport.tokenSource(m_spec.accountId);
    if (!tokens) {
        ApiError error;
        error.category = ApiError::Category::Configuration;
        error.message = tr("Account \"%1\" is no longer configured.").arg(m_spec.accountId);
        error.hint = tr("Add the account again, or remove its tasks.");
        finish(decorate(error));
        return;
    }
    tokens->acquire(this, [this](const Result<QString> &token) {
        if (stopped())
            return;
        if (!token.ok()) {
            finish(decorate(token.error()));
            return;
        }
        m_token = token.value();
        sendNow();
    });
}

void ApiCall::sendNow()
{
    if (stopped())
        return;
    RequestRateLimiter &limiter = m_transport.limiter(m_spec.accountId, m_spec.endpoint);
    if (const qint64 wait = limiter.sendWaitMs(); wait > 0) {
        QTimer::singleShot(wait, this, &ApiCall::sendNow);
        return;
    }
    limiter.recordSend();
    QNetworkRequest request(m_spec.url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/json; charset=utf-8"));
    request.setRawHeader("Accept", "application/json");
    const QByteArray userAgent = "TaskMonitor/" + QCoreApplication::applicationVersion().toUtf8();
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent);
    if (m_spec.authenticated) {
        if (ApiEndpoints::isFeishuFamily(m_spec.endpoint))
            request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
        else
            request.setRawHeader("x-acs-dingtalk-access-token", m_token.toUtf8());
    }
    request.setTransferTimeout(m_transport.transferTimeoutMs());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (!m_spec.extraCaCertificates.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_spec.extraCaCertificates);
        request.setSslConfiguration(tls);
    }

    m_tooLarge = false;
    m_replyEnded = false;
    m_body.clear();
    m_reply = m_transport.network().sendCustomRequest(request, m_spec.method, m_spec.body);
    // Bounded, so Qt's HTTP thread mostly hands a large answer over in pieces. Only mostly: up
    // to 8.7 MB were seen waiting at one readyRead, so the handler below takes in slices.
    m_reply->setReadBufferSize(kReadBufferBytes);
    ++m_sends;
    m_sentAt = QDateTime::fromMSecsSinceEpoch(m_transport.clock().wallMsSinceEpoch(), Qt::UTC);
    m_sendTimer.start();
    qCDebug(lcNetwork).noquote() << "sent" << m_spec.method << ApiEndpoints::id(m_spec.endpoint)
                                 << LogRedactor::url(m_spec.url) << "account"
                                 << LogRedactor::text(m_spec.accountId) << "attempt" << m_sends;
    m_transport.recordSent(m_spec);
    connect(m_reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
        if (received > m_transport.maxBodyBytes() && m_reply) {
            m_tooLarge = true;
            m_reply->abort();
        }
    });
    // A large answer is taken in as it arrives, a slice at a time, so no single turn of the
    // event loop copies (and faults in) megabytes.
    connect(m_reply, &QNetworkReply::readyRead, this, [this] {
        if (m_reply && !m_sliceQueued && m_reply->bytesAvailable() >= kWorkerJudgedBytes)
            takeInSlice();
    });
}

void ApiCall::takeInSlice()
{
    m_sliceQueued = false;
    if (!m_reply || stopped() || m_tooLarge)
        return;
    if (m_body.isEmpty()) {
        const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (length > 0 && length <= m_transport.maxBodyBytes())
            m_body.reserve(length);
    }
    appendAvailable(*m_reply, m_body, kReadSliceBytes);
    const qint64 left = m_reply->bytesAvailable();
    if (m_replyEnded ? left > kReadSliceBytes : left >= kWorkerJudgedBytes)
        queueSlice();
    else if (m_replyEnded)
        onReplyFinished();
}

void ApiCall::queueSlice()
{
    if (m_sliceQueued)
        return;
    m_sliceQueued = true;
    QMetaObject::invokeMethod(this, &ApiCall::takeInSlice, Qt::QueuedConnection);
}

void ApiCall::onReplyFinished()
{
    if (m_reply && !stopped() && !m_tooLarge && m_reply->bytesAvailable() > kReadSliceBytes) {
        // The rest is taken in slice by slice first; the last slice comes back here.
        m_replyEnded = true;
        queueSlice();
        return;
    }
    m_replyEnded = false;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    if (stopped())
        return;

    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    ConnectivityMonitor &connectivity = m_transport.connectivity();
    m_connectionFailed = false;
    if (m_tooLarge) {
        connectivity.recordAnswer(origin());
        ApiError error;
        error.category = ApiError::Category::InvalidResponse;
        error.httpStatus = status.toInt();
        error.message = tr("The answer was larger than %1 MB and was not read.")
                            .arg(m_transport.maxBodyBytes() / (1024 * 1024));
        error.hint = tr("Check the account's base URL: it may point at something that is not "
                        "the open platform.");
        logAnswer(nullptr, error);
        handleError(error);
        return;
    }
    // Codes below 100 are the connection's own failures; HTTP error statuses come above it.
    const bool connectionError = reply->error() > QNetworkReply::NoError &&
                                 reply->error() < QNetworkReply::ProxyConnectionRefusedError;
    if (!status.isValid() || connectionError) {
        ApiError error;
        error.category = ApiError::Category::Network;
        error.message = reply->errorString();
        error.httpStatus = status.toInt();
        // The headers may have arrived before the line broke: keep the id support asks for.
        error.requestId = QString::fromLatin1(reply->rawHeader("X-Tt-Logid").trimmed());
        if (error.requestId.isEmpty())
            error.requestId = QString::fromLatin1(reply->rawHeader("x-acs-request-id").trimmed());
        switch (reply->error()) {
        case QNetworkReply::OperationCanceledError:
        case QNetworkReply::TimeoutError:
            error.category = ApiError::Category::Timeout;
            error.message =
                tr("No answer within %1 s.").arg(m_transport.transferTimeoutMs() / 1000.0);
            error.hint = tr("The platform or the network is slow; the monitor retries by itself.");
            break;
        case QNetworkReply::SslHandshakeFailedError:
            error.category = ApiError::Category::Configuration;
            error.hint = tr("The server's certificate is not trusted. If your network inspects "
                            "TLS, add its CA certificate to the account.");
            break;
        case QNetworkReply::ConnectionRefusedError:
            error.message =
                tr("The server refused the connection (nothing listens at %1).").arg(origin());
            error.hint = tr("Check the network connection and the account's base URL; the "
                            "monitor retries by itself.");
            break;
        default:
            if (status.isValid()) {
                error.message =
                    tr("The connection closed before the whole answer arrived "
                       "(%n bytes of it read).",
                       nullptr, static_cast<int>(m_body.size() + reply->bytesAvailable()));
            }
            error.hint = tr("Check the network connection; the monitor retries by itself.");
            break;
        }
        logAnswer(nullptr, error);
        if (error.category != ApiError::Category::Configuration) {
            m_connectionFailed = true;
            connectivity.recordFailure(origin(), caller());
        }
        handleError(error);
        return;
    }
    connectivity.recordAnswer(origin());

    HttpResponse response;
    response.status = status.toInt();
    response.headers = reply->rawHeaderPairs();
    // Appended in place: the part taken in while it arrived is not copied again.
    response.body = std::exchange(m_body, {});
    if (response.body.isEmpty())
        response.body.reserve(qsizetype(reply->bytesAvailable()));
    appendAvailable(*reply, response.body, reply->bytesAvailable());
    // The body outlives the call (the raw answer waits for the store), thousands at a time
    // when many tasks answer: no slack is kept behind it.
    response.body.squeeze();
    if (response.body.size() < kWorkerJudgedBytes) {
        judged(response, m_attempt(response));
        return;
    }
    // A large answer (a task's 100,000 sub-task rows) is decoded on a worker thread, so the
    // window stays fluid while it is read. Attempts touch only what they captured.
    auto *watcher = new QFutureWatcher<std::optional<ApiError>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, response] {
        watcher->deleteLater();
        if (!stopped())
            judged(response, watcher->result());
    });
    watcher->setFuture(
        QtConcurrent::run([attempt = m_attempt, response] { return attempt(response); }));
}

void ApiCall::judged(const HttpResponse &response, const std::optional<ApiError> &error)
{
    logAnswer(&response, error);
    if (error)
        handleError(*error);
    else
        finish(std::nullopt);
}

void ApiCall::logAnswer(const HttpResponse *response, const std::optional<ApiError> &error)
{
    const bool feishu = ApiEndpoints::isFeishuFamily(m_spec.endpoint);
    ApiCallRecord record;
    record.sentAt = m_sentAt;
    record.endpointId = ApiEndpoints::id(m_spec.endpoint);
    record.accountId = m_spec.accountId;
    record.taskKey = m_spec.taskKey;
    record.latencyMs = m_sendTimer.isValid() ? m_sendTimer.elapsed() : 0;
    record.ok = !error;
    if (response) {
        record.httpStatus = response->status;
        record.requestId = QString::fromLatin1(feishu ? response->header("X-Tt-Logid")
                                                      : response->header("x-acs-request-id"))
                               .trimmed();
    }
    if (error) {
        record.httpStatus = error->httpStatus ? error->httpStatus : record.httpStatus;
        record.platformCode = error->code;
        if (!error->requestId.isEmpty())
            record.requestId = error->requestId;
        // Code, status and request id have columns of their own.
        record.outcome = error->message.isEmpty() ? ApiError::categoryDisplayName(error->category)
                                                  : error->message;
    } else {
        record.platformCode = feishu ? QStringLiteral("0") : QString();
        // One string shared by every successful attempt: the log keeps thousands of them.
        static const QString ok = tr("OK");
        record.outcome = ok;
    }
    if (response) {
        qCDebug(lcNetwork).noquote()
            << "answered" << record.endpointId << "HTTP" << record.httpStatus << "request id"
            << LogRedactor::text(record.requestId) << "bytes" << response->body.size() << "in"
            << record.latencyMs << "ms";
    }
    m_transport.recordAnswered(record);
}

void ApiCall::handleError(ApiError error)
{
    const RetryPolicy &policy = m_transport.retryPolicy();
    qCInfo(lcNetwork).noquote() << "failed" << ApiEndpoints::id(m_spec.endpoint)
                                << LogRedactor::url(m_spec.url)
                                << ApiError::categoryId(error.category) << "HTTP"
                                << error.httpStatus << "code" << LogRedactor::text(error.code)
                                << "request id" << LogRedactor::text(error.requestId) << "after"
                                << (m_sendTimer.isValid() ? m_sendTimer.elapsed() : 0)
                                << "ms:" << LogRedactor::text(error.message);
    switch (error.category) {
    case ApiError::Category::TokenRejected:
        if (AccessTokenSource *tokens =
                m_spec.authenticated ? m_transport.tokenSource(m_spec.accountId) : nullptr) {
            tokens->reject(m_token);
            if (tokens->canRenew() && !m_tokenRetried) {
                m_tokenRetried = true;
                schedule();
                return;
            }
            error.category = ApiError::Category::AuthFailed;
            error.hint = tokens->canRenew()
                             ? tr("The platform rejected a newly issued token as well. Check that "
                                  "the app is enabled and has the permission this API needs; "
                                  "code 99991663 can also mean the API does not accept a tenant "
                                  "token.")
                             : tr("The pasted token was rejected or has expired. Paste a new "
                                  "token for this account.");
        }
        break;
    case ApiError::Category::RateLimited: {
        const qint64 wait =
            error.retryAfterMs >= 0 ? error.retryAfterMs : policy.defaultRateLimitWaitMs;
        m_transport.limiter(m_spec.accountId, m_spec.endpoint).holdFor(wait);
        if (m_rateLimitRetries < policy.maxRateLimitRetries) {
            ++m_rateLimitRetries;
            schedule();
            return;
        }
        break;
    }
    default:
        // Once the origin is known to be offline, the scheduler's probe decides when to try
        // again; retrying each call on its own would only multiply the failures.
        if (m_connectionFailed && !m_transport.connectivity().isOnline(origin()))
            break;
        if (error.isTransient() && m_transientRetries + 1 < policy.maxTransientAttempts) {
            ++m_transientRetries;
            schedule(policy.backoffMs(m_transientRetries));
            return;
        }
        break;
    }
    finish(decorate(error));
}

ApiError ApiCall::decorate(ApiError error) const
{
    if (error.context.isEmpty())
        error.context = m_spec.context;
    return error;
}

QString ApiCall::origin() const
{
    return ConnectivityMonitor::originOf(m_spec.url);
}

QString ApiCall::caller() const
{
    return m_spec.taskKey.isEmpty() ? m_spec.accountId + QStringLiteral("|token") : m_spec.taskKey;
}

void ApiCall::finish(const std::optional<ApiError> &error)
{
    if (m_finished)
        return;
    m_finished = true;
    if (!m_hasContext || m_context)
        m_done(error);
    deleteLater();
}
