#pragma once

#include <QWidget>

class QPushButton;

// What the table area says while nothing is watched: what to do, and the two buttons that
// start it. Dropping or pasting text here works like on the table.
class EmptyStatePage final : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyStatePage(QWidget *parent = nullptr);

    QPushButton *addTasksButton() const { return m_addTasks; }
    QPushButton *addAccountButton() const { return m_addAccount; }
    // Without accounts the first step is an account; with one, tasks.
    void setHasAccounts(bool hasAccounts);

private:
    QPushButton *m_addTasks = nullptr;
    QPushButton *m_addAccount = nullptr;
};
