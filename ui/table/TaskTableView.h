#pragma once

#include <QStringList>
#include <QTableView>

class ProgressDelegate;
class QAction;
class QTimer;

// The watched tasks: sortable on raw values, extended selection, inline label editing (F2),
// a header menu to show or hide columns (never the last one), and view-scoped shortcuts:
// Delete removes, F5 refreshes, Ctrl+C copies the selected rows as TSV with headers, Return
// opens the details.
class TaskTableView final : public QTableView
{
    Q_OBJECT

public:
    explicit TaskTableView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;

    // TaskRef::key() of the selected rows, in view order.
    QStringList selectedTaskKeys() const;
    QString currentTaskKey() const;
    // Selects the row of this task (e.g. from a notification) and scrolls to it.
    bool selectTask(const QString &key);

    // The selected rows (or every row when nothing is selected) as tab-separated text with a
    // header line, hidden columns left out.
    QString selectedRowsAsTsv() const;
    void copySelection() const;

    QAction *removeAction() const { return m_remove; }
    QAction *refreshAction() const { return m_refresh; }
    QAction *copyAction() const { return m_copy; }
    QAction *openDetailsAction() const { return m_openDetails; }

    // Columns shown by default on a first start.
    void applyDefaultColumns();

signals:
    void removeRequested(const QStringList &keys);
    void refreshRequested(const QStringList &keys);
    void detailsRequested(const QString &key);
    void currentTaskChanged(const QString &key);

protected:
    // The item view copies only the current cell on Ctrl+C; the whole rows are what is useful.
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;

private:
    void showHeaderMenu(const QPoint &position);
    void animateBusyBars();

    ProgressDelegate *m_progressDelegate = nullptr;
    QTimer *m_busyTimer = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_copy = nullptr;
    QAction *m_openDetails = nullptr;
    int m_busyPhase = 0;
};
