#include "png_meta.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <functional>

namespace
{
const char Signature[8] = {'\x89', 'P', 'N', 'G', '\r', '\n', '\x1a', '\n'};
constexpr uint32_t MaxChunkLength = 0x7FFFFFFF; // the PNG specification's limit

uint32_t ReadU32(const char* p)
{
    const auto* b = reinterpret_cast<const unsigned char*>(p);
    return (uint32_t)b[0] << 24 | (uint32_t)b[1] << 16 | (uint32_t)b[2] << 8 | (uint32_t)b[3];
}

void AppendU32(std::string* out, uint32_t v)
{
    const char b[4] = {(char)(v >> 24), (char)(v >> 16), (char)(v >> 8), (char)v};
    out->append(b, 4);
}

void AppendChunk(std::string* out, const char type[4], const std::string& data)
{
    AppendU32(out, (uint32_t)data.size());
    const size_t type_at = out->size();
    out->append(type, 4);
    out->append(data);
    AppendU32(out, PngCrc32(out->data() + type_at, 4 + data.size()));
}

Status NoMapError()
{
    return Status::Error("This PNG picture does not contain a JourneyBoard map. Only snapshots made by JourneyBoard (export or F12) "
                         "carry the map; open the .cjm.json file instead.",
                         "Deze PNG-afbeelding bevat geen JourneyBoard-kaart. Alleen momentopnamen die JourneyBoard maakte (exporteren "
                         "of F12) bevatten de kaart; open in plaats daarvan het .cjm.json-bestand.");
}

Status DamagedError()
{
    return Status::Error("The map inside this PNG picture is damaged (its checksum does not match or it is cut off), so it cannot be "
                         "opened. Open the .cjm.json file or another snapshot.",
                         "De kaart in deze PNG-afbeelding is beschadigd (de controlesom klopt niet of ze is afgebroken) en kan niet "
                         "worden geopend. Open het .cjm.json-bestand of een andere momentopname.");
}

Status IncompleteError()
{
    return Status::Error("This PNG picture is incomplete or damaged: its chunks do not add up. Open the .cjm.json file or another snapshot.",
                         "Deze PNG-afbeelding is onvolledig of beschadigd: de blokken kloppen niet. Open het .cjm.json-bestand of een "
                         "andere momentopname.");
}

Status NotPngError()
{
    return Status::Error("This file is not a PNG picture.", "Dit bestand is geen PNG-afbeelding.");
}

// Checks an iTXt chunk's data; when it carries our keyword, *is_ours is set and the text
// (uncompressed only, which is what we write) goes to *json.
Status ParseMapChunk(const std::string& data, bool* is_ours, std::string* json)
{
    *is_ours = false;
    const size_t keyword_len = std::strlen(MapChunkKeyword);
    if (data.size() < keyword_len + 1 || data.compare(0, keyword_len, MapChunkKeyword) != 0 || data[keyword_len] != '\0')
        return Status::Success();
    *is_ours = true;
    size_t at = keyword_len + 1;
    if (data.size() < at + 2)
        return DamagedError();
    const char compressed = data[at], method = data[at + 1];
    at += 2;
    for (int field = 0; field < 2; field++) // language tag, translated keyword
    {
        const size_t end = data.find('\0', at);
        if (end == std::string::npos)
            return DamagedError();
        at = end + 1;
    }
    if (compressed != 0 || method != 0)
        return Status::Error("The map inside this PNG picture was stored compressed by another program; JourneyBoard cannot read it. "
                             "Open the .cjm.json file or an unedited snapshot.",
                             "De kaart in deze PNG-afbeelding is door een ander programma gecomprimeerd opgeslagen; JourneyBoard kan "
                             "haar niet lezen. Open het .cjm.json-bestand of een onbewerkte momentopname.");
    json->assign(data, at, std::string::npos);
    return Status::Success();
}

// Reads `n` bytes at `offset` into *out; false when the source ends first.
using ReadAt = std::function<bool(uint64_t offset, size_t n, std::string* out)>;

// Walks the chunks after the signature, up to IEND. `visit` gets each chunk's type, data
// offset and length; it returns false to stop. Fails when a chunk length runs past the data.
Status WalkChunks(const ReadAt& read, const std::function<bool(const char* type, uint64_t data_at, uint32_t length, Status*)>& visit)
{
    std::string head;
    uint64_t at = 8;
    for (;;)
    {
        if (!read(at, 8, &head))
            return IncompleteError();
        const uint32_t length = ReadU32(head.data());
        if (length > MaxChunkLength)
            return IncompleteError();
        Status status;
        if (!visit(head.data() + 4, at + 8, length, &status))
            return status;
        if (std::memcmp(head.data() + 4, "IEND", 4) == 0)
            return Status::Success();
        at += 12 + (uint64_t)length;
    }
}

// Finds our iTXt chunk and checks its CRC. *found is false when there is none.
Status FindMap(const ReadAt& read, size_t max_json_bytes, std::string* json, bool* found)
{
    *found = false;
    std::string sig;
    if (!read(0, 8, &sig) || std::memcmp(sig.data(), Signature, 8) != 0)
        return NotPngError();
    const size_t keyword_len = std::strlen(MapChunkKeyword);
    return WalkChunks(read, [&](const char* type, uint64_t data_at, uint32_t length, Status* status) {
        if (std::memcmp(type, "iTXt", 4) != 0)
            return true;
        std::string keyword;
        if (!read(data_at, std::min<size_t>(length, keyword_len + 1), &keyword))
        {
            *status = IncompleteError();
            return false;
        }
        if (keyword.size() <= keyword_len || keyword.compare(0, keyword_len, MapChunkKeyword) != 0 || keyword[keyword_len] != '\0')
            return true; // someone else's text
        if (length > max_json_bytes + 200)
        {
            *status = Status::Error("The map inside this PNG picture is larger than JourneyBoard opens.",
                                    "De kaart in deze PNG-afbeelding is groter dan JourneyBoard kan openen.");
            return false;
        }
        std::string chunk; // type, data and CRC
        if (!read(data_at - 4, 4 + (size_t)length + 4, &chunk))
        {
            *status = DamagedError();
            return false;
        }
        if (PngCrc32(chunk.data(), 4 + (size_t)length) != ReadU32(chunk.data() + 4 + length))
        {
            *status = DamagedError();
            return false;
        }
        bool ours = false;
        *status = ParseMapChunk(chunk.substr(4, length), &ours, json);
        *found = status->Ok;
        return false;
    });
}
} // namespace

uint32_t PngCrc32(const void* data, size_t size, uint32_t crc)
{
    static uint32_t table[256];
    static const bool table_ready = [] {
        for (uint32_t n = 0; n < 256; n++)
        {
            uint32_t c = n;
            for (int k = 0; k < 8; k++)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            table[n] = c;
        }
        return true;
    }();
    (void)table_ready;
    const auto* p = static_cast<const unsigned char*>(data);
    crc = ~crc;
    for (size_t i = 0; i < size; i++)
        crc = table[(crc ^ p[i]) & 0xFF] ^ (crc >> 8);
    return ~crc;
}

bool HasPngSignature(const std::string& bytes) { return bytes.size() >= 8 && std::memcmp(bytes.data(), Signature, 8) == 0; }

Status AddSnapshotChunks(const std::string& png, const std::string& map_json, double dpi, std::string* out)
{
    // IHDR must come first and is always 13 bytes long.
    if (!HasPngSignature(png) || png.size() < 33 || ReadU32(png.data() + 8) != 13 || png.compare(12, 4, "IHDR") != 0)
        return NotPngError();
    std::string result;
    result.reserve(png.size() + map_json.size() + 128);
    result.append(png, 0, 33);
    if (dpi > 0.0)
    {
        const uint32_t per_metre = (uint32_t)std::lround(dpi / 0.0254);
        std::string phys;
        AppendU32(&phys, per_metre);
        AppendU32(&phys, per_metre);
        phys.push_back(1); // unit: the metre
        AppendChunk(&result, "pHYs", phys);
    }
    // The iTXt chunk is written straight into the result: a map at the size limits is tens of
    // megabytes, and the export holds it only once besides the picture.
    std::string header = MapChunkKeyword;
    header.push_back('\0');
    header.append(2, '\0'); // not compressed, method 0
    header.push_back('\0'); // no language tag
    header.push_back('\0'); // no translated keyword
    AppendU32(&result, (uint32_t)(header.size() + map_json.size()));
    const size_t type_at = result.size();
    result.append("iTXt", 4);
    result += header;
    result += map_json;
    AppendU32(&result, PngCrc32(result.data() + type_at, result.size() - type_at));

    // Copy the remaining chunks, leaving out the ones just written.
    size_t at = 33;
    for (;;)
    {
        if (at + 12 > png.size())
            return IncompleteError();
        const uint32_t length = ReadU32(png.data() + at);
        if (length > MaxChunkLength || at + 12 + (size_t)length > png.size())
            return IncompleteError();
        const char* type = png.data() + at + 4;
        bool drop = std::memcmp(type, "pHYs", 4) == 0 && dpi > 0.0;
        if (std::memcmp(type, "iTXt", 4) == 0)
        {
            bool ours = false;
            std::string ignored;
            ParseMapChunk(png.substr(at + 8, length), &ours, &ignored);
            drop = ours;
        }
        if (!drop)
            result.append(png, at, 12 + (size_t)length);
        at += 12 + (size_t)length;
        if (std::memcmp(type, "IEND", 4) == 0)
            break;
    }
    out->swap(result);
    return Status::Success();
}

static ReadAt MemoryReader(const std::string& bytes)
{
    return [&bytes](uint64_t offset, size_t n, std::string* out) {
        if (offset > bytes.size() || n > bytes.size() - offset)
            return false;
        out->assign(bytes, (size_t)offset, n);
        return true;
    };
}

Status ReadPngInfo(const std::string& png, PngInfo* info)
{
    if (!HasPngSignature(png) || png.size() < 33 || png.compare(12, 4, "IHDR") != 0)
        return NotPngError();
    PngInfo result;
    result.Width = ReadU32(png.data() + 16);
    result.Height = ReadU32(png.data() + 20);
    const ReadAt read = MemoryReader(png);
    Status status = WalkChunks(read, [&](const char* type, uint64_t data_at, uint32_t length, Status*) {
        if (std::memcmp(type, "pHYs", 4) == 0 && length == 9 && data_at + 9 <= png.size())
        {
            const char* d = png.data() + data_at;
            if (d[8] == 1)
                result.Dpi = ReadU32(d) * 0.0254;
        }
        return true;
    });
    if (!status)
        return status;
    std::string json;
    FindMap(read, (size_t)-1 / 2, &json, &result.HasMap);
    *info = result;
    return Status::Success();
}

bool ExtractMapFromPng(const std::string& png, std::string* json, Status* error)
{
    bool found = false;
    std::string text;
    Status status = FindMap(MemoryReader(png), png.size(), &text, &found);
    if (status && !found)
        status = NoMapError();
    if (!status)
    {
        *error = status;
        return false;
    }
    json->swap(text);
    return true;
}

Status ReadMapFromPngFile(const std::string& path, size_t max_json_bytes, std::string* json)
{
    FILE* file = std::fopen(path.c_str(), "rb");
    if (!file)
        return Status::Error("\"" + path + "\" cannot be opened for reading.", "\"" + path + "\" kan niet worden geopend om te lezen.");
    const ReadAt read = [file](uint64_t offset, size_t n, std::string* out) {
        if (fseeko(file, (off_t)offset, SEEK_SET) != 0)
            return false;
        out->resize(n);
        return std::fread(&(*out)[0], 1, n, file) == n;
    };
    bool found = false;
    std::string text;
    Status status = FindMap(read, max_json_bytes, &text, &found);
    std::fclose(file);
    if (status && !found)
        status = NoMapError();
    if (!status)
        return status;
    json->swap(text);
    return Status::Success();
}
