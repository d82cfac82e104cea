#pragma once

#include "models/domain/ReportRule.h"
#include "models/domain/ReportSubmission.h"
#include "models/domain/SubtaskRow.h"
#include "models/persistence/StoredWatchList.h"

#include <QByteArray>
#include <QList>
#include <QString>

class QSqlDatabase;

// Reads the watch-list tables through one connection, on the thread that owns it. A row that
// cannot be understood is left out (with a warning), so one damaged row never hides the rest.
namespace WatchListReader {

StoredWatchList readAll(QSqlDatabase &db);
// With `digests`, also each row's stored digest, in the same order.
QList<SubtaskRow> readSubtasks(QSqlDatabase &db, const QString &taskKey,
                               QList<qint64> *digests = nullptr);
QList<ReportSubmission> readReports(QSqlDatabase &db, const QString &taskKey);
// Every rule the account's stored submissions name, by name.
QList<ReportRule> readReportRules(QSqlDatabase &db, const QString &accountId);
QByteArray readRawBody(QSqlDatabase &db, const QString &taskKey);

} // namespace WatchListReader
