#include "models/persistence/IsoTime.h"

#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

class TestIsoTime final : public QObject
{
    Q_OBJECT

private slots:
    void formatsAsQtDoes_data();
    void formatsAsQtDoes();
    void agreesWithQtAcrossTheCalendar();
    void parsesOtherIsoForms_data();
    void parsesOtherIsoForms();
    void rejects_data();
    void rejects();
};

void TestIsoTime::formatsAsQtDoes_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::newRow("epoch") << qint64(0);
    QTest::newRow("before the epoch") << qint64(-1);
    QTest::newRow("leap day")
        << QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59, 999), Qt::UTC).toMSecsSinceEpoch();
    QTest::newRow("year 1") << QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    QTest::newRow("year 9999")
        << QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC).toMSecsSinceEpoch();
    QTest::newRow("1900 is no leap year")
        << QDateTime(QDate(1900, 3, 1), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
}

void TestIsoTime::formatsAsQtDoes()
{
    QFETCH(qint64, ms);
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    const QByteArray text = IsoTime::format(time);
    QCOMPARE(text, time.toString(Qt::ISODateWithMs).toLatin1());
    QCOMPARE(IsoTime::parse(QString::fromLatin1(text)), time);
    // Another zone formats as the same instant in UTC.
    QCOMPARE(IsoTime::format(time.toTimeZone(QTimeZone(8 * 3600))), text);
}

void TestIsoTime::agreesWithQtAcrossTheCalendar()
{
    QRandomGenerator random(20260306);
    const qint64 from = QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 to = QDateTime(QDate(9999, 12, 31), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    for (int i = 0; i < 20'000; ++i) {
        const QDateTime time = QDateTime::fromMSecsSinceEpoch(random.bounded(from, to), Qt::UTC);
        const QByteArray text = IsoTime::format(time);
        QCOMPARE(text, time.toString(Qt::ISODateWithMs).toLatin1());
        QCOMPARE(IsoTime::parse(QString::fromLatin1(text)), time);
    }
}

void TestIsoTime::parsesOtherIsoForms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime nine = QDateTime(QDate(2026, 3, 6), QTime(9, 0), Qt::UTC);
    QTest::newRow("no milliseconds") << QStringLiteral("2026-03-06T09:00:00Z") << nine;
    QTest::newRow("offset") << QStringLiteral("2026-03-06T17:00:00.000+08:00") << nine;
}

void TestIsoTime::parsesOtherIsoForms()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    QCOMPARE(IsoTime::parse(text), expected);
}

void TestIsoTime::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("words") << QStringLiteral("yesterday");
    QTest::newRow("February 30") << QStringLiteral("2026-02-30T00:00:00.000Z");
    QTest::newRow("hour 24") << QStringLiteral("2026-02-01T24:00:00.000Z");
    QTest::newRow("minute 60") << QStringLiteral("2026-02-01T10:60:00.000Z");
    QTest::newRow("month 13") << QStringLiteral("2026-13-01T00:00:00.000Z");
    QTest::newRow("letters") << QStringLiteral("2026-0a-01T00:00:00.000Z");
    QTest::newRow("sign") << QStringLiteral("2026-02-01T00:00:-1.000Z");
}

void TestIsoTime::rejects()
{
    QFETCH(QString, text);
    QVERIFY(!IsoTime::parse(text).isValid());
}

QTEST_GUILESS_MAIN(TestIsoTime)
#include "tst_isotime.moc"
