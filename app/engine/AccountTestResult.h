#pragma once

#include "models/domain/ApiError.h"

#include <QString>

#include <optional>

// What "Test connection" found: a token was issued (and a watched task of the account could be
// read), or the exact error the platform gave.
struct AccountTestResult
{
    bool tokenIssued = false;
    QString checkedTaskId; // the watched task that was read, if there was one
    std::optional<ApiError> error;

    bool ok() const { return tokenIssued && !error; }
};
