#pragma once

#include "models/paste/JsonTaskRecogniser.h"
#include "models/paste/KeyedIdRecogniser.h"
#include "models/paste/ListRecogniser.h"
#include "models/paste/PasteOptions.h"
#include "models/paste/PasteResult.h"
#include "models/paste/SecretMasker.h"
#include "models/paste/UrlRecogniser.h"

#include <QList>
#include <QRegularExpression>
#include <QString>

// Turns whatever an admin pasted into task items. Pure: no I/O, no QObject; used by the
// add-tasks dialog and the CLI.
//
// An id is taken only from an id position, never from anywhere else in a line:
// 1. JSON objects, anywhere and in any layout (JsonTaskRecogniser);
// 2. links to the five endpoints, and task_id / taskId in links to platform hosts
//    (UrlRecogniser); in a command line (curl, wget, httpie, Invoke-WebRequest, joined across
//    trailing \ or ^) only its links count;
// 3. ids after task-id keys in log lines (KeyedIdRecogniser);
// 4. what is left of a line, if it is a list of ids and nothing else (ListRecogniser).
// Each step blanks what it took, so nothing is found twice. Credentials are masked before any
// of this reads the text (SecretMasker), so no token can become an id or be shown.
//
// Problems: NotRecognisable for a broken list item, a JSON id rounded to a float, a task link
// without a usable id on a line that is a list or a command, and a platform link that names no
// task on a list line (log lines and prose mention links without meaning them as items);
// NotATask for a report query link on a list or command line;
// DuplicateInPaste and AlreadyWatched (through PasteOptions::isWatched) for tasks.
//
// Kind, strongest first: stated by the link's endpoint or an unambiguous JSON shape (certain);
// the caller's default; a guess from a JSON shape several kinds share or from the id's shape
// (IdShape::guessKind); otherwise the user chooses. A task found twice keeps its first
// occurrence, which takes the later one's kind if that was stronger and its unionId if it had
// none; the later one is marked as a duplicate. The same id stated with two different certain
// kinds is two tasks.
class PasteParser final
{
public:
    // Longer pastes are read up to here (PasteResult::cut).
    static constexpr qsizetype kLongestPaste = 2 * 1024 * 1024;

    PasteParser();
    explicit PasteParser(PasteOptions options);

    PasteResult parse(const QString &pasted) const;

private:
    PasteResult parseLinesAsIds(const QString &pasted) const;
    void recogniseLine(QString &text, qsizetype begin, qsizetype end,
                       QList<PasteCandidate> &found) const;
    QList<PasteItem> resolve(const QString &display, const QList<qsizetype> &logicalStarts,
                             const QList<PasteCandidate> &candidates) const;
    void resolveKind(const PasteCandidate &candidate, PasteItem &item) const;
    void markDuplicates(QList<PasteItem> &items) const;
    void markWatched(QList<PasteItem> &items) const;

    PasteOptions m_options;
    SecretMasker m_masker;
    UrlRecogniser m_urls;
    KeyedIdRecogniser m_keys;
    ListRecogniser m_lists;
    JsonTaskRecogniser m_json;
    QRegularExpression m_command;
};
