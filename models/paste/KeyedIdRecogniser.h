#pragma once

#include "models/paste/PasteCandidate.h"

#include <QList>
#include <QRegularExpression>
#include <QString>

// Finds ids that a log line puts after a key: "task_id=…", "taskId: …", "task-id …",
// "任务ID：…" (explicit keys), "task …", "id=…" and "任务 …" (plain words, so the id must have the
// full standalone shape), and lists after plural keys ("task_ids=['…', '…']", "tasks: …, …").
// "id" after another noun ("request id", "user id") names that noun's id and does not count;
// nor does a key inside a longer name ("subtask_id", "parentTaskId").
class KeyedIdRecogniser final
{
public:
    KeyedIdRecogniser();

    // Scans text[begin, end), blanks each key and id it takes and appends them as tasks.
    void recognise(QString &text, qsizetype begin, qsizetype end,
                   QList<PasteCandidate> &found) const;

private:
    QRegularExpression m_key;
};
