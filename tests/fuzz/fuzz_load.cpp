// libFuzzer target (build with -DJB_FUZZ=ON and clang; see the README). Every input goes through
// three properties, each shared with a replay test of the normal suite:
// - the map loader and the snapshot (PNG) map reader (load_check.h);
// - the persona photo decoder, as a stored photo and as a photo file to import (photo_check.h);
// - edits after load: the map (or the worked example, the bytes then choosing the edits), edits
//   through core/edit.h, a save, and what was saved loads again (edit_check.h).
#include "edit_check.h"
#include "load_check.h"
#include "photo_check.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

static void Broken(const char* what, const std::string& problem)
{
    if (problem.empty())
        return;
    std::fprintf(stderr, "%s property broken: %s\n", what, problem.c_str());
    std::abort();
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::string bytes((const char*)data, size);
    Broken("load", CheckLoadProperty(bytes));
    Broken("photo", CheckPhotoProperty(bytes));
    Broken("edit", CheckEditProperty(bytes));
    return 0;
}
