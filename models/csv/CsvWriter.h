#pragma once

#include <QByteArray>
#include <QChar>
#include <QCoreApplication>
#include <QString>
#include <QStringEncoder>
#include <QStringList>
#include <QStringView>
#include <QVariant>

class QIODevice;

// Streams RFC 4180 records to a QIODevice, one row at a time, safe to open in Excel and WPS.
//
// Format: UTF-8, optionally after a byte-order mark (Excel on Windows reads a BOM-less file in
// the ANSI code page and mangles Chinese); fields are separated by a comma, or by the delimiter
// asked for (a semicolon for spreadsheets whose locale writes decimals with a comma, a tab, a
// bar); fields that hold the delimiter, a quote, CR or LF are quoted with inner quotes doubled;
// every record, the last included, ends with CRLF.
//
// Formula injection: names, messages and form values come from the platforms and from other
// people, so a text cell that a spreadsheet would evaluate (one starting with = + - @, tab or CR)
// is written with a leading apostrophe and shows as text. Numbers are different: addNumber()
// formats a numeric value itself, so its output can only hold digits, a sign, a point and an
// exponent; a negative number such as -12 can never be a formula and stays a number that sorts
// and sums. Only text cells are guarded; a platform's *text* "-12" is guarded like any other text
// because nothing proves what follows the sign. That includes a mobile number "+86 138…":
// unguarded, Excel would evaluate it or turn it into 8.6E+12, so the visible apostrophe is the
// lesser harm. The guard is reversible (see unguardFormula()): a text cell that already starts
// with apostrophes followed by a trigger character gets one more, so a re-import can strip
// exactly one.
//
// Memory stays constant: rows go to the device whenever the small internal buffer fills.
class CsvWriter final
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)

public:
    enum class ByteOrderMark { Write, Omit };

    explicit CsvWriter(QIODevice *device, ByteOrderMark bom = ByteOrderMark::Write,
                       QChar delimiter = u',');
    ~CsvWriter();
    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    // Appends one cell to the current row.
    void addText(QStringView text);
    // Integers and finite reals unquoted and unguarded; anything else as guarded text.
    void addNumber(const QVariant &number);
    void addEmpty();

    // Ends the current row with CRLF. False once any write to the device has failed.
    bool endRow();
    bool writeTextRow(const QStringList &cells);
    // Hands everything buffered to the device; call once after the last row.
    bool flush();

    bool hasError() const { return !m_errorString.isEmpty(); }
    QString errorString() const { return m_errorString; }
    qint64 rowsWritten() const { return m_rows; }
    QChar delimiter() const { return m_delimiter; }

    static bool isNumber(const QVariant &value);
    static bool needsFormulaGuard(QStringView text);
    static QString guardFormula(QStringView text);
    // The inverse of guardFormula(), for readers that want the original text back.
    static QString unguardFormula(QStringView text);

private:
    void appendField(QStringView text);
    void appendUtf8(QStringView text);

    QIODevice *m_device = nullptr;
    char16_t m_delimiter = u',';
    QStringEncoder m_encoder;
    QByteArray m_buffer;
    QString m_errorString;
    qint64 m_rows = 0;
    qsizetype m_rowStart = 0; // where the current row begins in m_buffer
    int m_fieldsInRow = 0;
};
