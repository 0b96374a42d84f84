// The loader's memory stays bounded whatever path it is given: a 100 MB map or snapshot is
// refused without being read whole; devices, folders and pipes are refused without blocking.
#include "file_json.h"
#include "png_meta.h"

#include "../temp_folder.h"
#include "../test_helpers.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using test::Contains;

namespace fs = std::filesystem;

namespace
{
long PeakKilobytes()
{
    struct rusage usage;
    ::getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// A sparse file of `size` bytes starting with `head` (costs no disk).
void MakeSparse(const std::string& path, const std::string& head, off_t size)
{
    int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    REQUIRE(fd >= 0);
    REQUIRE(::write(fd, head.data(), head.size()) == (ssize_t)head.size());
    REQUIRE(::ftruncate(fd, size) == 0);
    ::close(fd);
}

void Put32(std::string& s, uint32_t v)
{
    for (int shift = 24; shift >= 0; shift -= 8)
        s += (char)((v >> shift) & 0xFF);
}

} // namespace

TEST_CASE("a 100 MB map and a 100 MB snapshot are refused without reading them whole", "[limits]")
{
    TempFolder dir;
    const off_t size = (off_t)100 << 20;
    Document doc;
    doc.Title = "open map";
    const long before = PeakKilobytes();

    const std::string map = dir.Path + "/huge.cjm.json";
    MakeSparse(map, "{\"schema\": 1, \"title\": \"", size);
    Status st = LoadDocumentFromFile(map, &doc);
    CHECK_FALSE(st.Ok);
    CHECK(Contains(st.Message, "too large to open (100.0 MB; at most 64.0 MB)"));

    // A PNG whose first chunk claims 100 MB of pixels: the map reader skips it, never loads it.
    std::string png("\x89PNG\r\n\x1a\n", 8);
    Put32(png, 13);
    std::string ihdr = "IHDR";
    Put32(ihdr, 100), Put32(ihdr, 100);
    ihdr += std::string("\x08\x06\x00\x00\x00", 5);
    png += ihdr;
    Put32(png, PngCrc32(ihdr.data(), ihdr.size()));
    Put32(png, (uint32_t)(size - 64));
    png += "IDAT";
    const std::string snapshot = dir.Path + "/huge.png";
    MakeSparse(snapshot, png, size);
    Status png_st = LoadDocumentFromFile(snapshot, &doc);
    CHECK_FALSE(png_st.Ok);
    CHECK_FALSE(png_st.Message.empty());
    INFO(png_st.Message);

    CHECK(doc.Title == "open map");
    // Reading either whole would have raised the peak by 100 MB.
    CHECK(PeakKilobytes() - before < 16 * 1024);
}

TEST_CASE("devices, folders and pipes are refused without blocking", "[limits]")
{
    TempFolder dir;
    Document doc;
    doc.Title = "open map";
    const std::string fifo = dir.Path + "/pipe.cjm.json";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    // Nothing writes to the pipe: opening it for reading would wait forever.
    Status st = LoadDocumentFromFile(fifo, &doc);
    CHECK_FALSE(st.Ok);
    CHECK(Contains(st.Message, "not an ordinary file"));
    for (const char* device : {"/dev/zero", "/dev/urandom", "/dev/null"})
    {
        CAPTURE(device);
        Status dev = LoadDocumentFromFile(device, &doc);
        CHECK_FALSE(dev.Ok);
        CHECK(Contains(dev.Message, "not an ordinary file"));
    }
    Status folder = LoadDocumentFromFile(dir.Path, &doc);
    CHECK(Contains(folder.Message, "is a folder"));
    CHECK(doc.Title == "open map");
}
