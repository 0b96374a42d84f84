// PNG chunks that make a snapshot more than a picture: the map itself (an iTXt chunk right after
// IHDR, keyword `application/vnd.journeyboard+json`) and the print resolution (pHYs). Pure byte
// work on an encoded PNG: no decoding of pixels. Files are untrusted: every length is checked,
// every chunk's CRC is verified before its content is believed.
#pragma once
#include "result.h"

#include <cstddef>
#include <cstdint>
#include <string>

constexpr const char* MapChunkKeyword = "application/vnd.journeyboard+json";

// CRC-32 as PNG uses it (ISO 3309, polynomial 0xEDB88320), over `size` bytes.
uint32_t PngCrc32(const void* data, size_t size, uint32_t crc = 0);

bool HasPngSignature(const std::string& bytes);

// Inserts, right after IHDR, a pHYs chunk with `dpi` (skipped when dpi <= 0) and an iTXt chunk
// holding `map_json` (uncompressed, so any PNG tool can show it). Chunks of the same kind already
// present (a pHYs, an iTXt with our keyword) are dropped. Fails on anything that is not a PNG.
Status AddSnapshotChunks(const std::string& png, const std::string& map_json, double dpi, std::string* out);

// What a PNG says about itself, read from its chunks.
struct PngInfo
{
    uint32_t Width = 0, Height = 0; // pixels, from IHDR
    double Dpi = 0.0;               // from pHYs in pixels per metre; 0 when absent or unitless
    bool HasMap = false;            // an intact iTXt chunk with our keyword
};
Status ReadPngInfo(const std::string& png, PngInfo* info);

// The map JSON carried by a snapshot. A PNG without our chunk, or with a damaged one (bad CRC,
// truncated, malformed iTXt), gives an error a person can act on (English and Dutch).
bool ExtractMapFromPng(const std::string& png, std::string* json, Status* error);

// The same, reading the file chunk by chunk: the pixels of a large snapshot are skipped, never
// loaded. `max_json_bytes` caps the map's size.
Status ReadMapFromPngFile(const std::string& path, size_t max_json_bytes, std::string* json);
