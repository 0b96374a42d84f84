// stb_image, stb_image_resize and stb_image_write are compiled here with static linkage, so they
// cannot clash with another copy elsewhere in the program (ImGui, the PNG export).
#include "render/photo_image.h"

#include "atomic_file.h"
#include "file_json.h"

#define STB_IMAGE_STATIC
#define STB_IMAGE_IMPLEMENTATION
#define STBI_ONLY_PNG
#define STBI_ONLY_JPEG
#define STBI_NO_STDIO
#define STBI_FAILURE_USERMSG
#include <stb_image.h>

#define STB_IMAGE_RESIZE_STATIC
#define STB_IMAGE_RESIZE_IMPLEMENTATION
#include <stb_image_resize.h>

#define STB_IMAGE_WRITE_STATIC
#define STB_IMAGE_WRITE_IMPLEMENTATION
#define STBI_WRITE_NO_STDIO
#include <stb_image_write.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>

// [SECTION] base64

static const char Base64Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

std::string EncodeBase64(const std::string& bytes)
{
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    size_t i = 0;
    for (; i + 2 < bytes.size(); i += 3)
    {
        const unsigned v = (unsigned char)bytes[i] << 16 | (unsigned char)bytes[i + 1] << 8 | (unsigned char)bytes[i + 2];
        out += Base64Alphabet[v >> 18 & 63];
        out += Base64Alphabet[v >> 12 & 63];
        out += Base64Alphabet[v >> 6 & 63];
        out += Base64Alphabet[v & 63];
    }
    if (i < bytes.size())
    {
        const bool two = i + 1 < bytes.size();
        const unsigned v = (unsigned char)bytes[i] << 16 | (two ? (unsigned char)bytes[i + 1] << 8 : 0);
        out += Base64Alphabet[v >> 18 & 63];
        out += Base64Alphabet[v >> 12 & 63];
        out += two ? Base64Alphabet[v >> 6 & 63] : '=';
        out += '=';
    }
    return out;
}

bool DecodeBase64(const std::string& text, std::string* bytes)
{
    std::string out;
    out.reserve(text.size() / 4 * 3);
    unsigned buffer = 0;
    int bits = 0;
    for (char c : text)
    {
        int v;
        if (c >= 'A' && c <= 'Z') v = c - 'A';
        else if (c >= 'a' && c <= 'z') v = c - 'a' + 26;
        else if (c >= '0' && c <= '9') v = c - '0' + 52;
        else if (c == '+') v = 62;
        else if (c == '/') v = 63;
        else if (c == '=') break;
        else return false;
        buffer = buffer << 6 | (unsigned)v;
        bits += 6;
        if (bits >= 8)
        {
            bits -= 8;
            out += (char)(buffer >> bits & 0xFF);
        }
    }
    *bytes = std::move(out);
    return true;
}

// [SECTION] checks before decoding

enum class ImageFormat
{
    Unknown,
    Png,
    Jpeg,
};

static ImageFormat SniffFormat(const std::string& b)
{
    if (b.size() >= 8 && b.compare(0, 8, "\x89PNG\r\n\x1A\n", 8) == 0)
        return ImageFormat::Png;
    if (b.size() >= 3 && (unsigned char)b[0] == 0xFF && (unsigned char)b[1] == 0xD8 && (unsigned char)b[2] == 0xFF)
        return ImageFormat::Jpeg;
    return ImageFormat::Unknown;
}

// stb_image fills a JPEG cut short with grey instead of failing, so check the end-of-image marker
// after the last start-of-scan marker (inside scan data 0xFF is always followed by 0x00 or a restart).
static bool JpegIsComplete(const std::string& b)
{
    size_t last_sos = std::string::npos;
    for (size_t i = 0; i + 1 < b.size(); i++)
        if ((unsigned char)b[i] == 0xFF && (unsigned char)b[i + 1] == 0xDA)
            last_sos = i;
    if (last_sos == std::string::npos)
        return false;
    for (size_t i = last_sos + 2; i + 1 < b.size(); i++)
        if ((unsigned char)b[i] == 0xFF && (unsigned char)b[i + 1] == 0xD9)
            return true;
    return false;
}

static Status Damaged(const char* reason)
{
    char en[400], nl[400];
    std::snprintf(en, sizeof(en), "The photo is damaged or incomplete (%s). Save it again from the original, or choose another photo.",
                  reason);
    std::snprintf(nl, sizeof(nl), "De foto is beschadigd of onvolledig (%s). Sla hem opnieuw op vanuit het origineel, of kies een "
                                  "andere foto.", reason);
    return Status::Error(en, nl);
}

struct StbiFree
{
    void operator()(unsigned char* p) const { stbi_image_free(p); }
};

static void AppendBytes(void* context, void* data, int size)
{
    static_cast<std::string*>(context)->append(static_cast<const char*>(data), (size_t)size);
}

// [SECTION] preparing a photo for the map file

Status PreparePersonaPhoto(const std::string& file_bytes, std::string* photo_base64)
{
    if (file_bytes.size() > MaxPhotoFileBytes)
        return Status::Error("The photo file is larger than 64 MB. Choose a smaller photo.",
                             "Het fotobestand is groter dan 64 MB. Kies een kleinere foto.");
    const ImageFormat format = SniffFormat(file_bytes);
    if (format == ImageFormat::Unknown)
        return Status::Error("This file is not a PNG or JPEG image. Choose a photo in PNG or JPEG format.",
                             "Dit bestand is geen PNG- of JPEG-afbeelding. Kies een foto in PNG- of JPEG-formaat.");
    const auto* data = reinterpret_cast<const stbi_uc*>(file_bytes.data());
    const int length = (int)file_bytes.size();
    int width = 0, height = 0, channels = 0;
    // Read only the header first: a huge image is refused before any pixel memory is taken.
    if (!stbi_info_from_memory(data, length, &width, &height, &channels) || width <= 0 || height <= 0)
        return Damaged(stbi_failure_reason() ? stbi_failure_reason() : "no image header");
    if ((long long)width * height > MaxPhotoSourcePixels)
    {
        char en[300], nl[300];
        std::snprintf(en, sizeof(en), "The photo is too large: %d \xC3\x97 %d pixels, at most 100 megapixels. Make it smaller first.",
                      width, height);
        std::snprintf(nl, sizeof(nl), "De foto is te groot: %d \xC3\x97 %d pixels, hoogstens 100 megapixel. Maak hem eerst kleiner.",
                      width, height);
        return Status::Error(en, nl);
    }
    if (format == ImageFormat::Jpeg && !JpegIsComplete(file_bytes))
        return Damaged("JPEG ends too early");
    std::unique_ptr<unsigned char, StbiFree> pixels(stbi_load_from_memory(data, length, &width, &height, &channels, 4));
    if (!pixels)
        return Damaged(stbi_failure_reason() ? stbi_failure_reason() : "cannot decode");

    // Downscale so the longer side is at most MaxPhotoSide; a card shows it a few hundred pixels wide.
    const float scale = std::min(1.0f, (float)MaxPhotoSide / (float)std::max(width, height));
    const int out_w = std::max(1, (int)std::lround(width * scale));
    const int out_h = std::max(1, (int)std::lround(height * scale));
    std::vector<unsigned char> small((size_t)out_w * out_h * 4);
    if (out_w == width && out_h == height)
        std::copy(pixels.get(), pixels.get() + small.size(), small.begin());
    else if (!stbir_resize_uint8_srgb(pixels.get(), width, height, 0, small.data(), out_w, out_h, 0, 4, 3, 0))
        return Damaged("cannot scale");
    pixels.reset();

    bool has_alpha = false;
    for (size_t i = 3; i < small.size() && !has_alpha; i += 4)
        has_alpha = small[i] != 255;
    std::string encoded;
    bool ok;
    if (has_alpha)
        ok = stbi_write_png_to_func(AppendBytes, &encoded, out_w, out_h, 4, small.data(), out_w * 4) != 0;
    else
    {
        std::vector<unsigned char> rgb((size_t)out_w * out_h * 3);
        for (size_t i = 0, j = 0; i < small.size(); i += 4, j += 3)
            rgb[j] = small[i], rgb[j + 1] = small[i + 1], rgb[j + 2] = small[i + 2];
        ok = stbi_write_jpg_to_func(AppendBytes, &encoded, out_w, out_h, 3, rgb.data(), 88) != 0;
    }
    if (!ok || encoded.empty())
        return Damaged("cannot encode");
    std::string base64 = EncodeBase64(encoded);
    if (base64.size() > MaxPhotoBytes)
        return Status::Error("The photo is still too large after scaling it down. Choose a simpler photo.",
                             "De foto is na verkleinen nog te groot. Kies een eenvoudiger foto.");
    *photo_base64 = std::move(base64);
    return Status::Success();
}

Status PreparePersonaPhotoFromFile(const std::string& path, std::string* photo_base64)
{
    std::string bytes;
    const Status read = ReadFileCapped(path, MaxPhotoFileBytes, &bytes);
    if (!read)
        return read;
    return PreparePersonaPhoto(bytes, photo_base64);
}

// [SECTION] a stored photo to pixels

bool DecodePersonaPhoto(const std::string& photo_base64, DecodedImage* out)
{
    std::string bytes;
    if (photo_base64.empty() || photo_base64.size() > MaxPhotoBytes || !DecodeBase64(photo_base64, &bytes))
        return false;
    if (SniffFormat(bytes) == ImageFormat::Unknown)
        return false;
    const auto* data = reinterpret_cast<const stbi_uc*>(bytes.data());
    int width = 0, height = 0, channels = 0;
    // A map file is untrusted: a small file can claim a giant image. Check before decoding.
    if (!stbi_info_from_memory(data, (int)bytes.size(), &width, &height, &channels) || width <= 0 || height <= 0 ||
        (long long)width * height > MaxStoredPhotoPixels)
        return false;
    std::unique_ptr<unsigned char, StbiFree> pixels(stbi_load_from_memory(data, (int)bytes.size(), &width, &height, &channels, 4));
    if (!pixels)
        return false;
    out->Width = width;
    out->Height = height;
    out->Rgba.assign(pixels.get(), pixels.get() + (size_t)width * height * 4);
    return true;
}
