#pragma once

#include "SimEndpoint.h"
#include "SimRequest.h"
#include "SimResponse.h"

#include <optional>

struct SimulatorState;

// The Feishu / Lark endpoints: tenant token, contact task, drive task_check and report query.
class FeishuEndpoints final
{
public:
    explicit FeishuEndpoints(SimulatorState &state);

    // The app a request is made as (its token's app, or app_id of a token request); "" if none.
    QString account(const SimRoute &route, const SimRequest &request) const;
    SimResponse handle(const SimRoute &route, const SimRequest &request);

private:
    SimResponse tenantToken(const SimRequest &request);
    std::optional<SimResponse> authenticate(const SimRequest &request, QString *appId) const;
    std::optional<SimResponse> admit(SimEndpoint endpoint, const QString &appId);
    SimResponse contactTask(const SimRoute &route, const QString &appId);
    SimResponse driveTask(const SimRoute &route, const QString &appId);
    SimResponse reportQuery(const SimRequest &request, const QString &appId);

    static QString bearerToken(const SimRequest &request, bool *present);

    SimulatorState &m_state;
};
