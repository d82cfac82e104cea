#include "ReportBook.h"

#include <QCryptographicHash>
#include <QJsonObject>

#include <algorithm>

void ReportBook::addRule(const QString &ruleId, const QString &ruleName)
{
    m_rules.insert(ruleId, ruleName);
}

void ReportBook::addSubmission(const SimReportSubmission &submission)
{
    if (!submission.ruleId.isEmpty() && !m_rules.contains(submission.ruleId))
        m_rules.insert(submission.ruleId,
                       submission.wire.value(QLatin1String("rule_name")).toString());
    m_submissions.append(submission);
    std::stable_sort(m_submissions.begin(), m_submissions.end(),
                     [](const SimReportSubmission &a, const SimReportSubmission &b) {
                         return a.commitTime < b.commitTime;
                     });
}

void ReportBook::clear()
{
    m_rules.clear();
    m_submissions.clear();
    m_repeatLastItem = false;
}

QString ReportBook::userIdOf(const SimReportSubmission &s, const QString &userIdType)
{
    const QJsonObject ids = s.wire.value(QLatin1String("from_user_ids")).toObject();
    if (ids.contains(userIdType))
        return ids.value(userIdType).toString();
    return s.fromUserId;
}

QString ReportBook::filterHash(const Query &q)
{
    const QString all = QString::number(q.commitStart) + QLatin1Char('|') +
                        QString::number(q.commitEnd) + QLatin1Char('|') + q.ruleId +
                        QLatin1Char('|') + q.userId + QLatin1Char('|') + q.appId +
                        QLatin1Char('|') + q.userIdType;
    return QString::fromLatin1(
        QCryptographicHash::hash(all.toUtf8(), QCryptographicHash::Sha1).toHex().left(12));
}

ReportBook::Result ReportBook::query(const Query &q) const
{
    Result r;
    if (q.pageSize < 0 || q.pageSize > MaxPageSize) {
        r.httpStatus = 400;
        r.code = 1430002;
        r.msg = QStringLiteral("page size invalid");
        return r;
    }
    if (!q.ruleId.isEmpty() && !m_rules.contains(q.ruleId)) {
        r.httpStatus = 400;
        r.code = 1430003;
        r.msg = QStringLiteral("rule not exist");
        return r;
    }
    const QString hash = filterHash(q);
    qsizetype offset = 0;
    if (!q.pageToken.isEmpty()) {
        const QByteArray decoded = QByteArray::fromBase64(
            q.pageToken.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        const QList<QByteArray> parts = decoded.split(':');
        bool ok = false;
        if (parts.size() == 3 && parts.at(0) == "rq1" && QString::fromLatin1(parts.at(2)) == hash)
            offset = parts.at(1).toLongLong(&ok);
        if (!ok || offset < 0) {
            r.httpStatus = 400;
            r.code = 99992402;
            r.msg = QStringLiteral("field validation failed: page_token is invalid");
            return r;
        }
    }
    const int pageSize = q.pageSize == 0 ? DefaultPageSize : q.pageSize;
    if (m_repeatLastItem && offset > 0)
        --offset;
    qsizetype matched = 0;
    for (const SimReportSubmission &s : m_submissions) {
        if (s.commitTime < q.commitStart || s.commitTime > q.commitEnd)
            continue;
        if (!q.ruleId.isEmpty() && s.ruleId != q.ruleId)
            continue;
        if (!q.userId.isEmpty() && userIdOf(s, q.userIdType) != q.userId)
            continue;
        if (!s.appId.isEmpty() && s.appId != q.appId)
            continue;
        if (matched++ < offset)
            continue;
        if (r.items.size() == pageSize) {
            r.hasMore = true;
            break;
        }
        r.items.append(s);
    }
    if (r.hasMore) {
        const QByteArray token = QByteArrayLiteral("rq1:") + QByteArray::number(offset + pageSize) +
                                 ':' + hash.toLatin1();
        r.nextPageToken = QString::fromLatin1(
            token.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    }
    return r;
}
