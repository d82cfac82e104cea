#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

// What the simulator saw of one request and how it answered, for tests to inspect.
struct RecordedRequest
{
    qint64 atMs = 0;
    QByteArray method;
    QByteArray encodedPath;
    QString path;
    QList<QPair<QString, QString>> queryItems;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // Endpoint name ("feishu.report"), or "unknown" for paths no platform serves.
    QString endpoint;
    // The app the request was made as; empty when unauthenticated.
    QString account;
    QString taskId;
    // 0 when no answer was written (never answered or dropped).
    int status = 0;
    bool rateLimited = false;
    QString fault;
    // The id the answer carried (X-Tt-Logid or x-acs-request-id); empty when none.
    QString requestId;
};
