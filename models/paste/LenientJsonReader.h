#pragma once

#include "models/paste/LenientJsonNode.h"

#include <QStringView>

#include <optional>

// Reads JSON as people paste it: also single-quoted strings and bare keys (Python and JS
// printouts), trailing commas, and answers cut off by a log line's length limit. Whatever was
// read completely before an error is kept.
class LenientJsonReader final
{
public:
    explicit LenientJsonReader(QStringView text);

    // Reads the object whose '{' is at `from`; nullopt unless at least one member was read.
    // The node's span ends after the last member read completely.
    std::optional<LenientJsonNode> readObject(qsizetype from);
    // Where the last read stopped. An object that starts before it and failed would fail again
    // at the same place, so a scan for the next object can resume here.
    qsizetype stopPosition() const { return m_pos; }

private:
    bool readValue(LenientJsonNode &node, int depth);
    bool readObjectInto(LenientJsonNode &node, int depth);
    bool readArrayInto(LenientJsonNode &node, int depth);
    bool readString(QString &out);
    bool readWord(QString &out);
    bool readNumber(QString &out);
    void skipSpace();
    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar current() const { return m_text.at(m_pos); }

    QStringView m_text;
    qsizetype m_pos = 0;
};
