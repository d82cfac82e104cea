#pragma once

#include "models/domain/Result.h"
#include "network/http/HttpResponse.h"
#include "network/parsers/FeishuReportPage.h"

// POST /open-apis/report/v1/tasks/query: one page of submissions, has_more and page_token.
Result<FeishuReportPage> parseFeishuReportPage(const HttpResponse &response);
