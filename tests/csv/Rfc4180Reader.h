#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// A strict RFC 4180 reader, the tests' oracle. It accepts only the RFC's structure: CRLF
// between records and after the last one, quotes only around a whole field with inner quotes
// doubled, no bare CR or LF outside quotes, nothing after a closing quote but a comma or CRLF,
// the same number of fields in every record, and valid UTF-8. Unlike the RFC's ASCII-only
// TEXTDATA it allows any other character, since the files are UTF-8 by design.
class Rfc4180Reader final
{
public:
    struct Table
    {
        bool byteOrderMark = false;
        QList<QStringList> records;
    };

    // The records of a file, or nullopt with a reason in error.
    static std::optional<Table> parse(const QByteArray &bytes, QString *error = nullptr);
};
