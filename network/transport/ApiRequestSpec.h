#pragma once

#include "network/transport/ApiEndpoint.h"

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

// Everything needed to send one API request, independent of the network classes.
struct ApiRequestSpec
{
    QString accountId;
    ApiEndpoint endpoint = ApiEndpoint::FeishuContactTask;
    QByteArray method = "GET";
    QUrl url;
    QByteArray body; // JSON, for POST
    // Carries the account's access token (looked up by accountId at each attempt); false for
    // the token endpoints themselves.
    bool authenticated = false;
    QList<QSslCertificate> extraCaCertificates;
    QString context; // what this call does, for error messages: "Fetching task 123"
    QString taskKey; // TaskRef::key() of the task this call is for; empty for token calls
};
