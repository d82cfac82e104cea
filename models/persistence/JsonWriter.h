#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonValue>
#include <QLatin1String>
#include <QString>
#include <QStringList>
#include <QVarLengthArray>

#include <optional>

// Writes compact JSON straight into bytes, in the order the caller gives (so a file starts
// with its format and version). Building a QJsonObject tree and serialising it costs several
// times more, and a save of thousands of tasks runs on the GUI thread every few seconds.
// Also decides how values that plain JSON cannot hold exactly are written; JsonReader reads
// them back.
class JsonWriter final
{
public:
    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(QLatin1String name); // keys are ours, plain ASCII

    void string(const QString &value);
    void string(QLatin1String value);
    void boolean(bool value);
    void null();
    // Integers beyond ±2^53 become decimal strings: most JSON readers (JavaScript, jq) turn
    // every number into a double and would round them.
    void integer(qint64 value);
    void optionalInteger(const std::optional<qint64> &value);
    // NaN and infinities become "nan", "inf", "-inf", which JSON cannot spell.
    void number(double value);
    void optionalNumber(const std::optional<double> &value);
    // ISO 8601 in UTC with milliseconds; null when invalid.
    void dateTime(const QDateTime &value);
    // Null for a null QString, so "not sent" and "sent empty" stay apart.
    void nullableString(const QString &value);
    void stringList(const QStringList &list);
    void base64(const QByteArray &bytes);
    void value(const QJsonValue &value);

    // Whether integer(value) writes a string.
    static bool needsString(qint64 value);

    QByteArray take() { return std::move(m_out); }

private:
    void separate();
    void escaped(const QByteArray &utf8);
    void digits(qint64 value);
    void shortest(double value);

    QByteArray m_out;
    QVarLengthArray<bool, 16> m_first; // per open object / array: nothing written in it yet
    bool m_afterKey = false;
};
