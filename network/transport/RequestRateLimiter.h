#pragma once

#include "models/domain/Clock.h"

#include <QtGlobal>

#include <deque>

// Keeps one (account, endpoint) pair under its documented calls-per-second limit, so the
// client never provokes a rate-limit answer itself. Reservations are made in advance: each call
// is given the earliest moment it may be sent.
class RequestRateLimiter final
{
public:
    RequestRateLimiter(const Clock &clock, int callsPerWindow, qint64 windowMs = 1000);

    // Reserves a slot and returns how long to wait before sending (0 = now).
    qint64 reserve();

    // How long a reservation made now would wait, without making it.
    qint64 waitMs() const;

    // Reservations are made ahead; a busy event loop can still send them late and bunched.
    // So right before sending, the call checks the moments requests really left and waits if
    // the window is full.
    qint64 sendWaitMs() const;
    void recordSend();

    // After the platform rate-limited us anyway: no call before now + waitMs.
    void holdFor(qint64 waitMs);

    int callsPerWindow() const { return m_limit; }
    void setCallsPerWindow(int limit);

private:
    const Clock &m_clock;
    int m_limit;
    qint64 m_windowMs;
    qint64 m_heldUntil = 0;
    std::deque<qint64> m_slots; // send times of the last m_limit reservations
    std::deque<qint64> m_sent;  // when the last m_limit requests actually left
};
