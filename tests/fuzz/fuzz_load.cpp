// libFuzzer target over the map loader and the snapshot (PNG) map reader (build with -DJB_FUZZ=ON and clang; see the README).
#include "load_check.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::string problem = CheckLoadProperty(std::string((const char*)data, size));
    if (!problem.empty())
    {
        std::fprintf(stderr, "load property broken: %s\n", problem.c_str());
        std::abort();
    }
    return 0;
}
