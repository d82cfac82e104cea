#include "ParserTestSupport.h"

#include "network/parsers/DingTalkAccessTokenParser.h"
#include "network/parsers/FeishuTenantTokenParser.h"

using namespace ParserTest;

// The two token endpoints: a granted token, refused credentials, and answers that carry no
// usable token. A token never shows up in an error.
class TestTokenParsers : public QObject
{
    Q_OBJECT

private slots:
    void feishuGranted();
    void feishuFailures_data();
    void feishuFailures();
    void dingTalkGranted();
    void dingTalkFailures_data();
    void dingTalkFailures();
    void tokensAreMaskedInExcerpts();
};

void TestTokenParsers::feishuGranted()
{
    const Result<AccessToken> result = parseFeishuTenantToken(response(
        200, R"({"code":0,"msg":"ok","tenant_access_token":"t-g1044ghJRUIJJ5ELBKIAP6EPYH7F",)"
             R"("expire":7200})"));
    QVERIFY(result.ok());
    QCOMPARE(result->token, QStringLiteral("t-g1044ghJRUIJJ5ELBKIAP6EPYH7F"));
    QCOMPARE(result->expiresInSeconds, 7200);

    const Result<AccessToken> textExpiry = parseFeishuTenantToken(
        response(200, R"({"code":0,"tenant_access_token":"t-x","expire":"1800"})"));
    QVERIFY(textExpiry.ok());
    QCOMPARE(textExpiry->expiresInSeconds, 1800);
}

void TestTokenParsers::feishuFailures_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expectedCategory");
    QTest::addColumn<QString>("expectedCode");
    QTest::addColumn<QString>("messageContains");

    QTest::newRow("app secret invalid")
        << 400 << QByteArray(R"({"code":10014,"msg":"app secret invalid"})")
        << category(ApiError::Category::AuthFailed) << "10014"
        << "app secret invalid";
    QTest::newRow("invalid param") << 400 << QByteArray(R"({"code":10003,"msg":"invalid param"})")
                                   << category(ApiError::Category::AuthFailed) << "10003"
                                   << "invalid param";
    QTest::newRow("code with HTTP 200")
        << 200 << QByteArray(R"({"code":10014,"msg":"app secret invalid"})")
        << category(ApiError::Category::AuthFailed) << "10014"
        << "app secret invalid";
    QTest::newRow("rate limited stays rate limited")
        << 429 << QByteArray(R"({"code":99991400,"msg":"too many requests"})")
        << category(ApiError::Category::RateLimited) << "99991400"
        << "too many requests";
    QTest::newRow("gateway page") << 502 << fixture(QStringLiteral("html-502-nginx.html"))
                                  << category(ApiError::Category::ServerError) << ""
                                  << "HTML page";
    QTest::newRow("no token") << 200 << QByteArray(R"({"code":0,"msg":"ok","expire":7200})")
                              << category(ApiError::Category::InvalidResponse) << ""
                              << "tenant_access_token";
    QTest::newRow("empty token") << 200
                                 << QByteArray(
                                        R"({"code":0,"tenant_access_token":"","expire":7200})")
                                 << category(ApiError::Category::InvalidResponse) << ""
                                 << "tenant_access_token";
    QTest::newRow("no expiry") << 200
                               << QByteArray(
                                      R"({"code":0,"msg":"ok","tenant_access_token":"t-SECRET"})")
                               << category(ApiError::Category::InvalidResponse) << ""
                               << "expire";
    QTest::newRow("zero expiry") << 200
                                 << QByteArray(
                                        R"({"code":0,"tenant_access_token":"t-SECRET","expire":0})")
                                 << category(ApiError::Category::InvalidResponse) << ""
                                 << "expire";
    QTest::newRow("truncated with token")
        << 200 << QByteArray(R"({"code":0,"tenant_access_token":"t-SECRET-TOKEN-VAL)")
        << category(ApiError::Category::InvalidResponse) << ""
        << "not valid JSON";
}

void TestTokenParsers::feishuFailures()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, expectedCategory);
    QFETCH(QString, expectedCode);
    QFETCH(QString, messageContains);
    const Result<AccessToken> result =
        parseFeishuTenantToken(response(status, body, {{"X-Tt-Logid", "LOG-T"}}));
    QVERIFY(!result.ok());
    const ApiError &error = result.error();
    QCOMPARE(category(error.category), expectedCategory);
    QCOMPARE(error.code, expectedCode);
    QVERIFY2(error.message.contains(messageContains), qPrintable(error.message));
    QCOMPARE(error.requestId, QStringLiteral("LOG-T"));
    QCOMPARE(error.httpStatus, status);
    QVERIFY(!error.bodyExcerpt.contains("SECRET"));
    if (error.category == ApiError::Category::AuthFailed)
        QVERIFY2(error.hint.contains(QStringLiteral("app ID and app secret")),
                 qPrintable(error.hint));
}

void TestTokenParsers::dingTalkGranted()
{
    const Result<AccessToken> result = parseDingTalkAccessToken(
        response(200, R"({"expireIn":7200,"accessToken":"fw8ef8we8f76e6f7s8dxxxx"})"));
    QVERIFY(result.ok());
    QCOMPARE(result->token, QStringLiteral("fw8ef8we8f76e6f7s8dxxxx"));
    QCOMPARE(result->expiresInSeconds, 7200);
}

void TestTokenParsers::dingTalkFailures_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expectedCategory");
    QTest::addColumn<QString>("expectedCode");
    QTest::addColumn<QString>("expectedRequestId");

    QTest::newRow("invalid client id or secret")
        << 400
        << QByteArray(R"({"code":"invalidClientIdOrSecret","requestid":"A1",)"
                      R"("message":"无效的clientId或者clientSecret"})")
        << category(ApiError::Category::AuthFailed) << "invalidClientIdOrSecret"
        << "A1";
    QTest::newRow("other token failure")
        << 400
        << QByteArray(
               R"({"Code":"MissingappKey","RequestId":"A2","Message":"appKey is mandatory"})")
        << category(ApiError::Category::AuthFailed) << "MissingappKey"
        << "A2";
    QTest::newRow("QPS limit stays a rate limit")
        << 403
        << QByteArray(R"({"code":"Forbidden.AccessDenied.QpsLimitForAppkeyAndApi",)"
                      R"("requestid":"A3","message":"qps"})")
        << category(ApiError::Category::RateLimited)
        << "Forbidden.AccessDenied.QpsLimitForAppkeyAndApi"
        << "A3";
    QTest::newRow("system error")
        << 500 << QByteArray(R"({"code":"systemError","requestid":"A4","message":"busy"})")
        << category(ApiError::Category::ServerError) << "systemError"
        << "A4";
    QTest::newRow("no token") << 200 << QByteArray(R"({"expireIn":7200})")
                              << category(ApiError::Category::InvalidResponse) << ""
                              << "H1";
    QTest::newRow("no expiry") << 200 << QByteArray(R"({"accessToken":"SECRET"})")
                               << category(ApiError::Category::InvalidResponse) << ""
                               << "H1";
    QTest::newRow("expiry unusable")
        << 200 << QByteArray(R"({"accessToken":"SECRET","expireIn":"soon"})")
        << category(ApiError::Category::InvalidResponse) << ""
        << "H1";
}

void TestTokenParsers::dingTalkFailures()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, expectedCategory);
    QFETCH(QString, expectedCode);
    QFETCH(QString, expectedRequestId);
    const Result<AccessToken> result =
        parseDingTalkAccessToken(response(status, body, {{"x-acs-request-id", "H1"}}));
    QVERIFY(!result.ok());
    const ApiError &error = result.error();
    QCOMPARE(category(error.category), expectedCategory);
    QCOMPARE(error.code, expectedCode);
    QCOMPARE(error.requestId, expectedRequestId);
    QVERIFY(!error.bodyExcerpt.contains("SECRET"));
    QVERIFY(!error.message.isEmpty());
    QVERIFY(!error.hint.isEmpty());
}

void TestTokenParsers::tokensAreMaskedInExcerpts()
{
    // Masked in place: same length, every other byte as received.
    const Result<AccessToken> feishu = parseFeishuTenantToken(
        response(200, R"({"code":0,"tenant_access_token" : "t-1","expire":0})"));
    QVERIFY(!feishu.ok());
    QCOMPARE(feishu.error().bodyExcerpt,
             QByteArray(R"({"code":0,"tenant_access_token" : "***","expire":0})"));

    const Result<AccessToken> dingTalk =
        parseDingTalkAccessToken(response(200, R"({"accessToken":"abcdef","expireIn":null})"));
    QVERIFY(!dingTalk.ok());
    QCOMPARE(dingTalk.error().bodyExcerpt,
             QByteArray(R"({"accessToken":"******","expireIn":null})"));

    // Cut short in the middle of the token: the rest of the excerpt is masked.
    const QByteArray longBody =
        R"({"code":0,"tenant_access_token":")" + QByteArray(300, 'Q') + R"(","expire":7200)";
    const Result<AccessToken> truncated = parseFeishuTenantToken(response(200, longBody));
    QVERIFY(!truncated.ok());
    QCOMPARE(truncated.error().bodyExcerpt.size(), 200);
    QVERIFY(!truncated.error().bodyExcerpt.contains('Q'));
    QVERIFY(truncated.error().bodyExcerpt.endsWith(QByteArray(50, '*')));
}

QTEST_APPLESS_MAIN(TestTokenParsers)
#include "tst_tokenparsers.moc"
