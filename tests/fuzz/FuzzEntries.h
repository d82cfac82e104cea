#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

// The bodies of the libFuzzer targets, kept apart so that an ordinary test can replay the seed
// corpus and the kept regressions through them in every build. Each checks the promises of the
// code it feeds and aborts when one is broken.
namespace Fuzz {

// Parser entries: byte 0 picks the HTTP status, byte 1 picks which headers are sent (a bit
// mask), the rest is the body. Each body goes through every parser of its platform: the task
// endpoints, the token answer and the error body.
int feishuParsers(const uint8_t *data, size_t size);
int dingTalkParsers(const uint8_t *data, size_t size);
// The large-integer quoter and the key-order scanner against QJsonDocument.
int jsonHelpers(const uint8_t *data, size_t size);
// WireJson::readBody and every typed field accessor over every member the body has.
int wireJson(const uint8_t *data, size_t size);
// Byte 0 picks the paste options (default kind, lines-are-ids, a watched predicate), the rest is
// the pasted text in UTF-8. Also reads every '{' with the lenient JSON reader.
int pasteParser(const uint8_t *data, size_t size);
// Byte 0 picks the blob decoder (sub-task fields, strings, form contents, history); the rest is
// the blob. What decodes must encode to a blob that decodes to the same value.
int watchListCodec(const uint8_t *data, size_t size);
// Damages a stored task row (and its history, sub-task and report rows) in an in-memory
// watch-list database and reads the list back through WatchListReader. Input: records of
// [column byte][type byte][length byte][length bytes], each overwriting one column.
int watchListRows(const uint8_t *data, size_t size);
// Byte 0 picks the delimiter and the byte-order mark; the rest is rows of cells (0x1E ends a
// row, 0x1F ends a cell, a cell starting with 0x1D is a number). Writes them with CsvWriter and
// reads the file back with a strict RFC 4180 reader, field by field.
int csvRoundTrip(const uint8_t *data, size_t size);

struct Target
{
    const char *name; // the libFuzzer executable, and its folder under corpus/ and regressions/
    int (*entry)(const uint8_t *data, size_t size);
};

inline constexpr std::array kTargets{
    Target{"fuzz_feishu_parsers", &feishuParsers},
    Target{"fuzz_dingtalk_parsers", &dingTalkParsers},
    Target{"fuzz_json_helpers", &jsonHelpers},
    Target{"fuzz_wire_json", &wireJson},
    Target{"fuzz_paste_parser", &pasteParser},
    Target{"fuzz_watchlist_codec", &watchListCodec},
    Target{"fuzz_watchlist_rows", &watchListRows},
    Target{"fuzz_csv_roundtrip", &csvRoundTrip},
};

} // namespace Fuzz
