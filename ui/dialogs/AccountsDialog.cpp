#include "ui/dialogs/AccountsDialog.h"

#include "app/engine/Engine.h"
#include "ui/dialogs/AccountEditor.h"
#include "ui/dialogs/AccountUsageView.h"
#include "ui/dialogs/SecretStorageNotice.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace {

// Answers arrive per task; the counts are redrawn once per burst.
constexpr int kRefreshDelayMs = 300;
constexpr int kIdRole = Qt::UserRole;

} // namespace

AccountsDialog::AccountsDialog(Engine &engine, SecretVault *vault, Preferences &preferences,
                               QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_vault(vault)
    , m_preferences(preferences)
{
    setWindowTitle(tr("Accounts"));
    buildWidgets();
    buildLayout();
    nameWidgets();

    m_refreshSoon.setSingleShot(true);
    m_refreshSoon.setInterval(kRefreshDelayMs);
    connect(&m_refreshSoon, &QTimer::timeout, this, &AccountsDialog::refreshCounts);
    connect(&m_engine, &Engine::accountsChanged, this, &AccountsDialog::rebuildList);
    connect(&m_engine, &Engine::taskAnswered, &m_refreshSoon, qOverload<>(&QTimer::start));
    connect(&m_engine, &Engine::taskFailed, &m_refreshSoon, qOverload<>(&QTimer::start));
    connect(m_list, &QTreeWidget::currentItemChanged, this, &AccountsDialog::refreshSelection);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        editAccount(item->data(NameColumn, kIdRole).toString());
    });
    connect(m_add, &QPushButton::clicked, this,
            [this] { addAccount(Platform::Feishu, QString()); });
    connect(m_edit, &QPushButton::clicked, this, [this] { editAccount(currentAccountId()); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeAccount(currentAccountId()); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_notice, &SecretStorageNotice::storageChanged, this, [this] {
        if (m_editor)
            m_editor->setStorageSentence(m_notice->storageSentence());
    });

    rebuildList();
    resize(760, 560);
}

AccountsDialog::~AccountsDialog()
{
    m_list->disconnect(this);
}

void AccountsDialog::buildWidgets()
{
    m_notice = new SecretStorageNotice(m_vault, m_preferences, this);
    m_list = new QTreeWidget(this);
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels(
        {tr("Name"), tr("Platform"), tr("App ID / key"), tr("Server"), tr("Metered calls")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(ServerColumn, QHeaderView::Stretch);
    m_add = new QPushButton(tr("&Add…"), this);
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_remove = new QPushButton(tr("&Remove…"), this);
    m_usageTitle = new QLabel(this);
    m_usageTitle->setTextFormat(Qt::PlainText);
    m_usage = new AccountUsageView(this);
    m_budget = new QLabel(this);
    m_budget->setTextFormat(Qt::PlainText);
    m_budget->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
}

void AccountsDialog::buildLayout()
{
    auto *side = new QVBoxLayout;
    side->addWidget(m_add);
    side->addWidget(m_edit);
    side->addWidget(m_remove);
    side->addStretch();
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_list, 1);
    listRow->addLayout(side);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addLayout(listRow, 3);
    layout->addWidget(m_usageTitle);
    layout->addWidget(m_usage, 2);
    layout->addWidget(m_budget);
    layout->addWidget(m_buttons);
    m_usageTitle->setBuddy(m_usage);

    QList<QWidget *> order;
    order << m_notice->fileChoice() << m_list << m_add << m_edit << m_remove << m_usage
          << m_buttons->button(QDialogButtonBox::Close);
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
}

void AccountsDialog::nameWidgets()
{
    m_list->setObjectName(QStringLiteral("accountList"));
    m_add->setObjectName(QStringLiteral("addAccount"));
    m_edit->setObjectName(QStringLiteral("editAccount"));
    m_remove->setObjectName(QStringLiteral("removeAccount"));
    m_usage->setObjectName(QStringLiteral("usage"));
    m_budget->setObjectName(QStringLiteral("budgetSummary"));
    m_list->setAccessibleName(tr("Accounts"));
    m_list->setAccessibleDescription(tr("The configured apps. Return edits the selected one."));
    m_add->setAccessibleName(tr("Add account"));
    m_add->setAccessibleDescription(tr("Adds a Feishu, Lark or DingTalk app."));
    m_edit->setAccessibleName(tr("Edit account"));
    m_edit->setAccessibleDescription(tr("Changes the selected account's settings or secret."));
    m_remove->setAccessibleName(tr("Remove account"));
    m_remove->setAccessibleDescription(
        tr("Removes the selected account and its secret, and asks what to do with its tasks."));
    m_usageTitle->setAccessibleName(tr("Calls this month"));
    m_budget->setAccessibleName(tr("Monthly budget"));
    QPushButton *close = m_buttons->button(QDialogButtonBox::Close);
    close->setAccessibleName(tr("Close"));
    close->setAccessibleDescription(tr("Closes the accounts dialog."));
}

QString AccountsDialog::callsText(const QString &accountId) const
{
    const QLocale locale;
    const qint64 metered = m_engine.meteredCallsThisMonth(accountId);
    const qint64 budget = m_engine.monthlyBudget(accountId);
    return budget > 0 ? tr("%1 of %2").arg(locale.toString(metered), locale.toString(budget))
                      : locale.toString(metered);
}

void AccountsDialog::rebuildList()
{
    const QString current = currentAccountId();
    const QSignalBlocker quiet(m_list);
    m_list->clear();
    for (const Account &account : m_engine.accounts()) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(NameColumn, kIdRole, account.id);
        item->setText(NameColumn, account.name.isEmpty() ? account.id : account.name);
        item->setText(PlatformColumn, Platforms::displayName(account.platform));
        item->setText(AppIdColumn, account.authMode == Account::AuthMode::PastedToken
                                       ? tr("pasted token")
                                       : account.appId);
        item->setText(ServerColumn, QUrl(account.effectiveBaseUrl()).authority());
        item->setToolTip(ServerColumn, account.effectiveBaseUrl());
        item->setText(CallsColumn, callsText(account.id));
        item->setTextAlignment(CallsColumn, Qt::AlignRight | Qt::AlignVCenter);
        if (account.id == current)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    refreshSelection();
}

void AccountsDialog::refreshCounts()
{
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        item->setText(CallsColumn, callsText(item->data(NameColumn, kIdRole).toString()));
    }
    refreshSelection();
}

void AccountsDialog::refreshSelection()
{
    const QString id = currentAccountId();
    const std::optional<Account> account = id.isEmpty() ? std::nullopt : m_engine.account(id);
    m_edit->setEnabled(account.has_value());
    m_remove->setEnabled(account.has_value());
    m_usage->showUsage(m_engine, account);
    if (!account) {
        m_usageTitle->setText(m_list->topLevelItemCount() == 0
                                  ? tr("No accounts yet: add the app whose tasks you watch.")
                                  : tr("Calls this month"));
        m_budget->clear();
        return;
    }
    const QString name = account->name.isEmpty() ? account->id : account->name;
    m_usageTitle->setText(tr("Calls this month — %1").arg(name));
    m_budget->setText(budgetSummary());
}

QString AccountsDialog::budgetSummary() const
{
    const QString id = currentAccountId();
    if (id.isEmpty())
        return {};
    const QLocale locale;
    const qint64 metered = m_engine.meteredCallsThisMonth(id);
    const qint64 budget = m_engine.monthlyBudget(id);
    if (budget <= 0)
        return tr("%1 metered call(s) this month; no budget set (Edit to set one).", nullptr,
                  int(std::min<qint64>(metered, std::numeric_limits<int>::max())))
            .arg(locale.toString(metered));
    return tr("%1 of the monthly budget of %2 metered calls spent; %3 left.")
        .arg(locale.toString(metered), locale.toString(budget),
             locale.toString(std::max<qint64>(0, budget - metered)));
}

QString AccountsDialog::currentAccountId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(NameColumn, kIdRole).toString() : QString();
}

void AccountsDialog::selectAccount(const QString &accountId)
{
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        if (item->data(NameColumn, kIdRole).toString() == accountId) {
            m_list->setCurrentItem(item);
            return;
        }
    }
}

void AccountsDialog::openEditor()
{
    if (!m_editor) {
        m_editor = new AccountEditor(m_engine, this);
        connect(m_editor, &QDialog::accepted, this, &AccountsDialog::saveEditor);
    }
    m_editor->setStorageSentence(m_notice->storageSentence());
    // Opened from another window (pasted tasks that need an account) it must not hide behind it.
    m_editor->setWindowModality(isVisible() ? Qt::WindowModal : Qt::ApplicationModal);
    m_editor->show();
    m_editor->raise();
    m_editor->activateWindow();
}

void AccountsDialog::addAccount(Platform platform, const QString &baseUrl)
{
    openEditor();
    m_editor->startNew(platform, baseUrl);
}

void AccountsDialog::editAccount(const QString &accountId)
{
    const std::optional<Account> account = m_engine.account(accountId);
    if (!account)
        return;
    openEditor();
    m_editor->startEditing(*account, m_engine.monthlyBudget(accountId),
                           m_engine.maskedSecret(accountId));
}

void AccountsDialog::saveEditor()
{
    const Account account = m_editor->account();
    m_engine.setAccount(account, m_editor->secret());
    m_engine.setMonthlyBudget(account.id, m_editor->monthlyBudget());
    rebuildList();
    selectAccount(account.id);
    emit accountSaved(account.id);
}

QStringList AccountsDialog::taskKeysOf(const QString &accountId) const
{
    QStringList keys;
    const TaskTableModel &tasks = m_engine.tasks();
    for (int row = 0; row < tasks.rowCount(); ++row) {
        if (tasks.taskAt(row).ref.accountId == accountId)
            keys << tasks.taskAt(row).ref.key();
    }
    return keys;
}

void AccountsDialog::removeAccount(const QString &accountId)
{
    const std::optional<Account> account = m_engine.account(accountId);
    if (!account || m_removeQuestion)
        return;
    const qsizetype taskCount = taskKeysOf(accountId).size();
    const QString name = account->name.isEmpty() ? account->id : account->name;
    auto *question =
        new QMessageBox(QMessageBox::Question, tr("Remove Account"),
                        tr("Remove the account “%1”?").arg(name), QMessageBox::NoButton, this);
    question->setObjectName(QStringLiteral("removeAccountQuestion"));
    QPushButton *keep = nullptr;
    QPushButton *stop = nullptr;
    if (taskCount > 0) {
        question->setInformativeText(
            tr("Its secret is removed too. %n watched task(s) belong to it: keep them in the "
               "table (they show an error until an account serves them), or stop watching "
               "them.",
               nullptr, int(taskCount)));
        keep = question->addButton(tr("Keep Its Tasks"), QMessageBox::AcceptRole);
        stop = question->addButton(tr("Stop Watching Its Tasks"), QMessageBox::DestructiveRole);
        keep->setObjectName(QStringLiteral("keepTasks"));
        stop->setObjectName(QStringLiteral("stopWatchingTasks"));
    } else {
        question->setInformativeText(tr("Its secret is removed too."));
        keep = question->addButton(tr("Remove"), QMessageBox::AcceptRole);
        keep->setObjectName(QStringLiteral("removeConfirmed"));
    }
    QPushButton *cancel = question->addButton(tr("Cancel"), QMessageBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelRemoval"));
    question->setDefaultButton(cancel);
    question->setEscapeButton(cancel);
    connect(question, &QMessageBox::buttonClicked, this,
            [this, accountId, keep, stop](QAbstractButton *clicked) {
                if (clicked == keep)
                    finishRemoval(accountId, false);
                else if (clicked == stop)
                    finishRemoval(accountId, true);
            });
    connect(question, &QDialog::finished, this, [this, question] {
        m_removeQuestion.clear();
        question->deleteLater();
    });
    m_removeQuestion = question;
    question->open();
}

void AccountsDialog::finishRemoval(const QString &accountId, bool stopWatchingTasks)
{
    if (stopWatchingTasks)
        m_engine.removeTasks(taskKeysOf(accountId));
    m_engine.removeAccount(accountId);
}
