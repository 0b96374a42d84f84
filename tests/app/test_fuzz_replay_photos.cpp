// Replays the fuzz seeds and crash files through the photo property of the fuzz target
// (tests/fuzz/photo_check.h): photos that import, and the decompression bomb, the cut-off JPEG and
// the GIF that must be refused with a message, never decoded into a large allocation.
#include "../fuzz/photo_check.h"
#include "../test_helpers.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

namespace fs = std::filesystem;
using test::ReadAll;

TEST_CASE("the fuzz corpus keeps the photo property", "[fuzz][photo]")
{
    const std::string source = JB_SOURCE_DIR;
    size_t replayed = 0;
    for (const char* folder : {"/tests/data/bad", "/tests/fuzz/crashes", "/tests/fuzz/seeds", "/tests/data/golden"})
    {
        std::error_code ec;
        for (const auto& entry : fs::directory_iterator(source + folder, ec))
        {
            if (!entry.is_regular_file() || entry.path().extension() == ".md")
                continue;
            CAPTURE(entry.path().string());
            CHECK(CheckPhotoProperty(ReadAll(entry.path())) == "");
            replayed++;
        }
    }
    CHECK(replayed >= 10);

    // The seeds reach both answers: the good photos import and show, the others are refused.
    const std::string seeds = source + "/tests/fuzz/seeds/";
    for (const char* good : {"photo_small.jpg", "photo_alpha.png"})
    {
        CAPTURE(good);
        std::string stored;
        REQUIRE(PreparePersonaPhoto(ReadAll(seeds + good), &stored).Ok);
        DecodedImage image;
        CHECK(DecodePersonaPhoto(stored, &image));
    }
    // Found by the fuzzer: Huffman counts over 256 symbols made stb_image write past its table.
    Persona huffman;
    huffman.Photo = EncodeBase64(ReadAll(source + "/tests/fuzz/crashes/photo_jpeg_huffman_overflow.jpg"));
    CHECK(PersonaPhotoProblem(huffman) == "JPEG with a damaged Huffman table");
    DecodedImage never;
    CHECK_FALSE(DecodePersonaPhoto(huffman.Photo, &never));
    for (const char* bad : {"photo_bomb.png", "photo_cut_off.jpg", "photo.gif"})
    {
        CAPTURE(bad);
        std::string stored;
        const Status st = PreparePersonaPhoto(ReadAll(seeds + bad), &stored);
        CHECK_FALSE(st.Ok);
        CHECK_FALSE(st.MessageNl.empty());
        Persona persona;
        persona.Photo = EncodeBase64(ReadAll(seeds + bad));
        CHECK_FALSE(PersonaPhotoProblem(persona).empty());
    }
}
