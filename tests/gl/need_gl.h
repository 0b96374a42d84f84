// One hidden GL context for the whole test program, made current on first use.
#pragma once
#include "host/gl_context.h"

#include <catch2/catch.hpp>

#include <cstdlib>

inline void NeedGl()
{
    static HiddenGlContext ctx;
    static const Status status = [] {
        const Status s = CreateHiddenGlContext(&ctx);
        std::atexit([] { DestroyHiddenGlContext(&ctx); });
        return s;
    }();
    INFO(status.Message);
    REQUIRE(status.Ok);
}
