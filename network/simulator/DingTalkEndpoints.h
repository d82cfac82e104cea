#pragma once

#include "SimEndpoint.h"
#include "SimRequest.h"
#include "SimResponse.h"

#include <optional>

struct SimulatorState;

// The DingTalk endpoints: access token, storage task and doc task info.
class DingTalkEndpoints final
{
public:
    explicit DingTalkEndpoints(SimulatorState &state);

    QString account(const SimRoute &route, const SimRequest &request) const;
    SimResponse handle(const SimRoute &route, const SimRequest &request);

private:
    SimResponse accessToken(const SimRequest &request);
    std::optional<SimResponse> authenticate(const SimRequest &request, QString *appId) const;
    std::optional<SimResponse> admit(SimEndpoint endpoint, const QString &appId);
    SimResponse storageTask(const SimRoute &route, const SimRequest &request, const QString &appId);
    SimResponse docTask(const SimRoute &route, const QString &appId);

    SimulatorState &m_state;
};
