#pragma once

#include "models/domain/ApiError.h"
#include "network/http/HttpResponse.h"

// Classifies a Feishu / Lark answer that is not a success: body {code, msg, error: {log_id}},
// header X-Tt-Logid, rate-limit headers; also non-JSON bodies.
ApiError parseFeishuError(const HttpResponse &response);
