#pragma once

#include <QByteArray>
#include <QString>

class QUrl;

// Makes anything that may hold a credential safe for a log line, at the place that logs it:
// URLs lose their user info and credential query values, headers naming a credential lose
// their value, bodies and free text are masked as the raw-answer view masks them, and bodies
// are cut short. Control characters become spaces, so no text forges a log line. The same masking
// as RawBodyRedactor, so the log and the window agree.
class LogRedactor final
{
public:
    static constexpr qsizetype kLongestBodyShown = 300;

    static QString url(const QUrl &url);
    static QString header(const QByteArray &name, const QByteArray &value);
    static QString body(const QByteArray &body, qsizetype longest = kLongestBodyShown);
    static QString text(const QString &text);
};
