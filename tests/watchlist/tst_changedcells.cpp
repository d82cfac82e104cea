#include "models/watchlist/ChangedCells.h"

#include <QSet>
#include <QTest>

using Span = ChangedCells::Span;
using Spans = QList<Span>;
using Marks = QList<std::pair<int, quint32>>;

namespace QTest {
template <> char *toString(const Span &span)
{
    return qstrdup(QStringLiteral("rows %1-%2 × columns %3-%4")
                       .arg(span.firstRow)
                       .arg(span.lastRow)
                       .arg(span.firstColumn)
                       .arg(span.lastColumn)
                       .toUtf8()
                       .constData());
}
} // namespace QTest

namespace {

quint32 columns(std::initializer_list<int> list)
{
    quint32 mask = 0;
    for (int column : list)
        mask |= ChangedCells::columnBit(column);
    return mask;
}

QSet<std::pair<int, int>> cellsOf(const Spans &spans)
{
    QSet<std::pair<int, int>> cells;
    for (const Span &span : spans) {
        for (int row = span.firstRow; row <= span.lastRow; ++row) {
            for (int column = span.firstColumn; column <= span.lastColumn; ++column)
                cells.insert({row, column});
        }
    }
    return cells;
}

} // namespace

class TestChangedCells final : public QObject
{
    Q_OBJECT

private slots:
    void columnRange_data();
    void columnRange();
    void spans_data();
    void spans();
    void coversExactlyTheMarkedCells();
    void takeSpansForgets();
};

void TestChangedCells::columnRange_data()
{
    QTest::addColumn<int>("first");
    QTest::addColumn<int>("last");
    QTest::addColumn<quint32>("expected");
    QTest::newRow("one") << 3 << 3 << quint32(0b1000);
    QTest::newRow("several") << 1 << 4 << quint32(0b11110);
    QTest::newRow("up to the top bit") << 30 << 31 << quint32(0xC000'0000);
    QTest::newRow("all") << 0 << 31 << ~quint32(0);
    QTest::newRow("empty") << 5 << 4 << quint32(0);
}

void TestChangedCells::columnRange()
{
    QFETCH(int, first);
    QFETCH(int, last);
    QFETCH(quint32, expected);
    QCOMPARE(ChangedCells::columnRange(first, last), expected);
}

void TestChangedCells::spans_data()
{
    QTest::addColumn<Marks>("marks");
    QTest::addColumn<Spans>("expected");

    QTest::newRow("nothing") << Marks{} << Spans{};
    QTest::newRow("one cell") << Marks{{7, columns({2})}} << Spans{{7, 7, 2, 2}};
    QTest::newRow("neighbours alike merge")
        << Marks{{3, columns({1, 2})}, {4, columns({1, 2})}, {5, columns({1, 2})}}
        << Spans{{3, 5, 1, 2}};
    QTest::newRow("gap in rows splits")
        << Marks{{3, columns({1})}, {5, columns({1})}} << Spans{{3, 3, 1, 1}, {5, 5, 1, 1}};
    QTest::newRow("gap in columns splits")
        << Marks{{3, columns({1, 2, 5})}} << Spans{{3, 3, 1, 2}, {3, 3, 5, 5}};
    QTest::newRow("marks accumulate")
        << Marks{{2, columns({1})}, {2, columns({2})}} << Spans{{2, 2, 1, 2}};
    // Rows 0-3 all changed column 4, rows 0 and 2 also column 0: column-major needs 3 spans,
    // row-major 6.
    QTest::newRow("column-major wins")
        << Marks{{0, columns({0, 4})}, {1, columns({4})}, {2, columns({0, 4})}, {3, columns({4})}}
        << Spans{{0, 0, 0, 0}, {0, 3, 4, 4}, {2, 2, 0, 0}};
    QTest::newRow("ignores empty masks and negative rows")
        << Marks{{-1, columns({1})}, {4, 0}} << Spans{};
}

void TestChangedCells::spans()
{
    QFETCH(Marks, marks);
    QFETCH(Spans, expected);
    ChangedCells cells;
    for (const auto &[row, mask] : marks)
        cells.mark(row, mask);
    QCOMPARE(cells.takeSpans(), expected);
}

void TestChangedCells::coversExactlyTheMarkedCells()
{
    // A pseudo-random pattern: whichever layout wins, no cell is lost and none is invented.
    ChangedCells cells;
    QSet<std::pair<int, int>> marked;
    quint32 seed = 12345;
    for (int row = 0; row < 300; ++row) {
        seed = seed * 1'103'515'245 + 12'345;
        const quint32 mask = (seed >> 8) & 0xFFFF & ((seed & 0x10) ? ~0u : 0x0F0u);
        cells.mark(row, mask);
        for (int column = 0; column < 32; ++column) {
            if (mask & ChangedCells::columnBit(column))
                marked.insert({row, column});
        }
    }
    const Spans spans = cells.takeSpans();
    QCOMPARE(cellsOf(spans), marked);
    int cellCount = 0;
    for (const Span &span : spans)
        cellCount += (span.lastRow - span.firstRow + 1) * (span.lastColumn - span.firstColumn + 1);
    QCOMPARE(cellCount, marked.size());
}

void TestChangedCells::takeSpansForgets()
{
    ChangedCells cells;
    cells.mark(1, columns({1}));
    QVERIFY(!cells.isEmpty());
    QCOMPARE(cells.takeSpans().size(), 1);
    QVERIFY(cells.isEmpty());
    QVERIFY(cells.takeSpans().isEmpty());
}

QTEST_GUILESS_MAIN(TestChangedCells)
#include "tst_changedcells.moc"
