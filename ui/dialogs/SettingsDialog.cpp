#include "ui/dialogs/SettingsDialog.h"

#include "app/engine/Engine.h"
#include "models/preferences/PreferenceDefaults.h"
#include "models/preferences/Preferences.h"
#include "ui/dialogs/CallBudgetTable.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFont>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace {

constexpr int kMsPerSecond = 1000;

int toSeconds(int ms)
{
    return int(std::lround(ms / double(kMsPerSecond)));
}

} // namespace

SettingsDialog::SettingsDialog(Engine &engine, Preferences &preferences, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_preferences(preferences)
{
    setWindowTitle(tr("Settings"));
    buildWidgets();
    buildLayout();
    nameWidgets();
    load();

    for (QSpinBox *box : {m_shortest, m_longest})
        connect(box, &QSpinBox::valueChanged, this, &SettingsDialog::refreshButtons);
    connect(m_budgets, &CallBudgetTable::budgetsEdited, this, &SettingsDialog::refreshButtons);
    for (QCheckBox *box : {m_notifications, m_startPaused, m_byteOrderMark})
        connect(box, &QCheckBox::toggled, this, &SettingsDialog::refreshButtons);
    for (QComboBox *box : {m_language, m_delimiter})
        connect(box, &QComboBox::currentIndexChanged, this, &SettingsDialog::refreshButtons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &SettingsDialog::apply);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &SettingsDialog::restoreDefaults);
    refreshButtons();
    resize(sizeHint().expandedTo(QSize(560, 0)));
}

void SettingsDialog::buildWidgets()
{
    m_shortest = new QSpinBox(this);
    m_longest = new QSpinBox(this);
    for (QSpinBox *box : {m_shortest, m_longest}) {
        box->setRange(PreferenceDefaults::minimumCheckIntervalMs / kMsPerSecond,
                      PreferenceDefaults::maximumCheckIntervalMs / kMsPerSecond);
        box->setSuffix(tr(" s"));
        box->setGroupSeparatorShown(true);
        box->setAlignment(Qt::AlignRight);
    }
    m_intervalProblem = new QLabel(tr("The longest interval must be at least the shortest."), this);
    m_intervalProblem->setWordWrap(true);
    QFont emphasised = m_intervalProblem->font();
    emphasised.setBold(true);
    m_intervalProblem->setFont(emphasised);
    QSizePolicy keepSpace = m_intervalProblem->sizePolicy();
    keepSpace.setRetainSizeWhenHidden(true);
    m_intervalProblem->setSizePolicy(keepSpace);

    m_budgets = new CallBudgetTable(m_engine, m_preferences, this);

    m_notifications = new QCheckBox(tr("Show a &notification when a task ends"), this);
    m_startPaused = new QCheckBox(tr("Start with checks &paused"), this);

    m_language = new QComboBox(this);
    m_language->addItem(tr("System language"), QString());
    // Each language is named in itself, so that a user who cannot read the current one still
    // finds theirs.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_languageNote = new QLabel(languageNote(), this);
    m_languageNote->setWordWrap(true);
    m_languageNote->setEnabled(false);

    m_byteOrderMark =
        new QCheckBox(tr("Start files with a &byte-order mark (for Excel and WPS)"), this);
    m_delimiter = new QComboBox(this);
    m_delimiter->addItem(tr("Comma ( , )"), QString(u','));
    m_delimiter->addItem(tr("Semicolon ( ; )"), QString(u';'));
    m_delimiter->addItem(tr("Tab"), QString(u'\t'));
    m_delimiter->addItem(tr("Vertical bar ( | )"), QString(u'|'));

    m_buttons =
        new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Apply |
                                 QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults,
                             this);
    // Named here so that they are translated even where Qt's own translations are missing.
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    m_buttons->button(QDialogButtonBox::Apply)->setText(tr("Apply"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_buttons->button(QDialogButtonBox::RestoreDefaults)->setText(tr("Restore Defaults"));
}

void SettingsDialog::buildLayout()
{
    auto *checks = new QGroupBox(tr("Checks"), this);
    auto *checksForm = new QFormLayout(checks);
    checksForm->addRow(tr("&Shortest interval:"), m_shortest);
    checksForm->addRow(tr("&Longest interval:"), m_longest);
    checksForm->addRow(m_intervalProblem);
    checksForm->addRow(m_startPaused);
    checksForm->addRow(m_notifications);

    auto *budgets = new QGroupBox(tr("Monthly call budgets"), this);
    auto *budgetsLayout = new QVBoxLayout(budgets);
    auto *budgetsHint =
        new QLabel(tr("The platforms meter drive, report and DingTalk calls per month. When an "
                      "account's budget is used up, its tasks wait for the next month."),
                   budgets);
    budgetsHint->setWordWrap(true);
    budgetsLayout->addWidget(budgetsHint);
    budgetsLayout->addWidget(m_budgets);

    auto *interface = new QGroupBox(tr("Language"), this);
    auto *interfaceForm = new QFormLayout(interface);
    interfaceForm->addRow(tr("&Language:"), m_language);
    interfaceForm->addRow(m_languageNote);

    auto *csv = new QGroupBox(tr("CSV export"), this);
    auto *csvForm = new QFormLayout(csv);
    csvForm->addRow(m_byteOrderMark);
    csvForm->addRow(tr("&Delimiter:"), m_delimiter);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(checks);
    layout->addWidget(budgets, 1);
    layout->addWidget(interface);
    layout->addWidget(csv);
    layout->addWidget(m_buttons);

    setTabOrder(m_shortest, m_longest);
    setTabOrder(m_longest, m_startPaused);
    setTabOrder(m_startPaused, m_notifications);
    setTabOrder(m_notifications, m_budgets);
    setTabOrder(m_budgets, m_language);
    setTabOrder(m_language, m_byteOrderMark);
    setTabOrder(m_byteOrderMark, m_delimiter);
    setTabOrder(m_delimiter, m_buttons);
}

void SettingsDialog::nameWidgets()
{
    m_shortest->setObjectName(QStringLiteral("shortestInterval"));
    m_longest->setObjectName(QStringLiteral("longestInterval"));
    m_intervalProblem->setObjectName(QStringLiteral("intervalProblem"));
    m_budgets->setObjectName(QStringLiteral("budgets"));
    m_notifications->setObjectName(QStringLiteral("notifications"));
    m_startPaused->setObjectName(QStringLiteral("startPaused"));
    m_language->setObjectName(QStringLiteral("language"));
    m_languageNote->setObjectName(QStringLiteral("languageNote"));
    m_byteOrderMark->setObjectName(QStringLiteral("byteOrderMark"));
    m_delimiter->setObjectName(QStringLiteral("delimiter"));

    m_shortest->setAccessibleName(tr("Shortest check interval"));
    m_shortest->setAccessibleDescription(
        tr("A running task is never asked about more often than this, in seconds."));
    m_longest->setAccessibleName(tr("Longest check interval"));
    m_longest->setAccessibleDescription(
        tr("A running task is asked about at least this often, in seconds. Must be at least "
           "the shortest interval."));
    m_intervalProblem->setAccessibleName(tr("Interval problem"));
    m_budgets->setAccessibleName(tr("Monthly call budgets"));
    m_budgets->setAccessibleDescription(
        tr("One row per account: the metered calls spent this month and the monthly budget."));
    m_notifications->setAccessibleName(tr("Notifications"));
    m_notifications->setAccessibleDescription(
        tr("Shows a desktop notification once when a watched task succeeds or fails."));
    m_startPaused->setAccessibleName(tr("Start paused"));
    m_startPaused->setAccessibleDescription(
        tr("Task Monitor starts without checking any task until Pause checking is turned off."));
    m_language->setAccessibleName(tr("Language"));
    m_language->setAccessibleDescription(languageNote());
    m_languageNote->setAccessibleName(tr("When the language changes"));
    m_byteOrderMark->setAccessibleName(tr("Byte-order mark"));
    m_byteOrderMark->setAccessibleDescription(
        tr("Excel and WPS need it to read Chinese text in a CSV file correctly."));
    m_delimiter->setAccessibleName(tr("CSV delimiter"));
    m_delimiter->setAccessibleDescription(
        tr("The character between two fields. Spreadsheets set to a language that writes "
           "decimals with a comma expect a semicolon."));
    const QList<std::pair<QDialogButtonBox::StandardButton, QString>> buttons{
        {QDialogButtonBox::Ok, tr("Stores the settings and closes the dialog.")},
        {QDialogButtonBox::Apply, tr("Stores the settings and keeps the dialog open.")},
        {QDialogButtonBox::Cancel, tr("Closes the dialog; changes not applied are dropped.")},
        {QDialogButtonBox::RestoreDefaults,
         tr("Shows the default settings; they are stored with Apply or OK.")},
    };
    for (const auto &[which, description] : buttons) {
        QPushButton *button = m_buttons->button(which);
        button->setAccessibleName(button->text());
        button->setAccessibleDescription(description);
    }
}

QString SettingsDialog::languageNote() const
{
    return tr("A new language shows the next time Task Monitor starts.");
}

SettingsDialog::Values SettingsDialog::storedValues() const
{
    Values stored;
    stored.shortestCheckIntervalMs = m_preferences.shortestCheckIntervalMs();
    stored.longestCheckIntervalMs = m_preferences.longestCheckIntervalMs();
    for (const Account &account : m_engine.accounts())
        stored.budgets.insert(account.id, m_preferences.monthlyCallBudget(account.id));
    stored.notificationsEnabled = m_preferences.notificationsEnabled();
    stored.startPaused = m_preferences.startPaused();
    stored.language = m_preferences.language();
    stored.csvByteOrderMark = m_preferences.csvByteOrderMark();
    stored.csvDelimiter = m_preferences.csvDelimiter();
    return stored;
}

SettingsDialog::Values SettingsDialog::defaultValues() const
{
    Values defaults;
    defaults.shortestCheckIntervalMs = PreferenceDefaults::shortestCheckIntervalMs;
    defaults.longestCheckIntervalMs = PreferenceDefaults::longestCheckIntervalMs;
    for (const Account &account : m_engine.accounts())
        defaults.budgets.insert(account.id, PreferenceDefaults::monthlyCallBudget);
    defaults.notificationsEnabled = PreferenceDefaults::notificationsEnabled;
    defaults.startPaused = PreferenceDefaults::startPaused;
    defaults.language = QString(PreferenceDefaults::language);
    defaults.csvByteOrderMark = PreferenceDefaults::csvByteOrderMark;
    defaults.csvDelimiter = PreferenceDefaults::csvDelimiter;
    return defaults;
}

SettingsDialog::Values SettingsDialog::values() const
{
    Values shown;
    shown.shortestCheckIntervalMs = m_shortest->value() == toSeconds(m_loadedShortestMs)
                                        ? m_loadedShortestMs
                                        : m_shortest->value() * kMsPerSecond;
    shown.longestCheckIntervalMs = m_longest->value() == toSeconds(m_loadedLongestMs)
                                       ? m_loadedLongestMs
                                       : m_longest->value() * kMsPerSecond;
    shown.budgets = m_budgets->budgets();
    shown.notificationsEnabled = m_notifications->isChecked();
    shown.startPaused = m_startPaused->isChecked();
    shown.language = m_language->currentData().toString();
    shown.csvByteOrderMark = m_byteOrderMark->isChecked();
    const QString delimiter = m_delimiter->currentData().toString();
    shown.csvDelimiter = delimiter.isEmpty() ? PreferenceDefaults::csvDelimiter : delimiter.front();
    return shown;
}

void SettingsDialog::showValues(const Values &values)
{
    m_loadedShortestMs = values.shortestCheckIntervalMs;
    m_loadedLongestMs = values.longestCheckIntervalMs;
    m_shortest->setValue(toSeconds(values.shortestCheckIntervalMs));
    m_longest->setValue(toSeconds(values.longestCheckIntervalMs));
    m_budgets->setBudgets(values.budgets);
    m_notifications->setChecked(values.notificationsEnabled);
    m_startPaused->setChecked(values.startPaused);
    m_language->setCurrentIndex(std::max(0, m_language->findData(values.language)));
    m_byteOrderMark->setChecked(values.csvByteOrderMark);
    m_delimiter->setCurrentIndex(std::max(0, m_delimiter->findData(QString(values.csvDelimiter))));
    refreshButtons();
}

void SettingsDialog::load()
{
    showValues(storedValues());
}

void SettingsDialog::restoreDefaults()
{
    showValues(defaultValues());
}

bool SettingsDialog::areIntervalsValid() const
{
    const Values shown = values();
    return Preferences::areValidCheckIntervals(shown.shortestCheckIntervalMs,
                                               shown.longestCheckIntervalMs);
}

bool SettingsDialog::isModified() const
{
    return values() != storedValues();
}

bool SettingsDialog::apply()
{
    if (!areIntervalsValid())
        return false;
    const Values shown = values();
    const Values stored = storedValues();
    if (shown.shortestCheckIntervalMs != stored.shortestCheckIntervalMs ||
        shown.longestCheckIntervalMs != stored.longestCheckIntervalMs) {
        RefreshSettings settings = m_engine.refreshSettings();
        settings.minIntervalMs = shown.shortestCheckIntervalMs;
        settings.maxIntervalMs = shown.longestCheckIntervalMs;
        m_engine.setRefreshSettings(settings); // stores them in Preferences too
        // Without preferences of its own the engine keeps them for the session only.
        m_preferences.setCheckIntervals(shown.shortestCheckIntervalMs,
                                        shown.longestCheckIntervalMs);
    }
    for (auto it = shown.budgets.cbegin(); it != shown.budgets.cend(); ++it) {
        if (stored.budgets.value(it.key()) == it.value())
            continue;
        m_engine.setMonthlyBudget(it.key(), it.value());
        m_preferences.setMonthlyCallBudget(it.key(), it.value());
    }
    m_preferences.setNotificationsEnabled(shown.notificationsEnabled);
    m_preferences.setStartPaused(shown.startPaused);
    m_preferences.setLanguage(shown.language);
    m_preferences.setCsvByteOrderMark(shown.csvByteOrderMark);
    m_preferences.setCsvDelimiter(shown.csvDelimiter);
    m_preferences.sync();
    showValues(values());
    return true;
}

void SettingsDialog::accept()
{
    if (apply())
        QDialog::accept();
}

void SettingsDialog::refreshButtons()
{
    const bool valid = areIntervalsValid();
    m_intervalProblem->setVisible(!valid);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(valid && isModified());
}
