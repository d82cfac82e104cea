#pragma once

#include "network/transport/ApiRequestSpec.h"
#include "network/transport/ApiTransport.h"

#include <QElapsedTimer>
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
    // Stops the call because its account changed: nothing more is sent, and `done` runs on the
    // next turn of the event loop with a Cancelled error. False when it had already finished.
    bool abandon();
    // The transport is going away: do not tell it when this call ends.
    void detach() { m_detached = true; }

    const QString &accountId() const { return m_spec.accountId; }

    int sends() const { return m_sends; }

    // Answers this large are judged (decoded) on a worker thread rather than the caller's.
    static constexpr qsizetype kWorkerJudgedBytes = 256 * 1024;
    // What a reply should hold unread (Qt's HTTP thread does not always keep to it); more than
    // kWorkerJudgedBytes, which its reader waits for.
    static constexpr qint64 kReadBufferBytes = 1024 * 1024;
    // One turn of the event loop copies at most this much of an answer: Qt's HTTP thread can
    // hand over several megabytes at once, whatever the read buffer size.
    static constexpr qint64 kReadSliceBytes = 512 * 1024;

private:
    void acquireToken();
    void schedule(qint64 extraDelayMs = 0);
    void sendNow();
    void onReplyFinished();
    // Copies at most kReadSliceBytes of the reply's data into m_body, and has the rest taken
    // in on later turns of the event loop; once the reply has ended and the rest fits in one
    // slice, goes on to onReplyFinished().
    void takeInSlice();
    void queueSlice();
    // The attempt has inspected a whole answer: log it, then finish or retry.
    void judged(const HttpResponse &response, const std::optional<ApiError> &error);
    void handleError(ApiError error);
    void finish(const std::optional<ApiError> &error);
    ApiError decorate(ApiError error) const;
    // Puts the attempt that just ended into the transport's request log.
    void logAnswer(const HttpResponse *response, const std::optional<ApiError> &error);
    QString origin() const;
    QString caller() const;
    bool stopped() const { return m_finished || m_abandoned; }

    ApiTransport &m_transport;
    ApiRequestSpec m_spec;
    QPointer<QObject> m_context;
    bool m_hasContext = false;
    ApiTransport::Attempt m_attempt;
    ApiTransport::Done m_done;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_body; // what a large answer has brought so far
    QString m_token;
    int m_sends = 0;
    QDateTime m_sentAt;
    QElapsedTimer m_sendTimer; // latency of the answer, for the logs
    int m_transientRetries = 0;
    int m_rateLimitRetries = 0;
    bool m_tokenRetried = false;
    bool m_tooLarge = false;
    bool m_sliceQueued = false;
    bool m_replyEnded = false;       // finished, while its data is still being taken in
    bool m_connectionFailed = false; // the last send ended without a whole HTTP answer
    bool m_finished = false;
    bool m_abandoned = false;
    bool m_detached = false;
};
