#pragma once

#include "RecordedRequest.h"
#include "SimApp.h"
#include "SimEndpoint.h"
#include "SimFault.h"
#include "SimReportSubmission.h"
#include "SimTask.h"
#include "TaskGenerator.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <memory>

class SimRequest;
struct SimResponse;
struct SimulatorState;
class FeishuEndpoints;
class DingTalkEndpoints;
class SimulatorHttpServer;

// A local fake of the Feishu / Lark and DingTalk open platforms over real HTTP(S) on loopback:
// scripted tasks, tokens, rate limits, faults on demand, counters and a request log.
class OpenPlatformSimulator final : public QObject
{
    Q_OBJECT

public:
    explicit OpenPlatformSimulator(QObject *parent = nullptr);
    ~OpenPlatformSimulator() override;

    bool loadScenario(const QJsonObject &scenario, QString *error = nullptr);
    bool loadScenarioFile(const QString &path, QString *error = nullptr);
    // Forgets apps, tokens, tasks, reports, faults, limits and counters.
    void clear();

    void addApp(const SimApp &app);
    void addFeishuApp(const QString &appId, const QString &secret, int tokenLifetimeSecs = 7200);
    void addDingTalkApp(const QString &appKey, const QString &secret, int tokenLifetimeSecs = 7200);
    void addTask(const SimTask &task);
    void generateTasks(const TaskGenerator::Spec &spec);
    void addReportRule(const QString &ruleId, const QString &ruleName);
    void addReportSubmission(const SimReportSubmission &submission);
    void addFault(const SimFault &fault);
    void clearFaults();
    // Every report page after the first starts with the previous page's last item, as the live
    // platform does with some page tokens.
    void setReportPagesRepeatLastItem(bool repeat);
    void setRateLimit(SimEndpoint endpoint, int perSecond);
    int rateLimit(SimEndpoint endpoint) const;

    bool enableTls(const QString &certificatePath, const QString &keyPath,
                   QString *error = nullptr);
    // Only loopback addresses are accepted; returns the bound port, 0 on failure.
    quint16 listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const { return m_port; }
    QUrl baseUrl() const;
    void close();
    // The server stopped: stops listening and aborts every open connection, so clients get
    // "connection refused" until listen() is called again (on the same port to restart it).
    void stop();

    // Clock: real monotonic time (optionally sped up) by default, or manual for tests.
    qint64 nowMs() const;
    void useManualClock(qint64 startMs = 0);
    void useRealClock(double speed = 1.0);
    void setClockMs(qint64 ms);
    void advanceClock(qint64 ms);
    void setEpochSecs(qint64 unixSeconds);
    qint64 epochSecs() const;
    void expireAllTokens();
    // Issues a token directly, as the token endpoint would (for tests that skip that call).
    QString issueToken(SimFamily family, const QString &appId);

    int requestCount() const;
    int requestCount(SimEndpoint endpoint) const;
    int requestCount(SimEndpoint endpoint, const QString &account) const;
    int rateLimitedCount() const;
    int rateLimitedCount(SimEndpoint endpoint) const;
    int rateLimitedCount(SimEndpoint endpoint, const QString &account) const;
    int faultsServed() const;
    QJsonObject statsJson() const;
    void resetStats();
    QList<RecordedRequest> recentRequests() const;
    void setRecentCapacity(int capacity);
    int heldAnswers() const;

signals:
    void requestHandled(const QString &endpoint, int status);

private:
    SimResponse handle(const SimRequest &request);
    SimResponse control(const SimRequest &request);

    std::unique_ptr<SimulatorState> m_state;
    std::unique_ptr<FeishuEndpoints> m_feishu;
    std::unique_ptr<DingTalkEndpoints> m_dingTalk;
    SimulatorHttpServer *m_server = nullptr;
    quint16 m_port = 0;
};
