#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>

// Whether the OS keychain can keep secrets, as the window shows it.
struct KeychainAvailability
{
    Q_GADGET

public:
    enum class State {
        Unknown,   // not asked yet
        Available, // the last call reached it
        Unavailable,
    };
    Q_ENUM(State)

    State state = State::Unknown;
    QString reason; // translated; why it is unavailable

    friend bool operator==(const KeychainAvailability &, const KeychainAvailability &) = default;
};

Q_DECLARE_METATYPE(KeychainAvailability)
