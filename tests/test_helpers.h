// Small helpers every test program shares: whole files in and out, and substring checks.
// (A fresh temporary folder per test: temp_folder.h; the headless app: app/app_test_helpers.h.)
#pragma once
#include "temp_folder.h"

#include <fstream>
#include <iterator>
#include <string>

namespace test
{
// The file's bytes; empty when it cannot be read.
inline std::string ReadAll(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Writes `bytes` as they are (no atomic save: for setting up test files).
inline void WriteRaw(const std::string& path, const std::string& bytes)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << bytes;
    REQUIRE(out.good());
}

inline bool Contains(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }
} // namespace test
