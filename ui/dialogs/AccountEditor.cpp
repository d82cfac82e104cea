#include "ui/dialogs/AccountEditor.h"

#include "app/engine/Engine.h"
#include "network/transport/BaseUrlPolicy.h"
#include "ui/dialogs/AppPermissionsLabel.h"
#include "ui/dialogs/ConnectionTestView.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUuid>
#include <QVBoxLayout>

#include <limits>

namespace {

constexpr int kBudgetStep = 1000;

} // namespace

AccountEditor::AccountEditor(Engine &engine, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
{
    buildWidgets();
    buildLayout();
    nameWidgets();
    connect(m_platform, &QComboBox::currentIndexChanged, this, &AccountEditor::platformChanged);
    connect(m_authMode, &QComboBox::currentIndexChanged, this, &AccountEditor::authModeChanged);
    for (QLineEdit *edit : {m_name, m_baseUrl, m_appId, m_secret, m_unionId, m_caFile})
        connect(edit, &QLineEdit::textChanged, this, &AccountEditor::validate);
    connect(m_caBrowse, &QPushButton::clicked, this, &AccountEditor::chooseCaFile);
    connect(m_test, &QPushButton::clicked, this, &AccountEditor::testConnection);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    startNew(Platform::Feishu, QString());
}

void AccountEditor::buildWidgets()
{
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("e.g. Acme HR app"));
    m_platform = new QComboBox(this);
    for (Platform platform : {Platform::Feishu, Platform::Lark, Platform::DingTalk})
        m_platform->addItem(Platforms::displayName(platform), int(platform));
    m_baseUrl = new QLineEdit(this);
    m_baseUrl->setClearButtonEnabled(true);
    m_authMode = new QComboBox(this);
    m_authMode->addItem(tr("App credentials (fetches its own tokens)"),
                        int(Account::AuthMode::AppCredentials));
    m_authMode->addItem(tr("Pasted access token (short-lived)"),
                        int(Account::AuthMode::PastedToken));
    m_appIdLabel = new QLabel(this);
    m_appId = new QLineEdit(this);
    m_secretLabel = new QLabel(this);
    m_secret = new QLineEdit(this);
    m_secret->setEchoMode(QLineEdit::Password);
    m_storage = new QLabel(this);
    m_storage->setTextFormat(Qt::PlainText);
    m_storage->setWordWrap(true);
    m_storage->setForegroundRole(QPalette::PlaceholderText);
    m_unionId = new QLineEdit(this);
    m_unionId->setPlaceholderText(tr("Needed for storage tasks"));
    m_caFile = new QLineEdit(this);
    m_caFile->setPlaceholderText(tr("Optional, PEM"));
    m_caFile->setClearButtonEnabled(true);
    m_caBrowse = new QPushButton(tr("&Browse…"), this);
    m_budget = new QSpinBox(this);
    m_budget->setRange(0, std::numeric_limits<int>::max());
    m_budget->setSingleStep(kBudgetStep);
    m_budget->setGroupSeparatorShown(true);
    m_budget->setSpecialValueText(tr("No budget"));
    m_budget->setSuffix(tr(" calls"));
    m_permissions = new AppPermissionsLabel(this);
    m_test = new QPushButton(tr("&Test Connection"), this);
    m_testView = new ConnectionTestView(this);
    m_problem = new QLabel(this);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    // Named here so that they are translated even where Qt's own translations are missing.
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

void AccountEditor::buildLayout()
{
    m_caRow = new QWidget(this);
    auto *caLayout = new QHBoxLayout(m_caRow);
    caLayout->setContentsMargins(0, 0, 0, 0);
    caLayout->addWidget(m_caFile, 1);
    caLayout->addWidget(m_caBrowse);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(tr("&Name:"), m_name);
    m_form->addRow(tr("&Platform:"), m_platform);
    m_form->addRow(tr("Base &URL:"), m_baseUrl);
    m_form->addRow(tr("&Sign in with:"), m_authMode);
    m_form->addRow(m_appIdLabel, m_appId);
    m_form->addRow(m_secretLabel, m_secret);
    m_form->addRow(QString(), m_storage);
    m_form->addRow(tr("&Operator unionId:"), m_unionId);
    m_form->addRow(tr("Extra &CA certificate:"), m_caRow);
    m_form->addRow(tr("Monthly &budget:"), m_budget);
    m_appIdLabel->setBuddy(m_appId);
    m_secretLabel->setBuddy(m_secret);

    auto *permissionsBox = new QGroupBox(tr("Permissions the app needs"), this);
    auto *permissionsLayout = new QVBoxLayout(permissionsBox);
    permissionsLayout->addWidget(m_permissions);

    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test, 0, Qt::AlignTop);
    testRow->addWidget(m_testView, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(permissionsBox);
    layout->addLayout(testRow);
    layout->addStretch();
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    QList<QWidget *> order;
    order << m_name << m_platform << m_baseUrl << m_authMode << m_appId << m_secret << m_unionId
          << m_caFile << m_caBrowse << m_budget << m_permissions << m_test << m_buttons;
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    setMinimumWidth(600);
    resize(660, sizeHint().height());
}

void AccountEditor::nameWidgets()
{
    m_name->setObjectName(QStringLiteral("accountName"));
    m_platform->setObjectName(QStringLiteral("platform"));
    m_baseUrl->setObjectName(QStringLiteral("baseUrl"));
    m_authMode->setObjectName(QStringLiteral("authMode"));
    m_appId->setObjectName(QStringLiteral("appId"));
    m_secret->setObjectName(QStringLiteral("secret"));
    m_storage->setObjectName(QStringLiteral("secretStorageSentence"));
    m_unionId->setObjectName(QStringLiteral("unionId"));
    m_caFile->setObjectName(QStringLiteral("caFile"));
    m_caBrowse->setObjectName(QStringLiteral("caBrowse"));
    m_budget->setObjectName(QStringLiteral("monthlyBudget"));
    m_permissions->setObjectName(QStringLiteral("permissions"));
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_problem->setObjectName(QStringLiteral("problem"));

    m_name->setAccessibleName(tr("Account name"));
    m_name->setAccessibleDescription(tr("How the account is shown in the task table."));
    m_platform->setAccessibleName(tr("Platform"));
    m_platform->setAccessibleDescription(tr("Feishu, Lark or DingTalk."));
    m_baseUrl->setAccessibleName(tr("Base URL"));
    m_baseUrl->setAccessibleDescription(
        tr("The platform's server. Leave empty for the default; plain http is refused except "
           "to this computer."));
    m_authMode->setAccessibleName(tr("Sign in with"));
    m_authMode->setAccessibleDescription(
        tr("App credentials fetch and renew tokens; a pasted token works until it expires."));
    m_secret->setAccessibleDescription(
        tr("Typed text is hidden and never shown again; leave empty to keep the stored one."));
    m_storage->setAccessibleName(tr("Where the secret is kept"));
    m_unionId->setAccessibleName(tr("Operator unionId"));
    m_unionId->setAccessibleDescription(
        tr("The DingTalk user whose storage tasks are read (unionId)."));
    m_caFile->setAccessibleName(tr("Extra CA certificate file"));
    m_caFile->setAccessibleDescription(
        tr("A PEM certificate to trust in addition to the system's, e.g. for a proxy that "
           "inspects TLS."));
    m_caBrowse->setAccessibleName(tr("Choose CA certificate file"));
    m_budget->setAccessibleName(tr("Monthly call budget"));
    m_budget->setAccessibleDescription(
        tr("Metered calls this account may spend per calendar month; polling slows as it runs "
           "low and stops when it is spent. 0 is no budget."));
    m_test->setAccessibleName(tr("Test connection"));
    m_test->setAccessibleDescription(
        tr("Fetches a token with these settings, and reads one watched task of the account if "
           "there is one, without saving anything."));
    m_problem->setAccessibleName(tr("What is missing"));
    QPushButton *save = m_buttons->button(QDialogButtonBox::Save);
    save->setAccessibleName(tr("Save"));
    save->setAccessibleDescription(tr("Saves the account; its tasks are checked again."));
    QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel);
    cancel->setAccessibleName(tr("Cancel"));
    cancel->setAccessibleDescription(tr("Closes without changing the account."));
}

void AccountEditor::startNew(Platform platform, const QString &baseUrl)
{
    m_isNew = true;
    m_maskedSecret.clear();
    m_accountId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    setWindowTitle(tr("Add Account"));
    m_name->clear();
    m_platform->setCurrentIndex(m_platform->findData(int(platform)));
    m_baseUrl->setText(baseUrl);
    m_authMode->setCurrentIndex(0);
    m_appId->clear();
    m_secret->clear();
    m_unionId->clear();
    m_caFile->clear();
    m_budget->setValue(0);
    m_lastTest.reset();
    m_testView->clear();
    platformChanged();
    m_name->setFocus();
}

void AccountEditor::startEditing(const Account &account, qint64 monthlyBudget,
                                 const QString &maskedSecret)
{
    m_isNew = false;
    m_maskedSecret = maskedSecret;
    m_accountId = account.id;
    setWindowTitle(tr("Edit Account"));
    m_name->setText(account.name);
    m_platform->setCurrentIndex(m_platform->findData(int(account.platform)));
    m_baseUrl->setText(account.baseUrl);
    m_authMode->setCurrentIndex(m_authMode->findData(int(account.authMode)));
    m_appId->setText(account.appId);
    m_secret->clear();
    m_unionId->setText(account.unionId);
    m_caFile->setText(account.caCertificateFile);
    m_budget->setValue(int(std::clamp<qint64>(monthlyBudget, 0, m_budget->maximum())));
    m_lastTest.reset();
    m_testView->clear();
    platformChanged();
    m_name->setFocus();
}

void AccountEditor::setStorageSentence(const QString &sentence)
{
    m_storage->setText(sentence);
}

Platform AccountEditor::currentPlatform() const
{
    return Platform(m_platform->currentData().toInt());
}

Account::AuthMode AccountEditor::currentAuthMode() const
{
    return Account::AuthMode(m_authMode->currentData().toInt());
}

void AccountEditor::platformChanged()
{
    const Platform platform = currentPlatform();
    m_baseUrl->setPlaceholderText(Platforms::defaultBaseUrl(platform));
    m_form->setRowVisible(m_unionId, platform == Platform::DingTalk);
    m_permissions->setPlatform(platform);
    authModeChanged();
}

void AccountEditor::authModeChanged()
{
    const bool dingTalk = currentPlatform() == Platform::DingTalk;
    const bool token = currentAuthMode() == Account::AuthMode::PastedToken;
    m_appIdLabel->setText(dingTalk ? tr("App &key:") : tr("App &ID:"));
    m_appId->setAccessibleName(dingTalk ? tr("App key") : tr("App ID"));
    m_appId->setPlaceholderText(dingTalk ? tr("e.g. dingxxxxxxxxxxxxxxxx")
                                         : tr("e.g. cli_a1b2c3d4e5f6g7h8"));
    m_form->setRowVisible(m_appId, !token);
    m_secretLabel->setText(token ? tr("Access &token:") : tr("App &secret:"));
    m_secret->setAccessibleName(token ? tr("Access token") : tr("App secret"));
    m_secret->setPlaceholderText(m_maskedSecret.isEmpty()
                                     ? tr("Required")
                                     : tr("%1 stored; type to replace it").arg(m_maskedSecret));
    validate();
}

QString AccountEditor::problem() const
{
    if (m_name->text().trimmed().isEmpty())
        return tr("Give the account a name.");
    return connectionProblem();
}

QString AccountEditor::connectionProblem() const
{
    const QString url = m_baseUrl->text().trimmed();
    if (!url.isEmpty()) {
        if (const std::optional<ApiError> refused = BaseUrlPolicy::check(QUrl(url)))
            return refused->message;
    }
    const bool dingTalk = currentPlatform() == Platform::DingTalk;
    const bool token = currentAuthMode() == Account::AuthMode::PastedToken;
    if (!token && m_appId->text().trimmed().isEmpty())
        return dingTalk ? tr("Enter the app key.") : tr("Enter the app ID.");
    if (m_secret->text().isEmpty() && m_maskedSecret.isEmpty())
        return token ? tr("Paste the access token.") : tr("Enter the app secret.");
    const QString caFile = m_caFile->text().trimmed();
    if (!caFile.isEmpty() && !QFileInfo(caFile).isReadable())
        return tr("The CA certificate file %1 cannot be read.").arg(caFile);
    return {};
}

void AccountEditor::validate()
{
    const QString text = problem();
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(text.isEmpty());
    // A test needs everything but the name.
    m_test->setEnabled(!m_testing && connectionProblem().isEmpty());
}

Account AccountEditor::account() const
{
    Account account;
    account.id = m_accountId;
    account.name = m_name->text().trimmed();
    account.platform = currentPlatform();
    account.baseUrl = m_baseUrl->text().trimmed();
    account.authMode = currentAuthMode();
    account.appId = m_appId->text().trimmed();
    if (account.platform == Platform::DingTalk)
        account.unionId = m_unionId->text().trimmed();
    account.caCertificateFile = m_caFile->text().trimmed();
    return account;
}

QString AccountEditor::secret() const
{
    return m_secret->text().trimmed();
}

qint64 AccountEditor::monthlyBudget() const
{
    return m_budget->value();
}

void AccountEditor::testConnection()
{
    if (m_testing)
        return;
    m_testing = true;
    m_lastTest.reset();
    m_test->setEnabled(false);
    m_testView->showRunning();
    const QString platform = Platforms::displayName(currentPlatform());
    m_engine.testAccount(account(), secret(), this,
                         [this, platform](const AccountTestResult &result) {
                             m_testing = false;
                             validate();
                             m_lastTest = result;
                             m_testView->showResult(result, platform);
                             emit testFinished(result.ok());
                         });
}

void AccountEditor::done(int result)
{
    if (result == QDialog::Accepted && !problem().isEmpty())
        return;
    // Save has handed the secret to the engine by now (accepted() is emitted in there).
    QDialog::done(result);
    m_secret->clear();
}

void AccountEditor::chooseCaFile()
{
    const QString chosen = QFileDialog::getOpenFileName(
        this, tr("Extra CA Certificate"), QFileInfo(m_caFile->text()).absolutePath(),
        tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!chosen.isEmpty())
        m_caFile->setText(chosen);
}
