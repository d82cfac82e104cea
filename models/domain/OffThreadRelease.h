#pragma once

#include "models/domain/SubtaskRow.h"
#include "models/domain/SubtaskSheet.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QThreadPool>

#include <utility>

// Frees large values on a pool thread instead of the caller's. A hundred thousand sub-task rows
// are some two million blocks; freeing them takes a thread over 100 ms, and while one thread
// frees into an allocator arena it holds that arena's lock nearly all the time. Another thread
// that then frees or allocates in the same arena (the window's, between two frames) waits for
// the lock as long as the burst lasts: 47 and 75 ms were measured. Rows are therefore freed in
// pieces with a pause between them, and the lock is free during each pause. Small values are
// freed where they are: a pool task would cost more than the free.
namespace OffThreadRelease {

// Rows per piece: about a millisecond of freeing.
inline constexpr qsizetype kRowsPerPiece = 1000;
// The pause after each piece: long enough for a waiting thread to wake and take the lock.
inline constexpr int kPauseUs = 500;
// Below these sizes a value is freed by the caller.
inline constexpr qsizetype kFewestRows = 256;
inline constexpr qsizetype kFewestBytes = 64 * 1024;

// The rows are freed a piece at a time, unless another holder still shares them: then only this
// reference goes.
void release(QList<SubtaskRow> rows);
void release(SubtaskSheet sheet);
void release(QByteArray bytes);
void release(QString text);

// Any other value is freed whole on a pool thread.
template <typename T> void release(T released)
{
    QThreadPool::globalInstance()->start(
        [held = std::move(released)]() mutable { T gone = std::move(held); });
}

} // namespace OffThreadRelease
