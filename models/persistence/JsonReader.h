#pragma once

#include "models/persistence/JsonPath.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

// Reads typed fields out of a saved file and remembers the first thing that was wrong, with
// where it was. An absent or null field yields its default; a present field of the wrong
// type fails, because a file we wrote never has one, so it means the file is damaged.
class JsonReader final
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)

public:
    bool failed() const { return m_failed; }
    // "tasks[3].snapshot.state: unknown value "foo"", translated.
    const QString &error() const { return m_error; }

    void fail(const JsonPath &at, const QString &what);
    void failUnknownValue(const JsonPath &at, const QString &value);

    // Fields of an object. A string that is null or absent reads as a null QString, an empty
    // one as an empty (non-null) QString.
    QString string(const QJsonObject &object, QLatin1String key, const JsonPath &at);
    bool boolean(const QJsonObject &object, QLatin1String key, const JsonPath &at);
    qint64 integer(const QJsonObject &object, QLatin1String key, const JsonPath &at,
                   qint64 fallback = 0);
    std::optional<qint64> optionalInteger(const QJsonObject &object, QLatin1String key,
                                          const JsonPath &at);
    std::optional<double> optionalDouble(const QJsonObject &object, QLatin1String key,
                                         const JsonPath &at);
    QDateTime dateTime(const QJsonObject &object, QLatin1String key, const JsonPath &at);
    QByteArray base64(const QJsonObject &object, QLatin1String key, const JsonPath &at);
    QStringList stringList(const QJsonObject &object, QLatin1String key, const JsonPath &at);
    QJsonArray array(const QJsonObject &object, QLatin1String key, const JsonPath &at);
    QJsonObject object(const QJsonObject &object, QLatin1String key, const JsonPath &at);

    // Single values, for arrays and tuples.
    QString stringValue(const QJsonValue &value, const JsonPath &at);
    QJsonObject objectValue(const QJsonValue &value, const JsonPath &at);
    QJsonArray arrayValue(const QJsonValue &value, const JsonPath &at);
    // A JSON integer, or a decimal string for magnitudes JSON numbers cannot hold exactly.
    std::optional<qint64> integerValue(const QJsonValue &value, const JsonPath &at);
    // A JSON number, or "nan" / "inf" / "-inf", which JSON cannot spell.
    std::optional<double> doubleValue(const QJsonValue &value, const JsonPath &at);
    QStringList stringListValue(const QJsonValue &value, const JsonPath &at);

private:
    bool m_failed = false;
    QString m_error;
};
