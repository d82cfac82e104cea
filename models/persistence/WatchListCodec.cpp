#include "models/persistence/WatchListCodec.h"

#include <QDataStream>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QtEndian>

namespace WatchListCodec {

namespace {

constexpr QDataStream::Version kStreamVersion = QDataStream::Qt_6_4;
constexpr quint8 kHasProgress = 0x1;
constexpr quint8 kHasSucceeded = 0x2;
constexpr quint8 kHasFailed = 0x4;
constexpr quint8 kHasTotal = 0x8;
// 9999-12-31T23:59:59.999Z. A sample time beyond it either way is damage, not a clock reading;
// refusing it also keeps the history's time arithmetic (differences, ETA) far from overflow.
constexpr qint64 kMaxSampleTimeMs = 253402300799999;

// A count read from a damaged blob must not make us reserve gigabytes.
bool plausibleCount(quint32 count, const QDataStream &stream)
{
    return stream.status() == QDataStream::Ok && count <= quint32(stream.device()->size());
}

bool completelyRead(const QDataStream &stream)
{
    return stream.status() == QDataStream::Ok && stream.atEnd();
}

// Value tags of a sub-task field. Not QDataStream's QVariant form: that one reserves whatever
// count a damaged blob claims for a list before reading a single element.
enum ValueTag : quint8 {
    kNothing = 0,
    kText = 1,
    kInteger = 2,
    kUnsigned = 3,
    kDouble = 4,
    kBool = 5,
    kTextList = 6,
    kOther = 7, // any other type, as QDataStream writes a QVariant
};

// Types kept in QDataStream's QVariant form (kOther). Only those whose stream form is bounded by
// the blob: QDataStream reads a container (QVariantList, QVariantMap, …) by reserving the count
// it claims, so a damaged blob could ask for gigabytes and end the app with bad_alloc.
bool isStreamedAsVariant(int typeId)
{
    switch (typeId) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
    case QMetaType::Float:
    case QMetaType::QChar:
    case QMetaType::QByteArray:
    case QMetaType::QDate:
    case QMetaType::QTime:
    case QMetaType::QDateTime:
    case QMetaType::QUrl:
    case QMetaType::QUuid:
        return true;
    default:
        return false;
    }
}

// The type a QVariant in the stream says it has, read ahead without consuming it.
std::optional<quint32> peekVariantType(const QDataStream &stream)
{
    const QByteArray head = stream.device()->peek(sizeof(quint32));
    if (head.size() != qsizetype(sizeof(quint32)))
        return std::nullopt;
    return qFromBigEndian<quint32>(head.constData());
}

// A nested list or map as compact JSON, the form the parsers give nested values; other types as
// QVariant converts them.
QString textOf(const QVariant &value)
{
    const QJsonValue json = QJsonValue::fromVariant(value);
    if (json.isArray())
        return QString::fromUtf8(QJsonDocument(json.toArray()).toJson(QJsonDocument::Compact));
    if (json.isObject())
        return QString::fromUtf8(QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact));
    return value.toString();
}

void writeStrings(QDataStream &stream, const QStringList &strings)
{
    stream << quint32(strings.size());
    for (const QString &string : strings)
        stream << string;
}

bool readStrings(QDataStream &stream, QStringList *strings)
{
    quint32 count = 0;
    stream >> count;
    if (!plausibleCount(count, stream))
        return false;
    strings->reserve(count);
    for (quint32 i = 0; i < count && stream.status() == QDataStream::Ok; ++i) {
        QString string;
        stream >> string;
        strings->append(std::move(string));
    }
    return stream.status() == QDataStream::Ok;
}

void writeValue(QDataStream &stream, const QVariant &value)
{
    switch (value.metaType().id()) {
    case QMetaType::UnknownType:
        stream << quint8(kNothing);
        break;
    case QMetaType::QString:
        stream << quint8(kText) << value.toString();
        break;
    case QMetaType::LongLong:
        stream << quint8(kInteger) << value.toLongLong();
        break;
    case QMetaType::ULongLong:
        stream << quint8(kUnsigned) << value.toULongLong();
        break;
    case QMetaType::Double:
        stream << quint8(kDouble) << value.toDouble();
        break;
    case QMetaType::Bool:
        stream << quint8(kBool) << value.toBool();
        break;
    case QMetaType::QStringList:
        stream << quint8(kTextList);
        writeStrings(stream, value.toStringList());
        break;
    default:
        if (isStreamedAsVariant(value.metaType().id()))
            stream << quint8(kOther) << value;
        else // a row's values are scalars (see SubtaskRow); anything else is kept as text
            stream << quint8(kText) << textOf(value);
        break;
    }
}

bool readValue(QDataStream &stream, QVariant *value)
{
    quint8 tag = kNothing;
    stream >> tag;
    switch (tag) {
    case kNothing:
        *value = QVariant();
        return true;
    case kText: {
        QString text;
        stream >> text;
        *value = text;
        return true;
    }
    case kInteger: {
        qint64 number = 0;
        stream >> number;
        *value = number;
        return true;
    }
    case kUnsigned: {
        quint64 number = 0;
        stream >> number;
        *value = number;
        return true;
    }
    case kDouble: {
        double number = 0;
        stream >> number;
        *value = number;
        return true;
    }
    case kBool: {
        bool flag = false;
        stream >> flag;
        *value = flag;
        return true;
    }
    case kTextList: {
        QStringList strings;
        if (!readStrings(stream, &strings))
            return false;
        *value = strings;
        return true;
    }
    case kOther: {
        const std::optional<quint32> type = peekVariantType(stream);
        if (!type || !isStreamedAsVariant(int(*type)))
            return false;
        stream >> *value;
        return stream.status() == QDataStream::Ok;
    }
    default:
        return false;
    }
}

} // namespace

QByteArray encodeFields(const QList<std::pair<QString, QVariant>> &fields)
{
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream.setVersion(kStreamVersion);
    stream << quint32(fields.size());
    for (const auto &[name, value] : fields) {
        stream << name;
        writeValue(stream, value);
    }
    return bytes;
}

std::optional<QList<std::pair<QString, QVariant>>> decodeFields(const QByteArray &blob)
{
    QDataStream stream(blob);
    stream.setVersion(kStreamVersion);
    quint32 count = 0;
    stream >> count;
    if (!plausibleCount(count, stream))
        return std::nullopt;
    QList<std::pair<QString, QVariant>> fields;
    fields.reserve(count);
    for (quint32 i = 0; i < count && stream.status() == QDataStream::Ok; ++i) {
        std::pair<QString, QVariant> field;
        stream >> field.first;
        if (!readValue(stream, &field.second))
            return std::nullopt;
        fields.append(std::move(field));
    }
    if (!completelyRead(stream))
        return std::nullopt;
    return fields;
}

QByteArray encodeStrings(const QStringList &strings)
{
    if (strings.isEmpty())
        return {};
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream.setVersion(kStreamVersion);
    writeStrings(stream, strings);
    return bytes;
}

std::optional<QStringList> decodeStrings(const QByteArray &blob)
{
    if (blob.isEmpty())
        return QStringList();
    QDataStream stream(blob);
    stream.setVersion(kStreamVersion);
    QStringList strings;
    if (!readStrings(stream, &strings) || !completelyRead(stream))
        return std::nullopt;
    return strings;
}

QByteArray encodeFormContents(const QList<ReportFormField> &fields)
{
    if (fields.isEmpty())
        return {};
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream.setVersion(kStreamVersion);
    stream << quint32(fields.size());
    for (const ReportFormField &field : fields)
        stream << field.fieldId << field.fieldName << field.fieldValue;
    return bytes;
}

std::optional<QList<ReportFormField>> decodeFormContents(const QByteArray &blob)
{
    if (blob.isEmpty())
        return QList<ReportFormField>();
    QDataStream stream(blob);
    stream.setVersion(kStreamVersion);
    quint32 count = 0;
    stream >> count;
    if (!plausibleCount(count, stream))
        return std::nullopt;
    QList<ReportFormField> fields;
    fields.reserve(count);
    for (quint32 i = 0; i < count && stream.status() == QDataStream::Ok; ++i) {
        ReportFormField field;
        stream >> field.fieldId >> field.fieldName >> field.fieldValue;
        fields.append(std::move(field));
    }
    if (!completelyRead(stream))
        return std::nullopt;
    return fields;
}

QByteArray encodeHistory(const QList<HistorySample> &samples)
{
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream.setVersion(kStreamVersion);
    stream << quint32(samples.size());
    for (const HistorySample &sample : samples) {
        const quint8 present = (sample.progress ? kHasProgress : 0) |
                               (sample.succeeded ? kHasSucceeded : 0) |
                               (sample.failed ? kHasFailed : 0) | (sample.total ? kHasTotal : 0);
        stream << sample.atMs << present;
        if (sample.progress)
            stream << *sample.progress;
        if (sample.succeeded)
            stream << *sample.succeeded;
        if (sample.failed)
            stream << *sample.failed;
        if (sample.total)
            stream << *sample.total;
    }
    return bytes;
}

std::optional<QList<HistorySample>> decodeHistory(const QByteArray &blob)
{
    QDataStream stream(blob);
    stream.setVersion(kStreamVersion);
    quint32 count = 0;
    stream >> count;
    if (!plausibleCount(count, stream))
        return std::nullopt;
    QList<HistorySample> samples;
    samples.reserve(count);
    for (quint32 i = 0; i < count && stream.status() == QDataStream::Ok; ++i) {
        HistorySample sample;
        quint8 present = 0;
        stream >> sample.atMs >> present;
        if (sample.atMs > kMaxSampleTimeMs || sample.atMs < -kMaxSampleTimeMs)
            return std::nullopt;
        const auto readCount = [&stream](std::optional<qint64> &value) {
            qint64 number = 0;
            stream >> number;
            value = number;
        };
        if (present & kHasProgress) {
            double progress = 0;
            stream >> progress;
            sample.progress = progress;
        }
        if (present & kHasSucceeded)
            readCount(sample.succeeded);
        if (present & kHasFailed)
            readCount(sample.failed);
        if (present & kHasTotal)
            readCount(sample.total);
        samples.append(sample);
    }
    if (!completelyRead(stream))
        return std::nullopt;
    return samples;
}

qint64 digest(const QByteArray &bytes, qint64 seed)
{
    quint64 hash = 14695981039346656037ull ^ quint64(seed);
    for (const char byte : bytes) {
        hash ^= quint8(byte);
        hash *= 1099511628211ull;
    }
    return qint64(hash);
}

} // namespace WatchListCodec
