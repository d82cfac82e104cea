#pragma once

#include "CliTaskResult.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>

// {"tasks":[...]}: one object per TASK in argument order, with the keys scripts rely on (see
// README.md). Ids are strings, so they stay exact; absent values are null, never 0.
class JsonTaskWriter final
{
public:
    static QByteArray write(const QList<CliTaskResult> &results, bool withSubtasks,
                            bool failedOnly);

    static QJsonObject taskObject(const CliTaskResult &result, bool withSubtasks, bool failedOnly);
    static QJsonValue errorObject(const ApiError &error);
    static QJsonValue subtaskValue(const QVariant &value);
    static QJsonValue isoTime(const QDateTime &time);
};
