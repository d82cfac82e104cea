#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

class SimRequest;

enum class SimFamily { Feishu, DingTalk };

enum class SimEndpoint {
    FeishuToken,
    FeishuContactTask,
    FeishuDriveTaskCheck,
    FeishuReportQuery,
    DingTalkToken,
    DingTalkStorageTask,
    DingTalkDocTask,
};

// Which endpoint a request addresses and, for task endpoints, the decoded task id it names.
struct SimRoute
{
    SimEndpoint endpoint = SimEndpoint::FeishuToken;
    QString taskId;
    bool hasTaskId = false;
};

// Names, families, default limits and path matching of the simulated endpoints.
class SimEndpoints final
{
public:
    static QList<SimEndpoint> all();
    static QString name(SimEndpoint endpoint);
    static std::optional<SimEndpoint> fromName(const QString &name);
    static SimFamily family(SimEndpoint endpoint);
    static std::optional<SimFamily> familyFromName(const QString &name);
    static int defaultRateLimit(SimEndpoint endpoint);
    // Matches method and percent-encoded path segment by segment, so an encoded '/' inside an
    // id can never select another endpoint.
    static std::optional<SimRoute> route(const SimRequest &request);
};
