#include "FuzzEntries.h"

#include "network/parsers/DingTalkAccessTokenParser.h"
#include "network/parsers/DingTalkDocTaskParser.h"
#include "network/parsers/DingTalkErrorParser.h"
#include "network/parsers/DingTalkStorageTaskParser.h"
#include "network/parsers/FeishuContactTaskParser.h"
#include "network/parsers/FeishuDriveTaskCheckParser.h"
#include "network/parsers/FeishuErrorParser.h"
#include "network/parsers/FeishuReportPageParser.h"
#include "network/parsers/FeishuTenantTokenParser.h"
#include "network/parsers/JsonKeyOrder.h"
#include "network/parsers/LargeIntegerQuoter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <array>
#include <cstdio>
#include <cstdlib>

namespace {

constexpr std::array kStatuses{200, 400, 401, 403, 404, 429, 500, 502, 503, 0};

void check(bool condition, const char *promise)
{
    if (!condition) {
        std::fprintf(stderr, "broken promise: %s\n", promise);
        std::abort();
    }
}

HttpResponse responseFrom(const uint8_t *data, size_t size, bool dingTalk)
{
    HttpResponse response;
    response.status = size > 0 ? kStatuses[data[0] % kStatuses.size()] : 200;
    const uint8_t headers = size > 1 ? data[1] : 0;
    if (dingTalk) {
        if (headers & 1)
            response.headers.emplaceBack("x-acs-request-id", "fuzz-request");
        if (headers & 2)
            response.headers.emplaceBack("x-acs-trace-id", "fuzz-trace");
        if (headers & 4)
            response.headers.emplaceBack("Retry-After", "2");
    } else {
        if (headers & 1)
            response.headers.emplaceBack("X-Tt-Logid", "fuzz-log");
        if (headers & 2)
            response.headers.emplaceBack("x-ogw-ratelimit-reset", "3");
        if (headers & 4)
            response.headers.emplaceBack("x-ogw-ratelimit-reset", "1e308");
    }
    if (size > 2)
        response.body = QByteArray(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));
    return response;
}

void checkError(const ApiError &error, const HttpResponse &response)
{
    check(error.httpStatus == response.status, "error carries the HTTP status");
    check(!error.message.isEmpty(), "error says what happened");
    check(!error.hint.isEmpty(), "error says what to do");
    check(error.bodyExcerpt.size() <= 200, "excerpt is short");
    check(error.bodyExcerpt.size() <= response.body.size(), "excerpt is part of the body");
    for (qsizetype i = 0; i < error.bodyExcerpt.size(); ++i)
        check(error.bodyExcerpt.at(i) == response.body.at(i) || error.bodyExcerpt.at(i) == '*',
              "excerpt is the body's start, tokens masked");
    check(error.retryAfterMs >= -1, "retry delay is -1 or a wait");
}

void checkSnapshot(const Result<TaskSnapshot> &result, const HttpResponse &response, TaskKind kind)
{
    if (!result.ok())
        return checkError(result.error(), response);
    const TaskSnapshot &s = result.value();
    check(s.kind == kind, "snapshot has its kind");
    check(s.rawBody == response.body, "snapshot keeps the raw body");
    if (s.progress)
        check(*s.progress >= 0.0 && *s.progress <= 100.0, "progress is a percentage");
    for (const auto &count : {s.total, s.succeeded, s.failed})
        check(!count || *count >= 0, "counts are not negative");
    check(!s.createdAt.isValid() || s.createdAt.timeSpec() == Qt::UTC, "times are UTC");
    check(!s.finishedAt.isValid() || s.finishedAt.timeSpec() == Qt::UTC, "times are UTC");
    check(s.state != TaskState::NotFound && s.state != TaskState::Error,
          "parsers never invent client states");
}

void checkToken(const Result<AccessToken> &result, const HttpResponse &response)
{
    if (!result.ok())
        return checkError(result.error(), response);
    check(!result->token.isEmpty() && result->expiresInSeconds > 0, "a granted token is usable");
}

// Same document, except that numbers the quoter wrapped are strings of the same value.
bool equivalent(const QJsonValue &original, const QJsonValue &quoted)
{
    if (original.isDouble() && quoted.isString()) {
        bool ok = false;
        const double value = quoted.toString().toDouble(&ok);
        return ok && value == original.toDouble();
    }
    if (original.type() != quoted.type())
        return false;
    if (original.isArray()) {
        const QJsonArray a = original.toArray();
        const QJsonArray b = quoted.toArray();
        if (a.size() != b.size())
            return false;
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!equivalent(a.at(i), b.at(i)))
                return false;
        }
        return true;
    }
    if (original.isObject()) {
        const QJsonObject a = original.toObject();
        const QJsonObject b = quoted.toObject();
        if (a.keys() != b.keys())
            return false;
        for (auto it = a.begin(); it != a.end(); ++it) {
            if (!equivalent(it.value(), b.value(it.key())))
                return false;
        }
        return true;
    }
    return original == quoted;
}

} // namespace

namespace Fuzz {

int feishuParsers(const uint8_t *data, size_t size)
{
    const HttpResponse response = responseFrom(data, size, false);
    checkSnapshot(parseFeishuContactTask(response), response, TaskKind::FeishuContact);
    checkSnapshot(parseFeishuDriveTaskCheck(response, QStringLiteral("7360595374803812356")),
                  response, TaskKind::FeishuDrive);
    const Result<FeishuReportPage> page = parseFeishuReportPage(response);
    if (page.ok())
        check(!page->hasMore || !page->pageToken.isEmpty(), "more pages come with a token");
    else
        checkError(page.error(), response);
    checkToken(parseFeishuTenantToken(response), response);
    checkError(parseFeishuError(response), response);
    return 0;
}

int dingTalkParsers(const uint8_t *data, size_t size)
{
    const HttpResponse response = responseFrom(data, size, true);
    checkSnapshot(parseDingTalkStorageTask(response), response, TaskKind::DingTalkStorage);
    checkSnapshot(parseDingTalkDocTask(response), response, TaskKind::DingTalkDoc);
    checkToken(parseDingTalkAccessToken(response), response);
    checkError(parseDingTalkError(response), response);
    return 0;
}

int jsonHelpers(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QByteArray quoted = quoteLargeIntegers(input);

    QJsonParseError originalError{};
    const QJsonDocument original = QJsonDocument::fromJson(input, &originalError);
    QJsonParseError quotedError{};
    const QJsonDocument afterQuoting = QJsonDocument::fromJson(quoted, &quotedError);
    if (originalError.error == QJsonParseError::NoError) {
        check(quotedError.error == QJsonParseError::NoError, "quoting keeps valid JSON valid");
        const QJsonValue a =
            original.isObject() ? QJsonValue(original.object()) : QJsonValue(original.array());
        const QJsonValue b = afterQuoting.isObject() ? QJsonValue(afterQuoting.object())
                                                     : QJsonValue(afterQuoting.array());
        check(equivalent(a, b), "quoting changes only the representation of large integers");
    }

    if (quotedError.error == QJsonParseError::NoError && afterQuoting.isObject()) {
        const QJsonValue rows = afterQuoting.object()
                                    .value(QLatin1String("data"))
                                    .toObject()
                                    .value(QLatin1String("task_info"));
        const QList<QStringList> orders =
            arrayElementKeyOrders(quoted, {QStringLiteral("data"), QStringLiteral("task_info")});
        if (rows.isArray()) {
            const QJsonArray array = rows.toArray();
            check(orders.size() == array.size(), "one key order per row");
            for (qsizetype i = 0; i < array.size(); ++i) {
                const QStringList keys = array.at(i).toObject().keys();
                check(QSet<QString>(keys.begin(), keys.end()) ==
                          QSet<QString>(orders.at(i).begin(), orders.at(i).end()),
                      "the scanner sees the same keys as QJsonDocument");
                check(orders.at(i).size() == keys.size(), "each key listed once");
            }
        }
    }
    return 0;
}

} // namespace Fuzz
