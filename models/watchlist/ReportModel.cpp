#include "models/watchlist/ReportModel.h"

#include "models/csv/ReportCsvExporter.h"

#include <QSet>

#include <algorithm>

namespace {

QString listText(const QStringList &names, const QStringList &ids)
{
    return (names.isEmpty() ? ids : names).join(QStringLiteral("; "));
}

} // namespace

ReportModel::ReportModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int ReportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_submissions.size());
}

int ReportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FixedColumnCount + int(m_fieldNames.size());
}

QVariant ReportModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReportSubmission &submission = m_submissions.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return text(submission, column);
    case RawValueRole:
        if (column == CommitTimeColumn) {
            return submission.commitTime.isValid() ? QVariant(submission.commitTime.toUTC())
                                                   : QVariant();
        }
        return text(submission, column);
    case Qt::ToolTipRole:
        switch (column) {
        case SubmitterColumn:
            return tr("User ID: %1").arg(submission.fromUserId);
        case DepartmentColumn:
        case CommitTimeColumn:
        case RuleColumn:
            return {};
        default: {
            // Form answers are often paragraphs: the cell shows the start, the tip the rest.
            const QString value = text(submission, column);
            return value.isEmpty() ? QVariant() : QVariant(value);
        }
        }
    case SubmissionIdRole:
        return submissionId(submission);
    default:
        return {};
    }
}

QVariant ReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    const bool tip = role == Qt::ToolTipRole;
    if (role != Qt::DisplayRole && !tip)
        return {};
    switch (section) {
    case SubmitterColumn:
        return tip ? tr("Who submitted the report") : tr("Submitter");
    case DepartmentColumn:
        return tip ? tr("The submitter's department") : tr("Department");
    case CommitTimeColumn:
        return tip ? tr("When the report was submitted (local time)") : tr("Submitted");
    case RuleColumn:
        return tip ? tr("The report rule (template) it was written for") : tr("Rule");
    case RecipientsColumn:
        return tip ? tr("Who the report was sent to") : tr("Recipients");
    default: {
        const QString &name = m_fieldNames.at(section - FixedColumnCount);
        return tip ? tr("The form field “%1”").arg(name) : name;
    }
    }
}

Qt::ItemFlags ReportModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (index.isValid())
        result |= Qt::ItemNeverHasChildren;
    return result;
}

QHash<int, QByteArray> ReportModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RawValueRole, "rawValue");
    names.insert(SubmissionIdRole, "submissionId");
    return names;
}

void ReportModel::setSubmissions(const QString &key, const QList<ReportSubmission> &submissions)
{
    QList<ReportSubmission> incoming;
    QSet<QString> incomingIds;
    for (const ReportSubmission &submission : submissions) {
        const QString id = submissionId(submission);
        if (incomingIds.contains(id))
            continue;
        incomingIds.insert(id);
        incoming.append(submission);
    }

    if (key != m_taskKey) {
        beginResetModel();
        m_taskKey = key;
        m_submissions = incoming;
        m_fieldNames.clear();
        for (const ReportSubmission &submission : std::as_const(incoming)) {
            for (const ReportFormField &field : submission.formContents) {
                const QString name = ReportCsvExporter::columnName(field);
                if (!m_fieldNames.contains(name))
                    m_fieldNames.append(name);
            }
        }
        reindex();
        endResetModel();
        return;
    }

    appendFieldColumns(incoming);
    removeVanished(incomingIds);

    QList<ReportSubmission> added;
    QList<int> changedRows;
    for (const ReportSubmission &submission : std::as_const(incoming)) {
        const int row = rowOfSubmission(submissionId(submission));
        if (row < 0) {
            added.append(submission);
        } else if (m_submissions.at(row) != submission) {
            m_submissions[row] = submission;
            changedRows.append(row);
        }
    }
    std::sort(changedRows.begin(), changedRows.end());
    for (qsizetype begin = 0; begin < changedRows.size();) {
        qsizetype end = begin + 1;
        while (end < changedRows.size() && changedRows.at(end) == changedRows.at(end - 1) + 1)
            ++end;
        emit dataChanged(index(changedRows.at(begin), 0),
                         index(changedRows.at(end - 1), columnCount() - 1));
        begin = end;
    }

    if (!added.isEmpty()) {
        const int first = int(m_submissions.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (const ReportSubmission &submission : std::as_const(added)) {
            m_rowOfId.insert(submissionId(submission), int(m_submissions.size()));
            m_submissions.append(submission);
        }
        endInsertRows();
    }
}

void ReportModel::clear()
{
    setSubmissions({}, {});
}

QString ReportModel::submissionId(const ReportSubmission &submission)
{
    if (!submission.taskId.isEmpty())
        return submission.taskId;
    return submission.fromUserId + QLatin1Char('@') +
           QString::number(submission.commitTime.toMSecsSinceEpoch());
}

QString ReportModel::fieldValue(const ReportSubmission &submission, int column) const
{
    const QString &name = m_fieldNames.at(column - FixedColumnCount);
    QStringList values;
    // A form that repeats a field name keeps every answer, as the CSV export does.
    for (const ReportFormField &field : submission.formContents) {
        if (ReportCsvExporter::columnName(field) == name)
            values.append(field.fieldValue);
    }
    return values.join(QStringLiteral("; "));
}

QString ReportModel::text(const ReportSubmission &submission, int column) const
{
    switch (column) {
    case SubmitterColumn:
        return submission.fromUserName.isEmpty() ? submission.fromUserId : submission.fromUserName;
    case DepartmentColumn:
        return submission.departmentName;
    case CommitTimeColumn:
        return submission.commitTime.isValid() ? submission.commitTime.toLocalTime().toString(
                                                     QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                               : QString();
    case RuleColumn:
        return submission.ruleName.isEmpty() ? submission.ruleId : submission.ruleName;
    case RecipientsColumn:
        return listText(submission.toUserNames, submission.toUserIds);
    default:
        return fieldValue(submission, column);
    }
}

void ReportModel::appendFieldColumns(const QList<ReportSubmission> &submissions)
{
    QStringList added;
    for (const ReportSubmission &submission : submissions) {
        for (const ReportFormField &field : submission.formContents) {
            const QString name = ReportCsvExporter::columnName(field);
            if (!m_fieldNames.contains(name) && !added.contains(name))
                added.append(name);
        }
    }
    if (added.isEmpty())
        return;
    const int first = columnCount();
    beginInsertColumns({}, first, first + int(added.size()) - 1);
    m_fieldNames += added;
    endInsertColumns();
}

void ReportModel::removeVanished(const QSet<QString> &ids)
{
    QList<int> rows;
    for (int row = 0; row < m_submissions.size(); ++row) {
        if (!ids.contains(submissionId(m_submissions.at(row))))
            rows.append(row);
    }
    if (rows.isEmpty())
        return;
    qsizetype end = rows.size();
    while (end > 0) {
        qsizetype begin = end - 1;
        while (begin > 0 && rows.at(begin - 1) + 1 == rows.at(begin))
            --begin;
        beginRemoveRows({}, rows.at(begin), rows.at(end - 1));
        m_submissions.remove(rows.at(begin), rows.at(end - 1) - rows.at(begin) + 1);
        reindex();
        endRemoveRows();
        end = begin;
    }
}

void ReportModel::reindex()
{
    m_rowOfId.clear();
    for (int row = 0; row < m_submissions.size(); ++row)
        m_rowOfId.insert(submissionId(m_submissions.at(row)), row);
}
