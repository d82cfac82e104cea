#pragma once

#include "models/domain/ApiError.h"
#include "models/domain/TaskState.h"
#include "network/http/HttpResponse.h"

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QString>
#include <QStringList>
#include <QTest>

#include <initializer_list>
#include <optional>
#include <utility>

// Small helpers shared by the parser suites: responses, fixtures and readable comparisons.
namespace ParserTest {

using Headers = QList<std::pair<QByteArray, QByteArray>>;

inline HttpResponse response(int status, const QByteArray &body, const Headers &headers = {})
{
    HttpResponse r;
    r.status = status;
    r.body = body;
    r.headers = headers;
    return r;
}

inline QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(":/fixtures/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

inline QStringList strings(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list << QString::fromUtf8(item);
    return list;
}

inline QString state(TaskState s)
{
    return TaskStates::id(s);
}

inline QString category(ApiError::Category c)
{
    return ApiError::categoryId(c);
}

inline QDateTime utc(const char *iso)
{
    QDateTime time = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
    time.setTimeSpec(Qt::UTC);
    return time;
}

// -1 stands for "not given" in data-driven rows.
inline double orMinusOne(const std::optional<double> &value)
{
    return value.value_or(-1.0);
}

inline qint64 orMinusOne(const std::optional<qint64> &value)
{
    return value.value_or(-1);
}

} // namespace ParserTest
