#pragma once

#include <QByteArray>
#include <QString>

// A failed request as the user sees it: what failed, what the platform answered and the request
// id to quote to support. A value type; produced by network/, shown by every front end.
struct ApiError
{
    enum class Category {
        Network,         // connection refused, reset, DNS, TLS
        Timeout,         // no answer within the transfer timeout
        InvalidResponse, // not JSON, wrong shape, truncated
        TokenRejected,   // the platform rejected the access token
        AuthFailed,      // credentials or configuration wrong; retrying will not help
        PermissionDenied,
        IpNotAllowed,
        RateLimited,
        QuotaExhausted, // the organisation's monthly call quota is spent
        NotFound,
        ServerError,   // 5xx or the platform's internal error: worth retrying
        Rejected,      // any other 4xx / non-zero code: the request itself is wrong
        Configuration, // refused on our side before sending (insecure URL, missing secret)
        Cancelled,
    };

    Category category = Category::InvalidResponse;
    int httpStatus = 0; // 0 when no HTTP answer arrived
    QString code;      // platform code as text: "99991663", "Forbidden.AccessDenied.QpsLimitForApi"
    QString message;   // the platform's message, or ours when the platform said nothing
    QString requestId; // X-Tt-Logid / error.log_id / requestid / x-acs-request-id
    QString hint;      // what to do next, translated
    QString context;   // what failed, e.g. "Fetching task 123"
    QByteArray bodyExcerpt; // first bytes of a body that could not be understood
    int retryAfterMs = -1;  // from rate-limit headers; -1 when the platform gave none

    // Worth retrying automatically (with back-off) without the user doing anything.
    bool isTransient() const;

    // One line for logs and status bars: "message (code 123, HTTP 400, request id abc)".
    QString summary() const;

    static QString categoryId(Category category);
    static QString categoryDisplayName(Category category);

    friend bool operator==(const ApiError &, const ApiError &) = default;
};
