#include "ui/filter/FilterPanel.h"

#include "ui/TaskStateIcons.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

constexpr int kValueRole = Qt::UserRole + 1;

constexpr TaskState kShownStates[] = {
    TaskState::Running, TaskState::Pending, TaskState::Succeeded, TaskState::PartiallyFailed,
    TaskState::Failed,  TaskState::Error,   TaskState::NotFound,  TaskState::Unknown,
};

constexpr TaskKind kKinds[] = {
    TaskKind::FeishuContact,   TaskKind::FeishuDrive, TaskKind::FeishuReport,
    TaskKind::DingTalkStorage, TaskKind::DingTalkDoc,
};

} // namespace

FilterPanel::FilterPanel(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLineEdit(this))
    , m_tree(new QTreeWidget(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("filterPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_text->setPlaceholderText(tr("Filter: label, id, account, message"));
    m_text->setClearButtonEnabled(true);
    m_text->setAccessibleName(tr("Filter text"));
    m_text->setAccessibleDescription(
        tr("Shows only tasks whose label, id, account or message contains every word"));
    layout->addWidget(m_text);

    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(false);
    m_tree->setIndentation(12);
    m_tree->setUniformRowHeights(true);
    m_tree->setAccessibleName(tr("Filter by state, kind and account"));
    m_tree->setAccessibleDescription(
        tr("Check states, kinds or accounts to show only those tasks; nothing checked in a "
           "group shows all of it"));
    layout->addWidget(m_tree, 1);

    m_updating = true;
    m_states = group(tr("State"), tr("Filter by state"));
    for (TaskState state : kShownStates) {
        auto *item = new QTreeWidgetItem(m_states);
        item->setData(0, kValueRole, int(state));
        item->setIcon(0, TaskStateIcons::icon(state, palette()));
        item->setCheckState(0, Qt::Unchecked);
        setItemCount(item, TaskStates::displayName(state), 0);
    }
    m_kinds = group(tr("Kind"), tr("Filter by kind"));
    for (TaskKind kind : kKinds) {
        auto *item = new QTreeWidgetItem(m_kinds);
        item->setData(0, kValueRole, int(kind));
        item->setCheckState(0, Qt::Unchecked);
        setItemCount(item, TaskKinds::displayName(kind), 0);
    }
    m_accounts = group(tr("Account"), tr("Filter by account"));
    m_tree->expandAll();
    m_updating = false;

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(200);
    connect(m_debounce, &QTimer::timeout, this, &FilterPanel::emitFilter);
    connect(m_text, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_tree, &QTreeWidget::itemChanged, this, [this] {
        if (!m_updating)
            emitFilter();
    });
}

QTreeWidgetItem *FilterPanel::group(const QString &title, const QString &accessibleName)
{
    auto *item = new QTreeWidgetItem(m_tree, {title});
    item->setFlags(Qt::ItemIsEnabled);
    QFont font = item->font(0);
    font.setBold(true);
    item->setFont(0, font);
    item->setData(0, Qt::AccessibleTextRole, accessibleName);
    return item;
}

void FilterPanel::setItemCount(QTreeWidgetItem *item, const QString &name, int count)
{
    //: A filter entry with its count: "Failed (3)"
    const QString text = tr("%1 (%2)").arg(name, QLocale().toString(count));
    if (item->text(0) != text)
        item->setText(0, text);
    // Empty entries stay, greyed, so the panel does not jump as tasks move between states.
    const bool enabled = count > 0 || item->checkState(0) == Qt::Checked;
    Qt::ItemFlags flags = Qt::ItemIsUserCheckable | Qt::ItemNeverHasChildren;
    if (enabled)
        flags |= Qt::ItemIsEnabled;
    if (item->flags() != flags)
        item->setFlags(flags);
}

void FilterPanel::setCounts(const TaskCounts &counts, const QHash<QString, QString> &accountNames)
{
    m_updating = true;
    for (int i = 0; i < m_states->childCount(); ++i) {
        QTreeWidgetItem *item = m_states->child(i);
        const auto state = static_cast<TaskState>(item->data(0, kValueRole).toInt());
        setItemCount(item, TaskStates::displayName(state), counts.state(state));
    }
    for (int i = 0; i < m_kinds->childCount(); ++i) {
        QTreeWidgetItem *item = m_kinds->child(i);
        const auto kind = static_cast<TaskKind>(item->data(0, kValueRole).toInt());
        setItemCount(item, TaskKinds::displayName(kind), counts.kind(kind));
    }
    // Accounts: one entry per configured account or account that tasks refer to.
    QHash<QString, QString> names = accountNames;
    for (auto it = counts.byAccount.cbegin(); it != counts.byAccount.cend(); ++it) {
        if (!names.contains(it.key()))
            names.insert(it.key(), it.key());
    }
    QHash<QString, QTreeWidgetItem *> existing;
    for (int i = m_accounts->childCount() - 1; i >= 0; --i) {
        QTreeWidgetItem *item = m_accounts->child(i);
        const QString id = item->data(0, kValueRole).toString();
        if (!names.contains(id))
            delete m_accounts->takeChild(i);
        else
            existing.insert(id, item);
    }
    QStringList ids = names.keys();
    std::sort(ids.begin(), ids.end(), [&names](const QString &a, const QString &b) {
        return QString::localeAwareCompare(names.value(a), names.value(b)) < 0;
    });
    for (const QString &id : std::as_const(ids)) {
        QTreeWidgetItem *item = existing.value(id);
        if (!item) {
            item = new QTreeWidgetItem(m_accounts);
            item->setData(0, kValueRole, id);
            item->setCheckState(0, Qt::Unchecked);
        }
        setItemCount(item, names.value(id), counts.byAccount.value(id));
    }
    // Only on a change: setting it at all lays out and repaints the whole list, and counts
    // arrive up to ten times a second.
    if (m_accounts->isHidden() != ids.isEmpty())
        m_accounts->setHidden(ids.isEmpty());
    m_updating = false;
}

TaskFilter FilterPanel::filter() const
{
    TaskFilter result;
    QList<TaskState> states;
    for (int i = 0; i < m_states->childCount(); ++i) {
        if (m_states->child(i)->checkState(0) == Qt::Checked)
            states << static_cast<TaskState>(m_states->child(i)->data(0, kValueRole).toInt());
    }
    result.setStates(states);
    QList<TaskKind> kinds;
    for (int i = 0; i < m_kinds->childCount(); ++i) {
        if (m_kinds->child(i)->checkState(0) == Qt::Checked)
            kinds << static_cast<TaskKind>(m_kinds->child(i)->data(0, kValueRole).toInt());
    }
    result.setKinds(kinds);
    QSet<QString> accounts;
    for (int i = 0; i < m_accounts->childCount(); ++i) {
        if (m_accounts->child(i)->checkState(0) == Qt::Checked)
            accounts.insert(m_accounts->child(i)->data(0, kValueRole).toString());
    }
    result.setAccountIds(accounts);
    result.setText(m_text->text());
    return result;
}

void FilterPanel::focusTextFilter()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

void FilterPanel::clear()
{
    m_updating = true;
    for (QTreeWidgetItem *group : {m_states, m_kinds, m_accounts}) {
        for (int i = 0; i < group->childCount(); ++i)
            group->child(i)->setCheckState(0, Qt::Unchecked);
    }
    m_text->clear();
    m_updating = false;
    m_debounce->stop();
    emitFilter();
}

void FilterPanel::emitFilter()
{
    m_debounce->stop();
    emit filterChanged(filter());
}
