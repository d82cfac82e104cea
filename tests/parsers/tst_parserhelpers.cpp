#include "ParserTestSupport.h"

#include "network/parsers/JsonKeyOrder.h"
#include "network/parsers/LargeIntegerQuoter.h"
#include "network/parsers/WireJson.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace ParserTest;

// The private helpers under the parsers: the large-integer quoter, the key-order scanner and
// the excerpt cut.
class TestParserHelpers : public QObject
{
    Q_OBJECT

private slots:
    void quoter_data();
    void quoter();
    void quoterKeepsValidityAndValues_data();
    void quoterKeepsValidityAndValues();
    void keyOrder_data();
    void keyOrder();
    void excerptCutsAtCharacterBoundary();
};

void TestParserHelpers::quoter_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");

    const auto same = [](const char *name, const char *json) {
        QTest::newRow(name) << QByteArray(json) << QByteArray(json);
    };
    const auto changed = [](const char *name, const char *json, const char *out) {
        QTest::newRow(name) << QByteArray(json) << QByteArray(out);
    };
    changed("16 digits", R"({"a":1234567890123456})", R"({"a":"1234567890123456"})");
    same("15 digits", R"({"a":123456789012345})");
    changed("id above 2^53", R"({"rule_id":6969410005221015580})",
            R"({"rule_id":"6969410005221015580"})");
    changed("negative", R"({"a":-6969410005221015580})", R"({"a":"-6969410005221015580"})");
    changed("beyond int64", R"([123456789012345678901234567890])",
            R"(["123456789012345678901234567890"])");
    changed("array elements", R"([7360595374803812356,1,7360595374803812357])",
            R"(["7360595374803812356",1,"7360595374803812357"])");
    changed("nested and spaced", "{\"a\" :\n {\"b\":[ {\"c\": 7360595374803812356 }]}}",
            "{\"a\" :\n {\"b\":[ {\"c\": \"7360595374803812356\" }]}}");
    changed("after a value in an object", R"({"a":1,"b":7360595374803812356})",
            R"({"a":1,"b":"7360595374803812356"})");
    same("inside a string", R"({"a":"7360595374803812356"})");
    changed("after an escaped quote", R"({"a":"x\"7360595374803812356","b":7360595374803812356})",
            R"({"a":"x\"7360595374803812356","b":"7360595374803812356"})");
    changed("after an escaped backslash", R"({"a":"x\\","b":7360595374803812356})",
            R"({"a":"x\\","b":"7360595374803812356"})");
    same("fraction", R"({"a":7360595374803812356.5})");
    same("exponent", R"({"a":7360595374803812356e2})");
    same("leading zero is left invalid", R"({"a":07360595374803812356})");
    same("number as key is left invalid", R"({7360595374803812356:1})");
    same("number as later key is left invalid", R"({"a":1,7360595374803812356:1})");
    same("unterminated string", R"({"a":"7360595374803812356)");
    same("empty", "");
    same("minus alone", "[-]");
    same("literal with digits", "[tru7360595374803812356]");
    changed("top level", "7360595374803812356", "\"7360595374803812356\"");
}

void TestParserHelpers::quoter()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(quoteLargeIntegers(input), expected);
}

void TestParserHelpers::quoterKeepsValidityAndValues_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("contact") << fixture(QStringLiteral("feishu-contact-add-user.json"));
    QTest::newRow("report") << fixture(QStringLiteral("feishu-report-page-more.json"));
    QTest::newRow("mixed") << QByteArray(
        R"({"a":[1,-2,3.5,1e300,7360595374803812356,{"b":null,"c":true,"d":"\u00e9\""}]})");
    QTest::newRow("invalid stays invalid") << QByteArray(R"({"a":7360595374803812356,})");
}

void TestParserHelpers::quoterKeepsValidityAndValues()
{
    QFETCH(QByteArray, input);
    QJsonParseError before{};
    QJsonParseError after{};
    const QJsonDocument original = QJsonDocument::fromJson(input, &before);
    const QJsonDocument quoted = QJsonDocument::fromJson(quoteLargeIntegers(input), &after);
    QCOMPARE(after.error == QJsonParseError::NoError, before.error == QJsonParseError::NoError);
    // Outside the quoted numbers nothing changes.
    QCOMPARE(quoted.toJson().size() >= original.toJson().size(), true);
}

void TestParserHelpers::keyOrder_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("path");
    QTest::addColumn<QList<QStringList>>("expected");

    const QStringList taskInfo = strings({"data", "task_info"});
    QTest::newRow("platform order")
        << QByteArray(R"({"data":{"task_info":[{"z":1,"a":2},{"m":[{"q":1}],"b":{"y":1,"x":2}}]}})")
        << taskInfo << QList<QStringList>{strings({"z", "a"}), strings({"m", "b"})};
    QTest::newRow("non-object elements")
        << QByteArray(R"({"data":{"task_info":[1,"x",{"k":1},[2],null]}})") << taskInfo
        << QList<QStringList>{{}, {}, strings({"k"}), {}, {}};
    QTest::newRow("duplicate key listed once")
        << QByteArray(R"({"data":{"task_info":[{"b":1,"a":1,"b":2}]}})") << taskInfo
        << QList<QStringList>{strings({"b", "a"})};
    QTest::newRow("last duplicate path wins")
        << QByteArray(R"({"data":{"task_info":[{"x":1}]},"data":{"task_info":[{"y":1},{}]}})")
        << taskInfo << QList<QStringList>{strings({"y"}), {}};
    QTest::newRow("later duplicate without the array")
        << QByteArray(R"({"data":{"task_info":[{"x":1}]},"data":{}})") << taskInfo
        << QList<QStringList>{};
    QTest::newRow("same name deeper is not the path")
        << QByteArray(R"({"other":{"data":{"task_info":[{"x":1}]}},"data":{"task_info":[]}})")
        << taskInfo << QList<QStringList>{};
    QTest::newRow("escaped keys decoded")
        << QByteArray(R"({"data":{"task_info":[{"a\u0062":1,"q\"":2,"\u4e2d":3}]}})") << taskInfo
        << QList<QStringList>{{QStringLiteral("ab"), QStringLiteral("q\""), QStringLiteral("中")}};
    QTest::newRow("byte order mark")
        << QByteArray("\xef\xbb\xbf{\"data\":{\"task_info\":[{\"k\":1}]}}") << taskInfo
        << QList<QStringList>{strings({"k"})};
    QTest::newRow("path absent") << QByteArray(R"({"data":{}})") << taskInfo
                                 << QList<QStringList>{};
    QTest::newRow("not an array") << QByteArray(R"({"data":{"task_info":{"a":1}}})") << taskInfo
                                  << QList<QStringList>{};
    QTest::newRow("broken text") << QByteArray(R"({"data":{"task_info":[{"a":1})") << taskInfo
                                 << QList<QStringList>{};
    QTest::newRow("trailing garbage")
        << QByteArray(R"({"data":{"task_info":[{"a":1}]}} x)") << taskInfo << QList<QStringList>{};
}

void TestParserHelpers::keyOrder()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, path);
    QFETCH(QList<QStringList>, expected);
    QCOMPARE(arrayElementKeyOrders(json, path), expected);
}

void TestParserHelpers::excerptCutsAtCharacterBoundary()
{
    const QByteArray ascii(300, 'a');
    QCOMPARE(WireJson::excerpt(ascii), ascii.left(200));
    QCOMPARE(WireJson::excerpt(ascii.left(150)), ascii.left(150));

    // "中" is three bytes; placed across byte 200 it must not be cut in half.
    const QByteArray chinese = QByteArray(199, 'a') + QStringLiteral("中文").toUtf8();
    QCOMPARE(WireJson::excerpt(chinese), QByteArray(199, 'a'));
    const QByteArray aligned = QByteArray(197, 'a') + QStringLiteral("中文").toUtf8();
    QCOMPARE(WireJson::excerpt(aligned), QByteArray(197, 'a') + QStringLiteral("中").toUtf8());
}

QTEST_APPLESS_MAIN(TestParserHelpers)
#include "tst_parserhelpers.moc"
