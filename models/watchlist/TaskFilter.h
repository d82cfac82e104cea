#pragma once

#include "models/domain/TaskKind.h"
#include "models/domain/TaskState.h"
#include "models/domain/WatchedTask.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

// Which tasks the table shows: by state, kind, account and free text. Empty criteria match
// everything; criteria combine with "and". A value, so views and tests can hold and compare it.
class TaskFilter final
{
public:
    // Matched against the displayed state (Error / NotFound while the last check failed).
    void setStates(const QList<TaskState> &states);
    QList<TaskState> states() const;
    void setKinds(const QList<TaskKind> &kinds);
    QList<TaskKind> kinds() const;
    void setAccountIds(const QSet<QString> &accountIds) { m_accountIds = accountIds; }
    const QSet<QString> &accountIds() const { return m_accountIds; }
    // Words separated by spaces; each must occur, case-insensitively, in the label, task id,
    // account name or error message.
    void setText(const QString &text);
    const QString &text() const { return m_text; }

    bool isEmpty() const;
    bool matches(const WatchedTask &task, const QString &accountName) const;

    friend bool operator==(const TaskFilter &, const TaskFilter &) = default;

private:
    quint32 m_states = 0; // bit per TaskState
    quint32 m_kinds = 0;  // bit per TaskKind
    QSet<QString> m_accountIds;
    QString m_text;
    QStringList m_words;
};
