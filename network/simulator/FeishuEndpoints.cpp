#include "FeishuEndpoints.h"

#include "FeishuAnswers.h"
#include "SimulatorState.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace {

SimResponse fieldValidation(const QString &detail)
{
    return FeishuAnswers::error(400, FeishuAnswers::FieldValidation,
                                QStringLiteral("field validation failed: ") + detail);
}

// Reads a JSON number or numeric string; rule_id may be a number above 2^53, so the literal text
// of the body is used rather than the parsed double.
std::optional<QString> integralText(const QByteArray &body, const QJsonObject &o,
                                    const QString &key)
{
    const QJsonValue v = o.value(key);
    if (v.isString())
        return v.toString();
    if (!v.isDouble())
        return std::nullopt;
    const QRegularExpression literal(
        QStringLiteral("\"%1\"\\s*:\\s*(-?\\d+)").arg(QRegularExpression::escape(key)));
    const QRegularExpressionMatch m = literal.match(QString::fromUtf8(body));
    if (m.hasMatch())
        return m.captured(1);
    return QString::number(qint64(v.toDouble()));
}

std::optional<qint64> integral(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (v.isDouble())
        return qint64(v.toDouble());
    bool ok = false;
    const qint64 n = v.toString().toLongLong(&ok);
    if (v.isString() && ok)
        return n;
    return std::nullopt;
}

} // namespace

FeishuEndpoints::FeishuEndpoints(SimulatorState &state)
    : m_state(state)
{}

QString FeishuEndpoints::bearerToken(const SimRequest &request, bool *present)
{
    const QByteArray header = request.header(QByteArrayLiteral("Authorization")).trimmed();
    *present = false;
    if (header.size() <= 7 || !header.left(7).toLower().startsWith("bearer "))
        return {};
    const QString token = QString::fromUtf8(header.mid(7)).trimmed();
    *present = !token.isEmpty();
    return token;
}

QString FeishuEndpoints::account(const SimRoute &route, const SimRequest &request) const
{
    if (route.endpoint == SimEndpoint::FeishuToken) {
        const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
        const QString appId = body.value(QLatin1String("app_id")).toString();
        return m_state.findApp(SimFamily::Feishu, appId) ? appId : QString();
    }
    bool present = false;
    const QString token = bearerToken(request, &present);
    QString appId;
    if (present)
        m_state.tokens.check(SimFamily::Feishu, token, m_state.clock.nowMs(), &appId);
    return appId;
}

SimResponse FeishuEndpoints::handle(const SimRoute &route, const SimRequest &request)
{
    if (route.endpoint == SimEndpoint::FeishuToken)
        return tenantToken(request);
    QString appId;
    if (auto rejected = authenticate(request, &appId))
        return *rejected;
    if (auto limited = admit(route.endpoint, appId))
        return *limited;
    switch (route.endpoint) {
    case SimEndpoint::FeishuContactTask:
        return contactTask(route, appId);
    case SimEndpoint::FeishuDriveTaskCheck:
        return driveTask(route, appId);
    case SimEndpoint::FeishuReportQuery:
        return reportQuery(request, appId);
    default:
        return FeishuAnswers::error(404, 404, QStringLiteral("not found"));
    }
}

std::optional<SimResponse> FeishuEndpoints::admit(SimEndpoint endpoint, const QString &appId)
{
    int reset = 1;
    if (m_state.limits.tryAcquire(endpoint, appId, m_state.clock.nowMs(), &reset))
        return std::nullopt;
    SimResponse r = FeishuAnswers::rateLimited(m_state.limits.limit(endpoint), reset);
    r.rateLimited = true;
    return r;
}

std::optional<SimResponse> FeishuEndpoints::authenticate(const SimRequest &request,
                                                         QString *appId) const
{
    bool present = false;
    const QString token = bearerToken(request, &present);
    if (!present) {
        return FeishuAnswers::error(400, FeishuAnswers::MissingToken,
                                    QStringLiteral("Missing access token for authorization. Please "
                                                   "make a request with token attached."));
    }
    if (m_state.tokens.check(SimFamily::Feishu, token, m_state.clock.nowMs(), appId) !=
        TokenStore::Check::Valid) {
        return FeishuAnswers::error(400, FeishuAnswers::InvalidToken,
                                    QStringLiteral("Invalid access token for authorization. Please "
                                                   "make a request with token attached."));
    }
    return std::nullopt;
}

SimResponse FeishuEndpoints::tenantToken(const SimRequest &request)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    const QString appId = body.value(QLatin1String("app_id")).toString();
    if (auto limited = admit(SimEndpoint::FeishuToken, appId))
        return *limited;
    const SimApp *app = m_state.findApp(SimFamily::Feishu, appId);
    if (!app)
        return FeishuAnswers::error(400, 10003, QStringLiteral("invalid param"));
    if (body.value(QLatin1String("app_secret")).toString() != app->secret)
        return FeishuAnswers::error(400, 10014, QStringLiteral("app secret invalid"));
    const qint64 now = m_state.clock.nowMs();
    // Feishu keeps handing out the current token until it is close to expiry.
    const TokenStore::Token *current = m_state.tokens.latestValid(SimFamily::Feishu, appId, now);
    if (current && current->expiresAtMs - now >= qint64(app->reissueBelowSecs) * 1000)
        return FeishuAnswers::tenantToken(current->token, (current->expiresAtMs - now) / 1000);
    const TokenStore::Token fresh =
        m_state.tokens.issue(SimFamily::Feishu, appId, app->tokenLifetimeSecs, now);
    return FeishuAnswers::tenantToken(fresh.token, app->tokenLifetimeSecs);
}

SimResponse FeishuEndpoints::contactTask(const SimRoute &route, const QString &appId)
{
    if (!route.hasTaskId || route.taskId.isEmpty())
        return fieldValidation(QStringLiteral("task_id is required"));
    const SimTask *task = m_state.tasks.find(SimTaskKind::FeishuContact, route.taskId);
    const qint64 now = m_state.clock.nowMs();
    const auto state = task && (task->appId.isEmpty() || task->appId == appId)
                           ? TaskStore::stateAt(*task, now, m_state.clock)
                           : std::nullopt;
    // The contact doc names no code for an unknown task; 40004 mirrors its other "not found"s.
    if (!state)
        return FeishuAnswers::error(404, 40004, QStringLiteral("task not found"));
    return FeishuAnswers::success(FeishuAnswers::contactData(*state, task->rows));
}

SimResponse FeishuEndpoints::driveTask(const SimRoute &route, const QString &appId)
{
    if (!route.hasTaskId || route.taskId.isEmpty())
        return FeishuAnswers::error(400, 1061002, QStringLiteral("params error."));
    const SimTask *task = m_state.tasks.find(SimTaskKind::FeishuDrive, route.taskId);
    const auto state = task && (task->appId.isEmpty() || task->appId == appId)
                           ? TaskStore::stateAt(*task, m_state.clock.nowMs(), m_state.clock)
                           : std::nullopt;
    if (!state)
        return FeishuAnswers::error(404, 1061003, QStringLiteral("not found."));
    return FeishuAnswers::success(FeishuAnswers::driveData(*state));
}

SimResponse FeishuEndpoints::reportQuery(const SimRequest &request, const QString &appId)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return fieldValidation(QStringLiteral("request body is not a JSON object"));
    const QJsonObject body = doc.object();
    ReportBook::Query q;
    q.appId = appId;
    if (request.hasQueryItem(QStringLiteral("user_id_type")))
        q.userIdType = request.queryValue(QStringLiteral("user_id_type"));
    if (q.userIdType != QLatin1String("open_id") && q.userIdType != QLatin1String("union_id") &&
        q.userIdType != QLatin1String("user_id"))
        return fieldValidation(QStringLiteral("user_id_type is invalid"));
    const auto start = integral(body, QStringLiteral("commit_start_time"));
    const auto end = integral(body, QStringLiteral("commit_end_time"));
    const auto size = integral(body, QStringLiteral("page_size"));
    if (!start || !end || !size) {
        return fieldValidation(
            QStringLiteral("commit_start_time, commit_end_time and page_size are required"));
    }
    q.commitStart = *start;
    q.commitEnd = *end;
    q.pageSize = int(std::clamp<qint64>(*size, -1, 1000));
    q.ruleId = integralText(request.body(), body, QStringLiteral("rule_id")).value_or(QString());
    q.userId = body.value(QLatin1String("user_id")).toString();
    q.pageToken = body.value(QLatin1String("page_token")).toString();
    const ReportBook::Result result = m_state.reports.query(q);
    if (result.httpStatus != 0)
        return FeishuAnswers::error(result.httpStatus, result.code, result.msg);
    return FeishuAnswers::success(FeishuAnswers::reportData(result, q.userIdType));
}
