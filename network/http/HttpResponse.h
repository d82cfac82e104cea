#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <utility>

// An HTTP answer as plain bytes: what every parser takes, whatever carried it.
struct HttpResponse
{
    int status = 0;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    // Header value by case-insensitive name; empty when absent.
    QByteArray header(QByteArrayView name) const;
};
