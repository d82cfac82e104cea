#include "DingTalkEndpoints.h"

#include "DingTalkAnswers.h"
#include "SimulatorState.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

const QByteArray tokenHeader = QByteArrayLiteral("x-acs-dingtalk-access-token");

SimResponse taskNotExist()
{
    return DingTalkAnswers::error(404, QStringLiteral("taskNotExist"),
                                  QStringLiteral("task not exist"));
}

} // namespace

DingTalkEndpoints::DingTalkEndpoints(SimulatorState &state)
    : m_state(state)
{}

QString DingTalkEndpoints::account(const SimRoute &route, const SimRequest &request) const
{
    if (route.endpoint == SimEndpoint::DingTalkToken) {
        const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
        const QString appKey = body.value(QLatin1String("appKey")).toString();
        return m_state.findApp(SimFamily::DingTalk, appKey) ? appKey : QString();
    }
    QString appId;
    const QString token = QString::fromUtf8(request.header(tokenHeader).trimmed());
    if (!token.isEmpty())
        m_state.tokens.check(SimFamily::DingTalk, token, m_state.clock.nowMs(), &appId);
    return appId;
}

SimResponse DingTalkEndpoints::handle(const SimRoute &route, const SimRequest &request)
{
    if (route.endpoint == SimEndpoint::DingTalkToken)
        return accessToken(request);
    QString appId;
    if (auto rejected = authenticate(request, &appId))
        return *rejected;
    if (auto limited = admit(route.endpoint, appId))
        return *limited;
    if (route.endpoint == SimEndpoint::DingTalkStorageTask)
        return storageTask(route, request, appId);
    return docTask(route, appId);
}

std::optional<SimResponse> DingTalkEndpoints::admit(SimEndpoint endpoint, const QString &appId)
{
    if (m_state.limits.tryAcquire(endpoint, appId, m_state.clock.nowMs(), nullptr))
        return std::nullopt;
    SimResponse r = DingTalkAnswers::rateLimited();
    r.rateLimited = true;
    return r;
}

std::optional<SimResponse> DingTalkEndpoints::authenticate(const SimRequest &request,
                                                           QString *appId) const
{
    const QString token = QString::fromUtf8(request.header(tokenHeader).trimmed());
    const QString code = QStringLiteral("InvalidAuthentication");
    if (token.isEmpty())
        return DingTalkAnswers::error(400, code, QStringLiteral("access token is missing"));
    switch (m_state.tokens.check(SimFamily::DingTalk, token, m_state.clock.nowMs(), appId)) {
    case TokenStore::Check::Valid:
        return std::nullopt;
    case TokenStore::Check::Expired:
        return DingTalkAnswers::error(400, code, QStringLiteral("access token is expired"));
    case TokenStore::Check::Unknown:
        break;
    }
    return DingTalkAnswers::error(400, code, QStringLiteral("access token is invalid"));
}

SimResponse DingTalkEndpoints::accessToken(const SimRequest &request)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &parseError);
    const QJsonObject body = doc.object();
    const QString appKey = body.value(QLatin1String("appKey")).toString();
    if (auto limited = admit(SimEndpoint::DingTalkToken, appKey))
        return *limited;
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return DingTalkAnswers::error(400, QStringLiteral("paramError"),
                                      QStringLiteral("request body is not a JSON object"));
    }
    const SimApp *app = m_state.findApp(SimFamily::DingTalk, appKey);
    if (!app || body.value(QLatin1String("appSecret")).toString() != app->secret) {
        return DingTalkAnswers::error(400, QStringLiteral("invalidClientIdOrSecret"),
                                      QStringLiteral("invalid clientId or clientSecret"));
    }
    const qint64 now = m_state.clock.nowMs();
    // Within its lifetime DingTalk returns the same token again and extends it.
    if (const TokenStore::Token *current =
            m_state.tokens.latestValid(SimFamily::DingTalk, appKey, now)) {
        const QString token = current->token;
        m_state.tokens.renew(token, app->tokenLifetimeSecs, now);
        return DingTalkAnswers::accessToken(token, app->tokenLifetimeSecs);
    }
    const TokenStore::Token fresh =
        m_state.tokens.issue(SimFamily::DingTalk, appKey, app->tokenLifetimeSecs, now);
    return DingTalkAnswers::accessToken(fresh.token, app->tokenLifetimeSecs);
}

SimResponse DingTalkEndpoints::storageTask(const SimRoute &route, const SimRequest &request,
                                           const QString &appId)
{
    if (!route.hasTaskId) {
        return DingTalkAnswers::error(400, QStringLiteral("paramError.taskId"),
                                      QStringLiteral("taskId is required"));
    }
    if (request.queryValue(QStringLiteral("unionId")).isEmpty()) {
        return DingTalkAnswers::error(400, QStringLiteral("paramError"),
                                      QStringLiteral("unionId is required"));
    }
    const SimTask *task = m_state.tasks.find(SimTaskKind::DingTalkStorage, route.taskId);
    const auto state = task && (task->appId.isEmpty() || task->appId == appId)
                           ? TaskStore::stateAt(*task, m_state.clock.nowMs(), m_state.clock)
                           : std::nullopt;
    if (!state)
        return taskNotExist();
    return DingTalkAnswers::ok(DingTalkAnswers::storageBody(*state));
}

SimResponse DingTalkEndpoints::docTask(const SimRoute &route, const QString &appId)
{
    if (!route.hasTaskId) {
        return DingTalkAnswers::error(400, QStringLiteral("paramError"),
                                      QStringLiteral("taskId is required"));
    }
    const SimTask *task = m_state.tasks.find(SimTaskKind::DingTalkDoc, route.taskId);
    const auto state = task && (task->appId.isEmpty() || task->appId == appId)
                           ? TaskStore::stateAt(*task, m_state.clock.nowMs(), m_state.clock)
                           : std::nullopt;
    // The doc page lists no "not found" code; storage's taskNotExist is the family's word for it.
    if (!state)
        return taskNotExist();
    return DingTalkAnswers::ok(DingTalkAnswers::docBody(*state));
}
