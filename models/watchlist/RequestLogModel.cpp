#include "models/watchlist/RequestLogModel.h"

#include <QLocale>

#include <algorithm>

RequestLogModel::RequestLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int RequestLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int RequestLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ApiCallRecord &entry = m_records.at(index.row());
    if (role == OkRole)
        return entry.ok;
    if (role == Qt::TextAlignmentRole) {
        const bool numeric = index.column() == HttpStatusColumn ||
                             index.column() == PlatformCodeColumn ||
                             index.column() == LatencyColumn;
        return QVariant::fromValue(Qt::AlignVCenter |
                                   (numeric ? Qt::AlignTrailing : Qt::AlignLeading));
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == TimeColumn)
            return entry.sentAt.toUTC().toString(Qt::ISODateWithMs);
        if (index.column() == OutcomeColumn)
            return entry.outcome;
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case TimeColumn:
        if (role == Qt::EditRole)
            return entry.sentAt;
        return locale.toString(entry.sentAt.toLocalTime().time(), QStringLiteral("HH:mm:ss.zzz"));
    case EndpointColumn:
        return entry.endpointId;
    case HttpStatusColumn:
        if (role == Qt::EditRole)
            return entry.httpStatus;
        //: No HTTP answer came back (refused, reset, timed out)
        return entry.httpStatus > 0 ? QString::number(entry.httpStatus) : tr("none");
    case PlatformCodeColumn:
        return entry.platformCode;
    case LatencyColumn:
        if (role == Qt::EditRole)
            return entry.latencyMs;
        //: A request's latency in milliseconds
        return tr("%1 ms").arg(locale.toString(entry.latencyMs));
    case RequestIdColumn:
        return entry.requestId;
    case OutcomeColumn:
        return entry.outcome;
    default:
        return {};
    }
}

QVariant RequestLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const bool tip = role == Qt::ToolTipRole;
    switch (section) {
    case TimeColumn:
        return tip ? tr("When the request was sent (local time; UTC in each cell's tool tip)")
                   : tr("Time");
    case EndpointColumn:
        return tip ? tr("Which platform endpoint was asked") : tr("Endpoint");
    case HttpStatusColumn:
        return tip ? tr("The HTTP status of the answer") : tr("HTTP");
    case PlatformCodeColumn:
        return tip ? tr("The platform's own result code (0: success on Feishu / Lark)")
                   : tr("Code");
    case LatencyColumn:
        return tip ? tr("From sending the request to the whole answer read") : tr("Latency");
    case RequestIdColumn:
        return tip ? tr("The platform's id of the request, for its support team")
                   : tr("Request ID");
    case OutcomeColumn:
        return tip ? tr("What came of the request") : tr("Result");
    default:
        return {};
    }
}

void RequestLogModel::setRecords(const QList<ApiCallRecord> &records)
{
    beginResetModel();
    m_records = records;
    std::reverse(m_records.begin(), m_records.end());
    endResetModel();
}

const ApiCallRecord &RequestLogModel::record(int row) const
{
    return m_records.at(row);
}
