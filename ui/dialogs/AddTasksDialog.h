#pragma once

#include "models/domain/Account.h"
#include "models/domain/TaskKind.h"
#include "models/domain/TaskRef.h"
#include "models/paste/MissingAccount.h"
#include "models/paste/PastePreviewModel.h"
#include "models/paste/PastePreviewSummary.h"
#include "models/paste/PasteResult.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QList>
#include <QTimer>

#include <optional>

class PasteTextEdit;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QVBoxLayout;

// "Add tasks": whatever the admin pasted or dropped, previewed live as the tasks it names,
// each with its kind, account and problem; Add hands back the tasks to watch. The paste is
// parsed on a worker thread, so thousands of lines never stall the window.
class AddTasksDialog final : public QDialog
{
    Q_OBJECT

public:
    using WatchedCheck = PastePreviewModel::WatchedCheck;

    AddTasksDialog(const QList<Account> &accounts, WatchedCheck isWatched,
                   QWidget *parent = nullptr);
    ~AddTasksDialog() override;

    // Replaces the text (e.g. the clipboard or a dropped file) and previews it at once.
    void setPastedText(const QString &text);
    QString pastedText() const;
    // New accounts, e.g. after addAccountRequested: the preview keeps the text and the user's
    // choices, and gives the rows waiting for an account the new one where it fits.
    void setAccounts(const QList<Account> &accounts);

    // The checked rows that can be watched, with the batch label.
    QList<TaskRef> tasksToAdd() const;
    // What the preview shows, for saying after Add what was skipped.
    PastePreviewSummary summary() const;
    PastePreviewModel *previewModel() const { return m_model; }
    // The preview shows the current text and options (no parse is pending or running).
    bool isPreviewCurrent() const { return m_appliedGeneration == m_generation; }
    bool isParsing() const { return m_watcher.isRunning(); }

signals:
    // The admin wants to create the account some pasted tasks need; answer with setAccounts.
    // baseUrl is empty for the platform's default host.
    void addAccountRequested(Platform platform, const QString &baseUrl);
    void parsingChanged(bool parsing);
    // A parse result is on screen.
    void previewUpdated();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildWidgets();
    void buildLayout();
    void nameWidgets();
    void previewSoon();
    void startParse();
    void applyParse();
    void refreshSummary();
    void refreshMissingAccounts();
    void applyTabOrder();
    void sizeColumns();
    std::optional<TaskKind> explicitKind() const;

    PastePreviewModel *m_model = nullptr;
    PasteTextEdit *m_text = nullptr;
    QCheckBox *m_treatAsKind = nullptr;
    QComboBox *m_kindCombo = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_busy = nullptr;
    QWidget *m_missingArea = nullptr;
    QVBoxLayout *m_missingLayout = nullptr;
    QList<QPushButton *> m_addAccountButtons;
    QList<MissingAccount> m_shownMissing;
    QTableView *m_table = nullptr;
    QLineEdit *m_label = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_addButton = nullptr;

    QTimer m_debounce;
    QFutureWatcher<PasteResult> m_watcher;
    quint64 m_generation = 0;        // bumped by every change of the text or the options
    quint64 m_parsingGeneration = 0; // what the running parse reads
    quint64 m_appliedGeneration = 0; // what the preview shows
    std::optional<TaskKind> m_appliedKind;
    bool m_appliedCut = false; // the parse read only the start of a very long text
};
