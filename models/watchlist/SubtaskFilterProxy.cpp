#include "models/watchlist/SubtaskFilterProxy.h"

#include "models/watchlist/SubtaskModel.h"

SubtaskFilterProxy::SubtaskFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SubtaskModel::RawValueRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(-1);
}

void SubtaskFilterProxy::setFailureFilter(FailureFilter filter, const FailureGroup &group)
{
    const FailureGroup effectiveGroup = filter == FailureFilter::Group ? group : FailureGroup{};
    if (filter == m_filter && effectiveGroup.code == m_group.code &&
        effectiveGroup.message == m_group.message)
        return;
    m_filter = filter;
    m_group = effectiveGroup;
    invalidateFilter();
}

bool SubtaskFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_filter != FailureFilter::All) {
        const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
        if (!index.data(SubtaskModel::FailedRole).toBool())
            return false;
        if (m_filter == FailureFilter::Group &&
            (index.data(SubtaskModel::CodeRole).toString() != m_group.code ||
             index.data(SubtaskModel::MessageRole).toString() != m_group.message))
            return false;
    }
    // The free-text filter (setFilterFixedString and friends) applies on top.
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}
