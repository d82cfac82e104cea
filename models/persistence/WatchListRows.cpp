#include "models/persistence/WatchListRows.h"

#include "models/persistence/WatchListCodec.h"

#include <QDataStream>
#include <QIODevice>
#include <QSqlQuery>

namespace WatchListRows {

namespace {

QVariant timeValue(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch())
                          : QVariant(QMetaType::fromType<qint64>());
}

QDateTime timeFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

template <typename Number> QVariant optionalValue(const std::optional<Number> &number)
{
    return number ? QVariant::fromValue(*number) : QVariant(QMetaType::fromType<Number>());
}

template <typename Number> std::optional<Number> optionalFrom(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.value<Number>();
}

// NULL keeps "the platform sent none" apart from an empty string.
QString textFrom(const QVariant &value)
{
    if (value.isNull())
        return {};
    const QString text = value.toString();
    return text.isNull() ? QStringLiteral("") : text;
}

// FNV-1a over a row's values, each preceded by its type, so that 1 and "1" differ.
class RowDigest final
{
public:
    void bytes(const void *data, size_t size)
    {
        const auto *byte = static_cast<const unsigned char *>(data);
        for (size_t i = 0; i < size; ++i) {
            m_hash ^= byte[i];
            m_hash *= 1099511628211ull;
        }
    }
    template <typename Number> void number(Number value) { bytes(&value, sizeof value); }
    void text(const QString &text)
    {
        number(qint64(text.isNull() ? -1 : text.size()));
        bytes(text.constData(), size_t(text.size()) * sizeof(QChar));
    }
    void value(const QVariant &value)
    {
        const int type = value.metaType().id();
        number(type);
        switch (type) {
        case QMetaType::UnknownType:
            break;
        case QMetaType::QString:
            text(value.toString());
            break;
        case QMetaType::LongLong:
        case QMetaType::Int:
            number(value.toLongLong());
            break;
        case QMetaType::ULongLong:
            number(value.toULongLong());
            break;
        case QMetaType::Double:
            number(value.toDouble());
            break;
        case QMetaType::Bool:
            number(value.toBool());
            break;
        case QMetaType::QStringList: {
            const QStringList list = value.toStringList();
            number(qint64(list.size()));
            for (const QString &item : list)
                text(item);
            break;
        }
        default:
            text(value.toString());
            break;
        }
    }
    qint64 result() const { return qint64(m_hash); }

private:
    quint64 m_hash = 14695981039346656037ull;
};

std::optional<ApiError::Category> categoryFrom(const QString &id)
{
    for (int value = int(ApiError::Category::Network); value <= int(ApiError::Category::Cancelled);
         ++value) {
        if (ApiError::categoryId(ApiError::Category(value)) == id)
            return ApiError::Category(value);
    }
    return std::nullopt;
}

} // namespace

QVariantList taskValues(const WatchedTask &task)
{
    const TaskRef &ref = task.ref;
    QVariantList values{
        ref.key(),
        TaskKinds::id(ref.kind),
        ref.accountId,
        ref.taskId,
        ref.label,
        ref.unionId,
        ref.report.ruleId,
        ref.report.userId,
        ref.report.userIdType,
        timeValue(ref.report.from),
        timeValue(ref.report.to),
        timeValue(task.addedAt),
        timeValue(task.lastCheckedAt),
        task.callsSpent,
        task.finishNotified,
    };
    values.reserve(40);
    if (const std::optional<TaskSnapshot> &snapshot = task.snapshot) {
        values << true << TaskKinds::id(snapshot->kind) << snapshot->taskId
               << TaskStates::id(snapshot->state) << snapshot->rawStatus << snapshot->type
               << optionalValue(snapshot->progress) << optionalValue(snapshot->total)
               << optionalValue(snapshot->succeeded) << optionalValue(snapshot->failed)
               << timeValue(snapshot->createdAt) << timeValue(snapshot->finishedAt)
               << snapshot->message << WatchListCodec::encodeStrings(snapshot->warnings)
               << timeValue(snapshot->fetchedAt);
    } else {
        values << false;
        for (int i = 0; i < 14; ++i)
            values << QVariant();
    }
    if (const std::optional<ApiError> &error = task.lastError) {
        values << true << ApiError::categoryId(error->category) << error->httpStatus << error->code
               << error->message << error->requestId << error->hint << error->context
               << error->bodyExcerpt << error->retryAfterMs;
    } else {
        values << false;
        for (int i = 0; i < 9; ++i)
            values << QVariant();
    }
    values << (ref.report.isRolling() ? QVariant(ReportWindows::id(ref.report.window)) : QVariant())
           << (ref.report.timeZone.isEmpty() ? QVariant() : QVariant(ref.report.timeZone));
    return values;
}

std::optional<WatchedTask> readTask(const QSqlQuery &query, int first)
{
    int column = first + 1; // after task_key: it is derived from the ref
    const auto next = [&query, &column] { return query.value(column++); };
    WatchedTask task;
    TaskRef &ref = task.ref;
    const std::optional<TaskKind> kind = TaskKinds::fromId(next().toString());
    if (!kind)
        return std::nullopt;
    ref.kind = *kind;
    ref.accountId = next().toString();
    ref.taskId = next().toString();
    ref.label = next().toString();
    ref.unionId = next().toString();
    ref.report.ruleId = next().toString();
    ref.report.userId = next().toString();
    ref.report.userIdType = next().toString();
    ref.report.from = timeFrom(next());
    ref.report.to = timeFrom(next());
    task.addedAt = timeFrom(next());
    task.lastCheckedAt = timeFrom(next());
    task.callsSpent = next().toLongLong();
    task.finishNotified = next().toBool();

    if (next().toBool()) {
        TaskSnapshot snapshot;
        snapshot.kind = TaskKinds::fromId(next().toString()).value_or(ref.kind);
        snapshot.taskId = next().toString();
        snapshot.state = TaskStates::fromId(next().toString()).value_or(TaskState::Unknown);
        snapshot.rawStatus = textFrom(next());
        snapshot.type = next().toString();
        snapshot.progress = optionalFrom<double>(next());
        snapshot.total = optionalFrom<qint64>(next());
        snapshot.succeeded = optionalFrom<qint64>(next());
        snapshot.failed = optionalFrom<qint64>(next());
        snapshot.createdAt = timeFrom(next());
        snapshot.finishedAt = timeFrom(next());
        snapshot.message = next().toString();
        snapshot.warnings =
            WatchListCodec::decodeStrings(next().toByteArray()).value_or(QStringList());
        snapshot.fetchedAt = timeFrom(next());
        task.snapshot = std::move(snapshot);
    } else {
        column += 14;
    }

    if (next().toBool()) {
        ApiError error;
        error.category =
            categoryFrom(next().toString()).value_or(ApiError::Category::InvalidResponse);
        error.httpStatus = next().toInt();
        error.code = next().toString();
        error.message = next().toString();
        error.requestId = next().toString();
        error.hint = next().toString();
        error.context = next().toString();
        error.bodyExcerpt = next().toByteArray();
        error.retryAfterMs = next().toInt();
        task.lastError = std::move(error);
    } else {
        column += 9;
    }

    ref.report.window = ReportWindows::fromId(next().toString()).value_or(ReportWindow::Fixed);
    ref.report.timeZone = next().toString();

    const QVariant history = next();
    if (!history.isNull()) {
        if (std::optional<QList<HistorySample>> samples =
                WatchListCodec::decodeHistory(history.toByteArray()))
            task.history = TaskHistory::fromSamples(std::move(*samples));
    }
    return task;
}

QVariantList accountValues(const Account &account)
{
    return {account.name,
            Platforms::id(account.platform),
            account.baseUrl,
            account.authMode == Account::AuthMode::PastedToken ? QStringLiteral("pasted_token")
                                                               : QStringLiteral("app_credentials"),
            account.appId,
            account.unionId,
            account.caCertificateFile};
}

std::optional<Account> readAccount(const QSqlQuery &query)
{
    Account account;
    account.id = query.value(0).toString();
    account.name = query.value(1).toString();
    const std::optional<Platform> platform = Platforms::fromId(query.value(2).toString());
    if (account.id.isEmpty() || !platform)
        return std::nullopt;
    account.platform = *platform;
    account.baseUrl = query.value(3).toString();
    account.authMode = query.value(4).toString() == QLatin1String("pasted_token")
                           ? Account::AuthMode::PastedToken
                           : Account::AuthMode::AppCredentials;
    account.appId = query.value(5).toString();
    account.unionId = query.value(6).toString();
    account.caCertificateFile = query.value(7).toString();
    return account;
}

QVariantList subtaskValues(const SubtaskRow &row)
{
    return {row.failed, row.code, row.message, WatchListCodec::encodeFields(row.fields)};
}

std::optional<SubtaskRow> readSubtask(const QSqlQuery &query, int first)
{
    std::optional<QList<std::pair<QString, QVariant>>> fields =
        WatchListCodec::decodeFields(query.value(first + 3).toByteArray());
    if (!fields)
        return std::nullopt;
    SubtaskRow row;
    row.failed = query.value(first).toBool();
    row.code = query.value(first + 1).toString();
    row.message = query.value(first + 2).toString();
    row.fields = std::move(*fields);
    return row;
}

QVariantList reportValues(const ReportSubmission &report)
{
    return {report.taskId,
            report.ruleId,
            report.ruleName,
            report.fromUserId,
            report.fromUserName,
            report.departmentName,
            WatchListCodec::encodeStrings(report.departmentIds),
            timeValue(report.commitTime),
            WatchListCodec::encodeStrings(report.toUserIds),
            WatchListCodec::encodeStrings(report.toUserNames),
            WatchListCodec::encodeFormContents(report.formContents)};
}

std::optional<ReportSubmission> readReport(const QSqlQuery &query, int first)
{
    int column = first;
    const auto next = [&query, &column] { return query.value(column++); };
    ReportSubmission report;
    report.taskId = next().toString();
    report.ruleId = next().toString();
    report.ruleName = next().toString();
    report.fromUserId = next().toString();
    report.fromUserName = next().toString();
    report.departmentName = next().toString();
    const std::optional<QStringList> departmentIds =
        WatchListCodec::decodeStrings(next().toByteArray());
    report.commitTime = timeFrom(next());
    const std::optional<QStringList> toUserIds =
        WatchListCodec::decodeStrings(next().toByteArray());
    const std::optional<QStringList> toUserNames =
        WatchListCodec::decodeStrings(next().toByteArray());
    const std::optional<QList<ReportFormField>> formContents =
        WatchListCodec::decodeFormContents(next().toByteArray());
    if (!departmentIds || !toUserIds || !toUserNames || !formContents)
        return std::nullopt;
    report.departmentIds = *departmentIds;
    report.toUserIds = *toUserIds;
    report.toUserNames = *toUserNames;
    report.formContents = *formContents;
    return report;
}

qint64 digestOf(const SubtaskRow &row)
{
    RowDigest digest;
    digest.number(row.failed);
    digest.text(row.code);
    digest.text(row.message);
    digest.number(qint64(row.fields.size()));
    for (const auto &[name, value] : row.fields) {
        digest.text(name);
        digest.value(value);
    }
    return digest.result();
}

qint64 digestOf(const QVariantList &values)
{
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream.setVersion(QDataStream::Qt_6_4);
    for (const QVariant &value : values)
        stream << value;
    return WatchListCodec::digest(bytes);
}

} // namespace WatchListRows
