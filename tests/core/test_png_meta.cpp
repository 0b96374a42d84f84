// The map and the dpi inside a PNG: chunk splicing, CRCs, reading back, and refusing pictures
// without a map or with a damaged one. The PNGs are built by hand here (stored deflate blocks),
// so these tests need no encoder.
#include "example.h"
#include "file_json.h"
#include "png_meta.h"

#include <catch2/catch.hpp>

#include <cstdio>
#include <fstream>
#include <string>

#include <unistd.h>

namespace
{
void PutU32(std::string* out, uint32_t v)
{
    for (int shift = 24; shift >= 0; shift -= 8)
        out->push_back((char)((v >> shift) & 0xFF));
}

std::string Chunk(const char* type, const std::string& data)
{
    std::string out;
    PutU32(&out, (uint32_t)data.size());
    std::string body = std::string(type, 4) + data;
    out += body;
    PutU32(&out, PngCrc32(body.data(), body.size()));
    return out;
}

// A 1x1 grey PNG: IHDR, one IDAT holding a stored (uncompressed) zlib stream, IEND.
std::string TinyPng()
{
    std::string ihdr;
    PutU32(&ihdr, 1);
    PutU32(&ihdr, 1);
    ihdr += std::string("\x08\x00\x00\x00\x00", 5); // 8-bit greyscale
    // zlib header, final stored block of 2 bytes (filter 0, grey 0x80), Adler-32 of those bytes.
    const std::string idat("\x78\x01\x01\x02\x00\xfd\xff\x00\x80\x00\x83\x00\x81", 13);
    return std::string("\x89PNG\r\n\x1a\n", 8) + Chunk("IHDR", ihdr) + Chunk("IDAT", idat) + Chunk("IEND", "");
}

std::string WriteTemp(const std::string& bytes)
{
    char name[] = "/tmp/jb-png-XXXXXX";
    const int fd = ::mkstemp(name);
    REQUIRE(fd >= 0);
    REQUIRE(::write(fd, bytes.data(), bytes.size()) == (ssize_t)bytes.size());
    ::close(fd);
    return name;
}
} // namespace

TEST_CASE("the PNG CRC matches the standard check value", "[png_meta]")
{
    CHECK(PngCrc32("123456789", 9) == 0xCBF43926u);
    CHECK(PngCrc32("IEND", 4) == 0xAE426082u); // every PNG ends with these bytes
    // Computed in two steps gives the same as in one.
    CHECK(PngCrc32("6789", 4, PngCrc32("12345", 5)) == 0xCBF43926u);
}

TEST_CASE("the map and the dpi go in right after IHDR and come back unchanged", "[png_meta]")
{
    const std::string png = TinyPng();
    const std::string json = SaveDocumentToString(MakeExampleDocument());
    std::string with_map;
    REQUIRE(AddSnapshotChunks(png, json, 300.0, &with_map));

    // pHYs first, then iTXt, both straight after the 33 bytes of signature and IHDR.
    CHECK(with_map.compare(0, 33, png, 0, 33) == 0);
    CHECK(with_map.compare(37, 4, "pHYs") == 0);
    CHECK(with_map.compare(37 + 4 + 9 + 4 + 4, 4, "iTXt") == 0);
    // The rest of the picture is untouched.
    CHECK(with_map.compare(with_map.size() - (png.size() - 33), std::string::npos, png, 33, std::string::npos) == 0);

    PngInfo info;
    REQUIRE(ReadPngInfo(with_map, &info));
    CHECK(info.Width == 1);
    CHECK(info.Height == 1);
    CHECK(info.Dpi == Approx(300.0).epsilon(0.001)); // 11811 pixels per metre
    CHECK(info.HasMap);

    std::string back;
    Status error;
    REQUIRE(ExtractMapFromPng(with_map, &back, &error));
    CHECK(back == json);

    // Through the file loader: the same document, the same counts as the .cjm.json.
    const std::string path = WriteTemp(with_map);
    Document doc;
    REQUIRE(LoadDocumentFromFile(path, &doc));
    CHECK(SaveDocumentToString(doc) == json);
    CHECK(FormatCounts(CountDocument(doc)) == FormatCounts(CountDocument(MakeExampleDocument())));
    std::remove(path.c_str());
}

TEST_CASE("adding the chunks twice replaces them instead of repeating them", "[png_meta]")
{
    std::string once, twice;
    REQUIRE(AddSnapshotChunks(TinyPng(), "{\"first\": 1}", 150.0, &once));
    REQUIRE(AddSnapshotChunks(once, "{\"second\": 2}", 600.0, &twice));
    CHECK(twice.find("first") == std::string::npos);
    CHECK(twice.find("pHYs") == twice.rfind("pHYs"));
    PngInfo info;
    REQUIRE(ReadPngInfo(twice, &info));
    CHECK(info.Dpi == Approx(600.0).epsilon(0.001));
    std::string json;
    Status error;
    REQUIRE(ExtractMapFromPng(twice, &json, &error));
    CHECK(json == "{\"second\": 2}");
}

TEST_CASE("pictures without a map or with a damaged one are refused with a clear message", "[png_meta]")
{
    std::string json;
    Status error;
    SECTION("no map")
    {
        CHECK_FALSE(ExtractMapFromPng(TinyPng(), &json, &error));
        CHECK(error.Message.find("does not contain a JourneyBoard map") != std::string::npos);
        CHECK(error.MessageNl.find("bevat geen JourneyBoard-kaart") != std::string::npos);
    }
    std::string with_map;
    REQUIRE(AddSnapshotChunks(TinyPng(), "{\"schema\": 1}", 0.0, &with_map));
    SECTION("one flipped bit in the map")
    {
        with_map[with_map.find("schema")] ^= 0x01;
        CHECK_FALSE(ExtractMapFromPng(with_map, &json, &error));
        CHECK(error.Message.find("is damaged") != std::string::npos);
    }
    SECTION("cut off inside the map")
    {
        CHECK_FALSE(ExtractMapFromPng(with_map.substr(0, with_map.find("schema")), &json, &error));
        CHECK(error.Message.find("is damaged") != std::string::npos);
    }
    SECTION("a chunk length pointing past the end")
    {
        with_map[33] = '\x7f'; // the first inserted chunk now claims 2 GB
        CHECK_FALSE(ExtractMapFromPng(with_map, &json, &error));
        CHECK_FALSE(error.Message.empty());
    }
    SECTION("not a PNG at all")
    {
        CHECK_FALSE(AddSnapshotChunks("GIF89a", "{}", 0.0, &json));
        PngInfo info;
        CHECK_FALSE(ReadPngInfo("not a picture", &info));
    }
    SECTION("no dpi asked: no pHYs written")
    {
        PngInfo info;
        REQUIRE(ReadPngInfo(with_map, &info));
        CHECK(info.Dpi == 0.0);
        CHECK(with_map.find("pHYs") == std::string::npos);
    }
}

TEST_CASE("a snapshot's map is read from the file chunk by chunk, with a size cap", "[png_meta]")
{
    const std::string map_json = "{\"title\": \"" + std::string(5000, 'x') + "\"}";
    std::string with_map;
    REQUIRE(AddSnapshotChunks(TinyPng(), map_json, 96.0, &with_map));
    const std::string path = WriteTemp(with_map);
    std::string json;
    REQUIRE(ReadMapFromPngFile(path, 1 << 20, &json));
    CHECK(json == map_json);
    // A cap smaller than the map refuses it before reading it.
    const Status capped = ReadMapFromPngFile(path, 1000, &json);
    CHECK_FALSE(capped);
    CHECK(capped.Message.find("larger than JourneyBoard opens") != std::string::npos);
    std::remove(path.c_str());
}
