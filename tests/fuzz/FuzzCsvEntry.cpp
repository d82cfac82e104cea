#include "FuzzCheck.h"
#include "FuzzEntries.h"
#include "StrictCsvReader.h"

#include "models/csv/CsvWriter.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QtEndian>

#include <cmath>
#include <cstring>

namespace {

using Fuzz::check;

constexpr uint8_t kRowEnd = 0x1E;
constexpr uint8_t kCellEnd = 0x1F;
constexpr uint8_t kNumberCell = 0x1D;
// Repeating the rows this often carries a 4 KB input past the writer's 64 KB flush threshold.
constexpr int kRepeats = 40;

struct Cell
{
    QString text;    // a text cell as given
    QVariant number; // set for a number cell
};

QVariant numberFrom(const QByteArray &bytes)
{
    uint8_t buffer[9] = {};
    std::memcpy(buffer, bytes.constData(), std::min<size_t>(size_t(bytes.size()), sizeof buffer));
    switch (buffer[0] % 4) {
    case 0:
        return QVariant(qFromLittleEndian<qint64>(buffer + 1));
    case 1: {
        double number = 0;
        std::memcpy(&number, buffer + 1, sizeof number);
        return QVariant(number);
    }
    case 2:
        return QVariant(qFromLittleEndian<quint64>(buffer + 1));
    default:
        return QVariant(qFromLittleEndian<qint32>(buffer + 1));
    }
}

Cell cellFrom(const QByteArray &bytes)
{
    Cell cell;
    if (bytes.startsWith(char(kNumberCell)))
        cell.number = numberFrom(bytes.mid(1));
    else
        cell.text = QString::fromUtf8(bytes);
    return cell;
}

QList<QList<Cell>> rowsFrom(const uint8_t *data, size_t size)
{
    QList<QList<Cell>> rows;
    QList<Cell> row;
    QByteArray cell;
    for (size_t i = 0; i < size; ++i) {
        if (data[i] == kCellEnd || data[i] == kRowEnd) {
            row << cellFrom(cell);
            cell.clear();
            if (data[i] == kRowEnd) {
                rows << row;
                row.clear();
            }
        } else {
            cell.append(char(data[i]));
        }
    }
    if (!cell.isEmpty() || !row.isEmpty() || rows.isEmpty()) {
        row << cellFrom(cell);
        rows << row;
    }
    return rows;
}

void write(CsvWriter &writer, const Cell &cell)
{
    if (!cell.number.isValid())
        writer.addText(cell.text);
    else
        writer.addNumber(cell.number);
}

bool isFinite(const QVariant &number)
{
    return number.typeId() != QMetaType::Double || std::isfinite(number.toDouble());
}

void compare(const Cell &cell, const QString &field)
{
    if (!cell.number.isValid()) {
        check(field == CsvWriter::guardFormula(cell.text), "a text cell reads back guarded");
        check(CsvWriter::unguardFormula(field) == cell.text, "the guard is reversible");
        check(!CsvWriter::needsFormulaGuard(field) || field.startsWith(u'\''),
              "no text cell can start a formula");
        return;
    }
    if (!isFinite(cell.number)) {
        check(field == CsvWriter::guardFormula(QString::number(cell.number.toDouble())),
              "a non-finite number is guarded text");
        return;
    }
    static const QRegularExpression numeral(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?(e[-+][0-9]+)?$"));
    check(numeral.match(field).hasMatch(), "a number is written as a plain numeral");
    bool ok = false;
    switch (cell.number.typeId()) {
    case QMetaType::Double:
        check(field.toDouble(&ok) == cell.number.toDouble() && ok, "a real reads back exactly");
        break;
    case QMetaType::ULongLong:
        check(field.toULongLong(&ok) == cell.number.toULongLong() && ok,
              "an unsigned number reads back");
        break;
    default:
        check(field.toLongLong(&ok) == cell.number.toLongLong() && ok, "an integer reads back");
        break;
    }
}

} // namespace

namespace Fuzz {

int csvRoundTrip(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    static const QString delimiters =
        QStringLiteral(",;\t|"); // Preferences::supportedCsvDelimiters()
    const QChar delimiter = delimiters.at(data[0] & 0x3);
    const bool bom = (data[0] & 0x4) != 0;
    const int repeats = (data[0] & 0x8) != 0 ? kRepeats : 1;
    const QList<QList<Cell>> rows = rowsFrom(data + 1, size - 1);

    QBuffer file;
    file.open(QIODevice::WriteOnly);
    {
        CsvWriter writer(&file,
                         bom ? CsvWriter::ByteOrderMark::Write : CsvWriter::ByteOrderMark::Omit,
                         delimiter);
        for (int pass = 0; pass < repeats; ++pass) {
            for (const QList<Cell> &row : rows) {
                for (const Cell &cell : row)
                    write(writer, cell);
                check(writer.endRow(), "a row is written");
            }
        }
        check(writer.flush(), "the file is written");
        check(writer.rowsWritten() == rows.size() * repeats, "every row is counted");
    }

    StrictCsvReader reader(delimiter, bom);
    const std::optional<QList<QStringList>> records = reader.read(file.data());
    if (!records)
        std::fprintf(stderr, "strict reader: %s\n", qPrintable(reader.error()));
    check(records.has_value(), "the file is strict RFC 4180");
    check(records->size() == rows.size() * repeats, "one record per row");
    for (qsizetype r = 0; r < records->size(); ++r) {
        const QList<Cell> &row = rows.at(r % rows.size());
        const QStringList &record = records->at(r);
        check(record.size() == row.size(), "one field per cell");
        for (qsizetype c = 0; c < row.size(); ++c)
            compare(row.at(c), record.at(c));
    }
    return 0;
}

} // namespace Fuzz
