#pragma once

#include "network/transport/ApiRequestSpec.h"
#include "network/transport/ApiTransport.h"

#include <QObject>
#include <QPointer>

class QNetworkReply;

// One logical API call through its attempts: token, rate-limit slot, send, judge, retry.
class ApiCall final : public QObject
{
    Q_OBJECT

public:
    ApiCall(ApiTransport &transport, ApiRequestSpec spec, QObject *context,
            ApiTransport::Attempt attempt, ApiTransport::Done done);
    ~ApiCall() override;

    void start();
    // Stops the call; `done` will not run.
    void cancel();

    int sends() const { return m_sends; }

private:
    void acquireToken();
    void schedule(qint64 extraDelayMs = 0);
    void sendNow();
    void onReplyFinished();
    void handleError(ApiError error);
    void finish(const std::optional<ApiError> &error);
    ApiError decorate(ApiError error) const;

    ApiTransport &m_transport;
    ApiRequestSpec m_spec;
    QPointer<QObject> m_context;
    bool m_hasContext = false;
    ApiTransport::Attempt m_attempt;
    ApiTransport::Done m_done;
    QPointer<QNetworkReply> m_reply;
    QString m_token;
    int m_sends = 0;
    int m_transientRetries = 0;
    int m_rateLimitRetries = 0;
    bool m_tokenRetried = false;
    bool m_tooLarge = false;
    bool m_finished = false;
};
