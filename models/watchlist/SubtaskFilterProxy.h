#pragma once

#include "models/domain/FailureGroup.h"

#include <QSortFilterProxyModel>

// The detail pane's view of a SubtaskModel: all rows, only the failed ones, or one failure
// group; sorted by raw values, so failures come first on the Result column. Works through the
// model's roles only, so it can sit on any model that provides them.
class SubtaskFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class FailureFilter { All, FailedOnly, Group };
    Q_ENUM(FailureFilter)

    explicit SubtaskFilterProxy(QObject *parent = nullptr);

    // group is used with FailureFilter::Group only; matched by code and message, so it keeps
    // working when the task's rows are refreshed.
    void setFailureFilter(FailureFilter filter, const FailureGroup &group = {});
    FailureFilter failureFilter() const { return m_filter; }
    const FailureGroup &failureGroup() const { return m_group; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    FailureFilter m_filter = FailureFilter::All;
    FailureGroup m_group;
};
