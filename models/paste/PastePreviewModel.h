#pragma once

#include "models/domain/Account.h"
#include "models/domain/TaskKind.h"
#include "models/domain/TaskRef.h"
#include "models/paste/MissingAccount.h"
#include "models/paste/PasteAccountResolver.h"
#include "models/paste/PasteItem.h"
#include "models/paste/PastePreviewSummary.h"
#include "models/paste/PasteResult.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

// The add-tasks preview: one row per item of a paste, with the kind and account it would be
// watched with, what stands in its way, and whether the user includes it. The user's choices
// (kind, account, include) are kept per task across new parses and new account lists.
class PastePreviewModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        LineColumn, // carries the include / skip check state
        TaskIdColumn,
        KindColumn,
        AccountColumn,
        ProblemColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        // On an editable kind or account cell: the values EditRole takes (int TaskKind,
        // QString account id) and their names, in the same order.
        ChoiceValuesRole = Qt::UserRole + 1,
        ChoiceTextsRole,
        PlaceholderRole, // bool: the cell shows a hint or the pasted text, not a value
        SkippedRole,     // bool, on every cell: the row has a problem and is never added
    };
    Q_ENUM(Role)

    using WatchedCheck =
        std::function<bool(const QString &accountId, TaskKind kind, const QString &taskId)>;

    explicit PastePreviewModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // CheckStateRole on LineColumn; EditRole on KindColumn (int TaskKind) and AccountColumn
    // (account id). An account chosen for one row also goes to the rows still waiting for one
    // that it can watch.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    void setWatchedCheck(WatchedCheck isWatched);
    void setResult(const PasteResult &result);
    void setAccounts(const QList<Account> &accounts);
    const QList<Account> &accounts() const { return m_resolver.accounts(); }
    // For a new caller default kind: the kinds chosen row by row would hide it.
    void clearKindChoices();

    // The included rows that can be watched, as refs carrying the label.
    QList<TaskRef> refs(const QString &label) const;
    PastePreviewSummary summary() const;
    // Accounts to create for included rows that have none, largest group first.
    QList<MissingAccount> missingAccounts() const;

signals:
    // The summary, the missing accounts or the refs may have changed.
    void summaryChanged();

private:
    struct Choice
    {
        std::optional<TaskKind> kind;
        QString accountId;
        std::optional<bool> included;
    };

    struct Row
    {
        PasteItem item;
        QUrl link;
        std::optional<TaskKind> chosenKind;
        QString chosenAccountId;
        bool included = true;
        QString accountId; // resolved
        bool watched = false;

        std::optional<TaskKind> kind() const { return chosenKind ? chosenKind : item.kind; }
        bool isSkipped() const { return !item.problems.isEmpty() || watched; }
        bool isAddable() const
        {
            return included && !isSkipped() && kind() && !accountId.isEmpty();
        }
    };

    static QString choiceKey(const PasteItem &item);
    void resolve(Row &row) const;
    void resolveAll();
    void announceRow(int row);
    void announceAll();
    QString accountText(const Row &row) const;
    QString toolTip(const Row &row, int column) const;
    static QList<PasteItem::Problem> problems(const Row &row);
    // A word or two that fits the column; the tool tip has the full sentence.
    static QString shortProblemText(PasteItem::Problem problem);
    bool setKind(int row, const QVariant &value);
    bool setAccount(int row, const QVariant &value);

    QList<Row> m_rows;
    QHash<QString, Choice> m_choices;
    PasteAccountResolver m_resolver;
    WatchedCheck m_isWatched;
};
