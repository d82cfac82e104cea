#pragma once

#include "models/domain/ReportSubmission.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

// A report query's submissions (汇报) as people read them: who sent what when to whom, then one
// column per form field (本周完成, 下周计划, …) in first-seen order. The query grows while the
// week runs: a refresh appends the new submissions and updates the known ones in place.
class ReportModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SubmitterColumn,
        DepartmentColumn,
        CommitTimeColumn,
        RuleColumn,
        RecipientsColumn,
        FixedColumnCount // form field columns follow
    };
    Q_ENUM(Column)

    enum Role {
        RawValueRole = Qt::UserRole + 1, // sortable: QDateTime (UTC) for the commit time, text
        SubmissionIdRole,                // QString: what identifies the submission on refresh
    };
    Q_ENUM(Role)

    explicit ReportModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Same key: submissions are matched by id; changed ones announced, vanished ones removed,
    // new ones appended in one block, new form fields appended as columns. Another key: reset.
    void setSubmissions(const QString &key, const QList<ReportSubmission> &submissions);
    void clear();

    const QString &taskKey() const { return m_taskKey; }
    const QList<ReportSubmission> &submissions() const { return m_submissions; }
    const QStringList &formFieldNames() const { return m_fieldNames; }
    int rowOfSubmission(const QString &id) const { return m_rowOfId.value(id, -1); }

    // The platform's report id, or the submitter and commit time when it sent none.
    static QString submissionId(const ReportSubmission &submission);

private:
    QString fieldValue(const ReportSubmission &submission, int column) const;
    QString text(const ReportSubmission &submission, int column) const;
    void appendFieldColumns(const QList<ReportSubmission> &submissions);
    void removeVanished(const QSet<QString> &ids);
    void reindex();

    QString m_taskKey;
    QList<ReportSubmission> m_submissions;
    QHash<QString, int> m_rowOfId;
    QStringList m_fieldNames;
};
