#pragma once

#include "models/watchlist/TaskCounts.h"
#include "models/watchlist/TaskFilter.h"

#include <QHash>
#include <QWidget>

class QLineEdit;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

// The side panel: a text filter (debounced) and check lists of states, kinds and accounts with
// live counts ("Failed (3)"). Nothing checked in a group means the whole group.
class FilterPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit FilterPanel(QWidget *parent = nullptr);

    void setCounts(const TaskCounts &counts, const QHash<QString, QString> &accountNames);
    TaskFilter filter() const;
    void focusTextFilter();
    void clear();

    QLineEdit *textField() const { return m_text; }
    QTreeWidget *tree() const { return m_tree; }

signals:
    void filterChanged(const TaskFilter &filter);

private:
    void emitFilter();
    QTreeWidgetItem *group(const QString &title, const QString &accessibleName);
    void setItemCount(QTreeWidgetItem *item, const QString &name, int count);

    QLineEdit *m_text = nullptr;
    QTreeWidget *m_tree = nullptr;
    QTimer *m_debounce = nullptr;
    QTreeWidgetItem *m_states = nullptr;
    QTreeWidgetItem *m_kinds = nullptr;
    QTreeWidgetItem *m_accounts = nullptr;
    bool m_updating = false;
};
