#pragma once

#include <QByteArray>

// QJsonDocument stores every number as a double, which cannot hold ids above 2^53 exactly. This
// lexical pass runs before parsing and wraps every integer literal of 16 or more digits that stands
// in a value position (outside strings, not an object key) in quotes, so it arrives as an exact
// string. It never turns invalid JSON into valid JSON; unchanged input is returned shared.
QByteArray quoteLargeIntegers(const QByteArray &json);
