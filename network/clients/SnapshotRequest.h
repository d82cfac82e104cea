#pragma once

#include "models/domain/Result.h"
#include "models/domain/TaskSnapshot.h"
#include "network/http/HttpResponse.h"
#include "network/transport/ApiRequestSpec.h"

#include <QObject>

#include <functional>

class ApiTransport;

// The shared shape of the single-request task endpoints: send, parse, stamp the time.
namespace SnapshotRequest {

using Parser = std::function<Result<TaskSnapshot>(const HttpResponse &)>;
using Callback = std::function<void(const Result<TaskSnapshot> &)>;

void send(ApiTransport &transport, const ApiRequestSpec &spec, Parser parser, QObject *context,
          Callback done);

// An error raised before anything is sent, delivered asynchronously like every other result.
// `anchor` must be non-null; nothing is delivered once it is destroyed.
void failLater(QObject *anchor, const ApiError &error, Callback done);

} // namespace SnapshotRequest
