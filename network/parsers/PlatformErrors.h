#pragma once

#include "models/domain/ApiError.h"
#include "network/http/HttpResponse.h"
#include "network/parsers/WireJson.h"

#include <QJsonObject>
#include <QString>

#include <optional>

// Which platform family's error conventions an answer follows.
enum class WireFamily { Feishu, DingTalk };

// Shared pieces of error reporting for the wire parsers: unreadable bodies, wrong shapes, hints.
namespace PlatformErrors {

// A body that is not a JSON object: InvalidResponse, or ServerError (HTTP >= 500) / RateLimited
// (HTTP 429), with the first bytes of the body.
ApiError unreadableBody(const HttpResponse &response, const WireJson::Body &body,
                        WireFamily family);

// A successful answer whose JSON lacks what the parser needs, said in `message`.
ApiError wrongShape(const HttpResponse &response, WireFamily family, const QString &message,
                    const QString &requestId);

// Fills error.hint from the category. `scope` names a missing permission when known;
// `possibleIpBan` marks a DingTalk 403 that carries no code (how an IP ban looks).
void addHint(ApiError &error, WireFamily family, const QString &scope = {},
             bool possibleIpBan = false);

// Token endpoints: a request they refuse means the credentials or the app's setup are wrong,
// which retrying cannot fix. Also keeps any token out of the body excerpt.
ApiError forTokenEndpoint(ApiError error, WireFamily family);

// Milliseconds to wait from x-ogw-ratelimit-reset (or Retry-After), in seconds; -1 when absent.
int retryAfterFromHeaders(const HttpResponse &response);

// The first bracketed list in a platform message, e.g. "[contact:contact, drive:drive]".
QString scopeFromMessage(const QString &message);

// Looks a key up ignoring case (DingTalk spells the same field several ways).
QJsonValue valueIgnoringCase(const QJsonObject &object, QLatin1String key);

// Feishu / Lark: nullopt when the answer is a success (a JSON object with code 0).
std::optional<ApiError> feishuFailure(const HttpResponse &response, const WireJson::Body &body);
ApiError feishuError(const HttpResponse &response, const WireJson::Body &body);
QString feishuRequestId(const HttpResponse &response, const QJsonObject &object);

// DingTalk: nullopt when the answer is a success (a JSON object without a code, HTTP < 400).
std::optional<ApiError> dingTalkFailure(const HttpResponse &response, const WireJson::Body &body);
ApiError dingTalkError(const HttpResponse &response, const WireJson::Body &body);
QString dingTalkRequestId(const HttpResponse &response, const QJsonObject &object);

} // namespace PlatformErrors
