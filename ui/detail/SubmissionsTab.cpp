#include "ui/detail/SubmissionsTab.h"

#include "models/csv/ReportCsvExporter.h"
#include "models/watchlist/ReportModel.h"
#include "ui/detail/FormFieldsTable.h"
#include "ui/detail/TaskCsvExport.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QTableView *submissionsView(QWidget *parent, QSortFilterProxyModel *proxy)
{
    auto *view = new QTableView(parent);
    view->setModel(proxy);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setSortIndicator(ReportModel::CommitTimeColumn, Qt::AscendingOrder);
    view->setSortingEnabled(true);
    return view;
}

} // namespace

SubmissionsTab::SubmissionsTab(Preferences *preferences, QWidget *parent)
    : QWidget(parent)
    , m_preferences(preferences)
    , m_model(new ReportModel(this))
    , m_listProxy(new QSortFilterProxyModel(this))
    , m_pivotProxy(new QSortFilterProxyModel(this))
{
    for (QSortFilterProxyModel *proxy : {m_listProxy, m_pivotProxy}) {
        proxy->setSourceModel(m_model);
        proxy->setSortRole(ReportModel::RawValueRole);
        proxy->setSortLocaleAware(true);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *bar = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_listButton = new QToolButton(this);
    m_listButton->setText(tr("&Submissions"));
    m_listButton->setAccessibleName(tr("Show submissions with their form"));
    m_listButton->setAccessibleDescription(
        tr("Lists the submissions; the selected one's form fields show beside them"));
    m_pivotButton = new QToolButton(this);
    m_pivotButton->setText(tr("&Pivot"));
    m_pivotButton->setAccessibleName(tr("Show pivot"));
    m_pivotButton->setAccessibleDescription(
        tr("One row per submission and one column per form field"));
    auto *group = new QButtonGroup(this);
    for (QToolButton *button : {m_listButton, m_pivotButton}) {
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        group->addButton(button);
    }
    m_listButton->setChecked(true);
    m_export = new QPushButton(tr("Export submissions…"), this);
    m_export->setAccessibleName(tr("Export submissions"));
    m_export->setAccessibleDescription(
        tr("Saves every submission with its form fields as a CSV file"));
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_listButton);
    bar->addWidget(m_pivotButton);
    bar->addSpacing(12);
    bar->addWidget(m_export);
    layout->addLayout(bar);

    m_pages = new QStackedWidget(this);
    auto *splitter = new QSplitter(Qt::Horizontal, m_pages);
    m_list = submissionsView(splitter, m_listProxy);
    m_list->setAccessibleName(tr("Report submissions"));
    m_list->setAccessibleDescription(
        tr("Submitter, department, time submitted and recipients of each submission"));
    m_fields = new FormFieldsTable(splitter);
    splitter->addWidget(m_list);
    splitter->addWidget(m_fields);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    m_pages->addWidget(splitter);
    m_pivot = submissionsView(m_pages, m_pivotProxy);
    m_pivot->setAccessibleName(tr("Report pivot"));
    m_pivot->setAccessibleDescription(tr("One row per submission and one column per form field"));
    m_pivot->setColumnHidden(ReportModel::RuleColumn, true);
    m_pivot->setColumnHidden(ReportModel::RecipientsColumn, true);
    m_pivot->horizontalHeader()->setDefaultSectionSize(180);
    m_pages->addWidget(m_pivot);
    layout->addWidget(m_pages, 1);
    m_exportResult = new QLabel(this);
    m_exportResult->setWordWrap(true);
    m_exportResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_exportResult->hide();
    layout->addWidget(m_exportResult);

    setTabOrder(m_listButton, m_pivotButton);
    setTabOrder(m_pivotButton, m_export);
    setTabOrder(m_export, m_list);
    setTabOrder(m_list, m_fields);

    connect(m_listButton, &QToolButton::toggled, this, [this](bool on) { showPivot(!on); });
    connect(m_export, &QPushButton::clicked, this, &SubmissionsTab::askAndExport);
    connect(m_model, &QAbstractItemModel::columnsInserted, this,
            &SubmissionsTab::hideFieldColumnsInList);
    connect(m_model, &QAbstractItemModel::modelReset, this,
            &SubmissionsTab::hideFieldColumnsInList);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SubmissionsTab::showSelectedForm);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &SubmissionsTab::showSelectedForm);
    clear();
}

void SubmissionsTab::setSubmissions(const QString &key, const QString &taskId,
                                    const QList<ReportSubmission> &submissions)
{
    const bool newTask = key != m_model->taskKey();
    m_taskId = taskId;
    m_model->setSubmissions(key, submissions);
    if (newTask) {
        m_exportResult->hide();
        m_list->resizeColumnsToContents();
        for (int column = 0; column < ReportModel::FixedColumnCount; ++column)
            m_pivot->resizeColumnToContents(column);
        if (m_listProxy->rowCount() > 0)
            m_list->selectRow(0);
    }
    const int count = m_model->rowCount();
    m_summary->setText(count == 0 ? tr("No submissions in this window yet.")
                                  : tr("%n submission(s)", nullptr, count));
    m_export->setEnabled(count > 0);
    showSelectedForm();
}

void SubmissionsTab::clear()
{
    setSubmissions({}, {}, {});
}

void SubmissionsTab::showPivot(bool pivot)
{
    m_pages->setCurrentIndex(pivot ? 1 : 0);
    m_pivotButton->setChecked(pivot);
    m_listButton->setChecked(!pivot);
}

bool SubmissionsTab::isShowingPivot() const
{
    return m_pages->currentIndex() == 1;
}

void SubmissionsTab::hideFieldColumnsInList()
{
    for (int column = ReportModel::FixedColumnCount; column < m_model->columnCount(); ++column)
        m_list->setColumnHidden(column, true);
}

void SubmissionsTab::showSelectedForm()
{
    const QModelIndex current = m_listProxy->mapToSource(m_list->currentIndex());
    m_fields->setSubmission(current.isValid() ? &m_model->submissions().at(current.row())
                                              : nullptr);
}

CsvExportResult SubmissionsTab::exportTo(const QString &filePath) const
{
    return ReportCsvExporter(m_model->submissions())
        .exportToFile(filePath, TaskCsvExport::options(m_preferences));
}

void SubmissionsTab::askAndExport()
{
    //: File name proposed for a report query's submissions; the query's id is inserted
    const QString name = tr("reports-%1.csv").arg(TaskCsvExport::fileNamePart(m_taskId));
    if (const auto result =
            TaskCsvExport::askAndWrite(this, m_preferences, tr("Export submissions"), name,
                                       ReportCsvExporter(m_model->submissions()))) {
        m_exportResult->setText(TaskCsvExport::resultText(*result));
        m_exportResult->show();
    }
}
