#include "ui/DroppedText.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMimeData>
#include <QStringList>
#include <QUrl>

QString DroppedText::read(const QMimeData *mime, QString *problem)
{
    QStringList texts;
    QStringList tooLarge;
    for (const QUrl &url : mime->urls()) {
        if (!url.isLocalFile())
            continue;
        QFile file(url.toLocalFile());
        if (file.size() > kMaxFileBytes) {
            tooLarge << QDir::toNativeSeparators(file.fileName());
            continue;
        }
        if (file.open(QIODevice::ReadOnly))
            texts << QString::fromUtf8(file.readAll());
    }
    if (!tooLarge.isEmpty() && problem) {
        *problem = QCoreApplication::translate(
                       "DroppedText", "%1 is larger than %2 MB; paste the part with the task ids.")
                       .arg(tooLarge.join(QStringLiteral(", ")))
                       .arg(kMaxFileBytes / (1024 * 1024));
    }
    if (texts.isEmpty() && mime->hasText())
        texts << mime->text();
    return texts.join(QLatin1Char('\n'));
}
