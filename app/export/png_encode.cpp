// stb_image_write is compiled here, static, so it cannot clash with the copy in Debian's
// libstb.so, and with libdeflate behind STBIW_ZLIB_COMPRESS.
#include "export/png_encode.h"
#include "text/i18n.h"

#include <libdeflate.h>

#include <climits>
#include <cstdlib>

namespace
{
// libdeflate level 6: as small as zlib's best on maps (large flat areas), several times faster.
constexpr int DeflateLevel = 6;

unsigned char* CompressWithLibdeflate(unsigned char* data, int data_len, int* out_len, int /*stb_quality*/)
{
    *out_len = 0;
    libdeflate_compressor* compressor = libdeflate_alloc_compressor(DeflateLevel);
    if (!compressor)
        return nullptr;
    const size_t bound = libdeflate_zlib_compress_bound(compressor, (size_t)data_len);
    unsigned char* out = bound < (size_t)INT_MAX ? (unsigned char*)std::malloc(bound) : nullptr;
    size_t written = out ? libdeflate_zlib_compress(compressor, data, (size_t)data_len, out, bound) : 0;
    libdeflate_free_compressor(compressor);
    if (written == 0)
    {
        std::free(out);
        return nullptr;
    }
    *out_len = (int)written;
    return out;
}
} // namespace

#define STB_IMAGE_WRITE_STATIC
#define STB_IMAGE_WRITE_IMPLEMENTATION
#define STBIW_ZLIB_COMPRESS CompressWithLibdeflate
#define STBI_WRITE_NO_STDIO // we never let stb write files itself
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-function"
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#include <stb_image_write.h>
#pragma GCC diagnostic pop

bool PngFitsOneEncode(int width, int height)
{
    if (width <= 0 || height <= 0)
        return false;
    // Room is left for stb's chunk headers and for deflate's worst case on top of the filtered rows.
    const int64_t filtered = ((int64_t)width * 3 + 1) * height;
    return filtered < (int64_t)INT_MAX - ((int64_t)INT_MAX / 64);
}

static void AppendToString(void* context, void* data, int size)
{
    static_cast<std::string*>(context)->append(static_cast<const char*>(data), (size_t)size);
}

Status EncodePngRgb(const uint8_t* rgb, int width, int height, std::string* png)
{
    if (!PngFitsOneEncode(width, height))
        return ErrorStatus("error.png_too_large");
    // No row filter: a map is large flat areas, which deflate packs best unfiltered; stb's
    // per-row filter search took twice as long and gave a larger file (tests/bench).
    stbi_write_force_png_filter = 0;
    std::string out;
    const int ok = stbi_write_png_to_func(AppendToString, &out, width, height, 3, rgb, width * 3);
    if (!ok || out.empty())
        return ErrorStatus("error.png_memory");
    png->swap(out);
    return Status::Success();
}
