#include "models/domain/OffThreadRelease.h"

#include <QThread>

#include <algorithm>

namespace OffThreadRelease {

namespace {

void freeInPieces(QList<SubtaskRow> &rows)
{
    // Shrinking a list shared with another holder would copy it: that holder frees it.
    if (!rows.isDetached()) {
        rows = {};
        return;
    }
    while (!rows.isEmpty()) {
        rows.resize(std::max<qsizetype>(0, rows.size() - kRowsPerPiece));
        if (!rows.isEmpty())
            QThread::usleep(kPauseUs);
    }
    rows = {};
}

} // namespace

void rows(QList<SubtaskRow> rows)
{
    if (rows.isEmpty())
        return;
    QThreadPool::globalInstance()->start(
        [held = std::move(rows)]() mutable { freeInPieces(held); });
}

void sheet(SubtaskSheet sheet)
{
    if (sheet.rows.isEmpty())
        return;
    QThreadPool::globalInstance()->start([held = std::move(sheet)]() mutable {
        freeInPieces(held.rows);
        held = {};
    });
}

} // namespace OffThreadRelease
