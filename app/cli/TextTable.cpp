#include "TextTable.h"

#include <algorithm>

namespace {

bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) ||
           (c >= 0x3041 && c <= 0x33FF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) ||
           (c >= 0x20000 && c <= 0x3FFFD);
}

// One line per cell: a newline in a platform message would break the columns.
QString singleLine(const QString &text)
{
    QString line = text;
    line.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    return line;
}

} // namespace

TextTable::TextTable(const QStringList &header)
    : m_header(header)
{}

void TextTable::addRow(const QStringList &cells, const QString &colour, int colouredColumn)
{
    QStringList clean;
    for (const QString &cell : cells)
        clean << singleLine(cell);
    m_rows.append(Row{clean, colour, colouredColumn});
}

int TextTable::displayWidth(const QString &text)
{
    int width = 0;
    for (const char32_t c : text.toUcs4()) {
        if (c < 0x20 || (c >= 0x300 && c <= 0x36F) || c == 0x200B)
            continue; // control and combining characters take no cell
        width += isWide(c) ? 2 : 1;
    }
    return width;
}

QString TextTable::render(bool useColour) const
{
    QList<int> widths;
    for (const QString &cell : m_header)
        widths << displayWidth(cell);
    for (const Row &row : m_rows) {
        for (qsizetype i = 0; i < row.cells.size(); ++i) {
            if (i >= widths.size())
                widths << 0;
            widths[i] = std::max(widths[i], displayWidth(row.cells[i]));
        }
    }
    const auto line = [&](const QStringList &cells, const QString &colour,
                          int colouredColumn) -> QString {
        QString out;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const QString &cell = cells[i];
            const QString pad(std::max(0, widths[i] - displayWidth(cell)), QLatin1Char(' '));
            const bool last = i == cells.size() - 1;
            QString shown = cell;
            if (useColour && !colour.isEmpty() && i == colouredColumn)
                shown = QStringLiteral("\x1b[") + colour + QLatin1Char('m') + cell +
                        QStringLiteral("\x1b[0m");
            if (m_rightAligned.contains(int(i)))
                out += pad + shown;
            else
                out += shown + (last ? QString() : pad);
            if (!last)
                out += QStringLiteral("  ");
        }
        while (out.endsWith(QLatin1Char(' ')))
            out.chop(1);
        return out + QLatin1Char('\n');
    };
    QString out = line(m_header, {}, -1);
    for (const Row &row : m_rows)
        out += line(row.cells, row.colour, row.colouredColumn);
    return out;
}
