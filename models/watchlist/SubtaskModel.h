#pragma once

#include "models/domain/SubtaskRow.h"
#include "models/domain/SubtaskSheet.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// The selected task's sub-task rows (e.g. one per imported user): a Result column first, then
// one column per field the platform sent, in the order it first sent them. A refresh of the
// same task updates in place; only choosing another task resets.
class SubtaskModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int ResultColumn = 0;

    enum Role {
        // Sortable: on the Result column failures sort first (ascending), grouped by code and
        // message; on field columns the value as sent (number, bool, text).
        RawValueRole = Qt::UserRole + 1,
        FailedRole,   // bool, on every cell
        CodeRole,     // QString: the row's result code, on every cell
        MessageRole,  // QString: the row's result message, on every cell
        RowIndexRole, // int: index into rows(), as FailureGroup::rowIndexes counts
    };
    Q_ENUM(Role)

    explicit SubtaskModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Same key: rows are matched by position, changed ones announced, the rest inserted or
    // removed at the end; new fields become new columns at the end. Another key: a reset.
    void setTask(const QString &key, const SubtaskSheet &sheet);
    // The same, working out the field names and failure groups here.
    void setTask(const QString &key, const QList<SubtaskRow> &rows);
    void clear();

    const QString &taskKey() const { return m_taskKey; }
    const QList<SubtaskRow> &rows() const { return m_rows; }
    const QStringList &fieldNames() const { return m_fieldNames; }
    // -1 when the platform sent no such field.
    int columnOfField(const QString &name) const;
    // The failed rows grouped by code and message, most rows first.
    const QList<FailureGroup> &failureGroups() const { return m_failureGroups; }

    static QString resultText(const SubtaskRow &row);

signals:
    void failureGroupsChanged();

private:
    void updateRows(const SubtaskSheet &sheet);
    void setFailureGroups(QList<FailureGroup> groups);
    QVariant fieldValue(const SubtaskRow &row, int column) const;

    QString m_taskKey;
    QList<SubtaskRow> m_rows;
    QList<qint64> m_rowDigests; // the store's, one per row, or empty (see SubtaskSheet)
    QStringList m_fieldNames;
    QList<FailureGroup> m_failureGroups;
};
