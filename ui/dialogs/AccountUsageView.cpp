#include "ui/dialogs/AccountUsageView.h"

#include "app/engine/Engine.h"
#include "network/transport/ApiEndpoint.h"

#include <QHeaderView>
#include <QLocale>

#include <array>

namespace {

constexpr std::array kEndpoints{
    ApiEndpoint::FeishuTenantToken,    ApiEndpoint::FeishuContactTask,
    ApiEndpoint::FeishuDriveTaskCheck, ApiEndpoint::FeishuReportQuery,
    ApiEndpoint::DingTalkAccessToken,  ApiEndpoint::DingTalkStorageTask,
    ApiEndpoint::DingTalkDocTask,
};

constexpr std::array kTaskKinds{TaskKind::FeishuContact, TaskKind::FeishuReport,
                                TaskKind::FeishuDrive, TaskKind::DingTalkStorage,
                                TaskKind::DingTalkDoc};

QString endpointName(ApiEndpoint endpoint)
{
    if (ApiEndpoints::isTokenEndpoint(endpoint))
        return AccountUsageView::tr("Access tokens");
    for (TaskKind kind : kTaskKinds) {
        if (ApiEndpoints::forKind(kind) == endpoint)
            return TaskKinds::displayName(kind);
    }
    return ApiEndpoints::id(endpoint);
}

} // namespace

AccountUsageView::AccountUsageView(QWidget *parent)
    : QTreeWidget(parent)
{
    setColumnCount(ColumnCount);
    setHeaderLabels({tr("Endpoint"), tr("Calls"), tr("Metered")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::NoSelection);
    setFocusPolicy(Qt::TabFocus);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(EndpointColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(CallsColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(MeteredColumn, QHeaderView::ResizeToContents);
    setAccessibleName(tr("Calls this month by endpoint"));
    setAccessibleDescription(
        tr("How many calls the monitor made for the selected account this month, per endpoint, "
           "and which ones the platform counts against the monthly quota."));
}

void AccountUsageView::showUsage(const Engine &engine, const std::optional<Account> &account)
{
    clear();
    if (!account)
        return;
    const QMap<QString, qint64> calls = engine.callsThisMonthByEndpoint(account->id);
    const bool feishu = Platforms::isFeishuFamily(account->platform);
    const QLocale locale;
    for (ApiEndpoint endpoint : kEndpoints) {
        if (ApiEndpoints::isFeishuFamily(endpoint) != feishu)
            continue;
        const QString id = ApiEndpoints::id(endpoint);
        auto *item = new QTreeWidgetItem(this);
        item->setText(EndpointColumn, endpointName(endpoint));
        item->setData(EndpointColumn, Qt::UserRole, id);
        item->setText(CallsColumn, locale.toString(calls.value(id)));
        item->setData(CallsColumn, Qt::UserRole, calls.value(id));
        item->setTextAlignment(CallsColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(MeteredColumn, ApiEndpoints::isMetered(endpoint) ? tr("yes") : tr("no"));
    }
}

qint64 AccountUsageView::shownCalls(const QString &endpointId) const
{
    for (int row = 0; row < topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = topLevelItem(row);
        if (item->data(EndpointColumn, Qt::UserRole).toString() == endpointId)
            return item->data(CallsColumn, Qt::UserRole).toLongLong();
    }
    return -1;
}
