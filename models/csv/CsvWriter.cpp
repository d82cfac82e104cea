#include "models/csv/CsvWriter.h"

#include <QIODevice>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace {

// Rows are handed to the device in chunks of about this size; the buffer never grows with the
// row count.
constexpr qsizetype kFlushThreshold = 64 * 1024;

bool isFormulaTrigger(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

bool needsQuotes(QStringView text, char16_t delimiter)
{
    const char16_t *end = text.utf16() + text.size();
    return std::find_if(text.utf16(), end, [delimiter](char16_t c) {
               return c == delimiter || c == u'"' || c == u'\r' || c == u'\n';
           }) != end;
}

} // namespace

CsvWriter::CsvWriter(QIODevice *device, ByteOrderMark bom, QChar delimiter)
    : m_device(device)
    , m_delimiter(delimiter.unicode())
    , m_encoder(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless)
{
    m_buffer.reserve(kFlushThreshold + 4096);
    if (bom == ByteOrderMark::Write)
        m_buffer.append("\xEF\xBB\xBF");
    m_rowStart = m_buffer.size();
}

CsvWriter::~CsvWriter() = default;

void CsvWriter::addText(QStringView text)
{
    if (needsFormulaGuard(text))
        appendField(guardFormula(text));
    else
        appendField(text);
}

void CsvWriter::addNumber(const QVariant &number)
{
    if (!isNumber(number)) {
        addText(number.toString());
        return;
    }
    switch (number.typeId()) {
    case QMetaType::Double: {
        const double value = number.toDouble();
        if (!std::isfinite(value)) {
            addText(QString::number(value));
            return;
        }
        appendField(QString::number(value, 'g', QLocale::FloatingPointShortest));
        return;
    }
    case QMetaType::Float: {
        if (!std::isfinite(number.toFloat())) {
            addText(number.toString());
            return;
        }
        appendField(number.toString());
        return;
    }
    case QMetaType::ULongLong:
    case QMetaType::ULong:
    case QMetaType::UInt:
    case QMetaType::UShort:
        appendField(QString::number(number.toULongLong()));
        return;
    default:
        appendField(QString::number(number.toLongLong()));
        return;
    }
}

void CsvWriter::addEmpty()
{
    appendField({});
}

bool CsvWriter::endRow()
{
    // A lone empty field would make a blank line, which many readers skip as no record at all.
    if (m_fieldsInRow == 1 && m_buffer.size() == m_rowStart)
        m_buffer.append("\"\"");
    m_buffer.append("\r\n");
    ++m_rows;
    m_fieldsInRow = 0;
    if (m_buffer.size() >= kFlushThreshold)
        flush();
    m_rowStart = m_buffer.size();
    return !hasError();
}

bool CsvWriter::writeTextRow(const QStringList &cells)
{
    for (const QString &cell : cells)
        addText(cell);
    return endRow();
}

bool CsvWriter::flush()
{
    if (hasError()) {
        m_buffer.clear();
        m_rowStart = 0;
        return false;
    }
    if (m_buffer.isEmpty())
        return true;
    if (m_device == nullptr || !m_device->isWritable()) {
        m_errorString = tr("the file is not open for writing");
    } else {
        // A short write is not yet a failure; the next attempt reports the real cause (a full
        // disk, a file size limit) instead of a generic "Unknown error".
        qint64 offset = 0;
        while (offset < m_buffer.size()) {
            const qint64 written =
                m_device->write(m_buffer.constData() + offset, m_buffer.size() - offset);
            if (written <= 0) {
                m_errorString = m_device->errorString();
                if (m_errorString.isEmpty())
                    m_errorString = tr("not everything could be written");
                break;
            }
            offset += written;
        }
    }
    m_buffer.resize(0); // keeps the capacity: one allocation for the whole export
    m_rowStart = 0;
    return !hasError();
}

bool CsvWriter::isNumber(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Double:
    case QMetaType::Float:
        return true;
    default:
        return false;
    }
}

bool CsvWriter::needsFormulaGuard(QStringView text)
{
    qsizetype i = 0;
    while (i < text.size() && text[i] == u'\'')
        ++i;
    return i < text.size() && isFormulaTrigger(text[i]);
}

QString CsvWriter::guardFormula(QStringView text)
{
    if (!needsFormulaGuard(text))
        return text.toString();
    QString guarded;
    guarded.reserve(text.size() + 1);
    guarded.append(QLatin1Char('\''));
    guarded.append(text);
    return guarded;
}

QString CsvWriter::unguardFormula(QStringView text)
{
    if (text.startsWith(u'\'') && needsFormulaGuard(text))
        return text.mid(1).toString();
    return text.toString();
}

void CsvWriter::appendField(QStringView text)
{
    if (m_fieldsInRow > 0)
        appendUtf8(QStringView(&m_delimiter, 1));
    ++m_fieldsInRow;
    if (!needsQuotes(text, m_delimiter)) {
        appendUtf8(text);
        return;
    }
    m_buffer.append('"');
    qsizetype start = 0;
    for (qsizetype quote = text.indexOf(u'"'); quote >= 0; quote = text.indexOf(u'"', start)) {
        appendUtf8(text.sliced(start, quote - start));
        m_buffer.append("\"\"");
        start = quote + 1;
    }
    appendUtf8(text.sliced(start));
    m_buffer.append('"');
}

void CsvWriter::appendUtf8(QStringView text)
{
    // Encodes straight into the buffer's reserved space: no temporary array per cell.
    const qsizetype used = m_buffer.size();
    m_buffer.resize(used + m_encoder.requiredSpace(text.size()));
    char *end = m_encoder.appendToBuffer(m_buffer.data() + used, text);
    m_buffer.resize(end - m_buffer.constData());
}
