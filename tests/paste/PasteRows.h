#pragma once

// Rows for tst_pasteparser::extract: columns "paste" (QString) and "expected" (QStringList of
// "<id> <kind|choose> <basis> [union=<id>] [!<problem>]…", "-" for an item without an id).
namespace PasteRows {

void addBareIdRows();
void addLinkRows();
void addCommandRows();
void addLogLineRows();
void addJsonRows();
void addProblemRows();
void addMixedRows();

} // namespace PasteRows
