#pragma once

#include "SimEndpoint.h"
#include "SimFault.h"
#include "SimResponse.h"

#include <functional>

// Turns a fault into what the platform (or a gateway in front of it) would send.
class FaultAnswers final
{
public:
    // normal() computes the ordinary answer, for faults that distort or delay it.
    static SimResponse make(const SimFault &fault, SimFamily family, int rateLimit,
                            const std::function<SimResponse()> &normal);

    static QByteArray htmlPage(int status);
    static QByteArray truncated(const QByteArray &body);
    static QByteArray withWrongTypes(const QByteArray &body, SimFamily family);
    static QByteArray padded(const QByteArray &body, qint64 extraBytes);
};
