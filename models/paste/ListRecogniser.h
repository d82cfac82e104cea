#pragma once

#include "models/paste/PasteCandidate.h"

#include <QList>
#include <QString>

// Reads what is left of a line (after links, JSON and keyed ids were taken) as a list of ids
// separated by spaces, tabs, commas (also ，), semicolons, 、 or |. Each item loses stray quotes,
// brackets and punctuation at its ends. The line is a list only if no item is a word (letters,
// or a key=value / key:value field): log lines and prose yield nothing here, while timestamps,
// counts and bullets are passed over.
// In a list, an item that is an id but for one or two stray characters inside it (and has six
// or more digits) is reported as not recognisable.
class ListRecogniser final
{
public:
    ListRecogniser() = default;

    // Returns whether text[begin, end) is a list (no words); appends its items if so.
    bool recognise(const QString &text, qsizetype begin, qsizetype end,
                   QList<PasteCandidate> &found) const;
};
