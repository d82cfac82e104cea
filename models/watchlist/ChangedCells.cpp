#include "models/watchlist/ChangedCells.h"

#include <algorithm>
#include <bit>

namespace {

struct RowRun
{
    int first = 0;
    int last = 0;
    friend bool operator==(const RowRun &, const RowRun &) = default;
};

// Splits a column mask into runs of adjacent columns: 0b0111'0110 → [1, 2], [4, 6].
template <typename Visit> void forEachColumnRange(quint32 mask, Visit visit)
{
    while (mask != 0) {
        const int first = std::countr_zero(mask);
        const int length = std::countr_one(mask >> first);
        visit(first, first + length - 1);
        if (first + length >= ChangedCells::kMaxColumns)
            break;
        mask &= ~ChangedCells::columnRange(first, first + length - 1);
    }
}

} // namespace

void ChangedCells::mark(int row, quint32 columns)
{
    if (row < 0 || columns == 0)
        return;
    m_rows[row] |= columns;
}

quint32 ChangedCells::columnRange(int first, int last)
{
    if (first > last)
        return 0;
    const quint32 upTo = last >= kMaxColumns - 1 ? ~quint32(0) : (quint32(1) << (last + 1)) - 1;
    return upTo & ~(columnBit(first) - 1);
}

QList<ChangedCells::Span> ChangedCells::takeSpans()
{
    // Rows that changed alike (a tick touching the same columns of neighbours) merge well
    // row-major; one column changing on scattered rows merges well column-major. Both cover
    // exactly the marked cells, so the shorter list wins.
    QList<Span> byRow = rowMajorSpans();
    QList<Span> byColumn = columnMajorSpans();
    m_rows.clear();
    if (byColumn.size() < byRow.size()) {
        std::sort(byColumn.begin(), byColumn.end(), [](const Span &a, const Span &b) {
            return a.firstRow != b.firstRow ? a.firstRow < b.firstRow
                                            : a.firstColumn < b.firstColumn;
        });
        return byColumn;
    }
    return byRow;
}

QList<ChangedCells::Span> ChangedCells::rowMajorSpans() const
{
    QList<Span> spans;
    auto it = m_rows.cbegin();
    while (it != m_rows.cend()) {
        const int first = it.key();
        const quint32 mask = it.value();
        int last = first;
        ++it;
        while (it != m_rows.cend() && it.key() == last + 1 && it.value() == mask) {
            last = it.key();
            ++it;
        }
        forEachColumnRange(mask, [&](int firstColumn, int lastColumn) {
            spans.append(Span{first, last, firstColumn, lastColumn});
        });
    }
    return spans;
}

QList<ChangedCells::Span> ChangedCells::columnMajorSpans() const
{
    quint32 anyColumn = 0;
    for (quint32 mask : m_rows)
        anyColumn |= mask;

    QList<Span> spans;
    QList<RowRun> previousRuns;
    int previousColumn = -2;
    qsizetype previousFirstSpan = 0;
    for (int column = 0; column < kMaxColumns; ++column) {
        if ((anyColumn & columnBit(column)) == 0)
            continue;
        QList<RowRun> runs;
        for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
            if ((it.value() & columnBit(column)) == 0)
                continue;
            if (!runs.isEmpty() && runs.last().last + 1 == it.key())
                runs.last().last = it.key();
            else
                runs.append(RowRun{it.key(), it.key()});
        }
        if (column == previousColumn + 1 && runs == previousRuns) {
            for (qsizetype i = previousFirstSpan; i < spans.size(); ++i)
                spans[i].lastColumn = column;
        } else {
            previousFirstSpan = spans.size();
            for (const RowRun &run : runs)
                spans.append(Span{run.first, run.last, column, column});
            previousRuns = runs;
        }
        previousColumn = column;
    }
    return spans;
}
