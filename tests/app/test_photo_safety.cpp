// Hostile persona photos inside a map: a PNG whose data inflates far beyond its declared size is
// refused before it is inflated, a photo stored large is decoded to a small copy, and a photo that
// cannot be shown leaves the map usable while `check` names the persona.
#include "file_json.h"
#include "render/photo_image.h"

#include "../temp_folder.h"

#include <catch2/catch.hpp>
#include <libdeflate.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <string>

#include <sys/resource.h>
#include <sys/wait.h>

namespace
{
void Put32(std::string* s, uint32_t v)
{
    for (int shift = 24; shift >= 0; shift -= 8)
        *s += (char)(v >> shift & 0xFF);
}

// A PNG chunk with its CRC (libdeflate's CRC-32 is the one PNG uses).
void Chunk(std::string* png, const char* type, const std::string& data)
{
    Put32(png, (uint32_t)data.size());
    const std::string typed = std::string(type, 4) + data;
    *png += typed;
    Put32(png, libdeflate_crc32(0, typed.data(), typed.size()));
}

// Deflate bits, least significant first; Huffman codes most significant bit first.
struct BitWriter
{
    std::string Bytes;
    int Used = 8;
    void Bit(int b)
    {
        if (Used == 8)
            Bytes += '\0', Used = 0;
        Bytes.back() = (char)(Bytes.back() | (b & 1) << Used++);
    }
    void Code(unsigned code, int length)
    {
        for (int i = length - 1; i >= 0; i--)
            Bit((int)(code >> i & 1));
    }
};

// A zlib stream of `n` zero bytes, written by hand (fixed Huffman codes: one literal 0, then
// copies of 258 bytes at distance 1), so the test never holds the inflated data itself.
std::string ZerosZlib(size_t n)
{
    BitWriter w;
    w.Bit(1), w.Bit(1), w.Bit(0); // final block, fixed codes
    w.Code(0x30, 8);              // literal 0
    size_t left = n - 1;
    for (; left >= 258; left -= 258)
        w.Code(0xC5, 8), w.Code(0, 5); // length 258 (code 285), distance 1 (code 0)
    for (; left > 0; left--)
        w.Code(0x30, 8);
    w.Code(0, 7); // end of block
    const uint32_t adler = (uint32_t)(n % 65521) << 16 | 1;
    std::string z = "\x78\x01" + w.Bytes;
    Put32(&z, adler);
    return z;
}

// Declares width x height RGBA 8-bit pixels; its pixel data inflates to `inflated_bytes` zeros.
std::string PngWithPixelData(uint32_t width, uint32_t height, size_t inflated_bytes)
{
    const std::string z = ZerosZlib(inflated_bytes);
    std::string png = "\x89PNG\r\n\x1A\n";
    std::string ihdr;
    Put32(&ihdr, width);
    Put32(&ihdr, height);
    ihdr += std::string("\x08\x06\x00\x00\x00", 5);
    Chunk(&png, "IHDR", ihdr);
    Chunk(&png, "IDAT", z);
    Chunk(&png, "IEND", "");
    return png;
}

long PeakKilobytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

std::string Run(const std::string& args, int* code)
{
    std::string out;
    FILE* pipe = ::popen((std::string(JB_BINARY) + " " + args + " 2>&1").c_str(), "r");
    REQUIRE(pipe);
    char buffer[4096];
    size_t n;
    while ((n = std::fread(buffer, 1, sizeof(buffer), pipe)) > 0)
        out.append(buffer, n);
    const int status = ::pclose(pipe);
    *code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return out;
}

bool Contains(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }

std::string MapWithPhotos(const std::string& jan_photo, const std::string& ria_photo)
{
    return R"({"schema": 1, "personas": [{"id": 1, "name": "Jan Bosman", "photo": ")" + jan_photo + R"("},
        {"id": 2, "name": "Ria", "photo": ")" + ria_photo + R"("}],
        "situations": [{"kind": "current", "phases": [{"id": 3}]}]})";
}
} // namespace

TEST_CASE("a photo whose data inflates beyond its declared size is refused before it is inflated", "[photos]")
{
    // 16 x 16 pixels need 16 * (1 + 64) = 1040 bytes; this one inflates to 256 MB.
    const std::string bomb = EncodeBase64(PngWithPixelData(16, 16, (size_t)256 << 20));
    REQUIRE(bomb.size() < MaxPhotoBytes);
    const long before = PeakKilobytes();
    DecodedImage image;
    CHECK_FALSE(DecodePersonaPhoto(bomb, &image));
    Persona persona;
    persona.Photo = bomb;
    CHECK(Contains(PersonaPhotoProblem(persona), "larger than the picture it declares"));
    // Nothing near the inflated size was allocated (the compressed data itself is ~1.6 MB).
    CHECK(PeakKilobytes() - before < 64 * 1024);

    // The same data at its honest size decodes.
    const std::string honest = EncodeBase64(PngWithPixelData(16, 16, 16 * (1 + 64)));
    CHECK(DecodePersonaPhoto(honest, &image));
    CHECK(image.Width == 16);
}

TEST_CASE("a photo stored large is decoded to a copy no larger than an imported one", "[photos]")
{
    const std::string big = EncodeBase64(PngWithPixelData(2048, 1024, (size_t)1024 * (1 + 2048 * 4)));
    DecodedImage image;
    REQUIRE(DecodePersonaPhoto(big, &image));
    CHECK(image.Width == MaxPhotoSide);
    CHECK(image.Height == MaxPhotoSide / 2);
    CHECK(image.Rgba.size() == (size_t)MaxPhotoSide * (MaxPhotoSide / 2) * 4);
}

TEST_CASE("check opens a map with a photo that cannot be shown and names the persona", "[photos][cli]")
{
    TempFolder dir;
    const std::string gif = EncodeBase64("GIF89a\x01\x00\x01\x00\x00\x00\x00;");
    // A JPEG cut off after its header.
    const std::string cut_jpeg = EncodeBase64(std::string("\xFF\xD8\xFF\xE0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00", 20));
    const std::string path = dir / "fotos.cjm.json";
    std::ofstream(path) << MapWithPhotos(gif, cut_jpeg);
    Document doc;
    REQUIRE(LoadDocumentFromFile(path, &doc).Ok); // the map itself opens

    int code = -1;
    const std::string out = Run("check '" + path + "'", &code);
    INFO(out);
    CHECK(code == 0);
    CHECK(out.rfind("ok: 1 situation", 0) == 0);
    CHECK(Contains(out, "The photos of personas \"Jan Bosman\" (not a PNG or JPEG image), \"Ria\" ("));
    CHECK(Contains(out, "cannot be shown"));
    CHECK(std::count(out.begin(), out.end(), '\n') == 1);

    const std::string nl = DescribePhotoProblems(doc, true);
    CHECK(Contains(nl, "Jan Bosman"));
    CHECK(Contains(nl, "kunnen niet worden getoond"));
}
