#include "TaskStateColors.h"

namespace {

QColor pick(bool dark, const char *light, const char *darkVariant)
{
    return QColor::fromString(QLatin1String(dark ? darkVariant : light));
}

} // namespace

TaskStateColors::TaskStateColors(const QPalette &palette)
    : m_palette(palette)
    , m_dark(palette.color(QPalette::Window).lightness() < 128)
{}

QColor TaskStateColors::foreground(TaskState state) const
{
    switch (state) {
    case TaskState::Failed:
    case TaskState::Error:
    case TaskState::NotFound:
        return pick(m_dark, "#b3261e", "#ff8a80");
    case TaskState::PartiallyFailed:
        return pick(m_dark, "#a35200", "#ffb74d");
    case TaskState::Succeeded:
        return pick(m_dark, "#1b6e20", "#81c784");
    case TaskState::Unknown:
    case TaskState::Pending:
        return m_palette.color(QPalette::Disabled, QPalette::Text);
    case TaskState::Running:
        break;
    }
    return m_palette.color(QPalette::Text);
}

QColor TaskStateColors::progressBar(TaskState state) const
{
    if (state == TaskState::Running || state == TaskState::Pending)
        return m_palette.color(QPalette::Highlight);
    return foreground(state);
}
