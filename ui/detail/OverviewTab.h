#pragma once

#include "models/domain/WatchedTask.h"
#include "models/watchlist/TaskCellFormatter.h"

#include <QHash>
#include <QWidget>

class Clock;
class QGridLayout;
class QGroupBox;
class QLabel;
class QToolButton;

// Everything the monitor knows about one task: every field of the last answer, local times
// with UTC in the tool tip, the calls spent and the ETA, and the last error with its code,
// message, request id (with a copy button) and what to do.
class OverviewTab final : public QWidget
{
    Q_OBJECT

public:
    enum class Field {
        Label,
        TaskId,
        Kind,
        Account,
        State,
        PlatformStatus,
        Type,
        Progress,
        Total,
        Succeeded,
        Failed,
        Created,
        Finished,
        Duration,
        Eta,
        Message,
        Warnings,
        Added,
        LastChecked,
        NextCheck,
        CallsSpent,
        ErrorContext,
        ErrorCode,
        ErrorHttpStatus,
        ErrorMessage,
        ErrorRequestId,
        ErrorHint,
    };
    Q_ENUM(Field)

    explicit OverviewTab(const Clock &clock, QWidget *parent = nullptr);

    // nullptr shows nothing (no task, or it was removed).
    void setTask(const WatchedTask *task, const QString &accountName);

    // The text shown for a field (empty when hidden); for tests and copying.
    QString fieldText(Field field) const;
    QString fieldToolTip(Field field) const;
    QToolButton *copyRequestIdButton() const { return m_copyRequestId; }

private:
    QLabel *addRow(QGridLayout *form, Field field, const QString &name);
    void setField(Field field, const QString &text, const QString &toolTip = {});
    void setTime(Field field, const QDateTime &time);

    TaskCellFormatter m_formatter;
    QHash<Field, QLabel *> m_values;
    QHash<Field, QLabel *> m_names;
    QHash<Field, QWidget *> m_rowWidgets; // rows holding more than the value
    QGroupBox *m_errorBox = nullptr;
    QLabel *m_empty = nullptr;
    QWidget *m_content = nullptr;
    QToolButton *m_copyRequestId = nullptr;
};
