#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// What a second launch of the window hands to the running one: the text of its command line
// (ids, links, curl lines, anything the paste parser reads; empty just raises the window).
// On the wire: "TMLN", the payload's length as a big-endian 32-bit number, then the payload,
// UTF-8 JSON. The running instance answers with the four bytes of acknowledged() once it has
// taken the tasks.
struct LaunchMessage
{
    QString text;

    // Larger frames are refused unread: a paste of many thousand ids still fits.
    static constexpr qsizetype maximumPayload = 1024 * 1024;
    static constexpr qsizetype headerSize = 8;

    QByteArray frame() const;
    // The payload's length from a frame's first headerSize bytes; nullopt when they are not a
    // frame's header or announce more than maximumPayload.
    static std::optional<qsizetype> payloadLength(const QByteArray &header);
    // nullopt when the payload is not a launch message.
    static std::optional<LaunchMessage> fromPayload(const QByteArray &payload);
    static QByteArray acknowledged();
};
