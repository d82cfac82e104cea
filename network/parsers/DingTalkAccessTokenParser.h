#pragma once

#include "domain/Result.h"
#include "http/HttpResponse.h"
#include "parsers/AccessToken.h"

// POST /v1.0/oauth2/accessToken: {accessToken, expireIn}.
Result<AccessToken> parseDingTalkAccessToken(const HttpResponse &response);
