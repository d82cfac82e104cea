#pragma once

#include "domain/Result.h"
#include "http/HttpResponse.h"
#include "parsers/FeishuReportPage.h"

// POST /open-apis/report/v1/tasks/query: one page of submissions, has_more and page_token.
Result<FeishuReportPage> parseFeishuReportPage(const HttpResponse &response);
