#include "SubtaskRows.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <algorithm>

namespace {

QString openIdFor(const QString &name)
{
    const QByteArray h = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Md5).toHex();
    return QStringLiteral("ou_") + QString::fromLatin1(h);
}

} // namespace

QList<qint64> SubtaskRows::codes(int count, const QList<Failure> &failures, quint32 seed,
                                 QList<QString> *messages)
{
    QList<QPair<qint64, QString>> all;
    for (const Failure &f : failures) {
        for (int i = 0; i < f.count && all.size() < count; ++i)
            all.append({f.code, f.msg});
    }
    while (all.size() < count)
        all.append({0, QStringLiteral("success")});
    QRandomGenerator rng(seed);
    for (qsizetype i = all.size() - 1; i > 0; --i)
        std::swap(all[i], all[qsizetype(rng.bounded(quint32(i + 1)))]);
    QList<qint64> out;
    for (const auto &entry : all) {
        out.append(entry.first);
        messages->append(entry.second);
    }
    return out;
}

QJsonArray SubtaskRows::users(int count, const QList<Failure> &failures, quint32 seed,
                              const QString &namePrefix)
{
    QList<QString> messages;
    const QList<qint64> rowCodes = codes(count, failures, seed, &messages);
    QJsonArray rows;
    for (int i = 0; i < count; ++i) {
        const QString n = namePrefix + QStringLiteral("%1").arg(i + 1, 3, 10, QLatin1Char('0'));
        QJsonObject row{
            {QStringLiteral("code"), QJsonValue(rowCodes.at(i))},
            {QStringLiteral("msg"), messages.at(i)},
            {QStringLiteral("name"), n},
            {QStringLiteral("email"), QString(n + QStringLiteral("@example.com"))},
            {QStringLiteral("mobile"),
             QStringLiteral("1300000%1").arg(i + 1, 4, 10, QLatin1Char('0'))},
            {QStringLiteral("user_id"), n},
            {QStringLiteral("departments"), QJsonArray{QStringLiteral("od-demo")}},
        };
        if (rowCodes.at(i) == 0) {
            row.insert(QStringLiteral("action"), 1);
            row.insert(QStringLiteral("open_id"), openIdFor(n));
        }
        rows.append(row);
    }
    return rows;
}

QJsonArray SubtaskRows::departments(int count, const QList<Failure> &failures, quint32 seed,
                                    const QString &namePrefix)
{
    QList<QString> messages;
    const QList<qint64> rowCodes = codes(count, failures, seed, &messages);
    QJsonArray rows;
    for (int i = 0; i < count; ++i) {
        const QString n = namePrefix + QStringLiteral("%1").arg(i + 1, 3, 10, QLatin1Char('0'));
        QJsonObject row{
            {QStringLiteral("code"), QJsonValue(rowCodes.at(i))},
            {QStringLiteral("msg"), messages.at(i)},
            {QStringLiteral("name"), n},
            {QStringLiteral("department_id"), n},
            {QStringLiteral("parent_id"), QStringLiteral("0")},
        };
        if (rowCodes.at(i) == 0)
            row.insert(QStringLiteral("action"), 1);
        rows.append(row);
    }
    return rows;
}

QJsonArray SubtaskRows::fromJson(const QJsonObject &spec)
{
    QList<Failure> failures;
    const QJsonArray list = spec.value(QLatin1String("failures")).toArray();
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        Failure f;
        f.count = o.value(QLatin1String("count")).toInt();
        f.code = qint64(o.value(QLatin1String("code")).toDouble(10013));
        f.msg = o.value(QLatin1String("msg")).toString(QStringLiteral("invalid user_id"));
        failures.append(f);
    }
    const int count = spec.value(QLatin1String("count")).toInt();
    const auto seed = quint32(spec.value(QLatin1String("seed")).toInt(1));
    if (spec.value(QLatin1String("type")).toString() == QLatin1String("department"))
        return departments(count, failures, seed);
    return users(count, failures, seed);
}
