#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

// ISO 8601 times in UTC with milliseconds ("2026-03-06T09:00:00.123Z"), the form every time in
// the watch list file has. Done by hand for that one form because a big list holds tens of
// thousands of them and QDateTime's general formatter and parser were a fifth of the time to
// save and to load; anything else goes through QDateTime.
class IsoTime final
{
public:
    // Empty for an invalid time.
    static QByteArray format(const QDateTime &time);
    // Invalid when the text is not an ISO 8601 date and time.
    static QDateTime parse(const QString &text);
};
