#include "models/persistence/JsonPath.h"

QString JsonPath::toString() const
{
    if (!m_parent)
        return {};
    QString text = m_parent->toString();
    if (m_index >= 0)
        return text + QLatin1Char('[') + QString::number(m_index) + QLatin1Char(']');
    if (!text.isEmpty())
        text += QLatin1Char('.');
    return text + m_key;
}
