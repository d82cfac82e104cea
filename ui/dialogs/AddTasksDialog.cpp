#include "ui/dialogs/AddTasksDialog.h"

#include "models/paste/PasteParser.h"
#include "ui/dialogs/PastePreviewDelegate.h"
#include "ui/dialogs/PasteTextEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStyle>
#include <QTableView>
#include <QtConcurrent/QtConcurrentRun>
#include <QTextDocument>
#include <QVBoxLayout>

#include <array>

namespace {

// Long enough to let a paste or a burst of typing settle, short enough to feel live.
constexpr int kDebounceMs = 150;
// Sizing columns reads this many rows, so a paste of thousands stays quick.
constexpr int kRowsSizedByContent = 400;

constexpr std::array kExplicitKinds{TaskKind::FeishuContact, TaskKind::FeishuDrive,
                                    TaskKind::DingTalkStorage, TaskKind::DingTalkDoc};

} // namespace

AddTasksDialog::AddTasksDialog(const QList<Account> &accounts, WatchedCheck isWatched,
                               QWidget *parent)
    : QDialog(parent)
    , m_model(new PastePreviewModel(this))
{
    setWindowTitle(tr("Add Tasks"));
    m_model->setAccounts(accounts);
    m_model->setWatchedCheck(std::move(isWatched));

    buildWidgets();
    buildLayout();
    nameWidgets();

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &AddTasksDialog::startParse);
    connect(&m_watcher, &QFutureWatcher<PasteResult>::finished, this, &AddTasksDialog::applyParse);
    connect(m_text, &QPlainTextEdit::textChanged, this, &AddTasksDialog::previewSoon);
    connect(m_treatAsKind, &QCheckBox::toggled, this, [this](bool on) {
        m_kindCombo->setEnabled(on);
        previewSoon();
    });
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_treatAsKind->isChecked())
            previewSoon();
    });
    connect(m_model, &PastePreviewModel::summaryChanged, this, &AddTasksDialog::refreshSummary);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AddTasksDialog::sizeColumns);

    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, [this] {
            if (m_addButton->isEnabled())
                accept();
        });
    }

    refreshSummary();
    applyTabOrder();
    resize(760, 520);
    m_text->setFocus();
}

AddTasksDialog::~AddTasksDialog()
{
    // Closing an open cell editor commits it while the children go; this is half gone then.
    m_model->disconnect(this);
    m_text->disconnect(this);
}

void AddTasksDialog::buildWidgets()
{
    m_text = new PasteTextEdit(this);
    m_text->setPlaceholderText(
        tr("Paste task ids, links, curl lines, log lines or API answers here, or drop a "
           "text file."));

    m_treatAsKind = new QCheckBox(tr("T&reat every line as an id of kind"), this);
    m_kindCombo = new QComboBox(this);
    for (TaskKind kind : kExplicitKinds)
        m_kindCombo->addItem(TaskKinds::displayName(kind), int(kind));
    m_kindCombo->setEnabled(false);

    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_busy = new QLabel(tr("Reading the text…"), this);
    QSizePolicy busyPolicy = m_busy->sizePolicy();
    busyPolicy.setRetainSizeWhenHidden(true);
    m_busy->setSizePolicy(busyPolicy);
    m_busy->hide();

    m_missingArea = new QWidget(this);
    m_missingLayout = new QVBoxLayout(m_missingArea);
    m_missingLayout->setContentsMargins(0, 0, 0, 0);
    m_missingArea->hide();

    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setItemDelegate(new PastePreviewDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked |
                             QAbstractItemView::EditKeyPressed);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setResizeContentsPrecision(kRowsSizedByContent);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->installEventFilter(this);

    m_label = new QLineEdit(this);
    m_label->setPlaceholderText(tr("Optional, e.g. HR import 3"));
    m_label->setClearButtonEnabled(true);

    m_buttons = new QDialogButtonBox(this);
    m_addButton = m_buttons->addButton(tr("Add"), QDialogButtonBox::AcceptRole);
    m_addButton->setDefault(true);
    // Named here so that it is translated even where Qt's own translations are missing.
    m_buttons->addButton(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void AddTasksDialog::buildLayout()
{
    auto *textLabel = new QLabel(tr("Pasted &text:"), this);
    textLabel->setBuddy(m_text);

    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(m_treatAsKind);
    kindRow->addWidget(m_kindCombo);
    kindRow->addStretch();

    auto *summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summary, 1);
    summaryRow->addWidget(m_busy);

    auto *labelLabel = new QLabel(tr("&Label for this batch:"), this);
    labelLabel->setBuddy(m_label);
    auto *labelRow = new QHBoxLayout;
    labelRow->addWidget(labelLabel);
    labelRow->addWidget(m_label, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(textLabel);
    layout->addWidget(m_text, 2);
    layout->addLayout(kindRow);
    layout->addLayout(summaryRow);
    layout->addWidget(m_missingArea);
    layout->addWidget(m_table, 4);
    layout->addLayout(labelRow);
    layout->addWidget(m_buttons);
}

void AddTasksDialog::nameWidgets()
{
    m_text->setObjectName(QStringLiteral("pastedText"));
    m_treatAsKind->setObjectName(QStringLiteral("treatAsKind"));
    m_kindCombo->setObjectName(QStringLiteral("kindForEveryLine"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_busy->setObjectName(QStringLiteral("busyHint"));
    m_missingArea->setObjectName(QStringLiteral("missingAccounts"));
    m_table->setObjectName(QStringLiteral("preview"));
    m_label->setObjectName(QStringLiteral("batchLabel"));
    m_text->setAccessibleName(tr("Pasted text"));
    m_text->setAccessibleDescription(
        tr("Task ids, links, curl commands, log lines or API answers, in any mix. The preview "
           "below lists the tasks found in it."));
    m_treatAsKind->setAccessibleName(tr("Treat every line as an id"));
    m_treatAsKind->setAccessibleDescription(
        tr("Takes each line as a task id of the kind chosen next to it, unless a link or an "
           "answer says another kind."));
    m_kindCombo->setAccessibleName(tr("Kind for every line"));
    m_kindCombo->setAccessibleDescription(tr("The kind of task the pasted ids are."));
    m_summary->setAccessibleName(tr("Summary"));
    m_busy->setAccessibleName(tr("Reading the text"));
    m_table->setAccessibleName(tr("Tasks found"));
    m_table->setAccessibleDescription(
        tr("One row per task or problem found in the text. Space includes or skips a row; F2 "
           "changes its kind or account."));
    m_label->setAccessibleName(tr("Label for this batch"));
    m_label->setAccessibleDescription(tr("Optional name given to every task added now."));
    m_addButton->setObjectName(QStringLiteral("addButton"));
    m_addButton->setAccessibleName(tr("Add"));
    m_addButton->setAccessibleDescription(
        tr("Adds the checked tasks to the watch list (Ctrl+Return)."));
    QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel);
    cancel->setAccessibleName(tr("Cancel"));
    cancel->setAccessibleDescription(tr("Closes the dialog without adding anything."));
}

void AddTasksDialog::setPastedText(const QString &text)
{
    m_text->setPlainText(text);
    m_debounce.stop();
    startParse();
}

QString AddTasksDialog::pastedText() const
{
    return m_text->toPlainText();
}

void AddTasksDialog::setAccounts(const QList<Account> &accounts)
{
    m_model->setAccounts(accounts);
}

QList<TaskRef> AddTasksDialog::tasksToAdd() const
{
    return m_model->refs(m_label->text().trimmed());
}

PastePreviewSummary AddTasksDialog::summary() const
{
    return m_model->summary();
}

bool AddTasksDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Space includes or skips the current row from any of its cells.
    if (watched == m_table && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Space &&
        static_cast<QKeyEvent *>(event)->modifiers() == Qt::NoModifier &&
        m_table->currentIndex().isValid()) {
        const QModelIndex check =
            m_table->currentIndex().siblingAtColumn(PastePreviewModel::LineColumn);
        if (m_model->flags(check) & Qt::ItemIsUserCheckable) {
            const bool checked =
                check.data(Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Checked;
            m_model->setData(check, checked ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
        }
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

void AddTasksDialog::previewSoon()
{
    ++m_generation;
    m_debounce.start();
    refreshSummary();
}

void AddTasksDialog::startParse()
{
    // One parse at a time: when it ends, applyParse starts the next one if the text moved on.
    if (m_watcher.isRunning())
        return;
    m_parsingGeneration = m_generation;
    PasteOptions options;
    options.defaultKind = explicitKind();
    // "Treat every line as an id of kind …": the lines are ids, taken as written.
    options.linesAreIds = options.defaultKind.has_value();
    m_watcher.setFuture(QtConcurrent::run(
        [text = m_text->toPlainText(), options] { return PasteParser(options).parse(text); }));
    m_busy->show();
    emit parsingChanged(true);
}

void AddTasksDialog::applyParse()
{
    if (m_parsingGeneration != m_generation) {
        if (!m_debounce.isActive())
            startParse();
        return;
    }
    m_busy->hide();
    const std::optional<TaskKind> kind = explicitKind();
    if (kind != m_appliedKind)
        m_model->clearKindChoices();
    m_appliedKind = kind;
    m_appliedGeneration = m_parsingGeneration;
    const PasteResult result = m_watcher.result();
    m_appliedCut = result.cut;
    m_model->setResult(result);
    emit parsingChanged(false);
    emit previewUpdated();
}

void AddTasksDialog::refreshSummary()
{
    const PastePreviewSummary summary = m_model->summary();
    if (m_text->document()->isEmpty())
        m_summary->setText(tr("The tasks found in the text will be listed below."));
    else if (isPreviewCurrent() && m_appliedCut)
        m_summary->setText(summary.text() + QLatin1Char(' ') +
                           tr("Only the first %L1 characters of the text were read; add the "
                              "rest separately.")
                               .arg(PasteParser::kLongestPaste));
    else if (isPreviewCurrent())
        m_summary->setText(summary.text());
    m_addButton->setEnabled(isPreviewCurrent() && summary.toAdd > 0);
    m_addButton->setText(summary.toAdd > 0 ? tr("Add %n task(s)", nullptr, summary.toAdd)
                                           : tr("Add"));
    refreshMissingAccounts();
}

void AddTasksDialog::refreshMissingAccounts()
{
    const QList<MissingAccount> missing = m_model->missingAccounts();
    if (missing == m_shownMissing)
        return;
    m_shownMissing = missing;
    while (QLayoutItem *item = m_missingLayout->takeAt(0)) {
        if (QLayout *row = item->layout()) {
            while (QLayoutItem *child = row->takeAt(0)) {
                // Later: the button being clicked may be what brought new accounts here.
                if (QWidget *widget = child->widget()) {
                    widget->hide();
                    widget->deleteLater();
                }
                delete child;
            }
        }
        delete item;
    }
    m_addAccountButtons.clear();
    for (const MissingAccount &account : missing) {
        const QString platform = Platforms::displayName(account.platform);
        const QString text =
            account.baseUrl.isEmpty()
                ? tr("%n task(s) need a %1 account", nullptr, account.taskCount).arg(platform)
                : tr("%n task(s) need a %1 account at %2", nullptr, account.taskCount)
                      .arg(platform, QUrl(account.baseUrl).authority());
        auto *label = new QLabel(text, m_missingArea);
        label->setTextFormat(Qt::PlainText);
        auto *button = new QPushButton(tr("Add Account…"), m_missingArea);
        button->setAccessibleName(tr("Add a %1 account").arg(platform));
        button->setAccessibleDescription(text);
        label->setBuddy(button);
        connect(button, &QPushButton::clicked, this,
                [this, account] { emit addAccountRequested(account.platform, account.baseUrl); });
        auto *icon = new QLabel(m_missingArea);
        const int side = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
        icon->setPixmap(
            style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(side));
        auto *row = new QHBoxLayout;
        row->addWidget(icon);
        row->addWidget(label, 1);
        row->addWidget(button);
        m_missingLayout->addLayout(row);
        m_addAccountButtons << button;
    }
    m_missingArea->setVisible(!missing.isEmpty());
    applyTabOrder();
}

void AddTasksDialog::applyTabOrder()
{
    QList<QWidget *> order{m_text, m_treatAsKind, m_kindCombo};
    for (QPushButton *button : std::as_const(m_addAccountButtons))
        order << button;
    order << m_table << m_label << m_addButton << m_buttons->button(QDialogButtonBox::Cancel);
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
}

void AddTasksDialog::sizeColumns()
{
    m_table->resizeColumnsToContents();
    // A long unrecognised line must not push the kind and account out of sight.
    const int widest = m_table->fontMetrics().horizontalAdvance(QString(34, QLatin1Char('0')));
    if (m_table->columnWidth(PastePreviewModel::TaskIdColumn) > widest)
        m_table->setColumnWidth(PastePreviewModel::TaskIdColumn, widest);
}

std::optional<TaskKind> AddTasksDialog::explicitKind() const
{
    if (!m_treatAsKind->isChecked())
        return std::nullopt;
    return TaskKind(m_kindCombo->currentData().toInt());
}
