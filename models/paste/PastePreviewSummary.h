#pragma once

#include <QCoreApplication>
#include <QString>

// Counts of what the add-tasks preview shows, and the sentence that says them.
struct PastePreviewSummary
{
    Q_DECLARE_TR_FUNCTIONS(PastePreviewSummary)

public:
    int tasksFound = 0; // distinct tasks: duplicates are counted once
    int duplicates = 0;
    int alreadyWatched = 0;
    int notRecognised = 0; // lines meant as items that name no task
    int notTasks = 0;      // report query links
    int needKind = 0;      // included tasks without a kind yet
    int needAccount = 0;   // included tasks without an account yet
    int toAdd = 0;

    // "12 tasks found · 1 already watched · 2 lines not recognised", translated; parts that
    // are zero are left out.
    QString text() const;

    friend bool operator==(const PastePreviewSummary &, const PastePreviewSummary &) = default;
};
