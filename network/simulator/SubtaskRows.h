#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

// Builds contact task_info rows as the platform returns them, for scenarios that want many.
class SubtaskRows final
{
public:
    struct Failure
    {
        int count = 0;
        qint64 code = 10013;
        QString msg = QStringLiteral("invalid user_id");
    };

    // Failing rows are spread over the list by a shuffle seeded with `seed`.
    static QJsonArray users(int count, const QList<Failure> &failures, quint32 seed,
                            const QString &namePrefix = QStringLiteral("user_"));
    static QJsonArray departments(int count, const QList<Failure> &failures, quint32 seed,
                                  const QString &namePrefix = QStringLiteral("dept_"));
    // {"count", "type": "user" | "department", "failures": [{"count", "code", "msg"}], "seed"}
    static QJsonArray fromJson(const QJsonObject &spec);

private:
    static QList<qint64> codes(int count, const QList<Failure> &failures, quint32 seed,
                               QList<QString> *messages);
};
