#include "models/paste/LogRedactor.h"

#include <QTest>
#include <QUrl>

// What a log line may show of a URL, a header, a body or free text: credentials masked where
// they are emitted, control characters flattened, bodies cut short.
class tst_LogRedaction final : public QObject
{
    Q_OBJECT

private slots:
    void urls_data();
    void urls();
    void headers_data();
    void headers();
    void bodies_data();
    void bodies();
    void textCannotForgeALine_data();
    void textCannotForgeALine();
};

void tst_LogRedaction::urls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("shown");
    QTest::newRow("plain path and id")
        << QStringLiteral("https://open.feishu.cn/open-apis/contact/v2/task/get?task_id=abc")
        << QStringLiteral("https://open.feishu.cn/open-apis/contact/v2/task/get?task_id=abc");
    QTest::newRow("user info") << QStringLiteral(
                                      "https://admin:hunter2@api.dingtalk.com/v2.0/doc/task/info/7")
                               << QStringLiteral("https://api.dingtalk.com/v2.0/doc/task/info/7");
    QTest::newRow("token in the query")
        << QStringLiteral("http://127.0.0.1:1/x?access_token=t-abcdefghijklmnopqrstuv&id=3")
        << QStringLiteral("http://127.0.0.1:1/x?access_token=***&id=3");
    QTest::newRow("secret in the query, encoded key")
        << QStringLiteral("http://127.0.0.1:1/x?app%5Fsecret=s3cr3t%2B%2F&unionId=u1")
        << QStringLiteral("http://127.0.0.1:1/x?app_secret=***&unionId=u1");
    QTest::newRow("fragment") << QStringLiteral("http://127.0.0.1:1/x#token=abcdefgh")
                              << QStringLiteral("http://127.0.0.1:1/x");
}

void tst_LogRedaction::urls()
{
    QFETCH(QString, url);
    QFETCH(QString, shown);
    QCOMPARE(LogRedactor::url(QUrl(url)), shown);
}

void tst_LogRedaction::headers_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("shown");
    QTest::newRow("authorization")
        << QByteArray("Authorization") << QByteArray("Bearer t-g1044abcdefghijklmnop")
        << QStringLiteral("Authorization: ***");
    QTest::newRow("dingtalk token")
        << QByteArray("x-acs-dingtalk-access-token") << QByteArray("0a1b2c3d4e5f")
        << QStringLiteral("x-acs-dingtalk-access-token: ***");
    QTest::newRow("cookie") << QByteArray("Cookie") << QByteArray("session=42")
                            << QStringLiteral("Cookie: ***");
    QTest::newRow("request id") << QByteArray("X-Tt-Logid")
                                << QByteArray("20261202014100abcdef0123456789abcdef")
                                << QStringLiteral(
                                       "X-Tt-Logid: 20261202014100abcdef0123456789abcdef");
}

void tst_LogRedaction::headers()
{
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, value);
    QFETCH(QString, shown);
    QCOMPARE(LogRedactor::header(name, value), shown);
}

void tst_LogRedaction::bodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("hidden");
    QTest::addColumn<QStringList>("kept");
    QTest::newRow("token answer")
        << QByteArray(
               R"({"code":0,"msg":"ok","tenant_access_token":"t-g1044hidden0token00","expire":7200})")
        << QStringList{QStringLiteral("t-g1044hidden0token00")}
        << QStringList{QStringLiteral("\"expire\":7200")};
    QTest::newRow("echoed request body")
        << QByteArray(
               R"({"code":10014,"msg":"app secret invalid: {\"app_secret\":\"p4ss-w0rd\"}"})")
        << QStringList{QStringLiteral("p4ss-w0rd")} << QStringList{QStringLiteral("10014")};
    QTest::newRow("html page with a bearer line")
        << QByteArray("<html><body>Authorization: Bearer abc.def.ghi</body></html>")
        << QStringList{QStringLiteral("abc.def.ghi")} << QStringList{QStringLiteral("<html>")};
}

void tst_LogRedaction::bodies()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, hidden);
    QFETCH(QStringList, kept);
    const QString shown = LogRedactor::body(body);
    for (const QString &secret : hidden)
        QVERIFY2(!shown.contains(secret), qPrintable(shown));
    for (const QString &text : kept)
        QVERIFY2(shown.contains(text), qPrintable(shown));
}

void tst_LogRedaction::textCannotForgeALine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    QTest::newRow("newline") << QStringLiteral("id-1\n2026 info taskmonitor.auth: forged")
                             << QStringLiteral("id-1 2026 info taskmonitor.auth: forged");
    QTest::newRow("carriage return and escape")
        << QStringLiteral("a\rb\x1b[31mc") << QStringLiteral("a b [31mc");
    QTest::newRow("unicode line separator") << QStringLiteral("a\u2028b") << QStringLiteral("a b");
    QTest::newRow("long text is cut")
        << QString(5000, QLatin1Char('x')) << QString(2048, QLatin1Char('x')) + QChar(0x2026);
}

void tst_LogRedaction::textCannotForgeALine()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QCOMPARE(LogRedactor::text(text), shown);
}

QTEST_GUILESS_MAIN(tst_LogRedaction)
#include "tst_logredaction.moc"
