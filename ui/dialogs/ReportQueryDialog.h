#pragma once

#include "models/domain/Account.h"
#include "models/domain/ReportRule.h"
#include "models/domain/TaskRef.h"

#include <QDialog>
#include <QList>

class Engine;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// "Watch report query": which account, which rule (picked by the name earlier submissions
// gave it, or typed as an id), whose reports, and over which commit times. Today, this week,
// the last 7 days and this month are rolling windows: the query keeps following the calendar
// in the admin's time zone, so the row always counts the current day, week or month.
class ReportQueryDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ReportQueryDialog(Engine &engine, QWidget *parent = nullptr);

    // The query as the controls describe it (valid when the Watch button is enabled).
    TaskRef queryToWatch() const;

    // The rules offered for the current account (loaded from the store), for tests.
    QList<ReportRule> offeredRules() const { return m_rules; }

signals:
    // The rules of the current account are in the rule box.
    void rulesLoaded();

private:
    void buildWidgets();
    void buildLayout();
    void nameWidgets();
    void loadAccounts();
    void loadRules();
    void updateWindowControls();
    void updateState();
    QString ruleId() const;
    ReportWindow window() const;

    Engine &m_engine;
    QList<Account> m_accounts;
    QList<ReportRule> m_rules;
    QComboBox *m_account = nullptr;
    QLabel *m_noAccount = nullptr;
    QComboBox *m_rule = nullptr;
    QLabel *m_ruleResolved = nullptr;
    QLineEdit *m_userId = nullptr;
    QComboBox *m_userIdType = nullptr;
    QLabel *m_userIdTypeHint = nullptr;
    QComboBox *m_window = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QLabel *m_range = nullptr;
    QLineEdit *m_label = nullptr;
    QLabel *m_permission = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
