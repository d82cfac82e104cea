#include "models/paste/RawBodyRedactor.h"

#include <QTest>

// RawBodyRedactor: what the raw answer view shows. Secrets never survive, whatever the shape;
// everything else stays as the platform sent it, in its order and with its digits.
class tst_RawBodyRedactor final : public QObject
{
    Q_OBJECT

private slots:
    void secretsNeverSurvive_data();
    void secretsNeverSurvive();
    void keepsOrderAndDigits();
    void notJsonIsMaskedAsText();
    void shortSecretsAreIgnored();
    void longTextStopsPastTheLimit_data();
    void longTextStopsPastTheLimit();
};

void tst_RawBodyRedactor::secretsNeverSurvive_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("secret");
    const QByteArray hex = "5f1e9c3b7a2d4e6f8a0b1c2d3e4f5a6b";
    QTest::newRow("credential key") << QByteArray(R"({"tenant_access_token":"abcdefgh1234"})")
                                    << QStringLiteral("abcdefgh1234");
    QTest::newRow("nested object under a credential key")
        << QByteArray(R"({"auth":{"app_secret":{"value":"nested-secret-1"}}})")
        << QStringLiteral("nested-secret-1");
    QTest::newRow("bearer in a message")
        << QByteArray(R"({"msg":"header was Bearer zz-token-998877"})")
        << QStringLiteral("zz-token-998877");
    QTest::newRow("feishu tenant token shape")
        << QByteArray(R"({"note":"t-g1044ghJRUIJJ5ELSYLTNQ6QVCUOCQBHJ3AQE5V4"})")
        << QStringLiteral("g1044ghJRUIJJ5ELSYLTNQ6QVCUOCQBHJ3AQE5V4");
    QTest::newRow("known token in an innocent field")
        << QByteArray(R"({"data":{"echo":")" + hex + R"("}})") << QString::fromLatin1(hex);
    QTest::newRow("known secret in a key")
        << QByteArray(R"({")" + hex + R"(":1})") << QString::fromLatin1(hex);
    QTest::newRow("known secret in html")
        << QByteArray("<html>denied for " + hex + "</html>") << QString::fromLatin1(hex);
    QTest::newRow("cut json") << QByteArray(R"({"code":0,"data":{"access_token":"cut-secret-77)")
                              << QStringLiteral("cut-secret-77");
}

void tst_RawBodyRedactor::secretsNeverSurvive()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, secret);
    RawBodyRedactor redactor;
    redactor.addSecret(QStringLiteral("5f1e9c3b7a2d4e6f8a0b1c2d3e4f5a6b"));
    const QString shown = redactor.redact(body);
    QVERIFY2(!shown.contains(secret), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("***")), qPrintable(shown));
}

void tst_RawBodyRedactor::keepsOrderAndDigits()
{
    const QByteArray body =
        R"({"zeta":1,"alpha":{"id":12345678901234567890123,"ok":true,"none":null},)"
        R"("list":[],"text":"line\nnext \"quoted\""})";
    const QString expected = QStringLiteral("{\n"
                                            "  \"zeta\": 1,\n"
                                            "  \"alpha\": {\n"
                                            "    \"id\": 12345678901234567890123,\n"
                                            "    \"ok\": true,\n"
                                            "    \"none\": null\n"
                                            "  },\n"
                                            "  \"list\": [],\n"
                                            "  \"text\": \"line\\nnext \\\"quoted\\\"\"\n"
                                            "}");
    QCOMPARE(RawBodyRedactor().redact(body), expected);
}

void tst_RawBodyRedactor::notJsonIsMaskedAsText()
{
    const QByteArray body = "404 page not found\nAuthorization: Bearer abc123xyz789";
    const QString shown = RawBodyRedactor().redact(body);
    QVERIFY(shown.startsWith(QStringLiteral("404 page not found\n")));
    QVERIFY(!shown.contains(QStringLiteral("abc123xyz789")));
}

void tst_RawBodyRedactor::shortSecretsAreIgnored()
{
    // A two-letter "secret" would blank out every "ok" and "id" of the answer.
    RawBodyRedactor redactor;
    redactor.addSecret(QStringLiteral("ok"));
    QVERIFY(redactor.redact(R"({"msg":"ok"})").contains(QStringLiteral("\"ok\"")));
}

void tst_RawBodyRedactor::longTextStopsPastTheLimit_data()
{
    QTest::addColumn<qsizetype>("longest");
    QTest::newRow("a thousand characters") << qsizetype(1000);
    QTest::newRow("fifty thousand") << qsizetype(50000);
}

// The Raw tab shows the start of a large answer: the text stops soon after the limit, at a
// value's end, and is the start of the whole text, secrets masked as there.
void tst_RawBodyRedactor::longTextStopsPastTheLimit()
{
    QFETCH(qsizetype, longest);
    QByteArray body = R"({"code":0,"data":{"items":[)";
    for (int i = 0; i < 5000; ++i) {
        if (i > 0)
            body += ',';
        body += QStringLiteral(R"({"user_id":"u%1","access_token":"tok-%1-secret","msg":"ok"})")
                    .arg(i)
                    .toUtf8();
    }
    body += "]}}";
    const RawBodyRedactor redactor;
    const QString whole = redactor.redact(body);
    const QString start = redactor.redact(body, longest);
    QVERIFY(whole.size() > 4 * longest);
    QVERIFY2(start.size() > longest && start.size() < longest + 200,
             qPrintable(QString::number(start.size())));
    QVERIFY(whole.startsWith(start));
    QVERIFY(!start.contains(QLatin1String("-secret")));
}

QTEST_APPLESS_MAIN(tst_RawBodyRedactor)
#include "tst_rawbodyredactor.moc"
