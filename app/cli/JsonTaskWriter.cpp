#include "JsonTaskWriter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

template <typename T> QJsonValue optionalNumber(const std::optional<T> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QJsonValue JsonTaskWriter::isoTime(const QDateTime &time)
{
    if (!time.isValid())
        return QJsonValue::Null;
    return time.toUTC().toString(Qt::ISODate);
}

QJsonValue JsonTaskWriter::errorObject(const ApiError &error)
{
    return QJsonObject{
        {QStringLiteral("http_status"),
         error.httpStatus > 0 ? QJsonValue(error.httpStatus) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("code"), textOrNull(error.code)},
        {QStringLiteral("message"),
         error.message.isEmpty() ? ApiError::categoryDisplayName(error.category) : error.message},
        {QStringLiteral("request_id"), textOrNull(error.requestId)},
        {QStringLiteral("category"), ApiError::categoryId(error.category)},
        {QStringLiteral("hint"), textOrNull(error.hint)},
    };
}

QJsonValue JsonTaskWriter::subtaskValue(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QStringList:
        return QJsonArray::fromStringList(value.toStringList());
    case QMetaType::Bool:
        return value.toBool();
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return value.toLongLong();
    case QMetaType::Double:
        return value.toDouble();
    default:
        return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value.toString());
    }
}

QJsonObject JsonTaskWriter::taskObject(const CliTaskResult &result, bool withSubtasks,
                                       bool failedOnly)
{
    const TaskSnapshot empty;
    const TaskSnapshot &s = result.snapshot ? *result.snapshot : empty;
    const bool have = result.snapshot.has_value();
    QJsonObject object{
        {QStringLiteral("kind"), TaskKinds::id(result.ref.kind)},
        {QStringLiteral("task_id"), result.ref.taskId},
        {QStringLiteral("state"), TaskStates::id(result.state())},
        {QStringLiteral("raw_status"),
         have && !s.rawStatus.isNull() ? QJsonValue(s.rawStatus) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("type"), textOrNull(s.type)},
        {QStringLiteral("progress"), optionalNumber(s.progress)},
        {QStringLiteral("total"), optionalNumber(s.total)},
        {QStringLiteral("succeeded"), optionalNumber(s.succeeded)},
        {QStringLiteral("failed"), optionalNumber(s.failed)},
        {QStringLiteral("created_at"), isoTime(s.createdAt)},
        {QStringLiteral("finished_at"), isoTime(s.finishedAt)},
        {QStringLiteral("message"), textOrNull(s.message)},
        {QStringLiteral("error"),
         result.error ? errorObject(*result.error) : QJsonValue(QJsonValue::Null)},
    };
    if (!result.ref.unionId.isEmpty())
        object.insert(QStringLiteral("union_id"), result.ref.unionId);
    if (withSubtasks) {
        QJsonArray rows;
        for (const SubtaskRow &row : s.subtasks) {
            if (failedOnly && !row.failed)
                continue;
            QJsonObject fields;
            for (const auto &[name, value] : row.fields)
                fields.insert(name, subtaskValue(value));
            rows.append(fields);
        }
        object.insert(QStringLiteral("subtasks"), rows);
    }
    return object;
}

QByteArray JsonTaskWriter::write(const QList<CliTaskResult> &results, bool withSubtasks,
                                 bool failedOnly)
{
    QJsonArray tasks;
    for (const CliTaskResult &result : results) {
        if (failedOnly && !result.isFailure())
            continue;
        tasks.append(taskObject(result, withSubtasks, failedOnly));
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("tasks"), tasks}})
        .toJson(QJsonDocument::Indented);
}
