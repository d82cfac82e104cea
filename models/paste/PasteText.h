#pragma once

#include <QString>

// Brings pasted text to one form before anything is recognised in it. Lengths change, so
// every position the parser reports refers to the normalised text.
namespace PasteText {

// Line ends to \n; NFKC, so full-width digits, letters, commas, colons and spaces (U+3000)
// and NBSP become their ASCII forms; zero-width characters and BOMs removed.
QString normalise(const QString &raw);

// The same text with each shell line continuation (a trailing \ or ^ before a line that starts
// with an indent or a flag) and its line end turned into spaces: one logical line per command,
// every position unchanged.
QString joinContinuations(const QString &text);

// Replaces text[from, to) with spaces, line ends kept: what one recogniser has taken is not
// seen again by the next, and every position stays where it was.
void blank(QString &text, qsizetype from, qsizetype to);

} // namespace PasteText
