#include "Rfc4180Reader.h"

#include <QStringDecoder>

namespace {

std::optional<Rfc4180Reader::Table> fail(QString *error, const QString &reason, qsizetype at)
{
    if (error != nullptr)
        *error = reason + QStringLiteral(" at character ") + QString::number(at);
    return std::nullopt;
}

} // namespace

std::optional<Rfc4180Reader::Table> Rfc4180Reader::parse(const QByteArray &bytes, QString *error)
{
    Table table;
    QByteArray body = bytes;
    if (body.startsWith("\xEF\xBB\xBF")) {
        table.byteOrderMark = true;
        body.remove(0, 3);
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(body);
    if (decoder.hasError())
        return fail(error, QStringLiteral("invalid UTF-8"), 0);

    const qsizetype n = text.size();
    qsizetype i = 0;
    QStringList record;
    while (i < n) {
        QString field;
        if (text[i] == u'"') {
            const qsizetype opened = i++;
            for (;;) {
                if (i >= n)
                    return fail(error, QStringLiteral("unterminated quoted field"), opened);
                if (text[i] == u'"') {
                    if (i + 1 < n && text[i + 1] == u'"') {
                        field += u'"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text[i++];
            }
            if (i < n && text[i] != u',' && text[i] != u'\r')
                return fail(error, QStringLiteral("text after a closing quote"), i);
        } else {
            while (i < n && text[i] != u',' && text[i] != u'"' && text[i] != u'\r' &&
                   text[i] != u'\n')
                field += text[i++];
            if (i < n && text[i] == u'"')
                return fail(error, QStringLiteral("quote inside an unquoted field"), i);
            if (i < n && text[i] == u'\n')
                return fail(error, QStringLiteral("LF without CR"), i);
        }
        record.append(field);

        if (i >= n)
            return fail(error, QStringLiteral("last record not ended by CRLF"), i);
        if (text[i] == u',') {
            ++i;
            if (i >= n)
                return fail(error, QStringLiteral("last record not ended by CRLF"), i);
            continue;
        }
        if (text[i] == u'\r' && i + 1 < n && text[i + 1] == u'\n') {
            i += 2;
            if (!table.records.isEmpty() && table.records.first().size() != record.size())
                return fail(error,
                            QStringLiteral("record %1 has %2 fields, the first has %3")
                                .arg(table.records.size() + 1)
                                .arg(record.size())
                                .arg(table.records.first().size()),
                            i);
            table.records.append(record);
            record.clear();
            continue;
        }
        return fail(error, QStringLiteral("CR without LF"), i);
    }
    return table;
}
