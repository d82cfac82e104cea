#pragma once

#include <QString>

// A token as a token endpoint granted it.
struct AccessToken
{
    QString token;
    qint64 expiresInSeconds = 0;

    friend bool operator==(const AccessToken &, const AccessToken &) = default;
};
