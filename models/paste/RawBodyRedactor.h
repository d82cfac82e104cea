#pragma once

#include "models/paste/SecretMasker.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

struct LenientJsonNode;

// Turns a stored response body into text safe to show: JSON pretty-printed in the platform's
// key order (numbers keep their digits), every value under a credential-like key replaced,
// credential shapes in strings masked, and the secrets and tokens the session holds removed
// wherever they appear. A body that is not JSON is masked as plain text.
class RawBodyRedactor final
{
public:
    // A secret or token the session holds; too short to be told from ordinary text is ignored.
    void addSecret(const QString &secret);

    // longest: a JSON body's text stops once it is past this many characters, at the end of
    // a value (a negative: the whole text). Growing the whole text of a 100,000-row answer
    // reallocated tens of megabytes under the allocator's lock, which other threads then
    // waited for; the Raw tab shows only its start.
    QString redact(const QByteArray &body, qsizetype longest = -1) const;

    // token, secret, password, authorization, cookie, signature, api_key, credential…
    static bool isCredentialKey(const QString &key);

private:
    QString scrub(const QString &text) const;
    void write(const LenientJsonNode &node, int depth, qsizetype longest, QString &out) const;
    void writeString(const QString &text, QString &out) const;

    SecretMasker m_masker;
    QStringList m_secrets; // longest first, so a secret containing another goes whole
};
