#include "models/watchlist/TaskFilter.h"

namespace {

constexpr TaskState kStates[] = {
    TaskState::Pending, TaskState::Running, TaskState::Succeeded, TaskState::PartiallyFailed,
    TaskState::Failed,  TaskState::Unknown, TaskState::NotFound,  TaskState::Error,
};
constexpr TaskKind kKinds[] = {TaskKind::FeishuContact, TaskKind::FeishuReport,
                               TaskKind::FeishuDrive, TaskKind::DingTalkStorage,
                               TaskKind::DingTalkDoc};

template <typename Enum> quint32 bitOf(Enum value)
{
    return quint32(1) << unsigned(value);
}

template <typename Enum, std::size_t N> QList<Enum> valuesIn(quint32 mask, const Enum (&all)[N])
{
    QList<Enum> values;
    for (Enum value : all) {
        if (mask & bitOf(value))
            values.append(value);
    }
    return values;
}

bool contains(const QString &haystack, const QString &word)
{
    return haystack.contains(word, Qt::CaseInsensitive);
}

} // namespace

void TaskFilter::setStates(const QList<TaskState> &states)
{
    m_states = 0;
    for (TaskState state : states)
        m_states |= bitOf(state);
}

QList<TaskState> TaskFilter::states() const
{
    return valuesIn(m_states, kStates);
}

void TaskFilter::setKinds(const QList<TaskKind> &kinds)
{
    m_kinds = 0;
    for (TaskKind kind : kinds)
        m_kinds |= bitOf(kind);
}

QList<TaskKind> TaskFilter::kinds() const
{
    return valuesIn(m_kinds, kKinds);
}

void TaskFilter::setText(const QString &text)
{
    m_text = text;
    m_words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool TaskFilter::isEmpty() const
{
    return m_states == 0 && m_kinds == 0 && m_accountIds.isEmpty() && m_words.isEmpty();
}

bool TaskFilter::matches(const WatchedTask &task, const QString &accountName) const
{
    if (m_states != 0 && (m_states & bitOf(task.displayState())) == 0)
        return false;
    if (m_kinds != 0 && (m_kinds & bitOf(task.ref.kind)) == 0)
        return false;
    if (!m_accountIds.isEmpty() && !m_accountIds.contains(task.ref.accountId))
        return false;
    for (const QString &word : m_words) {
        const bool found = contains(task.ref.label, word) || contains(task.ref.taskId, word) ||
                           contains(accountName, word) ||
                           (task.lastError && (contains(task.lastError->message, word) ||
                                               contains(task.lastError->code, word))) ||
                           (task.snapshot && contains(task.snapshot->message, word));
        if (!found)
            return false;
    }
    return true;
}
