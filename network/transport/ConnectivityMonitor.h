#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

class Clock;
class QUrl;

// Whether each origin (scheme, host and port) answers at all. Several connection-level failures
// in a row (refused, reset, no answer), from more than one caller, with no HTTP answer between
// them mark the origin offline: one broken task is that task's error, not an outage. While
// offline, one probe at a time is allowed, with back-off; any HTTP answer brings it back.
class ConnectivityMonitor final : public QObject
{
    Q_OBJECT

public:
    explicit ConnectivityMonitor(const Clock &clock, QObject *parent = nullptr);

    // "https://open.feishu.cn:443": what the monitor tracks.
    static QString originOf(const QUrl &url);

    // Any HTTP answer arrived from the origin, whatever its status.
    void recordAnswer(const QString &origin);
    // A send to the origin ended without an HTTP answer. `caller` tells apart the tasks (and
    // token requests) the failures came from.
    void recordFailure(const QString &origin, const QString &caller);

    bool isOnline(const QString &origin) const;
    QStringList offlineOrigins() const;

    // While offline: whether a probe may be sent now, and that one was.
    bool mayProbe(const QString &origin) const;
    void probeSent(const QString &origin);
    // The probe's call ended, whatever its outcome; an answer has already brought the origin
    // back, so this only lengthens the wait before the next probe.
    void probeFinished(const QString &origin);
    int probesSent(const QString &origin) const { return m_origins.value(origin).probes; }
    // Milliseconds until the next probe may go (0 = now); -1 when the origin is online.
    qint64 msUntilProbe(const QString &origin) const;

    void setFailuresToGoOffline(int failures, int distinctCallers);
    void setProbeBackoff(qint64 firstMs, qint64 maxMs);
    qint64 maxProbeIntervalMs() const { return m_maxProbeMs; }

signals:
    void onlineChanged(const QString &origin, bool online);

private:
    struct OriginState
    {
        int failures = 0;
        QSet<QString> callers;
        bool offline = false;
        qint64 probeIntervalMs = 0;
        qint64 nextProbeAtMs = 0;
        bool probeInFlight = false;
        int probes = 0;
    };

    const Clock &m_clock;
    QHash<QString, OriginState> m_origins;
    int m_failuresToGoOffline = 3;
    int m_distinctCallers = 2;
    qint64 m_firstProbeMs = 2000;
    qint64 m_maxProbeMs = 60000;
};
