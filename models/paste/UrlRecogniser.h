#pragma once

#include "models/paste/PasteCandidate.h"

#include <QList>
#include <QString>
#include <QStringView>

// Finds task links in a line: the five endpoint paths anywhere in a token, with or without
// scheme and host (so doc examples like "GET /v2.0/doc/task/info/123" count), and links to
// Feishu / Lark / DingTalk hosts. The path decides the kind, with certainty. Ids are
// percent-decoded; a link whose query itself holds an encoded link is decoded once more.
class UrlRecogniser final
{
public:
    UrlRecogniser() = default;

    // Scans text[begin, end), blanks every link it claims and appends what it found. Links
    // without a task (a report query, a document page, a task link missing its id) say on
    // which lines they count as problems (PasteCandidate::reportedOn).
    void recognise(QString &text, qsizetype begin, qsizetype end,
                   QList<PasteCandidate> &found) const;
};
