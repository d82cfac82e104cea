#include "FuzzEntries.h"

// One libFuzzer executable per entry: CMake compiles this file once for each, naming the entry in
// TASKMONITOR_FUZZ_ENTRY. See FuzzEntries.h for the input layouts.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return TASKMONITOR_FUZZ_ENTRY(data, size);
}
