#include "models/watchlist/SubtaskModel.h"

#include <QSet>

#include <algorithm>

namespace {

// Sorts failures before successes, numeric codes in numeric order (9999 before 10013), then by
// message. Fixed-width so that even a collation that ignores separators keeps the order.
QString resultSortKey(const SubtaskRow &row)
{
    if (!row.failed)
        return QStringLiteral("1");
    bool numeric = false;
    const qlonglong code = row.code.toLongLong(&numeric);
    const QString codeKey =
        numeric && code >= 0
            ? QStringLiteral("0") + QString::number(code).rightJustified(20, QLatin1Char('0'))
            : QStringLiteral("1") + row.code;
    return QStringLiteral("0") + codeKey + QLatin1Char('\x1f') + row.message;
}

bool isNumber(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return true;
    default:
        return false;
    }
}

} // namespace

SubtaskModel::SubtaskModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int SubtaskModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SubtaskModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fieldNames.size()) + 1;
}

QVariant SubtaskModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SubtaskRow &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return column == ResultColumn ? resultText(row)
                                      : SubtaskRow::toText(fieldValue(row, column));
    case RawValueRole: {
        if (column == ResultColumn)
            return resultSortKey(row);
        const QVariant value = fieldValue(row, column);
        return value.typeId() == QMetaType::QStringList ? QVariant(SubtaskRow::toText(value))
                                                        : value;
    }
    case Qt::ToolTipRole:
        return column == ResultColumn && row.failed ? QVariant(resultText(row)) : QVariant();
    case Qt::TextAlignmentRole: {
        const bool number = column != ResultColumn && isNumber(fieldValue(row, column));
        return QVariant::fromValue(number ? Qt::AlignRight | Qt::AlignVCenter
                                          : Qt::AlignLeft | Qt::AlignVCenter);
    }
    case FailedRole:
        return row.failed;
    case CodeRole:
        return row.code;
    case MessageRole:
        return row.message;
    case RowIndexRole:
        return index.row();
    default:
        return {};
    }
}

QVariant SubtaskModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return section == ResultColumn ? tr("Result") : m_fieldNames.at(section - 1);
    if (role == Qt::ToolTipRole) {
        return section == ResultColumn
                   ? tr("OK, or the platform's code and message for a row that failed")
                   : tr("The field “%1” as the platform sent it").arg(m_fieldNames.at(section - 1));
    }
    return {};
}

Qt::ItemFlags SubtaskModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (index.isValid())
        result |= Qt::ItemNeverHasChildren;
    return result;
}

QHash<int, QByteArray> SubtaskModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RawValueRole, "rawValue");
    names.insert(FailedRole, "failed");
    names.insert(CodeRole, "code");
    names.insert(MessageRole, "message");
    names.insert(RowIndexRole, "rowIndex");
    return names;
}

void SubtaskModel::setTask(const QString &key, const QList<SubtaskRow> &rows)
{
    setTask(key, SubtaskSheet::of(rows));
}

void SubtaskModel::setTask(const QString &key, const SubtaskSheet &sheet)
{
    if (key != m_taskKey) {
        // Another task was selected: nothing of the old selection applies any more.
        beginResetModel();
        m_taskKey = key;
        m_rows = sheet.rows;
        m_rowDigests = sheet.rowDigests;
        m_fieldNames = sheet.fieldNames;
        endResetModel();
        setFailureGroups(sheet.failureGroups);
        return;
    }

    // Columns only grow while the task stays: a refresh must not move the user's columns.
    QStringList added;
    QSet<QString> known(m_fieldNames.cbegin(), m_fieldNames.cend());
    for (const QString &name : sheet.fieldNames) {
        if (!known.contains(name))
            added.append(name);
    }
    if (!added.isEmpty()) {
        const int first = columnCount();
        beginInsertColumns({}, first, first + int(added.size()) - 1);
        m_fieldNames += added;
        endInsertColumns();
    }
    updateRows(sheet);
    setFailureGroups(sheet.failureGroups);
}

void SubtaskModel::clear()
{
    setTask(QString(), SubtaskSheet());
}

int SubtaskModel::columnOfField(const QString &name) const
{
    const qsizetype at = m_fieldNames.indexOf(name);
    return at < 0 ? -1 : int(at) + 1;
}

QString SubtaskModel::resultText(const SubtaskRow &row)
{
    if (!row.failed)
        return tr("OK");
    if (row.code.isEmpty() && row.message.isEmpty())
        return tr("Failed");
    if (row.code.isEmpty())
        return row.message;
    if (row.message.isEmpty())
        return row.code;
    return row.code + QLatin1Char(' ') + row.message;
}

void SubtaskModel::updateRows(const SubtaskSheet &sheet)
{
    const QList<SubtaskRow> &rows = sheet.rows;
    const int oldCount = int(m_rows.size());
    const int newCount = int(rows.size());
    // Both sides digested by the store: a row is the same when its digest is.
    const bool byDigest =
        m_rowDigests.size() == m_rows.size() && sheet.rowDigests.size() == rows.size();
    const auto sameRow = [&](int row) {
        return byDigest ? m_rowDigests.at(row) == sheet.rowDigests.at(row)
                        : m_rows.at(row) == rows.at(row);
    };
    if (newCount < oldCount) {
        beginRemoveRows({}, newCount, oldCount - 1);
        m_rows.resize(newCount);
        endRemoveRows();
    }

    // Rows are matched by position: the platforms return them in request order.
    const int common = std::min(oldCount, newCount);
    int spanStart = -1;
    const auto emitSpan = [&](int last) {
        if (spanStart >= 0)
            emit dataChanged(index(spanStart, 0), index(last, columnCount() - 1));
        spanStart = -1;
    };
    for (int row = 0; row < common; ++row) {
        if (sameRow(row)) {
            emitSpan(row - 1);
            continue;
        }
        m_rows[row] = rows.at(row);
        if (spanStart < 0)
            spanStart = row;
    }
    emitSpan(common - 1);

    if (newCount > oldCount) {
        beginInsertRows({}, oldCount, newCount - 1);
        m_rows.append(rows.mid(oldCount));
        endInsertRows();
    }
    m_rowDigests = sheet.rowDigests;
}

void SubtaskModel::setFailureGroups(QList<FailureGroup> groups)
{
    if (groups == m_failureGroups)
        return;
    m_failureGroups = std::move(groups);
    emit failureGroupsChanged();
}

QVariant SubtaskModel::fieldValue(const SubtaskRow &row, int column) const
{
    if (column < 1 || column > m_fieldNames.size())
        return {};
    return row.value(m_fieldNames.at(column - 1));
}
