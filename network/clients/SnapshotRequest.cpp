#include "network/clients/SnapshotRequest.h"

#include "models/domain/Clock.h"
#include "network/transport/ApiTransport.h"

#include <QDateTime>
#include <QTimer>

#include <memory>

namespace SnapshotRequest {

void send(ApiTransport &transport, const ApiRequestSpec &spec, Parser parser, QObject *context,
          Callback done)
{
    auto parsed = std::make_shared<TaskSnapshot>();
    const Clock &clock = transport.clock();
    transport.send(
        spec, context,
        [parser = std::move(parser),
         parsed](const HttpResponse &response) -> std::optional<ApiError> {
            Result<TaskSnapshot> result = parser(response);
            if (!result.ok())
                return result.error();
            *parsed = std::move(result).value();
            return std::nullopt;
        },
        [parsed, &clock, done = std::move(done)](const std::optional<ApiError> &error) {
            if (error) {
                done(*error);
                return;
            }
            parsed->fetchedAt = QDateTime::fromMSecsSinceEpoch(clock.wallMsSinceEpoch(), Qt::UTC);
            done(*parsed);
        });
}

void failLater(QObject *anchor, const ApiError &error, Callback done)
{
    QTimer::singleShot(0, anchor, [error, done = std::move(done)] { done(error); });
}

} // namespace SnapshotRequest
