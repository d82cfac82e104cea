#pragma once

#include "models/domain/TaskState.h"

#include <QColor>
#include <QPalette>

// The one table of state colours for rows, progress bars and icons. Built from the palette so a
// dark theme gets readable colours too.
class TaskStateColors final
{
public:
    explicit TaskStateColors(const QPalette &palette);

    QColor foreground(TaskState state) const;
    QColor progressBar(TaskState state) const;

private:
    QPalette m_palette;
    bool m_dark = false;
};
