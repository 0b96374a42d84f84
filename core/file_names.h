// File names the app proposes and completes: a map is saved as NAME.cjm.json.
#pragma once
#include <string>

constexpr const char* MapFileExtension = ".cjm.json";

// A file name for a map called `title`: characters a file name cannot hold (/ \ : * ? " < > |
// and control characters) become '-', spaces and dots at the ends go, at most 80 bytes (at a
// character boundary), then the extension. An empty result takes `fallback` ("kaart").
std::string MapFileNameFromTitle(const std::string& title, const std::string& fallback);

// `path` as typed, with ".cjm.json" added when the name does not end with it ("zorgpad" ->
// "zorgpad.cjm.json", "zorgpad.cjm" -> "zorgpad.cjm.json"); a folder part is kept as it is.
std::string WithMapExtension(const std::string& path);
