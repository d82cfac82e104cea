#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

// Writes JSON text field by field, in the order the platforms send it, so that answers can carry
// exact big integers, scripted raw literals and deliberately wrong field types.
class WireJsonWriter final
{
public:
    WireJsonWriter &beginObject();
    WireJsonWriter &endObject();
    WireJsonWriter &beginArray();
    WireJsonWriter &endArray();
    WireJsonWriter &key(const QString &name);

    WireJsonWriter &value(const QString &text);
    WireJsonWriter &value(const char *latin1) { return value(QString::fromLatin1(latin1)); }
    WireJsonWriter &value(qint64 number);
    WireJsonWriter &value(int number) { return value(qint64(number)); }
    WireJsonWriter &value(bool flag);
    WireJsonWriter &null();
    WireJsonWriter &raw(const QByteArray &literal);
    // A scenario value: {"$raw": "..."} objects are written verbatim, everything else as JSON.
    WireJsonWriter &value(const QJsonValue &scripted);

    // Writes the known keys in the given order, then any others the scenario added.
    WireJsonWriter &object(const QJsonObject &o, const QStringList &order);

    template <typename T> WireJsonWriter &field(const QString &name, const T &v)
    {
        key(name);
        return value(v);
    }

    QByteArray data() const { return m_out; }

    static QByteArray quoted(const QString &text);
    static bool isRawMarker(const QJsonValue &v);

private:
    void separate();

    QByteArray m_out;
    QList<bool> m_firstInScope;
    bool m_afterKey = false;
};
