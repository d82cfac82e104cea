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

    QString redact(const QByteArray &body) const;

    // token, secret, password, authorization, cookie, signature, api_key, credential…
    static bool isCredentialKey(const QString &key);

private:
    QString scrub(const QString &text) const;
    void write(const LenientJsonNode &node, int depth, QString &out) const;
    void writeString(const QString &text, QString &out) const;

    SecretMasker m_masker;
    QStringList m_secrets; // longest first, so a secret containing another goes whole
};
