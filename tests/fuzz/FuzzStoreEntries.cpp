#include "FuzzCheck.h"
#include "FuzzEntries.h"

#include "models/persistence/StoredWatchList.h"
#include "models/persistence/WatchListCodec.h"
#include "models/persistence/WatchListReader.h"
#include "models/persistence/WatchListRows.h"
#include "models/persistence/WatchListSchema.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

#include <algorithm>
#include <cstring>

namespace {

using Fuzz::check;

constexpr qint64 kTaskRowId = 1;

// The SQLite driver is a plugin, and plugins load only under an application object.
void ensureApplication()
{
    if (QCoreApplication::instance() != nullptr)
        return;
    static int argc = 1;
    static char name[] = "taskmonitor-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication application(argc, argv);
}

// The reader warns once per damaged row; thousands of runs a second would drown the findings.
class QuietMessages final
{
public:
    QuietMessages()
        : m_previous(
              qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {}))
    {}
    ~QuietMessages() { qInstallMessageHandler(m_previous); }
    QuietMessages(const QuietMessages &) = delete;
    QuietMessages &operator=(const QuietMessages &) = delete;

private:
    QtMessageHandler m_previous;
};

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

Account baseAccount()
{
    Account account;
    account.id = QStringLiteral("acc-1");
    account.name = QStringLiteral("Ops");
    account.platform = Platform::DingTalk;
    account.baseUrl = QStringLiteral("https://api.dingtalk.com");
    account.appId = QStringLiteral("ding-app");
    account.unionId = QStringLiteral("union-1");
    return account;
}

// A task with every stored part set, as the store writes it.
WatchedTask baseTask()
{
    WatchedTask task;
    task.ref.kind = TaskKind::DingTalkStorage;
    task.ref.accountId = QStringLiteral("acc-1");
    task.ref.taskId = QStringLiteral("7360595374803812356");
    task.ref.label = QStringLiteral("nightly import");
    task.ref.unionId = QStringLiteral("union-1");
    task.addedAt = utc(1715329800000);
    task.lastCheckedAt = utc(1715329860000);
    task.callsSpent = 7;
    TaskSnapshot snapshot;
    snapshot.kind = TaskKind::DingTalkStorage;
    snapshot.taskId = task.ref.taskId;
    snapshot.state = TaskState::Running;
    snapshot.rawStatus = QStringLiteral("running");
    snapshot.type = QStringLiteral("copy");
    snapshot.progress = 42.5;
    snapshot.total = 200;
    snapshot.succeeded = 80;
    snapshot.failed = 5;
    snapshot.createdAt = utc(1715329700000);
    snapshot.message = QStringLiteral("still copying");
    snapshot.warnings = {QStringLiteral("data.size: expected a count")};
    snapshot.fetchedAt = utc(1715329860000);
    task.snapshot = snapshot;
    ApiError error;
    error.category = ApiError::Category::RateLimited;
    error.httpStatus = 429;
    error.code = QStringLiteral("Forbidden.AccessDenied.QpsLimitForApi");
    error.message = QStringLiteral("too many requests");
    error.requestId = QStringLiteral("req-1");
    error.hint = QStringLiteral("wait");
    error.bodyExcerpt = "{\"code\":\"Forbidden\"}";
    error.retryAfterMs = 2000;
    task.lastError = error;
    task.history = TaskHistory::fromSamples({HistorySample{1715329800000, 10.0, 20, 1, 200},
                                             HistorySample{1715329860000, 42.5, 80, 5, 200}});
    return task;
}

SubtaskRow baseSubtask()
{
    SubtaskRow row;
    row.failed = true;
    row.code = QStringLiteral("60011");
    row.message = QStringLiteral("user exists");
    row.fields = {{QStringLiteral("name"), QStringLiteral("张三")},
                  {QStringLiteral("row"), qint64(3)},
                  {QStringLiteral("score"), 1.5},
                  {QStringLiteral("tags"), QStringList{QStringLiteral("a"), QStringLiteral("b")}}};
    return row;
}

ReportSubmission baseReport()
{
    ReportSubmission report;
    report.taskId = QStringLiteral("report-1");
    report.ruleId = QStringLiteral("rule-1");
    report.ruleName = QStringLiteral("weekly");
    report.fromUserId = QStringLiteral("ou_1");
    report.fromUserName = QStringLiteral("Li");
    report.departmentName = QStringLiteral("R&D");
    report.departmentIds = {QStringLiteral("od-1")};
    report.commitTime = utc(1715329000000);
    report.toUserIds = {QStringLiteral("ou_2")};
    report.toUserNames = {QStringLiteral("Wang")};
    report.formContents = {{QStringLiteral("f1"), QStringLiteral("done"), QStringLiteral("all")}};
    return report;
}

// The rows the base data makes, table by table, in insert order; the fuzz input overwrites
// single values of them.
struct TableRows
{
    QString table;
    QStringList columns;
    QVariantList values;
};

QList<TableRows> baseRows()
{
    QStringList taskColumns{QStringLiteral("id")};
    taskColumns << WatchListSchema::taskColumns();
    QVariantList taskValues{kTaskRowId};
    taskValues << WatchListRows::taskValues(baseTask());

    QVariantList accountValues{baseAccount().id, 0};
    accountValues << WatchListRows::accountValues(baseAccount());
    QVariantList subtaskValues{kTaskRowId, 0, 0};
    subtaskValues << WatchListRows::subtaskValues(baseSubtask());
    QVariantList reportValues{kTaskRowId, 0, 0};
    reportValues << WatchListRows::reportValues(baseReport());

    return {
        {QStringLiteral("accounts"),
         {QStringLiteral("id"), QStringLiteral("position"), QStringLiteral("name"),
          QStringLiteral("platform"), QStringLiteral("base_url"), QStringLiteral("auth_mode"),
          QStringLiteral("app_id"), QStringLiteral("union_id"),
          QStringLiteral("ca_certificate_file")},
         accountValues},
        {QStringLiteral("tasks"), taskColumns, taskValues},
        {QStringLiteral("history"),
         {QStringLiteral("task_id"), QStringLiteral("samples")},
         {kTaskRowId, WatchListCodec::encodeHistory(baseTask().history.samples())}},
        {QStringLiteral("subtask_rows"),
         {QStringLiteral("task_id"), QStringLiteral("position"), QStringLiteral("row_hash"),
          QStringLiteral("failed"), QStringLiteral("code"), QStringLiteral("message"),
          QStringLiteral("fields")},
         subtaskValues},
        {QStringLiteral("report_submissions"),
         {QStringLiteral("task_id"), QStringLiteral("position"), QStringLiteral("row_hash"),
          QStringLiteral("report_id"), QStringLiteral("rule_id"), QStringLiteral("rule_name"),
          QStringLiteral("from_user_id"), QStringLiteral("from_user_name"),
          QStringLiteral("department_name"), QStringLiteral("department_ids"),
          QStringLiteral("commit_time"), QStringLiteral("to_user_ids"),
          QStringLiteral("to_user_names"), QStringLiteral("form_contents")},
         reportValues},
        {QStringLiteral("raw_bodies"),
         {QStringLiteral("task_id"), QStringLiteral("body")},
         {kTaskRowId, QByteArray("{\"code\":0}")}},
    };
}

const QString kConnection = QStringLiteral("fuzz-watchlist");

// Opened once per process; looked up by name afterwards, so that no copy outlives the
// application object at exit.
QSqlDatabase fuzzDatabase()
{
    if (QSqlDatabase::contains(kConnection))
        return QSqlDatabase::database(kConnection);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kConnection);
    db.setDatabaseName(QStringLiteral(":memory:"));
    check(db.open(), "the in-memory database opens");
    QString error;
    check(WatchListSchema::create(db, &error), "the schema is created");
    return db;
}

// One value of any SQLite storage class, from [type][length][payload].
QVariant valueFrom(uint8_t type, const uint8_t *payload, size_t length)
{
    const char *bytes = reinterpret_cast<const char *>(payload);
    switch (type % 5) {
    case 0:
        return QVariant();
    case 1: {
        uint8_t buffer[8] = {};
        std::memcpy(buffer, payload, std::min<size_t>(length, sizeof buffer));
        return QVariant(qFromLittleEndian<qint64>(buffer));
    }
    case 2: {
        double number = 0;
        std::memcpy(&number, payload, std::min<size_t>(length, sizeof number));
        return QVariant(number);
    }
    case 3:
        return QVariant(QString::fromUtf8(bytes, qsizetype(length)));
    default:
        return QVariant(QByteArray(bytes, qsizetype(length)));
    }
}

void writeRows(QSqlDatabase &db, const QList<TableRows> &rows)
{
    QSqlQuery query(db);
    for (const QString &table : {QStringLiteral("raw_bodies"), QStringLiteral("report_submissions"),
                                 QStringLiteral("subtask_rows"), QStringLiteral("history"),
                                 QStringLiteral("tasks"), QStringLiteral("accounts")})
        check(query.exec(QStringLiteral("DELETE FROM ") + table), "the tables empty");
    for (const TableRows &row : rows) {
        QStringList marks;
        for (qsizetype i = 0; i < row.columns.size(); ++i)
            marks << QStringLiteral("?");
        check(query.prepare(QStringLiteral("INSERT INTO ") + row.table + QStringLiteral(" (") +
                            row.columns.join(QStringLiteral(", ")) + QStringLiteral(") VALUES (") +
                            marks.join(QStringLiteral(", ")) + QLatin1Char(')')),
              "the insert is prepared");
        for (const QVariant &value : row.values)
            query.addBindValue(value);
        // A damaged value may break a constraint (NOT NULL, UNIQUE): then the row is missing,
        // which the reader must survive as well.
        query.exec();
    }
}

void checkReadTask(const WatchedTask &task)
{
    check(task.history.samples().size() <= TaskHistory::kMaxSamples, "history is bounded");
    [[maybe_unused]] const TaskState shown = task.displayState();
    [[maybe_unused]] const bool terminal = task.isTerminal();
    [[maybe_unused]] const std::optional<double> rate = task.history.progressRatePerSecond();
    [[maybe_unused]] const std::optional<qint64> eta = task.history.estimatedFinishMs();
    check(!task.ref.key().isEmpty(), "a read task has a key");
    if (task.lastError) [[maybe_unused]]
        const QString summary = task.lastError->summary();
}

QList<std::pair<QString, QVariant>> fieldsOf(const QByteArray &blob)
{
    return WatchListCodec::decodeFields(blob).value_or(QList<std::pair<QString, QVariant>>());
}

} // namespace

namespace Fuzz {

int watchListCodec(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray blob(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    // What decodes is re-encoded twice: the two encodings must agree byte for byte (comparing
    // bytes, not values, because a NaN never equals itself).
    switch (data[0] % 4) {
    case 0:
        if (const auto fields = WatchListCodec::decodeFields(blob)) {
            const QByteArray once = WatchListCodec::encodeFields(*fields);
            const auto again = WatchListCodec::decodeFields(once);
            check(again.has_value(), "encoded fields decode");
            check(WatchListCodec::encodeFields(*again) == once, "fields round-trip");
            check(fieldsOf(once).size() == fields->size(), "every field is kept");
        }
        break;
    case 1:
        if (const auto strings = WatchListCodec::decodeStrings(blob)) {
            const QByteArray once = WatchListCodec::encodeStrings(*strings);
            const auto again = WatchListCodec::decodeStrings(once);
            check(again.has_value() && *again == *strings, "strings round-trip");
        }
        break;
    case 2:
        if (const auto form = WatchListCodec::decodeFormContents(blob)) {
            const QByteArray once = WatchListCodec::encodeFormContents(*form);
            const auto again = WatchListCodec::decodeFormContents(once);
            check(again.has_value() && *again == *form, "form contents round-trip");
        }
        break;
    default:
        if (const auto history = WatchListCodec::decodeHistory(blob)) {
            const QByteArray once = WatchListCodec::encodeHistory(*history);
            const auto again = WatchListCodec::decodeHistory(once);
            check(again.has_value() && again->size() == history->size(), "history decodes again");
            check(WatchListCodec::encodeHistory(*again) == once, "history round-trips");
            [[maybe_unused]] const TaskHistory restored = TaskHistory::fromSamples(*history);
            [[maybe_unused]] const auto eta = restored.estimatedFinishMs();
        }
        break;
    }
    return 0;
}

int watchListRows(const uint8_t *data, size_t size)
{
    ensureApplication();
    const QuietMessages quiet;
    QSqlDatabase db = fuzzDatabase();

    QList<TableRows> rows = baseRows();
    qsizetype columnCount = 0;
    for (const TableRows &row : rows)
        columnCount += row.values.size();
    size_t at = 0;
    int damaged = 0;
    while (at + 3 <= size) {
        qsizetype column = data[at] % columnCount;
        const uint8_t type = data[at + 1];
        const size_t length = std::min<size_t>(data[at + 2], size - at - 3);
        const QVariant value = valueFrom(type, data + at + 3, length);
        at += 3 + length;
        ++damaged;
        for (TableRows &row : rows) {
            if (column < row.values.size()) {
                row.values[column] = value;
                break;
            }
            column -= row.values.size();
        }
    }
    writeRows(db, rows);

    const StoredWatchList list = WatchListReader::readAll(db);
    check(list.tasks.size() <= 1 && list.accounts.size() <= 1, "one row reads as one item");
    if (damaged == 0) {
        check(list.tasks.size() == 1 && list.tasks.first() == baseTask(), "a task round-trips");
        check(list.accounts.size() == 1 && list.accounts.first() == baseAccount(),
              "an account round-trips");
    }
    for (const WatchedTask &task : list.tasks) {
        checkReadTask(task);
        const QList<SubtaskRow> subtasks = WatchListReader::readSubtasks(db, task.ref.key());
        const QList<ReportSubmission> reports = WatchListReader::readReports(db, task.ref.key());
        [[maybe_unused]] const QByteArray body = WatchListReader::readRawBody(db, task.ref.key());
        check(subtasks.size() <= 1 && reports.size() <= 1, "one row reads as one row");
        if (damaged == 0) {
            check(subtasks.size() == 1 && subtasks.first() == baseSubtask(),
                  "a sub-task row round-trips");
            check(reports.size() == 1 && reports.first() == baseReport(),
                  "a report submission round-trips");
        }
        for (const SubtaskRow &row : subtasks) {
            for (const auto &[name, value] : row.fields)
                [[maybe_unused]] const QString text = SubtaskRow::toText(value);
        }
    }
    return 0;
}

} // namespace Fuzz
