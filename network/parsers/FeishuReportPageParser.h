#pragma once

#include "models/domain/Result.h"
#include "network/http/HttpResponse.h"
#include "network/parsers/FeishuReportPage.h"

// POST /open-apis/report/v1/tasks/query: one page of submissions, has_more and page_token.
Result<FeishuReportPage> parseFeishuReportPage(const HttpResponse &response);

// Appends a page's submissions to those of the pages before it, leaving out any the earlier
// pages already hold (by task_id): with some page tokens a page starts with the previous
// page's last item. Returns how many were left out.
int appendReportPage(QList<ReportSubmission> &submissions, const QList<ReportSubmission> &page);
