#pragma once

#include "models/domain/ApiError.h"
#include "models/domain/ReportSubmission.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// The output of `reports`: {"reports":[...]} with every field of each submission, an aligned
// table for people, or CSV through ReportCsvExporter (one column per form field name).
class ReportWriters final
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriters)

public:
    static QByteArray json(const QList<ReportSubmission> &reports,
                           const std::optional<ApiError> &error);
    static QString table(const QList<ReportSubmission> &reports);
    // Empty `problem` on success.
    static QByteArray csv(const QList<ReportSubmission> &reports, QString *problem);
};
