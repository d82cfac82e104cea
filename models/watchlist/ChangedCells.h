#pragma once

#include <QList>
#include <QMap>
#include <QtGlobal>

// Collects the cells a refresh changed and turns them into the fewest rectangles that cover
// exactly those cells, so a view repaints (and a proxy re-sorts) only what moved.
class ChangedCells final
{
public:
    static constexpr int kMaxColumns = 32;

    struct Span
    {
        int firstRow = 0;
        int lastRow = 0;
        int firstColumn = 0;
        int lastColumn = 0;

        friend bool operator==(const Span &, const Span &) = default;
    };

    // columns: bit n set for column n (n < kMaxColumns).
    void mark(int row, quint32 columns);
    bool isEmpty() const { return m_rows.isEmpty(); }
    void clear() { m_rows.clear(); }

    // The marked cells as rectangles (rows ascending), and forgets them.
    QList<Span> takeSpans();

    static quint32 columnBit(int column) { return quint32(1) << column; }
    static quint32 columnRange(int first, int last);

private:
    QList<Span> rowMajorSpans() const;
    QList<Span> columnMajorSpans() const;

    QMap<int, quint32> m_rows;
};
