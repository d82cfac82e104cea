#include "WatchlistTestData.h"

#include <QModelIndex>
#include <QSignalSpy>

namespace WatchlistTestData {

QDateTime epoch()
{
    return QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
}

WatchedTask task(const QString &taskId, TaskKind kind, const QString &accountId)
{
    WatchedTask result;
    result.ref.kind = kind;
    result.ref.accountId = accountId;
    result.ref.taskId = taskId;
    result.addedAt = epoch();
    return result;
}

TaskSnapshot running(const QString &taskId, double progress, qint64 total, qint64 succeeded,
                     qint64 failed)
{
    TaskSnapshot snapshot;
    snapshot.taskId = taskId;
    snapshot.state = TaskState::Running;
    snapshot.rawStatus = QStringLiteral("1");
    snapshot.progress = progress;
    snapshot.total = total;
    snapshot.succeeded = succeeded;
    snapshot.failed = failed;
    snapshot.createdAt = epoch();
    return snapshot;
}

TaskSnapshot finished(const QString &taskId, TaskState state, qint64 total, qint64 succeeded,
                      qint64 failed)
{
    TaskSnapshot snapshot = running(taskId, 100, total, succeeded, failed);
    snapshot.state = state;
    snapshot.rawStatus = QStringLiteral("9");
    snapshot.finishedAt = epoch().addSecs(80);
    return snapshot;
}

QString keyOf(const QString &taskId)
{
    return task(taskId).ref.key();
}

QList<WatchedTask> tasks(int count, const QString &prefix)
{
    QList<WatchedTask> result;
    for (int i = 0; i < count; ++i)
        result.append(task(prefix + QString::number(i)));
    return result;
}

QSet<Cell> cellsOf(const QSignalSpy &dataChangedSpy)
{
    QSet<Cell> result;
    for (const QList<QVariant> &arguments : dataChangedSpy) {
        const auto topLeft = arguments.at(0).value<QModelIndex>();
        const auto bottomRight = arguments.at(1).value<QModelIndex>();
        for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
            for (int column = topLeft.column(); column <= bottomRight.column(); ++column)
                result.insert({row, column});
        }
    }
    return result;
}

QSet<Cell> cells(const QList<int> &rows, const QList<int> &columns)
{
    QSet<Cell> result;
    for (int row : rows) {
        for (int column : columns)
            result.insert({row, column});
    }
    return result;
}

ApiError permissionDenied()
{
    ApiError error;
    error.category = ApiError::Category::PermissionDenied;
    error.httpStatus = 400;
    error.code = QStringLiteral("1061004");
    error.message = QStringLiteral("forbidden: <no permission>");
    error.requestId = QStringLiteral("20260101-abc");
    error.hint = QStringLiteral("Grant drive access to the app");
    error.context = QStringLiteral("Checking folder move 7");
    return error;
}

} // namespace WatchlistTestData
