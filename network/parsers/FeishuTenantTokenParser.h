#pragma once

#include "models/domain/Result.h"
#include "network/http/HttpResponse.h"
#include "network/parsers/AccessToken.h"

// POST /open-apis/auth/v3/tenant_access_token/internal: {code, msg, tenant_access_token, expire}.
Result<AccessToken> parseFeishuTenantToken(const HttpResponse &response);
