#include "models/persistence/WatchListCodec.h"

#include "models/domain/TaskHistory.h"

#include <QDataStream>
#include <QIODevice>
#include <QTest>

#include <limits>

// The one-column encodings: what goes in comes out, typed and in order, and a blob that was cut
// short or garbled is refused rather than half read.
class tst_WatchListCodec final : public QObject
{
    Q_OBJECT

private slots:
    void fieldsRoundTrip_data();
    void fieldsRoundTrip();
    void historyRoundTrip();
    void stringsAndFormContentsRoundTrip();
    void truncatedBlobsAreRefused_data();
    void truncatedBlobsAreRefused();
    void containersInADamagedBlobAreRefused_data();
    void containersInADamagedBlobAreRefused();
    void nestedValuesAreKeptAsJson_data();
    void nestedValuesAreKeptAsJson();
    void historyWithImpossibleTimesIsRefused_data();
    void historyWithImpossibleTimesIsRefused();
    void digestIsStable();
};

void tst_WatchListCodec::fieldsRoundTrip_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::newRow("text") << QVariant(QStringLiteral("王五 \"q\" \n"));
    QTest::newRow("empty text") << QVariant(QStringLiteral(""));
    QTest::newRow("integer") << QVariant(qint64(-7));
    QTest::newRow("beyond 2^53") << QVariant(qint64(9007199254740993));
    QTest::newRow("largest unsigned") << QVariant(std::numeric_limits<quint64>::max());
    QTest::newRow("double") << QVariant(0.1);
    QTest::newRow("infinity") << QVariant(std::numeric_limits<double>::infinity());
    QTest::newRow("true") << QVariant(true);
    QTest::newRow("list") << QVariant(QStringList{QStringLiteral("a"), QStringLiteral("乙")});
    QTest::newRow("empty list") << QVariant(QStringList());
    QTest::newRow("nothing") << QVariant();
    QTest::newRow("another type") << QVariant(QByteArrayLiteral("\x00\xff"));
}

void tst_WatchListCodec::fieldsRoundTrip()
{
    QFETCH(QVariant, value);
    const QList<std::pair<QString, QVariant>> fields{
        {QStringLiteral("first"), value}, {QStringLiteral("名字"), value}, {QString(), value}};
    const auto decoded = WatchListCodec::decodeFields(WatchListCodec::encodeFields(fields));
    QVERIFY(decoded);
    QCOMPARE(decoded->size(), fields.size());
    for (qsizetype i = 0; i < fields.size(); ++i) {
        QCOMPARE(decoded->at(i).first, fields.at(i).first);
        QCOMPARE(decoded->at(i).second.metaType(), value.metaType());
        QCOMPARE(decoded->at(i).second, value);
    }
}

void tst_WatchListCodec::historyRoundTrip()
{
    QList<HistorySample> samples;
    HistorySample full{1'772'787'600'000, 55.5, 10, 2, 50};
    HistorySample bare;
    bare.atMs = -1;
    HistorySample some;
    some.atMs = 3;
    some.failed = 0;
    samples << full << bare << some;
    QCOMPARE(WatchListCodec::decodeHistory(WatchListCodec::encodeHistory(samples)), samples);
    QCOMPARE(WatchListCodec::decodeHistory(WatchListCodec::encodeHistory({})),
             QList<HistorySample>());
}

void tst_WatchListCodec::stringsAndFormContentsRoundTrip()
{
    const QStringList strings{QStringLiteral("od-1"), QString(), QStringLiteral("部门")};
    QCOMPARE(WatchListCodec::decodeStrings(WatchListCodec::encodeStrings(strings)), strings);
    QVERIFY(WatchListCodec::encodeStrings({}).isEmpty());
    QCOMPARE(WatchListCodec::decodeStrings({}), QStringList());
    const QList<ReportFormField> form{{QStringLiteral("f1"), QStringLiteral("本周"), {}},
                                      {QStringLiteral("f2"), {}, QStringLiteral("x")}};
    QCOMPARE(WatchListCodec::decodeFormContents(WatchListCodec::encodeFormContents(form)), form);
}

void tst_WatchListCodec::truncatedBlobsAreRefused_data()
{
    QTest::addColumn<QByteArray>("blob");
    QTest::addColumn<int>("kind");
    const QList<std::pair<QString, QVariant>> fields{
        {QStringLiteral("user_id"), QStringLiteral("ou_1")},
        {QStringLiteral("n"), qint64(3)},
        {QStringLiteral("ids"), QStringList{QStringLiteral("a")}}};
    QTest::newRow("fields") << WatchListCodec::encodeFields(fields) << 0;
    QTest::newRow("history") << WatchListCodec::encodeHistory(
                                    {{1, 2.0, 3, 4, 5}, {6, {}, 7, {}, {}}})
                             << 1;
    QTest::newRow("strings") << WatchListCodec::encodeStrings({QStringLiteral("abc")}) << 2;
    QTest::newRow("form") << WatchListCodec::encodeFormContents({{QStringLiteral("f"), {}, {}}})
                          << 3;
}

void tst_WatchListCodec::truncatedBlobsAreRefused()
{
    QFETCH(QByteArray, blob);
    QFETCH(int, kind);
    const auto decodes = [kind](const QByteArray &bytes) {
        switch (kind) {
        case 0:
            return WatchListCodec::decodeFields(bytes).has_value();
        case 1:
            return WatchListCodec::decodeHistory(bytes).has_value();
        case 2:
            return WatchListCodec::decodeStrings(bytes).has_value();
        default:
            return WatchListCodec::decodeFormContents(bytes).has_value();
        }
    };
    QVERIFY(decodes(blob));
    // An empty list or form is stored as an empty blob, so only the cut ones must fail.
    for (qsizetype size = 1; size < blob.size(); ++size)
        QVERIFY2(!decodes(blob.left(size)), qPrintable(QString::number(size)));
    QVERIFY(!decodes(blob + QByteArray("\x01", 1)));
    QVERIFY(!decodes(QByteArray(8, '\xff')));
    // A count that claims far more than the blob holds is refused before anything is reserved.
    QByteArray claimsTooMuch = blob;
    claimsTooMuch.replace(0, 4, QByteArray(4, '\x7f'));
    QVERIFY(!decodes(claimsTooMuch));
}

void tst_WatchListCodec::containersInADamagedBlobAreRefused_data()
{
    // One field whose value claims to be a QVariant container of 2^31 - 1 elements: QDataStream
    // would reserve them all (64 GB for a list) before reading one. Found by fuzz_watchlist_rows.
    QTest::addColumn<int>("type");
    QTest::newRow("list") << int(QMetaType::QVariantList);
    QTest::newRow("map") << int(QMetaType::QVariantMap);
    QTest::newRow("hash") << int(QMetaType::QVariantHash);
    QTest::newRow("string list") << int(QMetaType::QStringList);
    QTest::newRow("byte array list") << int(QMetaType::QByteArrayList);
}

void tst_WatchListCodec::containersInADamagedBlobAreRefused()
{
    QFETCH(int, type);
    QByteArray blob;
    QDataStream stream(&blob, QIODevice::WriteOnly);
    stream.setVersion(QDataStream::Qt_6_4);
    constexpr quint8 kOtherTag = 7;
    stream << quint32(1) << QStringLiteral("tags") << kOtherTag << quint32(type) << qint8(0)
           << quint32(0x7fffffff);
    QVERIFY(!WatchListCodec::decodeFields(blob));
}

void tst_WatchListCodec::nestedValuesAreKeptAsJson_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("list") << QVariant(QVariantList{1, QStringLiteral("a")})
                          << QStringLiteral("[1,\"a\"]");
    QTest::newRow("map") << QVariant(QVariantMap{{QStringLiteral("k"), true}})
                         << QStringLiteral("{\"k\":true}");
}

void tst_WatchListCodec::nestedValuesAreKeptAsJson()
{
    QFETCH(QVariant, value);
    QFETCH(QString, text);
    const auto decoded =
        WatchListCodec::decodeFields(WatchListCodec::encodeFields({{QStringLiteral("v"), value}}));
    QVERIFY(decoded);
    QCOMPARE(decoded->size(), 1);
    QCOMPARE(decoded->first().second, QVariant(text));
}

void tst_WatchListCodec::historyWithImpossibleTimesIsRefused_data()
{
    // Two samples 2^63 ms apart made TaskHistory's rate overflow (UBSan, found by
    // fuzz_watchlist_codec); no clock writes such times, so the blob is damaged.
    QTest::addColumn<qint64>("atMs");
    QTest::addColumn<bool>("kept");
    QTest::newRow("year 9999") << qint64(253402300799999) << true;
    QTest::newRow("before the epoch") << qint64(-253402300799999) << true;
    QTest::newRow("after year 9999") << qint64(253402300800000) << false;
    QTest::newRow("largest") << std::numeric_limits<qint64>::max() << false;
    QTest::newRow("smallest") << std::numeric_limits<qint64>::min() << false;
}

void tst_WatchListCodec::historyWithImpossibleTimesIsRefused()
{
    QFETCH(qint64, atMs);
    QFETCH(bool, kept);
    const QList<HistorySample> samples{{1'772'787'600'000, 10.0, {}, {}, {}},
                                       {atMs, 20.0, {}, {}, {}}};
    const auto decoded = WatchListCodec::decodeHistory(WatchListCodec::encodeHistory(samples));
    QCOMPARE(decoded.has_value(), kept);
    if (decoded) {
        QCOMPARE(*decoded, samples);
        // Centuries apart: no estimate, and none computed with an overflow (UBSan in asan).
        QVERIFY(!TaskHistory::fromSamples(*decoded).estimatedFinishMs());
    }
}

void tst_WatchListCodec::digestIsStable()
{
    // Written into files: the value must never change between runs or versions.
    QCOMPARE(WatchListCodec::digest(QByteArray()), qint64(14695981039346656037ull));
    QCOMPARE(WatchListCodec::digest(QByteArrayLiteral("a")), qint64(0xaf63dc4c8601ec8cull));
    QVERIFY(WatchListCodec::digest(QByteArrayLiteral("ab")) !=
            WatchListCodec::digest(QByteArrayLiteral("ba")));
}

QTEST_GUILESS_MAIN(tst_WatchListCodec)
#include "tst_watchlistcodec.moc"
