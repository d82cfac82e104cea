#pragma once

#include <QHash>
#include <QString>
#include <QTableWidget>

class Engine;
class Preferences;
class QSpinBox;

// The engine's accounts, one row each: name, metered calls spent this month, and an editable
// monthly budget (0 is none). Edits stay here until the settings dialog applies them.
class CallBudgetTable final : public QTableWidget
{
    Q_OBJECT

public:
    enum Column { AccountColumn, SpentColumn, BudgetColumn, ColumnCount };

    CallBudgetTable(const Engine &engine, const Preferences &preferences,
                    QWidget *parent = nullptr);

    // Budgets as shown, by account id.
    QHash<QString, int> budgets() const;
    void setBudgets(const QHash<QString, int> &budgets);
    void setAllBudgets(int budget);
    QSpinBox *budgetEditor(const QString &accountId) const;

signals:
    void budgetsEdited();

private:
    QHash<QString, QSpinBox *> m_editors;
};
