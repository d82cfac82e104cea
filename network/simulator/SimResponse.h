#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

// One answer the simulator gives: what to write and how (now, later, never, drop the line, or
// cut it after half the body).
struct SimResponse
{
    enum class Delivery { Now, Delayed, Never, Drop, CutBody };

    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray contentType = QByteArrayLiteral("application/json; charset=utf-8");
    QByteArray body;
    Delivery delivery = Delivery::Now;
    int delayMs = 0;
    // True for answers the platform itself rejected as over its rate limit.
    bool rateLimited = false;

    void addHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
    }
};
