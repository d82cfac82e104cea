#pragma once

#include <QLatin1String>
#include <QString>

#include <vector>

// A value read by LenientJsonReader. Numbers keep their digits as written, so ids above 2^53
// (or 2^64) stay exact.
struct LenientJsonNode
{
    enum class Type {
        Object,
        Array,
        String,
        Number,
        Literal, // true, false, null, None, or any other bare word
    };

    Type type = Type::Literal;
    QString key;         // the member name in the parent object; empty in arrays
    QString text;        // decoded string, number as written, or the bare word
    qsizetype begin = 0; // span in the text it was read from
    qsizetype end = 0;
    std::vector<LenientJsonNode> children; // members of an object, elements of an array

    bool isScalar() const { return type == Type::String || type == Type::Number; }
    const LenientJsonNode *member(QLatin1String name) const
    {
        for (const LenientJsonNode &child : children) {
            if (child.key == name)
                return &child;
        }
        return nullptr;
    }
};
