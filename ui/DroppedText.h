#pragma once

#include <QString>

class QMimeData;

// What an admin dropped on the window, as text for the add dialog: the contents of dropped
// text files (each at most a few megabytes), or the dropped text itself.
namespace DroppedText {

constexpr qint64 kMaxFileBytes = 8 * 1024 * 1024;

// Empty when nothing usable was dropped; `problem` names a file that was too large.
QString read(const QMimeData *mime, QString *problem);

} // namespace DroppedText
