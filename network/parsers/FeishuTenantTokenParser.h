#pragma once

#include "domain/Result.h"
#include "http/HttpResponse.h"
#include "parsers/AccessToken.h"

// POST /open-apis/auth/v3/tenant_access_token/internal: {code, msg, tenant_access_token, expire}.
Result<AccessToken> parseFeishuTenantToken(const HttpResponse &response);
