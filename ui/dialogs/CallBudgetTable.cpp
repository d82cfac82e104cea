#include "ui/dialogs/CallBudgetTable.h"

#include "app/engine/Engine.h"
#include "models/preferences/Preferences.h"

#include <QHeaderView>
#include <QLocale>
#include <QSpinBox>

#include <limits>

CallBudgetTable::CallBudgetTable(const Engine &engine, const Preferences &preferences,
                                 QWidget *parent)
    : QTableWidget(parent)
{
    setColumnCount(ColumnCount);
    setHorizontalHeaderLabels(
        {tr("Account"), tr("Metered calls this month"), tr("Monthly budget")});
    verticalHeader()->hide();
    setSelectionMode(QAbstractItemView::NoSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTabKeyNavigation(false);
    setWordWrap(false);
    horizontalHeader()->setSectionResizeMode(AccountColumn, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(SpentColumn, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(BudgetColumn, QHeaderView::ResizeToContents);
    horizontalHeader()->setHighlightSections(false);

    const QList<Account> accounts = engine.accounts();
    setRowCount(int(accounts.size()));
    const QLocale locale;
    for (int row = 0; row < accounts.size(); ++row) {
        const Account &account = accounts.at(row);
        auto *name = new QTableWidgetItem(account.name.isEmpty() ? account.id : account.name);
        name->setToolTip(account.id);
        setItem(row, AccountColumn, name);

        const qint64 metered = engine.meteredCallsThisMonth(account.id);
        auto *spent = new QTableWidgetItem(locale.toString(metered));
        spent->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        spent->setToolTip(
            tr("%1 calls in all this month; the platform meters %2 of them.")
                .arg(locale.toString(engine.callsThisMonth(account.id)), locale.toString(metered)));
        setItem(row, SpentColumn, spent);

        auto *editor = new QSpinBox(this);
        editor->setRange(0, std::numeric_limits<int>::max());
        editor->setSingleStep(500);
        editor->setGroupSeparatorShown(true);
        editor->setSpecialValueText(tr("No budget"));
        editor->setAlignment(Qt::AlignRight);
        editor->setValue(preferences.monthlyCallBudget(account.id));
        editor->setObjectName(QStringLiteral("budget:") + account.id);
        editor->setAccessibleName(tr("Monthly budget of %1").arg(name->text()));
        editor->setAccessibleDescription(
            tr("Metered calls this account may spend per calendar month; checking stops when "
               "they are used up. 0 is no budget."));
        connect(editor, &QSpinBox::valueChanged, this, &CallBudgetTable::budgetsEdited);
        setCellWidget(row, BudgetColumn, editor);
        m_editors.insert(account.id, editor);
    }
    resizeRowsToContents();
}

QHash<QString, int> CallBudgetTable::budgets() const
{
    QHash<QString, int> result;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it)
        result.insert(it.key(), it.value()->value());
    return result;
}

void CallBudgetTable::setBudgets(const QHash<QString, int> &budgets)
{
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it)
        it.value()->setValue(budgets.value(it.key()));
}

void CallBudgetTable::setAllBudgets(int budget)
{
    for (QSpinBox *editor : std::as_const(m_editors))
        editor->setValue(budget);
}

QSpinBox *CallBudgetTable::budgetEditor(const QString &accountId) const
{
    return m_editors.value(accountId);
}
