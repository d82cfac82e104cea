#pragma once

#include "models/domain/Result.h"
#include "network/http/HttpResponse.h"
#include "network/parsers/AccessToken.h"

// POST /v1.0/oauth2/accessToken: {accessToken, expireIn}.
Result<AccessToken> parseDingTalkAccessToken(const HttpResponse &response);
