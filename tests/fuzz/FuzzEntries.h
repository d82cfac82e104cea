#pragma once

#include <cstddef>
#include <cstdint>

// The bodies of the libFuzzer targets, kept apart so that an ordinary test can replay the seed
// corpus through them in every build. Each checks the parsers' promises and aborts when one is
// broken.
//
// Input layout for the parser entries: byte 0 picks the HTTP status, byte 1 picks which headers
// are sent (a bit mask), the rest is the body.
namespace Fuzz {

int feishuParsers(const uint8_t *data, size_t size);
int dingTalkParsers(const uint8_t *data, size_t size);
// The large-integer quoter and the key-order scanner against QJsonDocument.
int jsonHelpers(const uint8_t *data, size_t size);

} // namespace Fuzz
