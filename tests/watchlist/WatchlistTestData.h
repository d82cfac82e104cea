#pragma once

#include "models/domain/ApiError.h"
#include "models/domain/TaskSnapshot.h"
#include "models/domain/WatchedTask.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

#include <utility>

class QSignalSpy;

// Builders for watched tasks and snapshots as the parsers would hand them over.
namespace WatchlistTestData {

// 2026-01-01T00:00:00Z, ManualClock's default wall start.
QDateTime epoch();

WatchedTask task(const QString &taskId, TaskKind kind = TaskKind::FeishuContact,
                 const QString &accountId = QStringLiteral("acme"));

TaskSnapshot running(const QString &taskId, double progress, qint64 total = 50,
                     qint64 succeeded = 0, qint64 failed = 0);
TaskSnapshot finished(const QString &taskId, TaskState state, qint64 total = 50,
                      qint64 succeeded = 50, qint64 failed = 0);

// The key of task(taskId), and count tasks "t0", "t1", … (or another prefix).
QString keyOf(const QString &taskId);
QList<WatchedTask> tasks(int count, const QString &prefix = QStringLiteral("t"));

// The (row, column) cells a spy on dataChanged saw, and the cells rows × columns.
using Cell = std::pair<int, int>;
QSet<Cell> cellsOf(const QSignalSpy &dataChangedSpy);
QSet<Cell> cells(const QList<int> &rows, const QList<int> &columns);

// A drive permission error as DingTalk or Feishu would report it, with markup in the message.
ApiError permissionDenied();

} // namespace WatchlistTestData
