#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>

// Replaces every credential in pasted text (bearer tokens, token / secret / password values,
// Feishu t- / u- tokens, curl -u, user:password@ in links) with "***", before anything else
// reads the text, so no token can become an id, a source fragment or a log line.
class SecretMasker final
{
public:
    SecretMasker();

    QString mask(const QString &text) const;

    static QString maskText();

private:
    struct Rule
    {
        QRegularExpression pattern;
        int secretGroup;
    };
    QList<Rule> m_rules;
};
