#include "models/paste/LogRedactor.h"

#include "models/paste/RawBodyRedactor.h"
#include "models/paste/SecretMasker.h"

#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

namespace {

// Masking reads only this much of a body: a log line shows its start, and a 10 MB answer must
// not cost a regular-expression pass over all of it.
constexpr qsizetype kLongestBodyMasked = 4096;
constexpr qsizetype kLongestTextMasked = 2048;

const SecretMasker &masker()
{
    static const SecretMasker instance;
    return instance;
}

} // namespace

QString LogRedactor::text(const QString &text)
{
    // Platforms echo request bodies inside their messages as escaped JSON; unescaped quotes let
    // the masker see {"app_secret":"…"} for what it is.
    QString masked = text.first(std::min(text.size(), kLongestTextMasked));
    masked.replace(QLatin1String("\\\""), QLatin1String("\""));
    masked = masker().mask(masked);
    // Text from a platform or a paste must not start a log line of its own.
    for (QChar &c : masked) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator)
            c = QLatin1Char(' ');
    }
    if (text.size() > kLongestTextMasked)
        masked += QChar(0x2026);
    return masked;
}

QString LogRedactor::url(const QUrl &url)
{
    QUrl safe = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveFragment);
    if (safe.hasQuery()) {
        QUrlQuery query(safe);
        const auto items = query.queryItems(QUrl::FullyEncoded);
        QUrlQuery masked;
        for (const auto &[key, value] : items) {
            const bool credential =
                RawBodyRedactor::isCredentialKey(QUrl::fromPercentEncoding(key.toUtf8()));
            masked.addQueryItem(key, credential ? SecretMasker::maskText() : value);
        }
        safe.setQuery(masked);
    }
    return text(safe.toString(QUrl::FullyEncoded));
}

QString LogRedactor::header(const QByteArray &name, const QByteArray &value)
{
    const QString key = QString::fromLatin1(name);
    if (RawBodyRedactor::isCredentialKey(key))
        return key + QLatin1String(": ") + SecretMasker::maskText();
    return text(key + QLatin1String(": ") + QString::fromLatin1(value));
}

QString LogRedactor::body(const QByteArray &body, qsizetype longest)
{
    QString shown =
        text(QString::fromUtf8(body.first(std::min(body.size(), kLongestBodyMasked)))).simplified();
    if (shown.size() > longest) {
        shown.truncate(longest);
        shown += QChar(0x2026);
    }
    return shown;
}
