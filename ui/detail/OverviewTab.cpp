#include "ui/detail/OverviewTab.h"

#include "models/watchlist/TaskTableModel.h"

#include <QApplication>
#include <QClipboard>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QString optionalCount(const std::optional<qint64> &value)
{
    return value ? QLocale().toString(*value) : QString();
}

} // namespace

OverviewTab::OverviewTab(const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_formatter(clock)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);

    auto *inner = new QWidget(scroll);
    auto *layout = new QVBoxLayout(inner);
    m_empty = new QLabel(tr("Select a task to see its details."), inner);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);
    layout->addWidget(m_empty);

    m_content = new QWidget(inner);
    auto *columns = new QHBoxLayout(m_content);
    columns->setContentsMargins(0, 0, 0, 0);
    // Grids rather than form layouts: rows come and go with the fields a task has, and 6.4's
    // QFormLayout reads past its rows when some are hidden.
    auto *taskForm = new QGridLayout;
    auto *timesForm = new QGridLayout;
    for (QGridLayout *form : {taskForm, timesForm}) {
        form->setColumnStretch(1, 1);
        form->setHorizontalSpacing(12);
    }
    columns->addLayout(taskForm, 1);
    columns->addSpacing(24);
    columns->addLayout(timesForm, 1);

    addRow(taskForm, Field::Label, tr("Label"));
    addRow(taskForm, Field::TaskId, tr("Task id"));
    addRow(taskForm, Field::Kind, tr("Kind"));
    addRow(taskForm, Field::Account, tr("Account"));
    addRow(taskForm, Field::State, tr("State"));
    addRow(taskForm, Field::PlatformStatus, tr("Platform status"));
    addRow(taskForm, Field::Type, tr("Type"));
    addRow(taskForm, Field::Progress, tr("Progress"));
    addRow(taskForm, Field::Total, tr("Total"));
    addRow(taskForm, Field::Succeeded, tr("Succeeded"));
    addRow(taskForm, Field::Failed, tr("Failed"));
    addRow(taskForm, Field::Message, tr("Message"));
    addRow(taskForm, Field::Warnings, tr("Warnings"));
    addRow(timesForm, Field::Created, tr("Created"));
    addRow(timesForm, Field::Finished, tr("Finished"));
    addRow(timesForm, Field::Duration, tr("Duration"));
    addRow(timesForm, Field::Eta, tr("Expected finish"));
    addRow(timesForm, Field::Added, tr("Watched since"));
    addRow(timesForm, Field::LastChecked, tr("Last checked"));
    addRow(timesForm, Field::NextCheck, tr("Next check"));
    addRow(timesForm, Field::CallsSpent, tr("Calls spent"));
    layout->addWidget(m_content);

    m_errorBox = new QGroupBox(tr("Last error"), inner);
    auto *errorForm = new QGridLayout(m_errorBox);
    errorForm->setColumnStretch(1, 1);
    errorForm->setHorizontalSpacing(12);
    addRow(errorForm, Field::ErrorContext, tr("What failed"));
    addRow(errorForm, Field::ErrorCode, tr("Platform code"));
    addRow(errorForm, Field::ErrorHttpStatus, tr("HTTP status"));
    addRow(errorForm, Field::ErrorMessage, tr("Message"));
    {
        auto *row = new QWidget(m_errorBox);
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        auto *value = new QLabel(row);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setAccessibleName(tr("Request id"));
        m_copyRequestId = new QToolButton(row);
        m_copyRequestId->setText(tr("Copy"));
        m_copyRequestId->setToolTip(
            tr("Copy the request id to quote it to the platform's support"));
        m_copyRequestId->setAccessibleName(tr("Copy request id"));
        m_copyRequestId->setAccessibleDescription(
            tr("Puts the request id of the last error on the clipboard"));
        rowLayout->addWidget(value, 1);
        rowLayout->addWidget(m_copyRequestId);
        auto *name = new QLabel(tr("Request id"), m_errorBox);
        name->setBuddy(value);
        const int at = errorForm->rowCount();
        errorForm->addWidget(name, at, 0, Qt::AlignLeft | Qt::AlignTop);
        errorForm->addWidget(row, at, 1);
        m_values.insert(Field::ErrorRequestId, value);
        m_names.insert(Field::ErrorRequestId, name);
        m_rowWidgets.insert(Field::ErrorRequestId, row);
        connect(m_copyRequestId, &QToolButton::clicked, this,
                [value] { QApplication::clipboard()->setText(value->text()); });
    }
    addRow(errorForm, Field::ErrorHint, tr("What to do"));
    layout->addWidget(m_errorBox);
    layout->addStretch(1);
    scroll->setWidget(inner);
    setTask(nullptr, {});
}

QLabel *OverviewTab::addRow(QGridLayout *form, Field field, const QString &name)
{
    auto *value = new QLabel(form->parentWidget());
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setWordWrap(true);
    value->setTextFormat(Qt::PlainText);
    value->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    value->setAccessibleName(name);
    auto *label = new QLabel(name, form->parentWidget());
    label->setBuddy(value);
    const int at = form->rowCount();
    form->addWidget(label, at, 0, Qt::AlignLeft | Qt::AlignTop);
    form->addWidget(value, at, 1);
    m_values.insert(field, value);
    m_names.insert(field, label);
    return value;
}

void OverviewTab::setField(Field field, const QString &text, const QString &toolTip)
{
    QLabel *value = m_values.value(field);
    if (value->text() != text)
        value->setText(text);
    value->setToolTip(toolTip);
    const bool shown = !text.isEmpty();
    value->setVisible(shown);
    m_names.value(field)->setVisible(shown);
    if (QWidget *row = m_rowWidgets.value(field))
        row->setVisible(shown);
}

void OverviewTab::setTime(Field field, const QDateTime &time)
{
    setField(field, m_formatter.formatTime(time),
             time.isValid()
                 ? tr("%1 UTC").arg(time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                 : QString());
}

QString OverviewTab::fieldText(Field field) const
{
    const QLabel *value = m_values.value(field);
    return value && !value->isHidden() ? value->text() : QString();
}

QString OverviewTab::fieldToolTip(Field field) const
{
    const QLabel *value = m_values.value(field);
    return value ? value->toolTip() : QString();
}

void OverviewTab::setTask(const WatchedTask *task, const QString &accountName)
{
    m_empty->setVisible(!task);
    m_content->setVisible(task);
    m_errorBox->setVisible(task && task->lastError);
    if (!task)
        return;

    const auto cell = [&](int column) {
        return m_formatter.display(*task, column, accountName).toString();
    };
    const auto tip = [&](int column) { return m_formatter.toolTip(*task, column).toString(); };
    setField(Field::Label, task->ref.label);
    setField(Field::TaskId, task->ref.taskId);
    setField(Field::Kind, TaskKinds::displayName(task->ref.kind));
    setField(Field::Account, accountName.isEmpty() ? task->ref.accountId : accountName,
             tr("Account id: %1").arg(task->ref.accountId));
    setField(Field::State, TaskStates::displayName(task->displayState()));

    const TaskSnapshot *snapshot = task->snapshot ? &*task->snapshot : nullptr;
    setField(Field::PlatformStatus, snapshot ? snapshot->rawStatus : QString());
    setField(Field::Type, snapshot ? snapshot->type : QString());
    setField(Field::Progress, snapshot && snapshot->progress
                                  ? tr("%1 %").arg(QLocale().toString(*snapshot->progress, 'f', 1))
                                  : QString());
    setField(Field::Total, snapshot ? optionalCount(snapshot->total) : QString());
    setField(Field::Succeeded, snapshot ? optionalCount(snapshot->succeeded) : QString());
    setField(Field::Failed, snapshot ? optionalCount(snapshot->failed) : QString());
    setField(Field::Message, snapshot ? snapshot->message : QString());
    setField(Field::Warnings, snapshot ? snapshot->warnings.join(QLatin1Char('\n')) : QString());

    setTime(Field::Created, snapshot ? snapshot->createdAt : QDateTime());
    setTime(Field::Finished, TaskCellFormatter::finishTime(*task));
    setField(Field::Duration, cell(TaskTableModel::FinishedElapsedColumn),
             tip(TaskTableModel::FinishedElapsedColumn));
    setField(Field::Eta, task->isTerminal() ? QString() : cell(TaskTableModel::EtaColumn),
             tip(TaskTableModel::EtaColumn));
    setTime(Field::Added, task->addedAt);
    setTime(Field::LastChecked, task->lastCheckedAt);
    setField(Field::NextCheck, cell(TaskTableModel::NextCheckColumn),
             tip(TaskTableModel::NextCheckColumn));
    setField(Field::CallsSpent, QLocale().toString(task->callsSpent),
             tr("Requests this task has cost, token requests not counted"));

    const ApiError error = task->lastError.value_or(ApiError{});
    setField(Field::ErrorContext, error.context);
    setField(Field::ErrorCode, error.code);
    setField(Field::ErrorHttpStatus,
             error.httpStatus > 0 ? QString::number(error.httpStatus) : QString());
    setField(Field::ErrorMessage, error.message);
    setField(Field::ErrorRequestId, error.requestId);
    m_copyRequestId->setVisible(!error.requestId.isEmpty());
    setField(Field::ErrorHint, error.hint);
}
