// A fresh folder under /tmp for one test, removed with everything in it when the test ends
// (permissions a test took away are given back first, so the removal cannot fail).
#pragma once
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <sys/stat.h>

struct TempFolder
{
    std::string Path;
    TempFolder()
    {
        char name[] = "/tmp/jb-test-XXXXXX";
        REQUIRE(::mkdtemp(name) != nullptr);
        Path = name;
    }
    ~TempFolder()
    {
        ::chmod(Path.c_str(), 0700);
        std::error_code ec;
        std::filesystem::remove_all(Path, ec);
    }
    TempFolder(const TempFolder&) = delete;
    TempFolder& operator=(const TempFolder&) = delete;
    std::string operator/(const std::string& name) const { return Path + "/" + name; }
};
