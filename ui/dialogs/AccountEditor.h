#pragma once

#include "app/engine/AccountTestResult.h"
#include "models/domain/Account.h"

#include <QDialog>

class AppPermissionsLabel;
class ConnectionTestView;
class Engine;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

// One account's settings: name, platform, base URL (the platform's default as placeholder;
// plain http only to this computer), auth mode, app id / key, the secret (typed, never shown
// back), the DingTalk operator, an extra CA file and the monthly budget. "Test connection"
// asks the platform with these settings without changing the configured account.
class AccountEditor final : public QDialog
{
    Q_OBJECT

public:
    explicit AccountEditor(Engine &engine, QWidget *parent = nullptr);

    // A new account, prefilled (e.g. for pasted tasks that need one); baseUrl empty is the
    // platform's default host.
    void startNew(Platform platform, const QString &baseUrl);
    // An existing account; maskedSecret ("•••• 1234") says a secret is stored.
    void startEditing(const Account &account, qint64 monthlyBudget, const QString &maskedSecret);
    bool isNew() const { return m_isNew; }

    // Where a secret saved now goes, shown under the secret field.
    void setStorageSentence(const QString &sentence);

    // The account as the fields describe it (without the secret).
    Account account() const;
    // What was typed; empty keeps the stored secret.
    QString secret() const;
    qint64 monthlyBudget() const;
    // Why the fields cannot be saved, or empty.
    QString problem() const;

    void testConnection();
    bool isTesting() const { return m_testing; }
    ConnectionTestView *testView() const { return m_testView; }
    // The outcome of the last test of these settings; cleared when a new account starts.
    const std::optional<AccountTestResult> &lastTestResult() const { return m_lastTest; }

    // Refuses to close with Save while a field is wrong; forgets the typed secret once closed.
    void done(int result) override;

signals:
    void testFinished(bool ok);

private:
    void buildWidgets();
    void buildLayout();
    void nameWidgets();
    void platformChanged();
    void authModeChanged();
    void validate();
    QString connectionProblem() const;
    void chooseCaFile();
    Platform currentPlatform() const;
    Account::AuthMode currentAuthMode() const;

    Engine &m_engine;
    QString m_accountId;
    bool m_isNew = true;
    QString m_maskedSecret; // "•••• 1234" of the stored secret; empty when none is stored
    bool m_testing = false;
    std::optional<AccountTestResult> m_lastTest;

    QFormLayout *m_form = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_platform = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QComboBox *m_authMode = nullptr;
    QLabel *m_appIdLabel = nullptr;
    QLineEdit *m_appId = nullptr;
    QLabel *m_secretLabel = nullptr;
    QLineEdit *m_secret = nullptr;
    QLabel *m_storage = nullptr;
    QLineEdit *m_unionId = nullptr;
    QLineEdit *m_caFile = nullptr;
    QPushButton *m_caBrowse = nullptr;
    QWidget *m_caRow = nullptr;
    QSpinBox *m_budget = nullptr;
    AppPermissionsLabel *m_permissions = nullptr;
    QPushButton *m_test = nullptr;
    ConnectionTestView *m_testView = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
