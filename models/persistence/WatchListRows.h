#pragma once

#include "models/domain/Account.h"
#include "models/domain/ReportSubmission.h"
#include "models/domain/SubtaskRow.h"
#include "models/domain/WatchedTask.h"

#include <QVariant>
#include <QVariantList>

#include <optional>

class QSqlQuery;

// Values of the watch-list tables' rows, in the column order of WatchListSchema: what the
// writer binds and what the reader reads back. Times are milliseconds since the epoch (UTC),
// NULL when invalid; optional numbers are NULL when absent.
namespace WatchListRows {

// One value per WatchListSchema::taskColumns(). The snapshot's sub-task rows, report
// submissions and raw body are not part of it, and neither is the history (its own table).
QVariantList taskValues(const WatchedTask &task);
// Reads taskColumns() from `first` on, then the history blob (NULL: no history); nullopt when
// the row cannot be understood (an unknown kind).
std::optional<WatchedTask> readTask(const QSqlQuery &query, int first = 0);

// name, platform, base_url, auth_mode, app_id, union_id, ca_certificate_file (after id)
QVariantList accountValues(const Account &account);
std::optional<Account> readAccount(const QSqlQuery &query);

// failed, code, message, fields
QVariantList subtaskValues(const SubtaskRow &row);
std::optional<SubtaskRow> readSubtask(const QSqlQuery &query, int first = 0);

// report_id … form_contents
QVariantList reportValues(const ReportSubmission &report);
std::optional<ReportSubmission> readReport(const QSqlQuery &query, int first = 0);

// Digests of what is written for a row: equal digests mean the stored row is current. The
// sub-task one reads the row's values directly, without encoding them: a list of 100,000 rows
// is digested at every refresh that changes it.
qint64 digestOf(const SubtaskRow &row);
qint64 digestOf(const QVariantList &values);

} // namespace WatchListRows
