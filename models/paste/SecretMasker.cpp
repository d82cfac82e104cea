#include "models/paste/SecretMasker.h"

namespace {

QRegularExpression pattern(const char *source)
{
    QRegularExpression expression(QString::fromUtf8(source),
                                  QRegularExpression::CaseInsensitiveOption |
                                      QRegularExpression::UseUnicodePropertiesOption);
    expression.optimize();
    return expression;
}

} // namespace

SecretMasker::SecretMasker()
{
    // A key naming a credential, then its value: headers, query strings, JSON, YAML, env.
    m_rules << Rule{
        pattern(R"((?<![A-Za-z0-9_.-])([A-Za-z0-9_.-]*(?:token|secret|password|passwd|)"
                R"(authorization|cookie|signature|api[_-]?key|credential)[A-Za-z0-9_-]*))"
                R"((["']?[ \t]*[:=][ \t]*["']?)((?:bearer|basic)[ \t]+)?)"
                R"(([^\s'",;&{}\[\]]+))"),
        4};
    m_rules << Rule{pattern(R"(\b(?:bearer|basic)[ \t]+([^\s'",;&{}\[\]]+))"), 1};
    m_rules << Rule{pattern(R"(\b[tu]-([A-Za-z0-9_-]{16,}))"), 1};
    m_rules << Rule{pattern(R"((?:^|\s)(?:-u|--user)\s+['"]?([^\s'"]+))"), 1};
    m_rules << Rule{pattern(R"(://([^/\s:@]+:[^@\s/]+)@)"), 1};
}

QString SecretMasker::mask(const QString &text) const
{
    QString masked = text;
    for (const Rule &rule : m_rules) {
        QString next;
        qsizetype copied = 0;
        auto matches = rule.pattern.globalMatch(masked);
        while (matches.hasNext()) {
            const QRegularExpressionMatch match = matches.next();
            const qsizetype start = match.capturedStart(rule.secretGroup);
            if (start < 0 || match.capturedView(rule.secretGroup) == maskText())
                continue;
            next += QStringView(masked).mid(copied, start - copied);
            next += maskText();
            copied = match.capturedEnd(rule.secretGroup);
        }
        if (copied == 0)
            continue;
        next += QStringView(masked).mid(copied);
        masked = next;
    }
    return masked;
}

QString SecretMasker::maskText()
{
    return QStringLiteral("***");
}
