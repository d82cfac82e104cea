#pragma once

#include "network/transport/ApiEndpoint.h"

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

class TokenManager;

// Everything needed to send one API request, independent of the network classes.
struct ApiRequestSpec
{
    QString accountId;
    ApiEndpoint endpoint = ApiEndpoint::FeishuContactTask;
    QByteArray method = "GET";
    QUrl url;
    QByteArray body;                // JSON, for POST
    TokenManager *tokens = nullptr; // nullptr for the token endpoints themselves
    QList<QSslCertificate> extraCaCertificates;
    QString context; // what this call does, for error messages: "Fetching task 123"
    QString taskKey; // TaskRef::key() of the task this call is for; empty for token calls
};
