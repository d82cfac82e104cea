#include "models/paste/PastePreviewModel.h"

#include <algorithm>
#include <array>

namespace {

// A report query is never found by its id, so it is no choice for a pasted id.
constexpr std::array kChoosableKinds{TaskKind::FeishuContact, TaskKind::FeishuDrive,
                                     TaskKind::DingTalkStorage, TaskKind::DingTalkDoc};

bool isChoosable(TaskKind kind)
{
    return std::find(kChoosableKinds.cbegin(), kChoosableKinds.cend(), kind) !=
           kChoosableKinds.cend();
}

} // namespace

PastePreviewModel::PastePreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int PastePreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PastePreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PastePreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const PasteItem &item = row.item;
    const bool hasTask = !item.taskId.isEmpty();
    const bool kindEditable = (flags(index) & Qt::ItemIsEditable) && index.column() == KindColumn;
    const bool accountEditable =
        (flags(index) & Qt::ItemIsEditable) && index.column() == AccountColumn;

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LineColumn:
            return item.line;
        case TaskIdColumn:
            return hasTask ? item.taskId : item.source;
        case KindColumn:
            if (!hasTask)
                return {};
            return row.chosenKind ? TaskKinds::displayName(*row.chosenKind) : item.kindLabel();
        case AccountColumn:
            return accountText(row);
        case ProblemColumn: {
            QStringList texts;
            for (PasteItem::Problem problem : problems(row))
                texts << shortProblemText(problem);
            return texts.join(QStringLiteral(", "));
        }
        }
        return {};
    case Qt::EditRole:
        if (index.column() == KindColumn)
            return row.kind() ? QVariant(int(*row.kind())) : QVariant();
        if (index.column() == AccountColumn)
            return row.accountId;
        return data(index, Qt::DisplayRole);
    case Qt::CheckStateRole:
        if (index.column() != LineColumn || !hasTask)
            return {};
        return row.included && !row.isSkipped() ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole:
        return toolTip(row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == LineColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ChoiceValuesRole: {
        QVariantList values;
        if (kindEditable) {
            for (TaskKind kind : kChoosableKinds)
                values << int(kind);
        } else if (accountEditable) {
            for (const QString &id : m_resolver.candidates(*row.kind(), row.link))
                values << id;
        }
        return values.isEmpty() ? QVariant() : QVariant(values);
    }
    case ChoiceTextsRole: {
        QStringList texts;
        if (kindEditable) {
            for (TaskKind kind : kChoosableKinds)
                texts << TaskKinds::displayName(kind);
        } else if (accountEditable) {
            for (const QString &id : m_resolver.candidates(*row.kind(), row.link))
                texts << m_resolver.account(id)->name;
        }
        return texts.isEmpty() ? QVariant() : QVariant(texts);
    }
    case PlaceholderRole:
        switch (index.column()) {
        case TaskIdColumn:
            return !hasTask;
        case KindColumn:
            return hasTask && !row.kind();
        case AccountColumn:
            return !accountText(row).isEmpty() && row.accountId.isEmpty();
        }
        return false;
    case SkippedRole:
        return row.isSkipped();
    }
    return {};
}

QVariant PastePreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn:
        return tr("Line");
    case TaskIdColumn:
        return tr("Task id");
    case KindColumn:
        return tr("Kind");
    case AccountColumn:
        return tr("Account");
    case ProblemColumn:
        return tr("Problem");
    }
    return {};
}

Qt::ItemFlags PastePreviewModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    const Row &row = m_rows.at(index.row());
    const bool open = !row.item.taskId.isEmpty() && row.item.problems.isEmpty();
    switch (index.column()) {
    case LineColumn:
        if (open && !row.isSkipped())
            flags |= Qt::ItemIsUserCheckable;
        break;
    case KindColumn:
        if (open && !row.item.isKindCertain())
            flags |= Qt::ItemIsEditable;
        break;
    case AccountColumn:
        // An already watched task stays editable: through another account it is new.
        if (open && row.kind() && !m_resolver.candidates(*row.kind(), row.link).isEmpty())
            flags |= Qt::ItemIsEditable;
        break;
    }
    return flags;
}

bool PastePreviewModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return false;
    const Qt::ItemFlags itemFlags = flags(index);
    if (role == Qt::CheckStateRole && index.column() == LineColumn &&
        (itemFlags & Qt::ItemIsUserCheckable)) {
        Row &row = m_rows[index.row()];
        row.included = value.value<Qt::CheckState>() == Qt::Checked;
        m_choices[choiceKey(row.item)].included = row.included;
        announceRow(index.row());
        emit summaryChanged();
        return true;
    }
    if (role != Qt::EditRole || !(itemFlags & Qt::ItemIsEditable))
        return false;
    if (index.column() == KindColumn)
        return setKind(index.row(), value);
    if (index.column() == AccountColumn)
        return setAccount(index.row(), value);
    return false;
}

bool PastePreviewModel::setKind(int rowIndex, const QVariant &value)
{
    bool isInt = false;
    const int number = value.toInt(&isInt);
    if (!isInt || number < 0 || number > int(TaskKind::DingTalkDoc) ||
        !isChoosable(TaskKind(number)))
        return false;
    Row &row = m_rows[rowIndex];
    row.chosenKind = TaskKind(number);
    m_choices[choiceKey(row.item)].kind = row.chosenKind;
    resolve(row);
    announceRow(rowIndex);
    emit summaryChanged();
    return true;
}

bool PastePreviewModel::setAccount(int rowIndex, const QVariant &value)
{
    const QString accountId = value.toString();
    Row &chosen = m_rows[rowIndex];
    if (!m_resolver.accepts(accountId, *chosen.kind(), chosen.link))
        return false;
    chosen.chosenAccountId = accountId;
    m_choices[choiceKey(chosen.item)].accountId = accountId;
    resolve(chosen);
    announceRow(rowIndex);
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        if (i == rowIndex || !row.accountId.isEmpty() || row.isSkipped() || !row.kind() ||
            !m_resolver.accepts(accountId, *row.kind(), row.link))
            continue;
        row.chosenAccountId = accountId;
        m_choices[choiceKey(row.item)].accountId = accountId;
        resolve(row);
        announceRow(i);
    }
    emit summaryChanged();
    return true;
}

void PastePreviewModel::setWatchedCheck(WatchedCheck isWatched)
{
    m_isWatched = std::move(isWatched);
    resolveAll();
    announceAll();
    emit summaryChanged();
}

void PastePreviewModel::setResult(const PasteResult &result)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(result.items.size());
    for (const PasteItem &item : result.items) {
        Row row;
        row.item = item;
        row.link = PasteAccountResolver::linkOrigin(item);
        const auto choice = m_choices.constFind(choiceKey(item));
        if (choice != m_choices.cend()) {
            if (!item.isKindCertain())
                row.chosenKind = choice->kind;
            row.chosenAccountId = choice->accountId;
            row.included = choice->included.value_or(true);
        }
        resolve(row);
        m_rows << row;
    }
    endResetModel();
    emit summaryChanged();
}

void PastePreviewModel::setAccounts(const QList<Account> &accounts)
{
    m_resolver = PasteAccountResolver(accounts);
    resolveAll();
    announceAll();
    emit summaryChanged();
}

void PastePreviewModel::clearKindChoices()
{
    for (Choice &choice : m_choices)
        choice.kind.reset();
    for (Row &row : m_rows) {
        row.chosenKind.reset();
        resolve(row);
    }
    announceAll();
    emit summaryChanged();
}

QList<TaskRef> PastePreviewModel::refs(const QString &label) const
{
    QList<TaskRef> refs;
    for (const Row &row : m_rows) {
        if (!row.isAddable())
            continue;
        PasteItem item = row.item;
        item.kind = row.kind();
        if (std::optional<TaskRef> ref = item.toTaskRef(row.accountId)) {
            ref->label = label;
            refs << *ref;
        }
    }
    return refs;
}

PastePreviewSummary PastePreviewModel::summary() const
{
    PastePreviewSummary summary;
    for (const Row &row : m_rows) {
        const QList<PasteItem::Problem> &problems = row.item.problems;
        if (problems.contains(PasteItem::Problem::DuplicateInPaste)) {
            ++summary.duplicates;
            continue;
        }
        if (problems.contains(PasteItem::Problem::NotRecognisable))
            ++summary.notRecognised;
        if (problems.contains(PasteItem::Problem::NotATask))
            ++summary.notTasks;
        if (row.item.taskId.isEmpty())
            continue;
        ++summary.tasksFound;
        if (row.watched)
            ++summary.alreadyWatched;
        if (!row.included || row.isSkipped())
            continue;
        if (!row.kind())
            ++summary.needKind;
        else if (row.accountId.isEmpty())
            ++summary.needAccount;
        else
            ++summary.toAdd;
    }
    return summary;
}

QList<MissingAccount> PastePreviewModel::missingAccounts() const
{
    QList<MissingAccount> groups;
    for (const Row &row : m_rows) {
        if (!row.included || row.isSkipped() || !row.kind() || !row.accountId.isEmpty())
            continue;
        const std::optional<MissingAccount> missing =
            m_resolver.missingAccount(*row.kind(), row.link);
        if (!missing)
            continue;
        const auto group = std::find_if(groups.begin(), groups.end(), [&](const MissingAccount &g) {
            return g.isSameAccount(*missing);
        });
        if (group == groups.end())
            groups << *missing;
        else
            group->taskCount += missing->taskCount;
    }
    std::stable_sort(
        groups.begin(), groups.end(),
        [](const MissingAccount &a, const MissingAccount &b) { return a.taskCount > b.taskCount; });
    return groups;
}

QString PastePreviewModel::choiceKey(const PasteItem &item)
{
    const QString kind = item.isKindCertain() && item.kind ? TaskKinds::id(*item.kind) : QString();
    return kind + QLatin1Char('\n') + item.taskId;
}

void PastePreviewModel::resolve(Row &row) const
{
    row.accountId.clear();
    row.watched = false;
    const std::optional<TaskKind> kind = row.kind();
    if (row.item.taskId.isEmpty() || !kind)
        return;
    if (!row.chosenAccountId.isEmpty() && m_resolver.accepts(row.chosenAccountId, *kind, row.link))
        row.accountId = row.chosenAccountId;
    else
        row.accountId = m_resolver.defaultAccount(*kind, row.link);
    row.watched = !row.accountId.isEmpty() && m_isWatched &&
                  m_isWatched(row.accountId, *kind, row.item.taskId);
}

void PastePreviewModel::resolveAll()
{
    for (Row &row : m_rows)
        resolve(row);
}

void PastePreviewModel::announceRow(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void PastePreviewModel::announceAll()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

QString PastePreviewModel::accountText(const Row &row) const
{
    if (row.item.taskId.isEmpty() || !row.item.problems.isEmpty() || !row.kind())
        return {};
    if (const Account *account = m_resolver.account(row.accountId))
        return account->name.isEmpty() ? account->id : account->name;
    if (!m_resolver.candidates(*row.kind(), row.link).isEmpty())
        return tr("Choose an account");
    if (const std::optional<MissingAccount> missing =
            m_resolver.missingAccount(*row.kind(), row.link))
        return tr("No %1 account").arg(Platforms::displayName(missing->platform));
    return {};
}

QList<PasteItem::Problem> PastePreviewModel::problems(const Row &row)
{
    QList<PasteItem::Problem> problems = row.item.problems;
    if (row.watched)
        problems << PasteItem::Problem::AlreadyWatched;
    return problems;
}

QString PastePreviewModel::shortProblemText(PasteItem::Problem problem)
{
    switch (problem) {
    case PasteItem::Problem::DuplicateInPaste:
        return tr("Duplicate");
    case PasteItem::Problem::AlreadyWatched:
        return tr("Already watched");
    case PasteItem::Problem::NotRecognisable:
        return tr("Not recognised");
    case PasteItem::Problem::NotATask:
        return tr("Report query");
    }
    return {};
}

QString PastePreviewModel::toolTip(const Row &row, int column) const
{
    const QString origin = tr("Line %1: %2").arg(row.item.line).arg(row.item.source);
    if (column == ProblemColumn) {
        QStringList texts;
        for (PasteItem::Problem problem : problems(row))
            texts << PasteItem::problemText(problem);
        if (!texts.isEmpty())
            return texts.join(QLatin1Char('\n')) + QLatin1Char('\n') + origin;
    }
    return origin;
}
