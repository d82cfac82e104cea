#include "ParserTestSupport.h"

#include "network/parsers/DingTalkAccessTokenParser.h"
#include "network/parsers/DingTalkDocTaskParser.h"
#include "network/parsers/DingTalkErrorParser.h"
#include "network/parsers/DingTalkStorageTaskParser.h"
#include "network/parsers/FeishuContactTaskParser.h"
#include "network/parsers/FeishuDriveTaskCheckParser.h"
#include "network/parsers/FeishuErrorParser.h"
#include "network/parsers/FeishuReportPageParser.h"
#include "network/parsers/FeishuTenantTokenParser.h"

#include <QRandomGenerator>

using namespace ParserTest;

namespace {

const QStringList kParsers = {
    QStringLiteral("feishu-contact"), QStringLiteral("feishu-drive"),
    QStringLiteral("feishu-report"),  QStringLiteral("feishu-token"),
    QStringLiteral("feishu-error"),   QStringLiteral("dingtalk-storage"),
    QStringLiteral("dingtalk-doc"),   QStringLiteral("dingtalk-token"),
    QStringLiteral("dingtalk-error"),
};

template <typename T> std::optional<ApiError> errorOf(const Result<T> &result)
{
    if (result.ok())
        return std::nullopt;
    return result.error();
}

// Runs one parser; nullopt when it produced a value instead of an error.
std::optional<ApiError> run(const QString &parser, const HttpResponse &r)
{
    if (parser == QLatin1String("feishu-contact"))
        return errorOf(parseFeishuContactTask(r));
    if (parser == QLatin1String("feishu-drive"))
        return errorOf(parseFeishuDriveTaskCheck(r, QStringLiteral("t")));
    if (parser == QLatin1String("feishu-report"))
        return errorOf(parseFeishuReportPage(r));
    if (parser == QLatin1String("feishu-token"))
        return errorOf(parseFeishuTenantToken(r));
    if (parser == QLatin1String("feishu-error"))
        return parseFeishuError(r);
    if (parser == QLatin1String("dingtalk-storage"))
        return errorOf(parseDingTalkStorageTask(r));
    if (parser == QLatin1String("dingtalk-doc"))
        return errorOf(parseDingTalkDocTask(r));
    if (parser == QLatin1String("dingtalk-token"))
        return errorOf(parseDingTalkAccessToken(r));
    return parseDingTalkError(r);
}

QByteArray garbage(qsizetype size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char(generator.bounded(256));
    bytes[0] = '\x01'; // never a JSON start by chance
    return bytes;
}

} // namespace

// Every parser against bodies no platform should send: each must give an ApiError with the
// HTTP status, the first bytes and words for people, never a crash or a 0 %.
class TestMalformedBodies : public QObject
{
    Q_OBJECT

private slots:
    void unreadable_data();
    void unreadable();
};

void TestMalformedBodies::unreadable_data()
{
    QTest::addColumn<QString>("parser");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expectedCategory");
    QTest::addColumn<QString>("messageStart");

    const QByteArray contact = fixture(QStringLiteral("feishu-contact-add-user.json"));
    QByteArray deep(100000, '[');
    QByteArray nestedObjects;
    for (int i = 0; i < 5000; ++i)
        nestedObjects += R"({"a":)";

    struct Case
    {
        const char *name;
        int status;
        QByteArray body;
        ApiError::Category category;
        const char *message;
    };
    using C = ApiError::Category;
    const QList<Case> cases = {
        {"empty", 200, QByteArray(), C::InvalidResponse,
         "The platform answered with an empty body"},
        {"whitespace", 200, QByteArray(" \r\n\t "), C::InvalidResponse,
         "The platform answered with an empty body"},
        {"nginx 502", 502, fixture(QStringLiteral("html-502-nginx.html")), C::ServerError,
         "The platform answered with an HTML page"},
        {"html 403", 403, fixture(QStringLiteral("html-403-forbidden.html")), C::InvalidResponse,
         "The platform answered with an HTML page"},
        {"html 200", 200, QByteArray("<html><body>maintenance</body></html>"), C::InvalidResponse,
         "The platform answered with an HTML page"},
        {"truncated", 200, contact.left(contact.size() / 2), C::InvalidResponse,
         "The answer is not valid JSON: "},
        {"truncated 504", 504, contact.left(40), C::ServerError, "The answer is not valid JSON: "},
        {"array", 200, QByteArray(R"([{"code":0}])"), C::InvalidResponse,
         "The answer is JSON but not an object: it is an array"},
        {"string", 200, QByteArray(R"("ok")"), C::InvalidResponse,
         "The answer is JSON but not an object: it is a string"},
        {"number", 200, QByteArray("42"), C::InvalidResponse,
         "The answer is JSON but not an object: it is a number"},
        {"large number", 200, QByteArray("7360595374803812356"), C::InvalidResponse,
         "The answer is JSON but not an object: it is a string"},
        {"null", 200, QByteArray("null"), C::InvalidResponse,
         "The answer is JSON but not an object: it is null"},
        {"two objects", 200, QByteArray("{} {}"), C::InvalidResponse,
         "The answer is not valid JSON: garbage at the end of the document"},
        {"invalid UTF-8", 200, QByteArray("{\"code\":0,\"msg\":\"\xff\xfe\"}"), C::InvalidResponse,
         "The answer is not valid JSON: invalid UTF8 string"},
        {"deep arrays", 200, deep, C::InvalidResponse, "The answer is not valid JSON: "},
        {"deep objects", 200, nestedObjects, C::InvalidResponse, "The answer is not valid JSON: "},
        {"5 MB garbage", 200, garbage(5 * 1024 * 1024, 42), C::InvalidResponse,
         "The answer is not valid JSON: "},
        {"5 MB garbage 429", 429, garbage(5 * 1024 * 1024, 7), C::RateLimited,
         "The answer is not valid JSON: "},
    };
    for (const QString &parser : kParsers) {
        for (const Case &c : cases) {
            QTest::addRow("%s: %s", qPrintable(parser), c.name)
                << parser << c.status << c.body << category(c.category)
                << QString::fromUtf8(c.message);
        }
    }
}

void TestMalformedBodies::unreadable()
{
    QFETCH(QString, parser);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, expectedCategory);
    QFETCH(QString, messageStart);

    const std::optional<ApiError> error = run(parser, response(status, body));
    QVERIFY(error.has_value());
    QCOMPARE(category(error->category), expectedCategory);
    QVERIFY2(error->message.startsWith(messageStart), qPrintable(error->message));
    // The status is a field of its own; summary() shows it once.
    QVERIFY2(!error->message.contains(QStringLiteral("HTTP")), qPrintable(error->message));
    QVERIFY2(error->summary().contains(QStringLiteral("HTTP %1").arg(status)),
             qPrintable(error->summary()));
    QCOMPARE(error->httpStatus, status);
    QCOMPARE(error->code, QString());
    QVERIFY(error->bodyExcerpt.size() <= 200);
    QVERIFY(error->bodyExcerpt.size() >= qMin<qsizetype>(body.size(), 197));
    QCOMPARE(error->bodyExcerpt, body.left(error->bodyExcerpt.size()));
    QVERIFY(!error->hint.isEmpty());
}

QTEST_APPLESS_MAIN(TestMalformedBodies)
#include "tst_malformedbodies.moc"
