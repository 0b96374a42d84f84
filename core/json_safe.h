// The ONE way RapidJSON and cereal's JSON archives are included in JourneyBoard.
//
// Debian's cereal uses the system RapidJSON 1.1.0. Its defaults are unsafe for files a user
// hands us, so this header fixes them BEFORE the first RapidJSON include:
// - RAPIDJSON_ASSERT aborts by default: a malformed file (or a wrong Get*() on an unchecked value)
//   would kill the program and lose unsaved work. Here it throws JsonAssert, which loaders catch.
//   (RapidJSON calls it inside some noexcept functions too, so readers still check IsX() before
//   GetX(); the throw is the safety net, not the plan.)
// - cereal's default parse flags are kParseFullPrecisionFlag | kParseNanAndInfFlag. Full precision
//   reads `0e100` as garbage in 1.1.0, and NaN/Infinity have no place in a map. We use the
//   iterative parser instead: the recursive one overflows the stack on ~a million `[`.
// cereal/archives/json.hpp only defines these macros #ifndef, so ours win.
#pragma once

#if defined(RAPIDJSON_RAPIDJSON_H_) || defined(CEREAL_ARCHIVES_JSON_HPP_)
#error "Include json_safe.h before any RapidJSON or cereal JSON header (and instead of them)."
#endif

#include <stdexcept>

// Thrown by RAPIDJSON_ASSERT: an internal check of RapidJSON failed (a bug or a hostile file).
struct JsonAssert : std::runtime_error
{
    explicit JsonAssert(const char* what) : std::runtime_error(what) {}
};

#define RAPIDJSON_HAS_STDSTRING 1
#define RAPIDJSON_ASSERT_THROWS
#define RAPIDJSON_ASSERT(x)                                                   \
    do                                                                        \
    {                                                                         \
        if (!(x))                                                             \
            throw ::JsonAssert("RapidJSON internal check failed: " #x);       \
    } while (0)
// Iterative: constant call-stack depth. Deliberately NOT kParseFullPrecisionFlag (0e100 bug) and
// NOT kParseNanAndInfFlag (a map never holds non-finite numbers). Loaders add
// kParseValidateEncodingFlag explicitly.
#define RAPIDJSON_PARSE_DEFAULT_FLAGS kParseIterativeFlag
// cereal defines RAPIDJSON_WRITE_DEFAULT_FLAGS as kWriteNanAndInfFlag; we leave that alone because
// the savers never write a non-finite number (they clamp first), so the flag never matters.

#include <cereal/archives/json.hpp>
