#include "ParserTestSupport.h"

#include "network/parsers/DingTalkErrorParser.h"

using namespace ParserTest;

// parseDingTalkError: every error class in both spellings, request ids from body or headers,
// and the IP-ban shapes (HTML or a JSON blob without a code).
class TestDingTalkErrorParser : public QObject
{
    Q_OBJECT

private slots:
    void classification_data();
    void classification();
    void spellings_data();
    void spellings();
    void requestId_data();
    void requestId();
    void permissionHintNamesScope();
    void ipBanShapes_data();
    void ipBanShapes();
};

void TestDingTalkErrorParser::classification_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("expectedCategory");
    QTest::addColumn<int>("retryAfterMs");
    QTest::addColumn<QString>("hintContains");

    const auto row = [](const char *code, int status, ApiError::Category c, int retry,
                        const char *hint) {
        QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(code)).arg(status)))
            << status << QString::fromLatin1(code) << category(c) << retry
            << QString::fromUtf8(hint);
    };
    using C = ApiError::Category;
    row("InvalidAuthentication", 400, C::TokenRejected, -1, "app ID and app secret");
    row("InvalidAuthentication", 401, C::TokenRejected, -1, "app ID and app secret");
    row("Forbidden.AccessDenied.QpsLimitForAppkeyAndApi", 403, C::RateLimited, 1000,
        "retried automatically in 1 s");
    row("Forbidden.AccessDenied.QpsLimitForApi", 403, C::RateLimited, 1000,
        "retried automatically in 1 s");
    row("Forbidden.AccessDenied.ApiCountLimitForOrg", 403, C::QuotaExhausted, -1,
        "monthly API call quota");
    row("Forbidden.AccessDenied.IpNotInWhiteList", 403, C::IpNotAllowed, -1, "IP allow list");
    row("Forbidden.AccessDenied.IP", 403, C::IpNotAllowed, -1, "IP allow list");
    row("Forbidden.AccessDenied.AccessTokenPermissionDenied", 403, C::PermissionDenied, -1,
        "lacks a permission");
    row("Forbidden.AccessDenied", 403, C::PermissionDenied, -1, "lacks a permission");
    row("taskNotExist", 404, C::NotFound, -1, "Check the task ID");
    row("resourceNotFound", 404, C::NotFound, -1, "Check the task ID");
    row("systemError", 500, C::ServerError, -1, "retried automatically");
    row("unknownError", 500, C::ServerError, -1, "retried automatically");
    row("operationTimeout", 503, C::ServerError, -1, "retried automatically");
    row("gatewayTrouble", 502, C::ServerError, -1, "retried automatically");
    row("invalidClientIdOrSecret", 400, C::AuthFailed, -1, "app ID and app secret");
    row("paramError", 400, C::Rejected, -1, "refused the request");
    row("paramError.taskId", 400, C::Rejected, -1, "refused the request");
    row("throttled", 429, C::RateLimited, 1000, "retried automatically");
}

void TestDingTalkErrorParser::classification()
{
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, expectedCategory);
    QFETCH(int, retryAfterMs);
    QFETCH(QString, hintContains);
    const QByteArray body = R"({"requestid":"E7D0A3F1-0000-4C59-9F29-2B8E5A1C0F00","code":")" +
                            code.toUtf8() + R"(","message":"platform says no"})";
    const ApiError error = parseDingTalkError(response(status, body));
    QCOMPARE(category(error.category), expectedCategory);
    QCOMPARE(error.code, code);
    QCOMPARE(error.message, QStringLiteral("platform says no"));
    QCOMPARE(error.requestId, QStringLiteral("E7D0A3F1-0000-4C59-9F29-2B8E5A1C0F00"));
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.retryAfterMs, retryAfterMs);
    QVERIFY2(error.hint.contains(hintContains), qPrintable(error.hint));
}

void TestDingTalkErrorParser::spellings_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expectedCode");
    QTest::addColumn<QString>("expectedMessage");
    QTest::addColumn<QString>("expectedRequestId");

    QTest::newRow("lower")
        << QByteArray(R"({"code":"InvalidAuthentication","message":"不合法的access_token",)"
                      R"("requestid":"r-lower"})")
        << "InvalidAuthentication"
        << "不合法的access_token"
        << "r-lower";
    QTest::newRow("Pascal") << QByteArray(
                                   R"({"Code":"InvalidAuthentication","Message":"token expired",)"
                                   R"("RequestId":"r-pascal"})")
                            << "InvalidAuthentication"
                            << "token expired"
                            << "r-pascal";
    QTest::newRow("camel request id")
        << QByteArray(R"({"code":"InvalidAuthentication","message":"m","requestId":"r-camel"})")
        << "InvalidAuthentication"
        << "m"
        << "r-camel";
    QTest::newRow("no message")
        << QByteArray(R"({"code":"InvalidAuthentication","requestid":"r"})")
        << "InvalidAuthentication"
        << "The platform answered with code InvalidAuthentication and no message"
        << "r";
}

void TestDingTalkErrorParser::spellings()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expectedCode);
    QFETCH(QString, expectedMessage);
    QFETCH(QString, expectedRequestId);
    const ApiError error = parseDingTalkError(response(401, body));
    QCOMPARE(category(error.category), category(ApiError::Category::TokenRejected));
    QCOMPARE(error.code, expectedCode);
    QCOMPARE(error.message, expectedMessage);
    QCOMPARE(error.requestId, expectedRequestId);
}

void TestDingTalkErrorParser::requestId_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ParserTest::Headers>("headers");
    QTest::addColumn<QString>("expected");

    const QByteArray noId = R"({"code":"systemError","message":"m"})";
    QTest::newRow("body wins") << QByteArray(R"({"code":"systemError","requestid":"B"})")
                               << Headers{{"x-acs-request-id", "H"}} << "B";
    QTest::newRow("x-acs-request-id") << noId << Headers{{"x-acs-request-id", "H"}} << "H";
    QTest::newRow("header any case") << noId << Headers{{"X-Acs-Request-Id", "H2"}} << "H2";
    QTest::newRow("trace id last") << noId << Headers{{"x-acs-trace-id", "T"}} << "T";
    QTest::newRow("request id before trace id")
        << noId << Headers{{"x-acs-trace-id", "T"}, {"x-acs-request-id", "H"}} << "H";
    QTest::newRow("none") << noId << Headers{} << "";
}

void TestDingTalkErrorParser::requestId()
{
    QFETCH(QByteArray, body);
    QFETCH(ParserTest::Headers, headers);
    QFETCH(QString, expected);
    QCOMPARE(parseDingTalkError(response(500, body, headers)).requestId, expected);
}

void TestDingTalkErrorParser::permissionHintNamesScope()
{
    const ApiError detail = parseDingTalkError(response(
        403, R"({"requestid":"r","code":"Forbidden.AccessDenied.AccessTokenPermissionDenied",)"
             R"("message":"没有调用该接口的权限","accessdenieddetail":{"requiredScopes":)"
             R"(["Storage.Task.Read"]}})"));
    QCOMPARE(category(detail.category), category(ApiError::Category::PermissionDenied));
    QVERIFY2(detail.hint.contains(QStringLiteral("lacks the permission Storage.Task.Read")),
             qPrintable(detail.hint));

    const ApiError inMessage = parseDingTalkError(
        response(403, R"({"code":"Forbidden.AccessDenied.AccessTokenPermissionDenied",)"
                      R"("message":"requiredScopes:[qyapi_get_member]"})"));
    QVERIFY2(inMessage.hint.contains(QStringLiteral("lacks the permission qyapi_get_member")),
             qPrintable(inMessage.hint));
}

void TestDingTalkErrorParser::ipBanShapes_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expectedCategory");
    QTest::addColumn<QString>("messageStart");
    QTest::addColumn<QString>("hintContains");

    QTest::newRow("403 HTML page")
        << 403 << fixture(QStringLiteral("html-403-forbidden.html"))
        << category(ApiError::Category::InvalidResponse)
        << "The platform answered with an HTML page (“403 Forbidden”) instead of JSON"
        << "blocks the caller's IP address";
    QTest::newRow("403 JSON blob without code")
        << 403 << QByteArray(R"({"status":403,"reason":"denied"})")
        << category(ApiError::Category::InvalidResponse)
        << "The platform answered with an error status but no error code"
        << "blocks the caller's IP address";
    QTest::newRow("403 empty") << 403 << QByteArray()
                               << category(ApiError::Category::InvalidResponse)
                               << "The platform answered with an empty body"
                               << "blocks the caller's IP address";
    QTest::newRow("502 HTML") << 502 << fixture(QStringLiteral("html-502-nginx.html"))
                              << category(ApiError::Category::ServerError)
                              << "The platform answered with an HTML page (“502 Bad Gateway”) "
                                 "instead of JSON"
                              << "retried automatically";
    QTest::newRow("404 blob") << 404 << QByteArray(R"({"message":"no route"})")
                              << category(ApiError::Category::NotFound) << "no route"
                              << "Check the task ID";
    QTest::newRow("429 blob") << 429 << QByteArray("{}")
                              << category(ApiError::Category::RateLimited)
                              << "The platform answered with an error status but no error code"
                              << "retried automatically in 1 s";
    QTest::newRow("400 HTML") << 400 << QByteArray("<!doctype html><title>Bad</title>")
                              << category(ApiError::Category::InvalidResponse)
                              << "The platform answered with an HTML page (“Bad”) instead of "
                                 "JSON"
                              << "could not be understood";
}

void TestDingTalkErrorParser::ipBanShapes()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, expectedCategory);
    QFETCH(QString, messageStart);
    QFETCH(QString, hintContains);
    const ApiError error =
        parseDingTalkError(response(status, body, {{"x-acs-trace-id", "trace-1"}}));
    QCOMPARE(category(error.category), expectedCategory);
    QCOMPARE(error.message, messageStart);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.requestId, QStringLiteral("trace-1"));
    QCOMPARE(error.bodyExcerpt, body.left(200));
    QVERIFY2(error.hint.contains(hintContains), qPrintable(error.hint));
}

QTEST_APPLESS_MAIN(TestDingTalkErrorParser)
#include "tst_dingtalkerrorparser.moc"
