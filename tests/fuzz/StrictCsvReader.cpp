#include "StrictCsvReader.h"

#include <QStringDecoder>

StrictCsvReader::StrictCsvReader(QChar delimiter, bool expectByteOrderMark)
    : m_delimiter(delimiter)
    , m_expectByteOrderMark(expectByteOrderMark)
{}

std::optional<QList<QStringList>> StrictCsvReader::read(const QByteArray &file)
{
    m_error.clear();
    QByteArray bytes = file;
    const bool hasMark = bytes.startsWith("\xEF\xBB\xBF");
    if (m_expectByteOrderMark) {
        if (!hasMark) {
            fail(QStringLiteral("no byte-order mark"), 0);
            return std::nullopt;
        }
        bytes.remove(0, 3);
    }
    // The file's mark is handled above; a U+FEFF after it is a cell's own character, which a
    // decoder would otherwise drop as a second mark.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless |
                                                     QStringDecoder::Flag::ConvertInitialBom);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        fail(QStringLiteral("not UTF-8"), 0);
        return std::nullopt;
    }

    QList<QStringList> records;
    qsizetype at = 0;
    while (at < text.size()) {
        QStringList record;
        for (;;) {
            QString field;
            const bool read = at < text.size() && text.at(at) == u'"' ? readQuoted(text, at, field)
                                                                      : readPlain(text, at, field);
            if (!read)
                return std::nullopt;
            record << field;
            if (at < text.size() && text.at(at) == m_delimiter) {
                ++at;
                continue;
            }
            if (at + 1 < text.size() && text.at(at) == u'\r' && text.at(at + 1) == u'\n') {
                at += 2;
                break;
            }
            fail(at < text.size() ? QStringLiteral("a field goes on after it ended")
                                  : QStringLiteral("the last record has no CRLF"),
                 at);
            return std::nullopt;
        }
        records << record;
    }
    return records;
}

bool StrictCsvReader::fail(const QString &why, qsizetype at)
{
    m_error = QStringLiteral("%1 at %2").arg(why).arg(at);
    return false;
}

bool StrictCsvReader::readQuoted(const QString &text, qsizetype &at, QString &field)
{
    const qsizetype open = at;
    ++at;
    while (at < text.size()) {
        const QChar c = text.at(at);
        if (c != u'"') {
            field.append(c);
            ++at;
            continue;
        }
        if (at + 1 < text.size() && text.at(at + 1) == u'"') {
            field.append(u'"');
            at += 2;
            continue;
        }
        ++at; // the closing quote
        return true;
    }
    return fail(QStringLiteral("a quoted field is not closed"), open);
}

bool StrictCsvReader::readPlain(const QString &text, qsizetype &at, QString &field)
{
    const qsizetype start = at;
    while (at < text.size()) {
        const QChar c = text.at(at);
        if (c == m_delimiter || c == u'\r')
            break;
        if (c == u'"')
            return fail(QStringLiteral("a quote in an unquoted field"), at);
        if (c == u'\n')
            return fail(QStringLiteral("a line feed outside quotes"), at);
        ++at;
    }
    if (at < text.size() && text.at(at) == u'\r' &&
        (at + 1 >= text.size() || text.at(at + 1) != u'\n'))
        return fail(QStringLiteral("a carriage return outside quotes"), at);
    field = text.mid(start, at - start);
    return true;
}
