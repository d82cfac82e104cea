#include "ui/dialogs/ReportQueryDialog.h"

#include "app/engine/Engine.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace {

QString ruleText(const ReportRule &rule)
{
    return rule.name.isEmpty() ? rule.id : rule.name;
}

} // namespace

ReportQueryDialog::ReportQueryDialog(Engine &engine, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
{
    setWindowTitle(tr("Watch Report Query"));
    buildWidgets();
    buildLayout();
    nameWidgets();
    loadAccounts();
    updateWindowControls();
    updateState();
}

void ReportQueryDialog::buildWidgets()
{
    m_account = new QComboBox(this);
    m_noAccount = new QLabel(tr("Report queries need a Feishu or Lark account. Add one under "
                                "File → Accounts first."),
                             this);
    m_noAccount->setWordWrap(true);

    m_rule = new QComboBox(this);
    m_rule->setEditable(true);
    m_rule->setInsertPolicy(QComboBox::NoInsert);
    m_rule->lineEdit()->setPlaceholderText(tr("Every rule"));
    m_ruleResolved = new QLabel(this);
    m_ruleResolved->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_userId = new QLineEdit(this);
    m_userId->setPlaceholderText(tr("Everyone the app can see"));
    m_userId->setMaxLength(256);
    m_userIdType = new QComboBox(this);
    m_userIdType->addItem(QStringLiteral("open_id"), QStringLiteral("open_id"));
    m_userIdType->addItem(QStringLiteral("union_id"), QStringLiteral("union_id"));
    m_userIdType->addItem(QStringLiteral("user_id"), QStringLiteral("user_id"));
    m_userIdTypeHint = new QLabel(this);
    m_userIdTypeHint->setWordWrap(true);

    m_window = new QComboBox(this);
    m_window->addItem(tr("Today"), int(ReportWindow::Today));
    m_window->addItem(tr("This week"), int(ReportWindow::ThisWeek));
    m_window->addItem(tr("Last 7 days"), int(ReportWindow::Last7Days));
    m_window->addItem(tr("This month"), int(ReportWindow::ThisMonth));
    m_window->addItem(tr("Custom…"), int(ReportWindow::Fixed));
    m_window->setCurrentIndex(1);

    const QDate today = QDate::currentDate();
    m_from = new QDateTimeEdit(today.addDays(-7).startOfDay(), this);
    m_to = new QDateTimeEdit(today.endOfDay(), this);
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setTimeSpec(Qt::LocalTime);
        edit->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    }
    m_range = new QLabel(this);
    m_range->setWordWrap(true);

    m_label = new QLineEdit(this);
    m_label->setPlaceholderText(tr("e.g. Weekly reports of the sales team"));
    m_label->setMaxLength(200);

    m_permission = new QLabel(this);
    m_permission->setWordWrap(true);
    m_permission->setTextFormat(Qt::RichText);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Watch"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_account, &QComboBox::currentIndexChanged, this, [this] {
        loadRules();
        updateState();
    });
    connect(m_rule, &QComboBox::currentTextChanged, this, &ReportQueryDialog::updateState);
    connect(m_userId, &QLineEdit::textChanged, this, &ReportQueryDialog::updateState);
    connect(m_userIdType, &QComboBox::currentIndexChanged, this, &ReportQueryDialog::updateState);
    connect(m_window, &QComboBox::currentIndexChanged, this,
            &ReportQueryDialog::updateWindowControls);
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this,
            &ReportQueryDialog::updateWindowControls);
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, &ReportQueryDialog::updateWindowControls);
}

void ReportQueryDialog::buildLayout()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Account:"), m_account);
    form->addRow(QString(), m_noAccount);
    form->addRow(tr("&Rule:"), m_rule);
    form->addRow(QString(), m_ruleResolved);
    auto *user = new QHBoxLayout;
    user->addWidget(m_userId, 1);
    user->addWidget(m_userIdType);
    auto *submittedBy = new QLabel(tr("&Submitted by:"), this);
    submittedBy->setBuddy(m_userId);
    form->addRow(submittedBy, user);
    form->addRow(QString(), m_userIdTypeHint);
    form->addRow(tr("&Commit time:"), m_window);
    auto *custom = new QHBoxLayout;
    custom->addWidget(m_from, 1);
    auto *until = new QLabel(tr("to"), this);
    custom->addWidget(until);
    custom->addWidget(m_to, 1);
    form->addRow(QString(), custom);
    form->addRow(QString(), m_range);
    form->addRow(tr("&Label:"), m_label);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_permission);
    layout->addStretch();
    layout->addWidget(m_buttons);
    for (QComboBox *box : {m_account, m_rule, m_window})
        box->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_range->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_range->setMinimumWidth(420);
    setMinimumWidth(620);
}

void ReportQueryDialog::nameWidgets()
{
    m_account->setObjectName(QStringLiteral("account"));
    m_account->setAccessibleName(tr("Account"));
    m_rule->setObjectName(QStringLiteral("rule"));
    m_rule->setAccessibleName(tr("Report rule"));
    m_rule->setAccessibleDescription(
        tr("A rule named by earlier submissions, or a rule id; empty for every rule"));
    m_ruleResolved->setObjectName(QStringLiteral("ruleResolved"));
    m_userId->setObjectName(QStringLiteral("userId"));
    m_userId->setAccessibleName(tr("Submitter's user id"));
    m_userIdType->setObjectName(QStringLiteral("userIdType"));
    m_userIdType->setAccessibleName(tr("Kind of user id"));
    m_window->setObjectName(QStringLiteral("window"));
    m_window->setAccessibleName(tr("Commit-time window"));
    m_from->setObjectName(QStringLiteral("from"));
    m_from->setAccessibleName(tr("Committed from"));
    m_to->setObjectName(QStringLiteral("to"));
    m_to->setAccessibleName(tr("Committed until"));
    m_range->setObjectName(QStringLiteral("range"));
    m_label->setObjectName(QStringLiteral("label"));
    m_label->setAccessibleName(tr("Label"));
    m_permission->setObjectName(QStringLiteral("permission"));
    m_buttons->setObjectName(QStringLiteral("buttons"));
    setTabOrder(m_account, m_rule);
    setTabOrder(m_rule, m_userId);
    setTabOrder(m_userId, m_userIdType);
    setTabOrder(m_userIdType, m_window);
    setTabOrder(m_window, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_label);
    setTabOrder(m_label, m_buttons);
}

void ReportQueryDialog::loadAccounts()
{
    for (const Account &account : m_engine.accounts()) {
        if (account.platform == Platform::DingTalk)
            continue;
        m_accounts.append(account);
        m_account->addItem(account.name.isEmpty() ? account.id : account.name, account.id);
    }
    m_noAccount->setVisible(m_accounts.isEmpty());
    m_account->setEnabled(!m_accounts.isEmpty());
    loadRules();
}

void ReportQueryDialog::loadRules()
{
    const QString accountId = m_account->currentData().toString();
    const QString typed = m_rule->currentText();
    m_rules.clear();
    m_rule->clear();
    m_rule->setEditText(typed);
    if (accountId.isEmpty())
        return;
    m_engine.loadReportRules(accountId, this, [this, accountId](QList<ReportRule> rules) {
        if (m_account->currentData().toString() != accountId)
            return; // the admin chose another account meanwhile
        const QString kept = m_rule->currentText();
        m_rules = std::move(rules);
        m_rule->clear();
        for (const ReportRule &rule : std::as_const(m_rules))
            m_rule->addItem(ruleText(rule), rule.id);
        m_rule->setEditText(kept);
        updateState();
        emit rulesLoaded();
    });
}

ReportWindow ReportQueryDialog::window() const
{
    return ReportWindow(m_window->currentData().toInt());
}

QString ReportQueryDialog::ruleId() const
{
    const QString text = m_rule->currentText().trimmed();
    for (const ReportRule &rule : m_rules) {
        if (text == ruleText(rule) || text == rule.id)
            return rule.id;
    }
    return text;
}

void ReportQueryDialog::updateWindowControls()
{
    const bool custom = window() == ReportWindow::Fixed;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    const QLocale locale;
    if (custom) {
        m_range->setText(m_from->dateTime() > m_to->dateTime()
                             ? tr("The start must come before the end.")
                             : tr("Checked until the window has closed, then once more."));
    } else {
        ReportQuery query;
        query.window = window();
        const ReportQuery now = query.resolvedAt(QDateTime::currentDateTimeUtc());
        const QString zone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
        //: %1 and %2: the window's first and last moment today; %3: the time zone
        m_range->setText(
            tr("Now %1 – %2. Moves with the calendar (%3) and keeps picking up new submissions.")
                .arg(locale.toString(now.from.toLocalTime(), QLocale::ShortFormat),
                     locale.toString(now.to.toLocalTime(), QLocale::ShortFormat), zone));
    }
    updateState();
}

void ReportQueryDialog::updateState()
{
    const QString id = ruleId();
    const QString typed = m_rule->currentText().trimmed();
    if (id.isEmpty())
        m_ruleResolved->setText(tr("Submissions of every rule"));
    else if (id != typed)
        m_ruleResolved->setText(tr("Rule id %1").arg(id));
    else
        m_ruleResolved->setText(m_rules.isEmpty()
                                    ? tr("Taken as a rule id")
                                    : tr("Taken as a rule id (no earlier submission names it)"));

    const bool userIdType = m_userIdType->currentData().toString() == QLatin1String("user_id");
    m_userIdTypeHint->setText(userIdType && !m_userId->text().trimmed().isEmpty()
                                  ? tr("user_id also needs the app's permission to read the "
                                       "user-id field of contacts.")
                                  : QString());
    m_userIdTypeHint->setVisible(!m_userIdTypeHint->text().isEmpty());
    m_permission->setText(
        tr("The app needs the permission <b>report:task:readonly</b> (查看汇报任务)."));

    const bool windowValid =
        window() != ReportWindow::Fixed || m_from->dateTime() <= m_to->dateTime();
    const bool watched = !m_accounts.isEmpty() && m_engine.isWatching(queryToWatch().key());
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(!m_accounts.isEmpty() && windowValid && !watched);
    ok->setToolTip(watched ? tr("This query is watched already") : QString());
}

TaskRef ReportQueryDialog::queryToWatch() const
{
    TaskRef ref;
    ref.kind = TaskKind::FeishuReport;
    ref.accountId = m_account->currentData().toString();
    ref.label = m_label->text().trimmed();
    if (ref.label.isEmpty()) {
        // The id of a query says little to a person: name it by its rule and window.
        const QString typed = m_rule->currentText().trimmed();
        //: A report query's default label: the rule's name (or "All reports") and the window
        ref.label = tr("%1 · %2").arg(typed.isEmpty() ? tr("All reports") : typed,
                                      m_window->currentText().remove(QStringLiteral("…")));
    }
    ReportQuery &query = ref.report;
    query.ruleId = ruleId();
    query.userId = m_userId->text().trimmed();
    query.userIdType = m_userIdType->currentData().toString();
    query.window = window();
    if (query.isRolling()) {
        query.timeZone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
        query = query.resolvedAt(QDateTime::currentDateTimeUtc());
    } else {
        query.from = m_from->dateTime().toUTC();
        query.to = m_to->dateTime().toUTC();
    }
    ref.taskId = TaskRef::reportTaskId(query);
    return ref;
}
