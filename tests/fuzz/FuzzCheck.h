#pragma once

#include <cstdio>
#include <cstdlib>

namespace Fuzz {

// A promise of the code under test that an input broke: the fuzzer keeps the input as a crash.
inline void check(bool condition, const char *promise)
{
    if (!condition) {
        std::fprintf(stderr, "broken promise: %s\n", promise);
        std::abort();
    }
}

} // namespace Fuzz
