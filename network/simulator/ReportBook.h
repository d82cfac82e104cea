#pragma once

#include "SimReportSubmission.h"

#include <QHash>
#include <QList>
#include <QString>

// The report rules and submissions of a scenario, and the report query over them: filter by
// commit window, rule and user, then page with an opaque page_token.
class ReportBook final
{
public:
    struct Query
    {
        qint64 commitStart = 0;
        qint64 commitEnd = 0;
        QString ruleId;
        QString userId;
        QString pageToken;
        int pageSize = 10;
        QString appId;
        QString userIdType = QStringLiteral("open_id");
    };

    struct Result
    {
        // 0 when the query succeeded.
        int httpStatus = 0;
        qint64 code = 0;
        QString msg;
        QList<SimReportSubmission> items;
        bool hasMore = false;
        QString nextPageToken;
    };

    static constexpr int DefaultPageSize = 10;
    static constexpr int MaxPageSize = 20;

    void addRule(const QString &ruleId, const QString &ruleName);
    void addSubmission(const SimReportSubmission &submission);
    void clear();
    bool hasRule(const QString &ruleId) const { return m_rules.contains(ruleId); }
    QString ruleName(const QString &ruleId) const { return m_rules.value(ruleId); }
    int size() const { return int(m_submissions.size()); }

    Result query(const Query &q) const;
    // A quirk of the live platform with some page tokens: every page after the first starts
    // with the previous page's last item.
    void setPagesRepeatLastItem(bool repeat) { m_repeatLastItem = repeat; }
    bool pagesRepeatLastItem() const { return m_repeatLastItem; }
    // The submitter's id in the requested id type (from_user_ids) or the plain from_user_id.
    static QString userIdOf(const SimReportSubmission &s, const QString &userIdType);

private:
    static QString filterHash(const Query &q);

    QHash<QString, QString> m_rules;
    QList<SimReportSubmission> m_submissions;
    bool m_repeatLastItem = false;
};
