#pragma once

#include "models/domain/Account.h"

#include <QDialog>
#include <QMessageBox>
#include <QPointer>
#include <QTimer>

class AccountEditor;
class AccountUsageView;
class Engine;
class Preferences;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class SecretStorageNotice;
class SecretVault;

// "Accounts": the configured Feishu / Lark / DingTalk apps with Add, Edit and Remove, where
// their secrets are kept, and per account the calls spent this month per endpoint against the
// budget. Everything goes through the engine; the vault is only asked where secrets live (it
// is null in demo mode).
class AccountsDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Column { NameColumn, PlatformColumn, AppIdColumn, ServerColumn, CallsColumn, ColumnCount };

    AccountsDialog(Engine &engine, SecretVault *vault, Preferences &preferences,
                   QWidget *parent = nullptr);
    ~AccountsDialog() override;

    // Opens the editor for a new account of this platform and host (empty: the default).
    void addAccount(Platform platform, const QString &baseUrl);
    void editAccount(const QString &accountId);
    // Asks what to do with the account's tasks, then removes it and its secret.
    void removeAccount(const QString &accountId);

    QString currentAccountId() const;
    void selectAccount(const QString &accountId);

    AccountEditor *editor() const { return m_editor; }
    // The open "what about its tasks?" question, or null.
    QMessageBox *removeQuestion() const { return m_removeQuestion; }
    QTreeWidget *accountList() const { return m_list; }
    AccountUsageView *usageView() const { return m_usage; }
    SecretStorageNotice *secretNotice() const { return m_notice; }
    QString budgetSummary() const;

signals:
    // After Save in the editor: the account is in the engine.
    void accountSaved(const QString &accountId);

private:
    void buildWidgets();
    void buildLayout();
    void nameWidgets();
    void rebuildList();
    void refreshCounts();
    void refreshSelection();
    void openEditor();
    void saveEditor();
    void finishRemoval(const QString &accountId, bool stopWatchingTasks);
    QStringList taskKeysOf(const QString &accountId) const;
    QString callsText(const QString &accountId) const;

    Engine &m_engine;
    SecretVault *m_vault;
    Preferences &m_preferences;
    SecretStorageNotice *m_notice = nullptr;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_usageTitle = nullptr;
    AccountUsageView *m_usage = nullptr;
    QLabel *m_budget = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    AccountEditor *m_editor = nullptr;
    QPointer<QMessageBox> m_removeQuestion;
    QTimer m_refreshSoon;
};
