#include "Rfc4180Reader.h"

#include <QTest>

// The oracle must be strict, or the round-trip tests prove nothing.
class TestRfc4180Reader final : public QObject
{
    Q_OBJECT

private slots:
    void accepts_data();
    void accepts();
    void rejects_data();
    void rejects();
};

void TestRfc4180Reader::accepts_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QList<QStringList>>("records");
    QTest::newRow("empty file") << QByteArray() << QList<QStringList>{};
    QTest::newRow("simple") << QByteArray("a,b\r\nc,d\r\n")
                            << QList<QStringList>{{QStringLiteral("a"), QStringLiteral("b")},
                                                  {QStringLiteral("c"), QStringLiteral("d")}};
    QTest::newRow("quoted") << QByteArray("\"a,\"\"b\"\"\r\nc\",\r\n")
                            << QList<QStringList>{{QStringLiteral("a,\"b\"\r\nc"), QString()}};
    QTest::newRow("empty quoted") << QByteArray("\"\"\r\n") << QList<QStringList>{{QString()}};
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBFx\r\n")
                         << QList<QStringList>{{QStringLiteral("x")}};
}

void TestRfc4180Reader::accepts()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QList<QStringList>, records);
    QString error;
    const auto table = Rfc4180Reader::parse(bytes, &error);
    QVERIFY2(table, qPrintable(error));
    QCOMPARE(table->records, records);
}

void TestRfc4180Reader::rejects_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("LF line end") << QByteArray("a,b\nc,d\n");
    QTest::newRow("bare CR") << QByteArray("a\rb\r\n");
    QTest::newRow("no final CRLF") << QByteArray("a,b\r\nc,d");
    QTest::newRow("trailing comma at end") << QByteArray("a,");
    QTest::newRow("quote inside unquoted") << QByteArray("a\"b\r\n");
    QTest::newRow("text after closing quote") << QByteArray("\"a\"b\r\n");
    QTest::newRow("unterminated quote") << QByteArray("\"abc\r\n");
    QTest::newRow("single inner quote") << QByteArray("\"a\"b\"\r\n");
    QTest::newRow("ragged records") << QByteArray("a,b\r\nc\r\n");
    QTest::newRow("invalid utf-8") << QByteArray("\xC3\x28\r\n");
}

void TestRfc4180Reader::rejects()
{
    QFETCH(QByteArray, bytes);
    QString error;
    QVERIFY(!Rfc4180Reader::parse(bytes, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestRfc4180Reader)
#include "tst_rfc4180reader.moc"
