#pragma once

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// An RFC 4180 reader written for the CSV round-trip fuzzer, independent of CsvWriter and strict
// where real readers are lenient: UTF-8 only, every record ends with CRLF, a quote in an
// unquoted field, a lone CR or LF outside quotes, text after a closing quote, or a byte-order
// mark that was (not) expected are all errors. An empty line is a record of one empty field, as
// in the RFC's grammar.
class StrictCsvReader final
{
public:
    StrictCsvReader(QChar delimiter, bool expectByteOrderMark);

    std::optional<QList<QStringList>> read(const QByteArray &file);
    // Why the last read() failed, with the offset in the decoded text.
    QString error() const { return m_error; }

private:
    bool fail(const QString &why, qsizetype at);
    bool readQuoted(const QString &text, qsizetype &at, QString &field);
    bool readPlain(const QString &text, qsizetype &at, QString &field);

    QChar m_delimiter;
    bool m_expectByteOrderMark;
    QString m_error;
};
