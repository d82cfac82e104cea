#pragma once

#include "models/paste/KeyedIdRecogniser.h"
#include "models/paste/LenientJsonNode.h"
#include "models/paste/PasteCandidate.h"
#include "models/paste/UrlRecogniser.h"

#include <QList>
#include <QString>
#include <QStringView>

// Finds JSON objects anywhere in a paste (alone, several in a row, pretty-printed over many
// lines, inside a log line) and takes the ids in id positions:
// - a task_id / taskId member (any spelling of "task id"), and a "task" member with a
//   standalone-shaped id;
// - the "id" of an object that is the value of a "task" member (DingTalk storage status);
// - links and keyed ids inside string values (structured log messages).
// Kinds are certain for shapes one endpoint has: Feishu contact (type add_user /
// add_department, total_num, success_num, fail_num, task_info), DingTalk doc (succCount),
// DingTalk storage (task.id); a bare "taskId" is DingTalk's spelling and guessed as a document
// copy. Report submissions (rule_id, rule_name, form_contents, …) carry report ids, not tasks.
class JsonTaskRecogniser final
{
public:
    JsonTaskRecogniser() = default;

    // Blanks every object it reads (keeping line ends) and appends what it found.
    void recognise(QString &text, QList<PasteCandidate> &found) const;

private:
    void visit(const LenientJsonNode &node, QStringView parentKey,
               QList<PasteCandidate> &found) const;
    void recogniseObject(const LenientJsonNode &object, QStringView parentKey,
                         QList<PasteCandidate> &found) const;
    void recogniseString(const LenientJsonNode &node, QList<PasteCandidate> &found) const;

    UrlRecogniser m_urls;
    KeyedIdRecogniser m_keys;
};
