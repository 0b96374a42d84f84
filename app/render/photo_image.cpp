// stb_image, stb_image_resize and stb_image_write are compiled here with static linkage, so they
// cannot clash with another copy elsewhere in the program (ImGui, the PNG export).
#include "render/photo_image.h"
#include "text/i18n.h"

#include "atomic_file.h"
#include "file_json.h"
#include "json_text.h"

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

#include <libdeflate.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
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

// Debian's stb_image (2.27) writes past its 257-entry Huffman size table when the 16 counts of a
// DHT table add up to more than 256 (later stb versions refuse it): such a JPEG is refused before
// stb sees it. Walks the segments by their lengths, and scan data byte by byte to the next marker.
static bool JpegHuffmanTablesSound(const std::string& b)
{
    auto byte = [&](size_t i) { return (unsigned)(unsigned char)b[i]; };
    size_t i = 2; // after SOI
    while (i + 4 <= b.size())
    {
        if (byte(i) != 0xFF || byte(i + 1) == 0xFF)
        {
            i++; // scan data, or a fill byte before a marker
            continue;
        }
        const unsigned marker = byte(i + 1);
        if (marker == 0x00 || marker == 0x01 || marker == 0xD8 || (marker >= 0xD0 && marker <= 0xD7))
        {
            i += 2; // stuffed 0xFF in scan data, or a marker without a segment
            continue;
        }
        if (marker == 0xD9)
            return true; // end of image
        const size_t length = byte(i + 2) << 8 | byte(i + 3);
        if (length < 2)
            return false;
        const size_t end = std::min(b.size(), i + 2 + length);
        if (marker == 0xC4)
            for (size_t at = i + 4; at < end;)
            {
                if (at + 17 > end)
                    return false;
                size_t symbols = 0;
                for (size_t k = 1; k <= 16; k++)
                    symbols += byte(at + k);
                if (symbols > 256)
                    return false;
                at += 17 + symbols;
            }
        i += 2 + length;
    }
    return true;
}

static uint32_t BigEndian32(const unsigned char* p) { return (uint32_t)p[0] << 24 | p[1] << 16 | p[2] << 8 | p[3]; }

// A PNG whose compressed pixels inflate to more than its declared size needs (a "decompression
// bomb": 16 x 16 pixels declared, a gigabyte of data) is refused before any decoder inflates it
// without bound: the pixel data is inflated here into a buffer of exactly the size the header
// allows (libdeflate stops when it is full). Also refuses pixel data that is cut off or damaged.
static bool PngInflatesWithinDeclaredSize(const std::string& b, const char** reason)
{
    const unsigned char* p = (const unsigned char*)b.data();
    size_t at = 8;
    uint32_t width = 0, height = 0;
    int bit_depth = 0, color_type = -1, interlace = 0;
    std::string compressed;
    bool ended = false;
    while (at + 12 <= b.size() && !ended)
    {
        const uint32_t length = BigEndian32(p + at);
        if (length > b.size() - at - 12)
            return *reason = "PNG chunk runs past the end", false;
        const std::string type(b, at + 4, 4);
        const unsigned char* data = p + at + 8;
        if (type == "IHDR" && length >= 13)
        {
            width = BigEndian32(data);
            height = BigEndian32(data + 4);
            bit_depth = data[8];
            color_type = data[9];
            interlace = data[12];
        }
        else if (type == "IDAT")
            compressed.append((const char*)data, length);
        else if (type == "IEND")
            ended = true;
        at += 12 + (size_t)length;
    }
    const int channels = color_type == 0 ? 1 : color_type == 2 ? 3 : color_type == 3 ? 1 : color_type == 4 ? 2 : color_type == 6 ? 4 : 0;
    if (width == 0 || height == 0 || channels == 0 || bit_depth <= 0 || bit_depth > 16 || compressed.empty())
        return *reason = "PNG header or pixel data missing", false;
    if ((uint64_t)width * height > (uint64_t)MaxPhotoSourcePixels)
        return *reason = "PNG too large", false;
    // Filtered rows: one filter byte and the packed pixels per row; the seven passes of an
    // interlaced image add at most one filter byte per row and pass, and a partly filled byte.
    const uint64_t row_bytes = ((uint64_t)width * channels * bit_depth + 7) / 8;
    uint64_t limit = (uint64_t)height * (1 + row_bytes);
    if (interlace)
        limit += 7ull * (height + 1) * 2;
    std::vector<unsigned char> pixels((size_t)limit + 1);
    libdeflate_decompressor* inflater = libdeflate_alloc_decompressor();
    if (!inflater)
        return *reason = "out of memory", false;
    size_t produced = 0;
    const libdeflate_result result =
        libdeflate_zlib_decompress(inflater, compressed.data(), compressed.size(), pixels.data(), pixels.size(), &produced);
    libdeflate_free_decompressor(inflater);
    if (result == LIBDEFLATE_INSUFFICIENT_SPACE || (result == LIBDEFLATE_SUCCESS && produced > limit))
        return *reason = "PNG pixel data is larger than the picture it declares", false;
    if (result != LIBDEFLATE_SUCCESS)
        return *reason = "PNG pixel data is damaged or cut off", false;
    return true;
}

static Status Damaged(const char* reason) { return ErrorStatusFormat("error.photo_damaged", reason); }

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
        return ErrorStatus("error.photo_file_too_large");
    const ImageFormat format = SniffFormat(file_bytes);
    if (format == ImageFormat::Unknown)
        return ErrorStatus("error.photo_not_image");
    if (format == ImageFormat::Jpeg && !JpegHuffmanTablesSound(file_bytes))
        return Damaged("JPEG with a damaged Huffman table");
    const auto* data = reinterpret_cast<const stbi_uc*>(file_bytes.data());
    const int length = (int)file_bytes.size();
    int width = 0, height = 0, channels = 0;
    // Read only the header first: a huge image is refused before any pixel memory is taken.
    if (!stbi_info_from_memory(data, length, &width, &height, &channels) || width <= 0 || height <= 0)
        return Damaged(stbi_failure_reason() ? stbi_failure_reason() : "no image header");
    if ((long long)width * height > MaxPhotoSourcePixels)
        return ErrorStatusFormat("error.photo_too_many_pixels", width, height);
    if (format == ImageFormat::Jpeg && !JpegIsComplete(file_bytes))
        return Damaged("JPEG ends too early");
    const char* png_problem = nullptr;
    if (format == ImageFormat::Png && !PngInflatesWithinDeclaredSize(file_bytes, &png_problem))
        return Damaged(png_problem);
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
        return ErrorStatus("error.photo_still_too_large");
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

// Whether a stored photo can be shown, without decoding its pixels: base64, PNG or JPEG, a size
// within limits, complete, and (PNG) pixel data that fits its declared size. *reason says why not.
static bool StoredPhotoReadable(const std::string& photo_base64, std::string* bytes, const char** reason)
{
    if (photo_base64.size() > MaxPhotoBytes || !DecodeBase64(photo_base64, bytes))
        return *reason = "not base64 image data", false;
    const ImageFormat format = SniffFormat(*bytes);
    if (format == ImageFormat::Unknown)
        return *reason = "not a PNG or JPEG image", false;
    if (format == ImageFormat::Jpeg && !JpegHuffmanTablesSound(*bytes))
        return *reason = "JPEG with a damaged Huffman table", false;
    int width = 0, height = 0, channels = 0;
    // A map file is untrusted: a small file can claim a giant image. Check before decoding.
    if (!stbi_info_from_memory((const stbi_uc*)bytes->data(), (int)bytes->size(), &width, &height, &channels) || width <= 0 || height <= 0)
        return *reason = "no readable image header", false;
    if ((long long)width * height > MaxStoredPhotoPixels)
        return *reason = "more pixels than a stored photo may have", false;
    if (format == ImageFormat::Jpeg && !JpegIsComplete(*bytes))
        return *reason = "JPEG ends too early", false;
    if (format == ImageFormat::Png && !PngInflatesWithinDeclaredSize(*bytes, reason))
        return false;
    return true;
}

std::string PersonaPhotoProblem(const Persona& persona)
{
    if (persona.Photo.empty())
        return std::string();
    std::string bytes;
    const char* reason = "";
    return StoredPhotoReadable(persona.Photo, &bytes, &reason) ? std::string() : std::string(reason);
}

std::string DescribePhotoProblems(const Document& doc, bool dutch)
{
    std::string names;
    int count = 0;
    for (const Persona& persona : doc.Personas)
    {
        const std::string problem = PersonaPhotoProblem(persona);
        if (problem.empty())
            continue;
        if (count < 5)
            names += std::string(count ? ", " : "") + "\"" + Excerpt(persona.Name.empty() ? "(" + std::to_string(persona.Id.Value) + ")" : persona.Name) +
                     "\" (" + problem + ")";
        count++;
    }
    if (count == 0)
        return std::string();
    const Language language = dutch ? Language::Dutch : Language::English;
    if (count > 5)
        names += TrFormat(language, "photo.problem_more", count - 5);
    return TrFormat(language, count == 1 ? "photo.problem_one" : "photo.problem_many", names.c_str());
}

bool DecodePersonaPhoto(const std::string& photo_base64, DecodedImage* out, int max_side)
{
    std::string bytes;
    const char* reason = "";
    if (photo_base64.empty() || !StoredPhotoReadable(photo_base64, &bytes, &reason))
        return false;
    const auto* data = reinterpret_cast<const stbi_uc*>(bytes.data());
    int width = 0, height = 0, channels = 0;
    std::unique_ptr<unsigned char, StbiFree> pixels(stbi_load_from_memory(data, (int)bytes.size(), &width, &height, &channels, 4));
    if (!pixels)
        return false;
    // Downscaled like an imported photo: what is kept per persona stays small however large the
    // photo in the file is (a card shows it a few hundred pixels wide).
    const float scale = std::min(1.0f, (float)std::max(1, max_side) / (float)std::max(width, height));
    const int out_w = std::max(1, (int)std::lround(width * scale));
    const int out_h = std::max(1, (int)std::lround(height * scale));
    out->Width = out_w;
    out->Height = out_h;
    out->Rgba.resize((size_t)out_w * out_h * 4);
    if (out_w == width && out_h == height)
        std::copy(pixels.get(), pixels.get() + out->Rgba.size(), out->Rgba.begin());
    else if (!stbir_resize_uint8_srgb(pixels.get(), width, height, 0, out->Rgba.data(), out_w, out_h, 0, 4, 3, 0))
        return false;
    return true;
}
