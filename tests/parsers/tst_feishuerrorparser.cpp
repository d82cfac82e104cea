#include "ParserTestSupport.h"

#include "network/parsers/FeishuErrorParser.h"

using namespace ParserTest;

// parseFeishuError: every error class, the request id from header or body, the rate-limit
// reset, and a hint in words for each.
class TestFeishuErrorParser : public QObject
{
    Q_OBJECT

private slots:
    void classification_data();
    void classification();
    void requestId_data();
    void requestId();
    void retryAfter_data();
    void retryAfter();
    void permissionHintNamesScope_data();
    void permissionHintNamesScope();
    void hints_data();
    void hints();
    void unreadableBodies_data();
    void unreadableBodies();
};

void TestFeishuErrorParser::classification_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<QString>("expectedCategory");

    const QString token = category(ApiError::Category::TokenRejected);
    QTest::newRow("99991661") << 400 << QByteArray("99991661") << token;
    QTest::newRow("99991663") << 400 << QByteArray("99991663") << token;
    QTest::newRow("99991664") << 401 << QByteArray("99991664") << token;
    QTest::newRow("99991665") << 400 << QByteArray("99991665") << token;
    QTest::newRow("99991671") << 400 << QByteArray("99991671") << token;
    QTest::newRow("99991663 as text") << 400 << QByteArray(R"("99991663")") << token;
    QTest::newRow("99991672") << 400 << QByteArray("99991672")
                              << category(ApiError::Category::PermissionDenied);
    QTest::newRow("99991676") << 403 << QByteArray("99991676")
                              << category(ApiError::Category::PermissionDenied);
    QTest::newRow("99991403") << 403 << QByteArray("99991403")
                              << category(ApiError::Category::QuotaExhausted);
    QTest::newRow("99991401") << 400 << QByteArray("99991401")
                              << category(ApiError::Category::IpNotAllowed);
    QTest::newRow("99991400 on 429")
        << 429 << QByteArray("99991400") << category(ApiError::Category::RateLimited);
    QTest::newRow("99991400 on legacy 400")
        << 400 << QByteArray("99991400") << category(ApiError::Category::RateLimited);
    QTest::newRow("other code on 429")
        << 429 << QByteArray("1234") << category(ApiError::Category::RateLimited);
    QTest::newRow("1061003") << 404 << QByteArray("1061003")
                             << category(ApiError::Category::NotFound);
    QTest::newRow("other code on 404")
        << 404 << QByteArray("230001") << category(ApiError::Category::NotFound);
    QTest::newRow("1061001") << 500 << QByteArray("1061001")
                             << category(ApiError::Category::ServerError);
    QTest::newRow("1061001 on 200")
        << 200 << QByteArray("1061001") << category(ApiError::Category::ServerError);
    QTest::newRow("other code on 503")
        << 503 << QByteArray("99991000") << category(ApiError::Category::ServerError);
    QTest::newRow("1061002") << 400 << QByteArray("1061002")
                             << category(ApiError::Category::Rejected);
    QTest::newRow("other code on 200")
        << 200 << QByteArray("40001") << category(ApiError::Category::Rejected);
    QTest::newRow("word code") << 400 << QByteArray(R"("bad")")
                               << category(ApiError::Category::Rejected);
}

void TestFeishuErrorParser::classification()
{
    QFETCH(int, status);
    QFETCH(QByteArray, code);
    QFETCH(QString, expectedCategory);
    const ApiError error = parseFeishuError(
        response(status, R"({"code":)" + code + R"(,"msg":"platform says no","error":{}})"));
    QCOMPARE(category(error.category), expectedCategory);
    QCOMPARE(error.code, QString::fromLatin1(code).remove(QLatin1Char('"')));
    QCOMPARE(error.message, QStringLiteral("platform says no"));
    QCOMPARE(error.httpStatus, status);
    QVERIFY(!error.hint.isEmpty());
    QVERIFY(error.bodyExcerpt.isEmpty()); // a well-formed error needs no excerpt
}

void TestFeishuErrorParser::requestId_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ParserTest::Headers>("headers");
    QTest::addColumn<QString>("expected");

    const QByteArray withLogId =
        R"({"code":99991663,"msg":"x","error":{"log_id":"20240607172100A1B2C3D4E5F6"}})";
    QTest::newRow("header") << QByteArray(R"({"code":99991663,"msg":"x"})")
                            << Headers{{"X-Tt-Logid", "202406071721LOGID"}} << "202406071721LOGID";
    QTest::newRow("header wins over log_id")
        << withLogId << Headers{{"X-Tt-Logid", "202406071721LOGID"}} << "202406071721LOGID";
    QTest::newRow("header name in lower case")
        << withLogId << Headers{{"x-tt-logid", "lower"}} << "lower";
    QTest::newRow("log_id when no header")
        << withLogId << Headers{} << "20240607172100A1B2C3D4E5F6";
    QTest::newRow("none") << QByteArray(R"({"code":99991663,"msg":"x"})") << Headers{} << "";
    QTest::newRow("error not an object")
        << QByteArray(R"({"code":99991663,"msg":"x","error":"oops"})") << Headers{} << "";
}

void TestFeishuErrorParser::requestId()
{
    QFETCH(QByteArray, body);
    QFETCH(ParserTest::Headers, headers);
    QFETCH(QString, expected);
    QCOMPARE(parseFeishuError(response(400, body, headers)).requestId, expected);
}

void TestFeishuErrorParser::retryAfter_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<ParserTest::Headers>("headers");
    QTest::addColumn<int>("expectedMs");

    QTest::newRow("reset 3 s") << 429
                               << Headers{{"x-ogw-ratelimit-limit", "50"},
                                          {"x-ogw-ratelimit-reset", "3"}}
                               << 3000;
    QTest::newRow("reset header any case")
        << 429 << Headers{{"X-Ogw-Ratelimit-Reset", "12"}} << 12000;
    QTest::newRow("reset 0") << 429 << Headers{{"x-ogw-ratelimit-reset", "0"}} << 0;
    QTest::newRow("fractional reset") << 429 << Headers{{"x-ogw-ratelimit-reset", "0.25"}} << 250;
    QTest::newRow("no header") << 429 << Headers{} << -1;
    QTest::newRow("garbage header") << 429 << Headers{{"x-ogw-ratelimit-reset", "soon"}} << -1;
    QTest::newRow("negative header") << 429 << Headers{{"x-ogw-ratelimit-reset", "-5"}} << -1;
    QTest::newRow("Retry-After fallback") << 429 << Headers{{"Retry-After", "7"}} << 7000;
    QTest::newRow("legacy 400 with reset")
        << 400 << Headers{{"x-ogw-ratelimit-reset", "2"}} << 2000;
}

void TestFeishuErrorParser::retryAfter()
{
    QFETCH(int, status);
    QFETCH(ParserTest::Headers, headers);
    QFETCH(int, expectedMs);
    const ApiError error = parseFeishuError(
        response(status, R"({"code":99991400,"msg":"request trigger frequency limit"})", headers));
    QCOMPARE(category(error.category), category(ApiError::Category::RateLimited));
    QCOMPARE(error.retryAfterMs, expectedMs);
    QVERIFY2(error.hint.contains(QStringLiteral("retried automatically")), qPrintable(error.hint));
    if (expectedMs > 0)
        QVERIFY2(error.hint.contains(QStringLiteral("in %1 s").arg((expectedMs + 999) / 1000)),
                 qPrintable(error.hint));
}

void TestFeishuErrorParser::permissionHintNamesScope_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("scope");

    QTest::newRow("scope in msg")
        << QByteArray(R"({"code":99991672,"msg":"Access denied. One of the following scopes is )"
                      R"(required: [contact:contact, contact:contact:readonly_as_app].应用尚未开通)"
                      R"(所需的应用身份权限：[contact:contact]"})")
        << "contact:contact, contact:contact:readonly_as_app";
    QTest::newRow("permission_violations")
        << QByteArray(R"({"code":99991676,"msg":"Access denied.","error":{"log_id":"L",)"
                      R"("permission_violations":[{"type":"action_scope_required",)"
                      R"("subject":"drive:drive"},{"type":"action_scope_required",)"
                      R"("subject":"drive:drive:readonly"}]}})")
        << "drive:drive, drive:drive:readonly";
    QTest::newRow("no scope named")
        << QByteArray(R"({"code":99991672,"msg":"Access denied."})") << "";
}

void TestFeishuErrorParser::permissionHintNamesScope()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, scope);
    const ApiError error = parseFeishuError(response(400, body));
    QCOMPARE(category(error.category), category(ApiError::Category::PermissionDenied));
    if (scope.isEmpty())
        QVERIFY2(error.hint.contains(QStringLiteral("lacks a permission")), qPrintable(error.hint));
    else
        QVERIFY2(error.hint.contains(QStringLiteral("lacks the permission ") + scope),
                 qPrintable(error.hint));
}

void TestFeishuErrorParser::hints_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<QString>("hintContains");

    QTest::newRow("token") << 400 << QByteArray("99991663") << "app ID and app secret";
    QTest::newRow("quota") << 403 << QByteArray("99991403") << "monthly API call quota";
    QTest::newRow("ip") << 400 << QByteArray("99991401") << "IP allow list";
    QTest::newRow("not found") << 404 << QByteArray("1061003") << "Check the task ID";
    QTest::newRow("server") << 500 << QByteArray("1061001") << "retried automatically";
    QTest::newRow("rejected") << 400 << QByteArray("1061002") << "refused the request";
}

void TestFeishuErrorParser::hints()
{
    QFETCH(int, status);
    QFETCH(QByteArray, code);
    QFETCH(QString, hintContains);
    const ApiError error =
        parseFeishuError(response(status, R"({"code":)" + code + R"(,"msg":"m"})"));
    QVERIFY2(error.hint.contains(hintContains), qPrintable(error.hint));
}

void TestFeishuErrorParser::unreadableBodies_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expectedCategory");
    QTest::addColumn<QString>("expectedMessage");

    QTest::newRow("empty 200") << 200 << QByteArray()
                               << category(ApiError::Category::InvalidResponse)
                               << "The platform answered with an empty body";
    QTest::newRow("nginx 502") << 502 << fixture(QStringLiteral("html-502-nginx.html"))
                               << category(ApiError::Category::ServerError)
                               << "The platform answered with an HTML page (“502 Bad Gateway”) "
                                  "instead of JSON";
    QTest::newRow("403 page") << 403 << fixture(QStringLiteral("html-403-forbidden.html"))
                              << category(ApiError::Category::InvalidResponse)
                              << "The platform answered with an HTML page (“403 Forbidden”) "
                                 "instead of JSON";
    QTest::newRow("html without title") << 403 << QByteArray("<html><body>no</body></html>")
                                        << category(ApiError::Category::InvalidResponse)
                                        << "The platform answered with an HTML page instead of "
                                           "JSON";
    QTest::newRow("429 text") << 429 << QByteArray("Too Many Requests")
                              << category(ApiError::Category::RateLimited)
                              << "The answer is not valid JSON: illegal value at byte 1";
    QTest::newRow("array") << 200 << QByteArray("[]")
                           << category(ApiError::Category::InvalidResponse)
                           << "The answer is JSON but not an object: it is an array";
    QTest::newRow("JSON without code on 400")
        << 400 << QByteArray(R"({"error":"bad request"})")
        << category(ApiError::Category::InvalidResponse)
        << "The platform answered with an error status but no error code";
    QTest::newRow("JSON without code on 503")
        << 503 << QByteArray(R"({"msg":"overloaded"})") << category(ApiError::Category::ServerError)
        << "overloaded";
}

void TestFeishuErrorParser::unreadableBodies()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, expectedCategory);
    QFETCH(QString, expectedMessage);
    const ApiError error = parseFeishuError(response(status, body, {{"X-Tt-Logid", "L9"}}));
    QCOMPARE(category(error.category), expectedCategory);
    QCOMPARE(error.message, expectedMessage);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.requestId, QStringLiteral("L9"));
    QCOMPARE(error.code, QString());
    QCOMPARE(error.bodyExcerpt, body.left(200));
    QVERIFY(!error.hint.isEmpty());
}

QTEST_APPLESS_MAIN(TestFeishuErrorParser)
#include "tst_feishuerrorparser.moc"
