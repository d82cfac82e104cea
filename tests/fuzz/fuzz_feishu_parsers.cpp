#include "FuzzEntries.h"

// libFuzzer target; see FuzzEntries.h for the input layout.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return Fuzz::feishuParsers(data, size);
}
