#pragma once

#include "models/domain/ApiError.h"
#include "network/http/HttpResponse.h"

// Classifies a DingTalk answer that is not a success: body {code, message, requestid} in either
// spelling, x-acs-request-id; also non-JSON bodies.
ApiError parseDingTalkError(const HttpResponse &response);
