#include "ui/dialogs/PasteTextEdit.h"

#include <QFile>
#include <QFontDatabase>
#include <QMimeData>
#include <QUrl>

namespace {

// Script output and API answers are small; anything larger is not meant for this box.
constexpr qint64 kMaxFileBytes = 16 * 1024 * 1024;

QStringList localFiles(const QMimeData *source)
{
    QStringList files;
    if (!source->hasUrls())
        return files;
    for (const QUrl &url : source->urls()) {
        if (url.isLocalFile())
            files << url.toLocalFile();
    }
    return files;
}

} // namespace

PasteTextEdit::PasteTextEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTabChangesFocus(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setAcceptDrops(true);
}

bool PasteTextEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return !localFiles(source).isEmpty() || QPlainTextEdit::canInsertFromMimeData(source);
}

void PasteTextEdit::insertFromMimeData(const QMimeData *source)
{
    const QStringList files = localFiles(source);
    if (files.isEmpty()) {
        QPlainTextEdit::insertFromMimeData(source);
        return;
    }
    QStringList texts;
    for (const QString &path : files) {
        QFile file(path);
        if (file.size() > kMaxFileBytes || !file.open(QIODevice::ReadOnly))
            continue;
        texts << QString::fromUtf8(file.readAll());
    }
    textCursor().insertText(texts.join(QLatin1Char('\n')));
}
