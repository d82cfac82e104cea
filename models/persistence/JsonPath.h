#pragma once

#include <QLatin1String>
#include <QString>
#include <QtGlobal>

// Where a value sits in a JSON document ("tasks[3].snapshot.state"), for error messages. It
// links to its parent on the stack and is turned into text only when something is wrong, so
// reading ten thousand tasks builds no strings.
class JsonPath final
{
public:
    JsonPath() = default;
    explicit JsonPath(const JsonPath &parent, QLatin1String key)
        : m_parent(&parent)
        , m_key(key)
    {}
    explicit JsonPath(const JsonPath &parent, qsizetype index)
        : m_parent(&parent)
        , m_index(index)
    {}

    QString toString() const;

private:
    const JsonPath *m_parent = nullptr;
    QLatin1String m_key;
    qsizetype m_index = -1;
};
