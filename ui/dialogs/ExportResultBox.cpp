#include "ui/dialogs/ExportResultBox.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QLocale>
#include <QPushButton>
#include <QUrl>

#include <algorithm>

ExportResultBox::ExportResultBox(const CsvExportResult &result, QWidget *parent)
    : QMessageBox(parent)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(QStringLiteral("exportResult"));
    setWindowTitle(result.ok() ? tr("Export finished") : tr("Export failed"));
    const QString shownPath = QDir::toNativeSeparators(result.filePath);
    if (!result.ok()) {
        setIcon(QMessageBox::Warning);
        setText(result.errorMessage);
        addButton(QMessageBox::Close)->setText(tr("Close"));
    } else {
        setIcon(QMessageBox::Information);
        setText(tr("Rows written: %1").arg(QLocale().toString(result.rows)));
        setInformativeText(shownPath);
        QPushButton *open = addButton(tr("&Open File"), QMessageBox::ActionRole);
        QPushButton *show = addButton(tr("&Show in Folder"), QMessageBox::ActionRole);
        addButton(QMessageBox::Close)->setText(tr("Close"));
        open->setObjectName(QStringLiteral("openFile"));
        show->setObjectName(QStringLiteral("showInFolder"));
        open->setAccessibleDescription(tr("Opens the CSV file in its usual program."));
        show->setAccessibleDescription(tr("Opens the folder that holds the CSV file."));
        setDefaultButton(open);
        const QString path = result.filePath;
        connect(this, &QMessageBox::buttonClicked, this, [path, open, show](QAbstractButton *b) {
            if (b == open)
                QDesktopServices::openUrl(QUrl::fromLocalFile(path));
            else if (b == show)
                QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
        });
    }
    // A message box is as narrow as its shortest words; a path should fit on one line.
    if (auto *grid = qobject_cast<QGridLayout *>(layout())) {
        const int wanted = fontMetrics().horizontalAdvance(shownPath) + 80;
        grid->addItem(new QSpacerItem(std::clamp(wanted, 420, 720), 0, QSizePolicy::Minimum,
                                      QSizePolicy::Expanding),
                      grid->rowCount(), 0, 1, grid->columnCount());
    }
    setAccessibleName(windowTitle());
    setAccessibleDescription(text());
}
