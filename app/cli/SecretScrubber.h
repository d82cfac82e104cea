#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Removes known secrets from anything about to be printed or written. Platforms echo request
// bodies in some error messages, so this is the last line of defence, not the only one.
class SecretScrubber final
{
public:
    static inline const QString kMask = QStringLiteral("***");

    void addSecret(const QString &secret);

    QString scrub(QString text) const;
    QByteArray scrub(QByteArray bytes) const;

private:
    QStringList m_secrets;
};
