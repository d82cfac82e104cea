#include "FuzzEntries.h"

#include "FuzzCheck.h"

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
#include "network/parsers/WireJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStringDecoder>

#include <array>
#include <cmath>

namespace {

using Fuzz::check;

constexpr std::array kStatuses{200, 400, 401, 403, 404, 429, 500, 502, 503, 0};
// Deep enough for every documented answer; the accessors are what is fuzzed, not recursion.
constexpr int kMaxFieldDepth = 8;

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

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    [[maybe_unused]] const QString text = decoder.decode(bytes);
    return !decoder.hasError();
}

// Every accessor on every member; recurses into child objects and objects inside arrays.
void readEveryField(const QJsonObject &object, const QString &path, int depth)
{
    QStringList warnings;
    const WireJson::Fields fields(object, path, &warnings);
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QByteArray name = it.key().toUtf8();
        const QLatin1String key(name.constData(), name.size());
        if (it.key() != QString(key))
            continue; // the accessors take Latin-1 keys; the parsers only ask for ASCII ones
        const qsizetype warningsBefore = warnings.size();
        const bool present = !it.value().isNull() && !it.value().isUndefined();
        check(fields.has(key) == present, "has() means present and not null");
        check(!fields.pathOf(key).isEmpty(), "a field has a path");
        if (!present) {
            check(!fields.text(key) && !fields.integer(key) && !fields.number(key) &&
                      !fields.boolean(key) && !fields.textList(key) && !fields.childObject(key),
                  "a null field gives nothing");
            check(warnings.size() == warningsBefore, "a null field is not unusable");
            continue;
        }
        [[maybe_unused]] const std::optional<QString> text = fields.text(key);
        [[maybe_unused]] const QString id = fields.id(key);
        const std::optional<qint64> integer = fields.integer(key);
        const std::optional<qint64> count = fields.count(key);
        check(!count || *count >= 0, "a count is not negative");
        check(!count || (integer && *integer == *count), "a count is an integer");
        const std::optional<double> number = fields.number(key);
        check(!number || std::isfinite(*number), "a number is finite");
        [[maybe_unused]] const std::optional<bool> flag = fields.boolean(key);
        [[maybe_unused]] const std::optional<QStringList> list = fields.textList(key);
        const QDateTime seconds = fields.unixSeconds(key);
        check(!seconds.isValid() || seconds.timeSpec() == Qt::UTC, "unix seconds are UTC");
        const QDateTime iso = fields.isoTime(key);
        check(!iso.isValid() || iso.timeSpec() == Qt::UTC, "ISO times become UTC");
        for (qsizetype i = warningsBefore; i < warnings.size(); ++i)
            check(!warnings.at(i).isEmpty(), "a warning says something");
        if (depth >= kMaxFieldDepth)
            continue;
        if (const std::optional<QJsonObject> child = fields.childObject(key)) {
            check(it.value().isObject(), "only objects are child objects");
            readEveryField(*child, fields.pathOf(key), depth + 1);
        } else if (it.value().isArray()) {
            const QJsonArray array = it.value().toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                if (array.at(i).isObject())
                    readEveryField(array.at(i).toObject(), fields.pathOf(key), depth + 1);
            }
        }
    }
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

int wireJson(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const WireJson::Body read = WireJson::readBody(body);
    check((read.shape == WireJson::Body::Shape::Object) == read.problem.isEmpty(),
          "a problem is named exactly when the body is not an object");
    check(read.shape == WireJson::Body::Shape::Object || read.object.isEmpty(),
          "only an object body has members");

    const QByteArray excerpt = WireJson::excerpt(body);
    check(excerpt.size() <= 200, "an excerpt is short");
    check(body.startsWith(excerpt), "an excerpt is the body's start");
    check(!isValidUtf8(body) || isValidUtf8(excerpt), "an excerpt keeps UTF-8 whole");

    if (read.shape == WireJson::Body::Shape::Object)
        readEveryField(read.object, QStringLiteral("body"), 0);
    return 0;
}

} // namespace Fuzz
