#pragma once

#include "models/domain/ApiError.h"

#include <QUrl>

#include <optional>

// Tokens and secrets travel only over TLS; plain http is allowed to loopback hosts alone (the
// simulator, a local proxy).
namespace BaseUrlPolicy {

bool isLoopbackHost(const QString &host);

// An error when the URL must not be used for API calls.
std::optional<ApiError> check(const QUrl &url);

} // namespace BaseUrlPolicy
