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

void release(QList<SubtaskRow> rows)
{
    if (rows.size() < kFewestRows)
        return;
    QThreadPool::globalInstance()->start(
        [held = std::move(rows)]() mutable { freeInPieces(held); });
}

void release(SubtaskSheet sheet)
{
    if (sheet.rows.size() < kFewestRows)
        return;
    QThreadPool::globalInstance()->start([held = std::move(sheet)]() mutable {
        freeInPieces(held.rows);
        held = {};
    });
}

void release(QByteArray bytes)
{
    if (bytes.size() >= kFewestBytes)
        release<QByteArray>(std::move(bytes));
}

void release(QString text)
{
    if (text.size() * qsizetype(sizeof(QChar)) >= kFewestBytes)
        release<QString>(std::move(text));
}

} // namespace OffThreadRelease
