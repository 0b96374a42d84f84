// Persona photos: PNG and JPEG files load (downscaled, re-encoded, base64, capped); a truncated
// file, a file that is no image and a 20000 x 20000 image are refused with a message in both
// languages. The test images are made here, at test time.
#include "session/app_state.h"
#include "edit.h"
#include "example.h"
#include "file_json.h"
#include "panels/persona_panel.h"
#include "render/photo_image.h"

#define STB_IMAGE_WRITE_STATIC
#define STB_IMAGE_WRITE_IMPLEMENTATION
#define STBI_WRITE_NO_STDIO
#include <stb_image_write.h>

#include <catch2/catch.hpp>

#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>
#include <unistd.h>

namespace
{
void Append(void* context, void* data, int size) { static_cast<std::string*>(context)->append((const char*)data, (size_t)size); }

// A test picture: a colour gradient, optionally with a transparent corner.
std::vector<unsigned char> Picture(int w, int h, int channels, bool transparent_corner)
{
    std::vector<unsigned char> pixels((size_t)w * h * channels);
    for (int y = 0; y < h; y++)
        for (int x = 0; x < w; x++)
        {
            unsigned char* p = &pixels[((size_t)y * w + x) * channels];
            p[0] = (unsigned char)(x * 255 / w);
            p[1] = (unsigned char)(y * 255 / h);
            p[2] = 140;
            if (channels == 4)
                p[3] = transparent_corner && x < w / 4 && y < h / 4 ? 0 : 255;
        }
    return pixels;
}

std::string MakePng(int w, int h, bool transparent_corner = false)
{
    const int channels = transparent_corner ? 4 : 3;
    std::string out;
    REQUIRE(stbi_write_png_to_func(Append, &out, w, h, channels, Picture(w, h, channels, transparent_corner).data(), w * channels));
    return out;
}

std::string MakeJpeg(int w, int h)
{
    std::string out;
    REQUIRE(stbi_write_jpg_to_func(Append, &out, w, h, 3, Picture(w, h, 3, false).data(), 90));
    return out;
}

// [SECTION] a huge PNG written by hand: every pixel black, so the deflate stream is one literal
// and runs of 258 repeated bytes. 20000 x 20000 pixels compress to about 2.5 MB.
struct BitWriter
{
    std::string Bytes;
    uint32_t Buffer = 0;
    int Count = 0;
    void Put(uint32_t bits, int n) // least significant bit first, as deflate wants
    {
        Buffer |= bits << Count;
        Count += n;
        while (Count >= 8)
        {
            Bytes += (char)(Buffer & 0xFF);
            Buffer >>= 8;
            Count -= 8;
        }
    }
    void PutHuffman(uint32_t code, int n) // Huffman codes go most significant bit first
    {
        for (int i = n - 1; i >= 0; i--)
            Put((code >> i) & 1, 1);
    }
    void Flush()
    {
        if (Count > 0)
            Bytes += (char)(Buffer & 0xFF);
        Buffer = 0;
        Count = 0;
    }
};

uint32_t Crc32(const std::string& data)
{
    static uint32_t table[256];
    if (table[1] == 0)
        for (uint32_t n = 0; n < 256; n++)
        {
            uint32_t c = n;
            for (int k = 0; k < 8; k++)
                c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            table[n] = c;
        }
    uint32_t crc = 0xFFFFFFFFu;
    for (unsigned char b : data)
        crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

std::string Be32(uint32_t v) { return {(char)(v >> 24), (char)(v >> 16), (char)(v >> 8), (char)v}; }

std::string Chunk(const std::string& type, const std::string& data)
{
    return Be32((uint32_t)data.size()) + type + data + Be32(Crc32(type + data));
}

std::string MakeHugeBlackPng(uint32_t side)
{
    const uint64_t raw_bytes = (uint64_t)side * (side + 1); // a filter byte (0) before every row
    BitWriter bits;
    bits.Bytes = "\x78\x01";   // zlib header: deflate, 32 KB window
    bits.Put(1, 1);            // the last (and only) block
    bits.Put(1, 2);            // fixed Huffman codes
    bits.PutHuffman(0x30, 8);  // literal 0
    uint64_t left = raw_bytes - 1;
    while (left >= 258)
    {
        bits.PutHuffman(0xC5, 8); // length 258 (code 285)
        bits.PutHuffman(0, 5);    // distance 1
        left -= 258;
    }
    while (left-- > 0)
        bits.PutHuffman(0x30, 8);
    bits.PutHuffman(0, 7); // end of block
    bits.Flush();
    // Adler-32 of n zero bytes: a stays 1, b grows by 1 per byte.
    bits.Bytes += Be32((uint32_t)((raw_bytes % 65521) << 16 | 1));
    std::string ihdr = Be32(side) + Be32(side) + std::string("\x08\x00\x00\x00\x00", 5); // 8-bit grey
    return std::string("\x89PNG\r\n\x1A\n", 8) + Chunk("IHDR", ihdr) + Chunk("IDAT", bits.Bytes) + Chunk("IEND", "");
}

std::string WriteTemp(const std::string& name, const std::string& bytes)
{
    const std::string path = "/tmp/jb-photo-test-" + std::to_string(getpid()) + "-" + name;
    FILE* f = std::fopen(path.c_str(), "wb");
    REQUIRE(f);
    std::fwrite(bytes.data(), 1, bytes.size(), f);
    std::fclose(f);
    return path;
}

std::string StoredFormat(const std::string& photo_base64)
{
    std::string bytes;
    REQUIRE(DecodeBase64(photo_base64, &bytes));
    if (bytes.compare(0, 8, "\x89PNG\r\n\x1A\n", 8) == 0)
        return "png";
    if (bytes.size() > 3 && (unsigned char)bytes[0] == 0xFF && (unsigned char)bytes[1] == 0xD8)
        return "jpeg";
    return "other";
}
} // namespace

TEST_CASE("base64 round trip", "[photo]")
{
    for (const std::string& s : {std::string(), std::string("a"), std::string("ab"), std::string("abc"), std::string("\0\xFF\x10", 3)})
    {
        std::string back;
        REQUIRE(DecodeBase64(EncodeBase64(s), &back));
        CHECK(back == s);
    }
    CHECK(EncodeBase64("abcd") == "YWJjZA==");
    std::string out;
    CHECK_FALSE(DecodeBase64("ab$d", &out));
}

TEST_CASE("a PNG and a JPEG photo load, downscaled and stored within the cap", "[photo]")
{
    std::string photo;
    // A large PNG without transparency: scaled to 512 on the long side, stored as JPEG.
    REQUIRE(PreparePersonaPhoto(MakePng(1600, 1200), &photo).Ok);
    CHECK(photo.size() <= MaxPhotoBytes);
    CHECK(StoredFormat(photo) == "jpeg");
    DecodedImage image;
    REQUIRE(DecodePersonaPhoto(photo, &image));
    CHECK(image.Width == 512);
    CHECK(image.Height == 384);
    CHECK(image.Rgba.size() == (size_t)512 * 384 * 4);

    // A PNG with a transparent corner stays PNG, so the corner stays transparent.
    REQUIRE(PreparePersonaPhoto(MakePng(300, 400, true), &photo).Ok);
    CHECK(StoredFormat(photo) == "png");
    REQUIRE(DecodePersonaPhoto(photo, &image));
    CHECK(image.Width == 300);
    CHECK(image.Height == 400);
    CHECK(image.Rgba[3] == 0);                      // top-left corner: transparent
    CHECK(image.Rgba[image.Rgba.size() - 1] == 255); // bottom-right: opaque

    // A small JPEG keeps its size.
    REQUIRE(PreparePersonaPhoto(MakeJpeg(240, 320), &photo).Ok);
    CHECK(StoredFormat(photo) == "jpeg");
    REQUIRE(DecodePersonaPhoto(photo, &image));
    CHECK(image.Width == 240);
    CHECK(image.Height == 320);

    // From a file, through the persona panel's action: one undo step, saved inside the map.
    AppState app;
    app.Session.Doc = MakeBlankDocument(true);
    ResetHistory(app.Session.Undo, app.Session.Doc);
    const PersonaId id = app.Session.Doc.Personas.at(0).Id;
    std::string message;
    const std::string path = WriteTemp("foto.jpg", MakeJpeg(900, 700));
    REQUIRE(LoadPersonaPhoto(app, id, path, &message));
    std::remove(path.c_str());
    CHECK(!app.Session.Doc.Personas[0].Photo.empty());
    Document loaded;
    REQUIRE(LoadDocumentFromString(SaveDocumentToString(app.Session.Doc), &loaded).Ok);
    CHECK(loaded.Personas[0].Photo == app.Session.Doc.Personas[0].Photo);
    REQUIRE(UndoEdit(app));
    CHECK(app.Session.Doc.Personas[0].Photo.empty());
}

TEST_CASE("a truncated, a non-image and a 20000 x 20000 photo are refused with a message", "[photo]")
{
    std::string photo = "unchanged";
    const std::string png = MakePng(400, 300);
    Status s = PreparePersonaPhoto(png.substr(0, png.size() / 2), &photo);
    CHECK_FALSE(s.Ok);
    CHECK(s.Message.find("damaged or incomplete") != std::string::npos);
    CHECK(s.MessageNl.find("beschadigd of onvolledig") != std::string::npos);

    const std::string jpeg = MakeJpeg(400, 300);
    s = PreparePersonaPhoto(jpeg.substr(0, jpeg.size() * 2 / 3), &photo);
    CHECK_FALSE(s.Ok);
    CHECK(s.Message.find("damaged or incomplete") != std::string::npos);

    s = PreparePersonaPhoto("GIF89a this is not what we take", &photo);
    CHECK_FALSE(s.Ok);
    CHECK(s.Message.find("not a PNG or JPEG") != std::string::npos);
    CHECK(s.MessageNl.find("geen PNG- of JPEG") != std::string::npos);

    // 400 megapixels: refused from the header, before any pixel memory is taken.
    const std::string huge = MakeHugeBlackPng(20000);
    CHECK(huge.size() < (size_t)4 << 20);
    s = PreparePersonaPhoto(huge, &photo);
    CHECK_FALSE(s.Ok);
    CHECK(s.Message.find("too large") != std::string::npos);
    CHECK(s.Message.find("20000") != std::string::npos);
    CHECK(s.MessageNl.find("te groot") != std::string::npos);
    // The same image at a size we accept decodes: the hand-made PNG is a real one.
    const std::string small_black = MakeHugeBlackPng(700);
    REQUIRE(PreparePersonaPhoto(small_black, &photo).Ok);
    DecodedImage image;
    REQUIRE(DecodePersonaPhoto(photo, &image));
    CHECK(image.Width == 512);
    CHECK(image.Rgba[0] < 8); // black

    // Through the panel's action: the persona keeps no photo and the message is in the UI language.
    CHECK(photo != "unchanged");
    AppState app;
    app.Session.Doc = MakeBlankDocument(true);
    ResetHistory(app.Session.Undo, app.Session.Doc);
    const std::string path = WriteTemp("huge.png", huge);
    std::string message;
    CHECK_FALSE(LoadPersonaPhoto(app, app.Session.Doc.Personas[0].Id, path, &message));
    std::remove(path.c_str());
    CHECK(!message.empty());
    CHECK(app.Session.Doc.Personas[0].Photo.empty());
    CHECK_FALSE(CanUndo(app.Session.Undo));
    CHECK_FALSE(LoadPersonaPhoto(app, app.Session.Doc.Personas[0].Id, "/nonexistent/foto.png", &message));
}

TEST_CASE("a map file's photo that claims a giant image is not decoded", "[photo]")
{
    DecodedImage image;
    CHECK_FALSE(DecodePersonaPhoto(EncodeBase64(MakeHugeBlackPng(3000)), &image));
    CHECK_FALSE(DecodePersonaPhoto("", &image));
    CHECK_FALSE(DecodePersonaPhoto("bm90IGFuIGltYWdl", &image)); // "not an image"
}
