#include "SecretScrubber.h"

#include <QUrl>

#include <algorithm>

void SecretScrubber::addSecret(const QString &secret)
{
    // Masking a two-letter "secret" would mangle ordinary output and protect nothing.
    if (secret.size() < 4)
        return;
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(secret));
    for (const QString &form : {secret, encoded}) {
        if (!m_secrets.contains(form))
            m_secrets.append(form);
    }
    // Longest first, so a secret that contains another is masked whole.
    std::sort(m_secrets.begin(), m_secrets.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

QString SecretScrubber::scrub(QString text) const
{
    for (const QString &secret : m_secrets)
        text.replace(secret, kMask);
    return text;
}

QByteArray SecretScrubber::scrub(QByteArray bytes) const
{
    const QByteArray mask = kMask.toUtf8();
    for (const QString &secret : m_secrets)
        bytes.replace(secret.toUtf8(), mask);
    return bytes;
}
