#include "OpenPlatformSimulator.h"

#include "DingTalkAnswers.h"
#include "DingTalkEndpoints.h"
#include "FaultAnswers.h"
#include "FeishuAnswers.h"
#include "FeishuEndpoints.h"
#include "ScenarioLoader.h"
#include "SimulatorHttpServer.h"
#include "SimulatorState.h"

#include <QJsonArray>
#include <QJsonDocument>

OpenPlatformSimulator::OpenPlatformSimulator(QObject *parent)
    : QObject(parent)
    , m_state(std::make_unique<SimulatorState>())
    , m_feishu(std::make_unique<FeishuEndpoints>(*m_state))
    , m_dingTalk(std::make_unique<DingTalkEndpoints>(*m_state))
    , m_server(new SimulatorHttpServer([this](const SimRequest &r) { return handle(r); }, this))
{}

OpenPlatformSimulator::~OpenPlatformSimulator()
{
    // The server's sockets call back into the handler while they go; stop them first.
    delete m_server;
    m_server = nullptr;
}

bool OpenPlatformSimulator::loadScenario(const QJsonObject &scenario, QString *error)
{
    QString message;
    const bool ok = ScenarioLoader::load(scenario, *m_state, &message);
    if (error)
        *error = message;
    return ok;
}

bool OpenPlatformSimulator::loadScenarioFile(const QString &path, QString *error)
{
    QString message;
    const bool ok = ScenarioLoader::loadFile(path, *m_state, &message);
    if (error)
        *error = message;
    return ok;
}

void OpenPlatformSimulator::clear()
{
    m_state->apps.clear();
    m_state->tokens.clear();
    m_state->tasks.clear();
    m_state->reports.clear();
    m_state->faults.clear();
    m_state->limits.resetLimits();
    m_state->limits.clearWindows();
    m_state->log.reset();
}

void OpenPlatformSimulator::addApp(const SimApp &app)
{
    m_state->apps.append(app);
}

void OpenPlatformSimulator::addFeishuApp(const QString &appId, const QString &secret,
                                         int tokenLifetimeSecs)
{
    addApp(SimApp{SimFamily::Feishu, appId, secret, tokenLifetimeSecs, 1800, {}});
}

void OpenPlatformSimulator::addDingTalkApp(const QString &appKey, const QString &secret,
                                           int tokenLifetimeSecs)
{
    addApp(SimApp{SimFamily::DingTalk, appKey, secret, tokenLifetimeSecs, 1800, {}});
}

void OpenPlatformSimulator::addTask(const SimTask &task)
{
    m_state->tasks.add(task);
}

void OpenPlatformSimulator::generateTasks(const TaskGenerator::Spec &spec)
{
    for (const SimTask &t : TaskGenerator::generate(spec))
        m_state->tasks.add(t);
}

void OpenPlatformSimulator::addReportRule(const QString &ruleId, const QString &ruleName)
{
    m_state->reports.addRule(ruleId, ruleName);
}

void OpenPlatformSimulator::addReportSubmission(const SimReportSubmission &submission)
{
    m_state->reports.addSubmission(submission);
}

void OpenPlatformSimulator::addFault(const SimFault &fault)
{
    m_state->faults.add(fault);
}

void OpenPlatformSimulator::setReportPagesRepeatLastItem(bool repeat)
{
    m_state->reports.setPagesRepeatLastItem(repeat);
}

void OpenPlatformSimulator::clearFaults()
{
    m_state->faults.clear();
}

void OpenPlatformSimulator::setRateLimit(SimEndpoint endpoint, int perSecond)
{
    m_state->limits.setLimit(endpoint, perSecond);
}

int OpenPlatformSimulator::rateLimit(SimEndpoint endpoint) const
{
    return m_state->limits.limit(endpoint);
}

bool OpenPlatformSimulator::enableTls(const QString &certificatePath, const QString &keyPath,
                                      QString *error)
{
    QString message;
    const bool ok = m_server->configureTls(certificatePath, keyPath, &message);
    if (error)
        *error = message;
    return ok;
}

quint16 OpenPlatformSimulator::listen(const QHostAddress &address, quint16 port)
{
    // A test double must never be reachable from the network.
    if (!address.isLoopback())
        return 0;
    m_port = m_server->listenLoopback(port);
    return m_port;
}

QUrl OpenPlatformSimulator::baseUrl() const
{
    QUrl url;
    url.setScheme(m_server->isTls() ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

void OpenPlatformSimulator::close()
{
    m_server->closeAll();
}

void OpenPlatformSimulator::stop()
{
    m_server->closeAll();
    m_server->dropConnections();
}

qint64 OpenPlatformSimulator::nowMs() const
{
    return m_state->clock.nowMs();
}

void OpenPlatformSimulator::useManualClock(qint64 startMs)
{
    m_state->clock.useManual(startMs);
}

void OpenPlatformSimulator::useRealClock(double speed)
{
    m_state->clock.useReal(speed);
}

void OpenPlatformSimulator::setClockMs(qint64 ms)
{
    m_state->clock.setMs(ms);
}

void OpenPlatformSimulator::advanceClock(qint64 ms)
{
    m_state->clock.advance(ms);
}

void OpenPlatformSimulator::setEpochSecs(qint64 unixSeconds)
{
    m_state->clock.setEpochMs(unixSeconds * 1000);
}

qint64 OpenPlatformSimulator::epochSecs() const
{
    return m_state->clock.epochMs() / 1000;
}

void OpenPlatformSimulator::expireAllTokens()
{
    m_state->tokens.expireAll(m_state->clock.nowMs());
}

QString OpenPlatformSimulator::issueToken(SimFamily family, const QString &appId)
{
    const SimApp *app = m_state->findApp(family, appId);
    const int lifetime = app ? app->tokenLifetimeSecs : 7200;
    return m_state->tokens.issue(family, appId, lifetime, m_state->clock.nowMs()).token;
}

int OpenPlatformSimulator::requestCount() const
{
    return m_state->log.received();
}

int OpenPlatformSimulator::requestCount(SimEndpoint endpoint) const
{
    return m_state->log.received(SimEndpoints::name(endpoint));
}

int OpenPlatformSimulator::requestCount(SimEndpoint endpoint, const QString &account) const
{
    return m_state->log.received(SimEndpoints::name(endpoint), account);
}

int OpenPlatformSimulator::rateLimitedCount() const
{
    return m_state->log.rateLimited();
}

int OpenPlatformSimulator::rateLimitedCount(SimEndpoint endpoint) const
{
    return m_state->log.rateLimited(SimEndpoints::name(endpoint));
}

int OpenPlatformSimulator::rateLimitedCount(SimEndpoint endpoint, const QString &account) const
{
    return m_state->log.rateLimited(SimEndpoints::name(endpoint), account);
}

int OpenPlatformSimulator::faultsServed() const
{
    return m_state->faults.served();
}

QJsonObject OpenPlatformSimulator::statsJson() const
{
    QJsonObject stats = m_state->log.statsJson();
    stats.insert(QStringLiteral("faults_served"), m_state->faults.served());
    stats.insert(QStringLiteral("clock_ms"), m_state->clock.nowMs());
    return stats;
}

void OpenPlatformSimulator::resetStats()
{
    m_state->log.reset();
}

QList<RecordedRequest> OpenPlatformSimulator::recentRequests() const
{
    return m_state->log.recent();
}

void OpenPlatformSimulator::setRecentCapacity(int capacity)
{
    m_state->log.setCapacity(capacity);
}

int OpenPlatformSimulator::heldAnswers() const
{
    return m_server->heldAnswers();
}

SimResponse OpenPlatformSimulator::handle(const SimRequest &request)
{
    if (request.encodedPath().startsWith("/_simulator/"))
        return control(request);

    RecordedRequest record;
    record.atMs = m_state->clock.nowMs();
    record.method = request.method();
    record.encodedPath = request.encodedPath();
    record.path = request.path();
    record.queryItems = request.queryItems();
    record.headers = request.headers();
    record.body = request.body();

    const std::optional<SimRoute> route = SimEndpoints::route(request);
    SimResponse response;
    if (!route) {
        record.endpoint = QStringLiteral("unknown");
        // Each gateway answers a path it does not serve in its own way.
        const QString path = request.path();
        const bool dingTalkPath =
            path.startsWith(QLatin1String("/v1.0/")) || path.startsWith(QLatin1String("/v2.0/"));
        response = dingTalkPath ? DingTalkAnswers::errcode(DingTalkAnswers::UnknownPath,
                                                           QStringLiteral("请求的URI地址不存在"))
                                : FeishuAnswers::gatewayNotFound();
    } else {
        const SimFamily family = SimEndpoints::family(route->endpoint);
        const bool feishu = family == SimFamily::Feishu;
        record.endpoint = SimEndpoints::name(route->endpoint);
        record.taskId = route->taskId;
        record.account =
            feishu ? m_feishu->account(*route, request) : m_dingTalk->account(*route, request);
        const auto normal = [&]() {
            return feishu ? m_feishu->handle(*route, request) : m_dingTalk->handle(*route, request);
        };
        if (const std::optional<SimFault> fault =
                m_state->faults.take(route->endpoint, route->taskId)) {
            record.fault = SimFault::kindName(fault->kind);
            response =
                FaultAnswers::make(*fault, family, m_state->limits.limit(route->endpoint), normal);
        } else {
            response = normal();
        }
    }
    const bool written = response.delivery == SimResponse::Delivery::Now ||
                         response.delivery == SimResponse::Delivery::Delayed ||
                         response.delivery == SimResponse::Delivery::CutBody;
    record.status = written ? response.status : 0;
    record.rateLimited = response.rateLimited;
    for (const auto &[name, value] : std::as_const(response.headers)) {
        if (name.compare("X-Tt-Logid", Qt::CaseInsensitive) == 0 ||
            name.compare("x-acs-request-id", Qt::CaseInsensitive) == 0)
            record.requestId = QString::fromLatin1(value);
    }
    m_state->log.record(record);
    emit requestHandled(record.endpoint, record.status);
    return response;
}

SimResponse OpenPlatformSimulator::control(const SimRequest &request)
{
    const QByteArray path = request.encodedPath();
    const bool post = request.method() == "POST";
    SimResponse r;
    if (request.method() == "GET" && path == "/_simulator/stats") {
        r.body = QJsonDocument(statsJson()).toJson(QJsonDocument::Compact);
    } else if (request.method() == "GET" && path == "/_simulator/requests") {
        r.body = QJsonDocument(m_state->log.recentJson()).toJson(QJsonDocument::Compact);
    } else if (post && path == "/_simulator/reset-stats") {
        resetStats();
        r.body = QByteArrayLiteral("{\"ok\":true}");
    } else if (post && path == "/_simulator/expire-tokens") {
        expireAllTokens();
        r.body = QByteArrayLiteral("{\"ok\":true}");
    } else if (post && path == "/_simulator/faults") {
        const QJsonDocument doc = QJsonDocument::fromJson(request.body());
        const QJsonArray list = doc.isArray() ? doc.array() : QJsonArray{doc.object()};
        QString error;
        for (const QJsonValue &v : list) {
            const std::optional<SimFault> f = SimFault::fromJson(v.toObject(), &error);
            if (!f) {
                r.status = 400;
                r.body = QJsonDocument(QJsonObject{{QStringLiteral("error"), error}})
                             .toJson(QJsonDocument::Compact);
                return r;
            }
            addFault(*f);
        }
        r.body = QByteArrayLiteral("{\"ok\":true}");
    } else {
        r.status = 404;
        r.body = QByteArrayLiteral("{\"error\":\"unknown simulator control path\"}");
    }
    return r;
}
