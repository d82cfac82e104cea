#include "network/parsers/WireJson.h"

#include "network/parsers/LargeIntegerQuoter.h"
#include "network/parsers/ParserText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>

#include <cmath>

namespace WireJson {

namespace {

constexpr qsizetype kExcerptBytes = 200;
constexpr qsizetype kTitleSearchBytes = 4096;
constexpr qsizetype kDescribeChars = 60;
// Beyond this a double is no longer guaranteed to convert to qint64 without overflow.
constexpr double kInt64Limit = 9.2e18;
// 9999-12-31T23:59:59Z: later "seconds" are a unit mistake, not a time.
constexpr qint64 kMaxUnixSeconds = 253402300799;

bool isJsonWhitespace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

QString htmlTitle(const QByteArray &body)
{
    const QByteArray head = body.left(kTitleSearchBytes);
    const QByteArray lower = head.toLower();
    const qsizetype open = lower.indexOf("<title");
    if (open < 0)
        return {};
    const qsizetype start = lower.indexOf('>', open);
    if (start < 0)
        return {};
    const qsizetype end = lower.indexOf("</title", start);
    if (end < 0)
        return {};
    return QString::fromUtf8(head.mid(start + 1, end - start - 1)).simplified().left(100);
}

QString typeWord(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Array:
        return ParserText::tr("an array");
    case QJsonValue::String:
        return ParserText::tr("a string");
    case QJsonValue::Double:
        return ParserText::tr("a number");
    case QJsonValue::Bool:
        return ParserText::tr("a boolean");
    case QJsonValue::Null:
        return ParserText::tr("null");
    case QJsonValue::Object:
        return ParserText::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return ParserText::tr("nothing");
}

QString describe(const QJsonValue &value)
{
    QString text = value.isString() ? QLatin1Char('"') + value.toString() + QLatin1Char('"')
                                    : scalarText(value);
    if (text.size() > kDescribeChars)
        text = text.left(kDescribeChars) + QStringLiteral("…");
    return text;
}

std::optional<qint64> integralValue(double d)
{
    if (!std::isfinite(d) || std::trunc(d) != d || std::fabs(d) > kInt64Limit)
        return std::nullopt;
    return static_cast<qint64>(d);
}

} // namespace

Body readBody(const QByteArray &body)
{
    Body result;
    qsizetype first = 0;
    while (first < body.size() && isJsonWhitespace(body.at(first)))
        ++first;
    if (first == body.size()) {
        result.shape = Body::Shape::Empty;
        result.problem = ParserText::tr("The platform answered with an empty body");
        return result;
    }

    result.text = quoteLargeIntegers(body);
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(result.text, &error);
    if (error.error == QJsonParseError::NoError) {
        if (document.isObject()) {
            result.shape = Body::Shape::Object;
            result.object = document.object();
            return result;
        }
        result.shape = Body::Shape::NotObject;
        result.problem = ParserText::tr("The answer is JSON but not an object: it is %1")
                             .arg(typeWord(QJsonValue(document.array())));
        return result;
    }

    if (body.at(first) == '<') {
        result.shape = Body::Shape::Markup;
        const QString title = htmlTitle(body);
        result.problem =
            title.isEmpty()
                ? ParserText::tr("The platform answered with an HTML page instead of JSON")
                : ParserText::tr("The platform answered with an HTML page (“%1”) instead of JSON")
                      .arg(title);
        return result;
    }

    // QJsonDocument refuses a bare scalar at the top; say what it was rather than "illegal value".
    const QJsonDocument wrapped =
        QJsonDocument::fromJson(QByteArray(QByteArray("[") + result.text + "]"));
    if (wrapped.isArray() && wrapped.array().size() == 1) {
        result.shape = Body::Shape::NotObject;
        result.problem = ParserText::tr("The answer is JSON but not an object: it is %1")
                             .arg(typeWord(wrapped.array().first()));
        return result;
    }

    // Report the offset in the bytes as received, not in the quoted copy.
    QJsonParseError original{};
    QJsonDocument::fromJson(body, &original);
    if (original.error == QJsonParseError::NoError)
        original = error;
    result.shape = Body::Shape::Malformed;
    result.problem = ParserText::tr("The answer is not valid JSON: %1 at byte %2")
                         .arg(original.errorString())
                         .arg(original.offset);
    return result;
}

QByteArray excerpt(const QByteArray &body)
{
    if (body.size() <= kExcerptBytes)
        return body;
    qsizetype cut = kExcerptBytes;
    // Do not split a UTF-8 sequence: back up to the byte that starts it.
    while (cut > 0 && (static_cast<unsigned char>(body.at(cut)) & 0xC0) == 0x80)
        --cut;
    return body.left(cut);
}

QString scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (const auto whole = integralValue(d))
            return QString::number(*whole);
        return QString::number(d, 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

Fields::Fields(const QJsonObject &object, QString path, QStringList *warnings)
    : m_object(object)
    , m_path(std::move(path))
    , m_warnings(warnings)
{}

bool Fields::has(QLatin1String key) const
{
    const QJsonValue value = m_object.value(key);
    return !value.isUndefined() && !value.isNull();
}

QString Fields::pathOf(QLatin1String key) const
{
    return m_path.isEmpty() ? QString(key) : m_path + QLatin1Char('.') + key;
}

void Fields::warnUnusable(QLatin1String key, const QString &why) const
{
    if (!m_warnings)
        return;
    const QString shown = describe(m_object.value(key));
    m_warnings->append(
        why.isEmpty()
            ? ParserText::tr("The field %1 has an unusable value (%2) and was left empty.")
                  .arg(pathOf(key), shown)
            : ParserText::tr("The field %1 has an unusable value (%2: %3) and was left empty.")
                  .arg(pathOf(key), shown, why));
}

std::optional<QString> Fields::text(QLatin1String key) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (value.isObject() || value.isArray()) {
        warnUnusable(key, ParserText::tr("expected text, got %1").arg(typeWord(value)));
        return std::nullopt;
    }
    return scalarText(value);
}

QString Fields::id(QLatin1String key) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isString() || value.isDouble())
        return scalarText(value);
    if (!value.isUndefined() && !value.isNull())
        warnUnusable(key, ParserText::tr("expected an id, got %1").arg(typeWord(value)));
    return {};
}

std::optional<qint64> Fields::integer(QLatin1String key) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (value.isDouble()) {
        if (const auto whole = integralValue(value.toDouble()))
            return whole;
    } else if (value.isString()) {
        const QString text = value.toString().trimmed();
        bool ok = false;
        const qint64 whole = text.toLongLong(&ok);
        if (ok)
            return whole;
        const double d = text.toDouble(&ok);
        if (ok) {
            if (const auto fromDouble = integralValue(d))
                return fromDouble;
        }
    }
    warnUnusable(key, ParserText::tr("expected a whole number"));
    return std::nullopt;
}

std::optional<qint64> Fields::count(QLatin1String key) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (value.isDouble()) {
        const auto whole = integralValue(value.toDouble());
        if (whole && *whole >= 0)
            return whole;
    } else if (value.isString()) {
        const QString text = value.toString().trimmed();
        bool ok = false;
        const qint64 whole = text.toLongLong(&ok);
        if (ok && whole >= 0)
            return whole;
        if (!ok) {
            const auto fromDouble = integralValue(text.toDouble(&ok));
            if (ok && fromDouble && *fromDouble >= 0)
                return fromDouble;
        }
    }
    warnUnusable(key, ParserText::tr("expected a count"));
    return std::nullopt;
}

std::optional<double> Fields::number(QLatin1String key) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (value.isDouble())
        return value.toDouble();
    if (value.isString()) {
        bool ok = false;
        const double d = value.toString().trimmed().toDouble(&ok);
        if (ok && std::isfinite(d))
            return d;
    }
    warnUnusable(key, ParserText::tr("expected a number"));
    return std::nullopt;
}

std::optional<bool> Fields::boolean(QLatin1String key) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (value.isBool())
        return value.toBool();
    if (value.isString()) {
        const QString text = value.toString().trimmed();
        if (text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
            return true;
        if (text.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
            return false;
    }
    if (value.isDouble() && (value.toDouble() == 0 || value.toDouble() == 1))
        return value.toDouble() == 1;
    warnUnusable(key, ParserText::tr("expected true or false"));
    return std::nullopt;
}

std::optional<QStringList> Fields::textList(QLatin1String key) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isArray()) {
        warnUnusable(key, ParserText::tr("expected a list, got %1").arg(typeWord(value)));
        return std::nullopt;
    }
    QStringList list;
    const QJsonArray array = value.toArray();
    list.reserve(array.size());
    for (const QJsonValue &element : array)
        list.append(scalarText(element));
    return list;
}

std::optional<QJsonObject> Fields::childObject(QLatin1String key) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isObject())
        return value.toObject();
    if (!value.isUndefined() && !value.isNull())
        warnUnusable(key, ParserText::tr("expected an object, got %1").arg(typeWord(value)));
    return std::nullopt;
}

QDateTime Fields::unixSeconds(QLatin1String key) const
{
    const std::optional<qint64> seconds = integer(key);
    if (!seconds || *seconds == 0)
        return {};
    if (*seconds < 0 || *seconds > kMaxUnixSeconds) {
        warnUnusable(key, ParserText::tr("not a time in Unix seconds"));
        return {};
    }
    return QDateTime::fromSecsSinceEpoch(*seconds, Qt::UTC);
}

QDateTime Fields::isoTime(QLatin1String key) const
{
    const std::optional<QString> text = this->text(key);
    if (!text || text->trimmed().isEmpty())
        return {};
    const QJsonValue value = m_object.value(key);
    if (!value.isString()) {
        warnUnusable(key, ParserText::tr("expected an ISO 8601 time"));
        return {};
    }
    QDateTime time = QDateTime::fromString(text->trimmed(), Qt::ISODateWithMs);
    if (!time.isValid()) {
        warnUnusable(key, ParserText::tr("expected an ISO 8601 time"));
        return {};
    }
    // Without an offset the platforms mean UTC, not this computer's zone.
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC);
    return time.toUTC();
}

} // namespace WireJson
