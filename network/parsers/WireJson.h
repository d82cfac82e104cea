#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QLatin1String>
#include <QString>
#include <QStringList>

#include <optional>

namespace WireJson {

// What a response body turned out to be, read with large integers kept exact.
struct Body
{
    enum class Shape { Object, Empty, Markup, Malformed, NotObject };

    Shape shape = Shape::Empty;
    QJsonObject object; // when shape is Object
    QByteArray text;    // the bytes QJsonDocument read (large integers quoted)
    QString problem;    // why it is not an object, in words, without the HTTP status
};

Body readBody(const QByteArray &body);

// The first bytes of a body for an error report, cut at a character boundary.
QByteArray excerpt(const QByteArray &body);

// A value as exact text: strings as sent, integral numbers without exponent or fraction.
QString scalarText(const QJsonValue &value);

// Reads typed fields of one object. Absent or null fields give nothing; present fields of an
// unusable type give nothing and add a sentence to `warnings`, naming `path`.
class Fields
{
public:
    Fields(const QJsonObject &object, QString path, QStringList *warnings);

    const QJsonObject &object() const { return m_object; }
    // Present and not null.
    bool has(QLatin1String key) const;
    QString pathOf(QLatin1String key) const;

    // Text; numbers and booleans are accepted as their text.
    std::optional<QString> text(QLatin1String key) const;
    // An id: a string, or a number kept exact (see quoteLargeIntegers).
    QString id(QLatin1String key) const;
    // A whole number, also from a numeric string.
    std::optional<qint64> integer(QLatin1String key) const;
    // Like integer(), but negative values are unusable.
    std::optional<qint64> count(QLatin1String key) const;
    std::optional<double> number(QLatin1String key) const;
    std::optional<bool> boolean(QLatin1String key) const;
    // An array of scalars as text.
    std::optional<QStringList> textList(QLatin1String key) const;
    std::optional<QJsonObject> childObject(QLatin1String key) const;
    // Unix seconds; 0 counts as not set.
    QDateTime unixSeconds(QLatin1String key) const;
    // ISO 8601 with or without seconds, fraction and offset; without an offset it is UTC.
    QDateTime isoTime(QLatin1String key) const;

    void warnUnusable(QLatin1String key, const QString &why = {}) const;

private:
    QJsonObject m_object;
    QString m_path;
    QStringList *m_warnings;
};

} // namespace WireJson
