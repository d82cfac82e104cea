#include "models/domain/SubtaskRow.h"

#include <QStringList>

QVariant SubtaskRow::value(const QString &name) const
{
    for (const auto &[key, value] : fields) {
        if (key == name)
            return value;
    }
    return {};
}

bool SubtaskRow::has(const QString &name) const
{
    for (const auto &field : fields) {
        if (field.first == name)
            return true;
    }
    return false;
}

QString SubtaskRow::text(const QString &name) const
{
    return toText(value(name));
}

QString SubtaskRow::toText(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return {};
    if (value.typeId() == QMetaType::QStringList)
        return value.toStringList().join(QStringLiteral("; "));
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.typeId() == QMetaType::Double)
        return QString::number(value.toDouble(), 'g', 17);
    return value.toString();
}
