#pragma once

#include <QString>

// The fragment of the (already masked) paste an item is shown with in the dialog.
namespace PasteSource {

// A list item as written.
QString span(const QString &text, qsizetype begin, qsizetype end);

// The line text[lineBegin, lineEnd) on one line, with whitespace collapsed; a long line is cut
// to a window around [begin, end), marked with … where cut.
QString line(const QString &text, qsizetype lineBegin, qsizetype lineEnd, qsizetype begin,
             qsizetype end);

} // namespace PasteSource
