#include "app/gui/LaunchMessage.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

namespace {

constexpr char magic[] = "TMLN";
constexpr int version = 1;

} // namespace

QByteArray LaunchMessage::frame() const
{
    const QByteArray payload = QJsonDocument(QJsonObject{{QStringLiteral("version"), version},
                                                         {QStringLiteral("text"), text}})
                                   .toJson(QJsonDocument::Compact);
    QByteArray frame(magic, 4);
    frame.resize(headerSize);
    qToBigEndian(quint32(payload.size()), frame.data() + 4);
    return frame + payload;
}

std::optional<qsizetype> LaunchMessage::payloadLength(const QByteArray &header)
{
    if (header.size() < headerSize || !header.startsWith(QByteArrayView(magic, 4)))
        return std::nullopt;
    const quint32 length = qFromBigEndian<quint32>(header.constData() + 4);
    if (length > quint32(maximumPayload))
        return std::nullopt;
    return qsizetype(length);
}

std::optional<LaunchMessage> LaunchMessage::fromPayload(const QByteArray &payload)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(payload, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    if (object.value(QLatin1String("version")).toInt() != version ||
        !object.value(QLatin1String("text")).isString())
        return std::nullopt;
    return LaunchMessage{object.value(QLatin1String("text")).toString()};
}

QByteArray LaunchMessage::acknowledged()
{
    return QByteArrayLiteral("TMOK");
}
