#include "ui/detail/RequestLogView.h"

#include "models/watchlist/RequestLogModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

RequestLogView::RequestLogView(QWidget *parent)
    : QWidget(parent)
    , m_model(new RequestLogModel(this))
    , m_table(new QTableView(this))
    , m_heading(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_table, 1);
    m_heading->setBuddy(m_table);

    m_table->setObjectName(QStringLiteral("requestLog"));
    m_table->setAccessibleName(tr("Request log"));
    m_table->setAccessibleDescription(
        tr("This task's requests this session, newest first, with status, code, latency and "
           "request id"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setSectionResizeMode(QHeaderView::Interactive);

    auto *copy = new QAction(tr("&Copy rows"), m_table);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &RequestLogView::copySelection);
    auto *copyId = new QAction(tr("Copy request &ID"), m_table);
    connect(copyId, &QAction::triggered, this, &RequestLogView::copyRequestId);
    m_table->addAction(copy);
    m_table->addAction(copyId);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    clear();
}

void RequestLogView::setRecords(const QList<ApiCallRecord> &records)
{
    const bool first = m_model->rowCount() == 0;
    m_model->setRecords(records);
    m_heading->setText(records.isEmpty() ? tr("No request for this task yet this session.")
                                         : tr("%n request(s) this session, newest first:", nullptr,
                                              int(records.size())));
    if (first && !records.isEmpty())
        m_table->resizeColumnsToContents();
}

void RequestLogView::clear()
{
    setRecords({});
}

QString RequestLogView::selectedText() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end());
    QStringList lines;
    QStringList header;
    for (int column = 0; column < m_model->columnCount(); ++column)
        header << m_model->headerData(column, Qt::Horizontal).toString();
    lines << header.join(QLatin1Char('\t'));
    for (const QModelIndex &row : std::as_const(rows)) {
        QStringList cells;
        for (int column = 0; column < m_model->columnCount(); ++column)
            cells << row.siblingAtColumn(column).data().toString();
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n'));
}

void RequestLogView::copySelection() const
{
    if (m_table->selectionModel()->hasSelection())
        QApplication::clipboard()->setText(selectedText());
}

void RequestLogView::copyRequestId() const
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        QApplication::clipboard()->setText(m_model->record(current.row()).requestId);
}
