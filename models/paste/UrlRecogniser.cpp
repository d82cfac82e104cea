#include "models/paste/UrlRecogniser.h"

#include "models/paste/IdShape.h"
#include "models/paste/PasteText.h"

#include <QByteArray>

#include <array>

namespace {

enum class IdPlace {
    Query,
    PathSegment,
    Nowhere,
};

struct Endpoint
{
    const char *path;
    TaskKind kind;
    IdPlace idPlace;
};

constexpr std::array kEndpoints{
    Endpoint{"/open-apis/contact/v2/task/get", TaskKind::FeishuContact, IdPlace::Query},
    Endpoint{"/open-apis/drive/v1/files/task_check", TaskKind::FeishuDrive, IdPlace::Query},
    Endpoint{"/open-apis/report/v1/tasks/query", TaskKind::FeishuReport, IdPlace::Nowhere},
    Endpoint{"/v1.0/storage/tasks", TaskKind::DingTalkStorage, IdPlace::PathSegment},
    Endpoint{"/v2.0/doc/task/info", TaskKind::DingTalkDoc, IdPlace::PathSegment},
};

constexpr std::array kPlatformDomains{"feishu.cn", "larksuite.com", "larkoffice.com",
                                      "dingtalk.com", "dingtalk.io"};

bool isDelimiter(QChar c)
{
    static const QString delimiters = QStringLiteral("'\"`“”‘’<>()[],;|\\。、");
    return c.isSpace() || delimiters.contains(c);
}

QString decode(QStringView encoded)
{
    return QString::fromUtf8(QByteArray::fromPercentEncoding(encoded.toUtf8())).trimmed();
}

QStringView hostOf(QStringView token)
{
    const qsizetype scheme = token.indexOf(QStringLiteral("://"));
    QStringView rest = scheme >= 0 ? token.mid(scheme + 3) : token;
    qsizetype end = 0;
    while (end < rest.size() && rest.at(end) != QLatin1Char('/') &&
           rest.at(end) != QLatin1Char(':') && rest.at(end) != QLatin1Char('?'))
        ++end;
    return rest.first(end);
}

bool isPlatformHost(QStringView host)
{
    for (const char *domain : kPlatformDomains) {
        const QLatin1String suffix(domain);
        if (host.compare(suffix, Qt::CaseInsensitive) == 0)
            return true;
        if (host.size() > suffix.size() && host.endsWith(suffix, Qt::CaseInsensitive) &&
            host.at(host.size() - suffix.size() - 1) == QLatin1Char('.'))
            return true;
    }
    return false;
}

// The decoded value of a query parameter of the link, or a null string.
QString queryValue(QStringView link, QLatin1String name)
{
    const qsizetype question = link.indexOf(QLatin1Char('?'));
    if (question < 0)
        return {};
    QStringView query = link.mid(question + 1);
    const qsizetype hash = query.indexOf(QLatin1Char('#'));
    if (hash >= 0)
        query = query.first(hash);
    for (QStringView pair : query.split(QLatin1Char('&'))) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        if (equals > 0 && pair.first(equals) == name) {
            // In a query a + is a space, as the platforms' servers read it.
            QString value = pair.mid(equals + 1).toString();
            value.replace(QLatin1Char('+'), QLatin1String("%20"));
            return decode(value);
        }
    }
    return {};
}

QString pathSegmentAfter(QStringView rest)
{
    if (!rest.startsWith(QLatin1Char('/')))
        return {};
    rest = rest.mid(1);
    qsizetype end = 0;
    while (end < rest.size() && rest.at(end) != QLatin1Char('/') &&
           rest.at(end) != QLatin1Char('?') && rest.at(end) != QLatin1Char('#'))
        ++end;
    return decode(rest.first(end));
}

// Where a link starts in a token such as "说明:https://…" or "URLhttps://…": at its scheme.
qsizetype linkStart(QStringView token)
{
    const qsizetype scheme = token.indexOf(QLatin1String("http"), 0, Qt::CaseInsensitive);
    if (scheme <= 0)
        return 0;
    const QStringView rest = token.mid(scheme);
    const bool isScheme = rest.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) ||
                          rest.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
    return isScheme ? scheme : 0;
}

QStringView trimTrailingPunctuation(QStringView token)
{
    static const QString trailing = QStringLiteral(".:!?}");
    while (!token.isEmpty() && trailing.contains(token.back()))
        token.chop(1);
    return token;
}

// Whether the token is a task link or a platform link, and what it names.
bool recogniseToken(QStringView token, int decodeDepth, PasteCandidate &candidate)
{
    for (const Endpoint &endpoint : kEndpoints) {
        const QLatin1String path(endpoint.path);
        const qsizetype at = token.indexOf(path, 0, Qt::CaseInsensitive);
        if (at < 0)
            continue;
        const QStringView rest = token.mid(at + path.size());
        if (!rest.isEmpty() && rest.front() != QLatin1Char('/') &&
            rest.front() != QLatin1Char('?') && rest.front() != QLatin1Char('#'))
            continue;
        candidate.reportedOn = PasteCandidate::ReportedOn::ListOrCommandLine;
        candidate.kind = endpoint.kind;
        candidate.kindCertain = true;
        if (endpoint.idPlace == IdPlace::Nowhere) {
            candidate.finding = PasteCandidate::Finding::NotATask;
            return true;
        }
        const QString id = endpoint.idPlace == IdPlace::Query
                               ? queryValue(rest, QLatin1String("task_id"))
                               : pathSegmentAfter(rest);
        // The endpoint's path says where its id is: whatever stands there is the id, however
        // short or oddly written, unless it is the documentation's placeholder.
        if (!IdShape::isWrittenId(id) || IdShape::isPlaceholder(id)) {
            candidate.finding = PasteCandidate::Finding::NotRecognisable;
            return true;
        }
        candidate.finding = PasteCandidate::Finding::Task;
        candidate.reportedOn = PasteCandidate::ReportedOn::AnyLine;
        candidate.taskId = id;
        if (endpoint.kind == TaskKind::DingTalkStorage) {
            const QString unionId = queryValue(rest, QLatin1String("unionId"));
            if (IdShape::isPlainValue(unionId))
                candidate.unionId = unionId;
        }
        return true;
    }

    if (decodeDepth > 0 && token.contains(QLatin1String("%2f"), Qt::CaseInsensitive)) {
        const QString decoded = decode(token);
        if (recogniseToken(decoded, decodeDepth - 1, candidate))
            return true;
    }

    if (!isPlatformHost(hostOf(token)))
        return false;
    for (const QLatin1String name : {QLatin1String("task_id"), QLatin1String("taskId")}) {
        const QString id = queryValue(token, name);
        if (IdShape::isPositionedId(id)) {
            candidate.taskId = id;
            return true;
        }
    }
    candidate.finding = PasteCandidate::Finding::NotRecognisable;
    candidate.reportedOn = PasteCandidate::ReportedOn::ListLine;
    return true;
}

} // namespace

void UrlRecogniser::recognise(QString &text, qsizetype begin, qsizetype end,
                              QList<PasteCandidate> &found) const
{
    qsizetype pos = begin;
    while (pos < end) {
        while (pos < end && isDelimiter(text.at(pos)))
            ++pos;
        qsizetype tokenEnd = pos;
        while (tokenEnd < end && !isDelimiter(text.at(tokenEnd)))
            ++tokenEnd;
        const qsizetype start = linkStart(QStringView(text).mid(pos, tokenEnd - pos)) + pos;
        const QStringView token =
            trimTrailingPunctuation(QStringView(text).mid(start, tokenEnd - start));
        if (token.contains(QLatin1Char('/'))) {
            PasteCandidate candidate;
            if (recogniseToken(token, 1, candidate)) {
                candidate.begin = start;
                candidate.end = start + token.size();
                found << candidate;
                PasteText::blank(text, candidate.begin, candidate.end);
            }
        }
        pos = tokenEnd;
    }
}
