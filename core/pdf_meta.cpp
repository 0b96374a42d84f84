#include "pdf_meta.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace
{
Status NotOurPdf()
{
    return Status::Error("This PDF was not made by JourneyBoard's map export: it holds no map. Open the .cjm.json file, or "
                         "export the map again as PDF.",
                         "Deze PDF is niet gemaakt met de kaart-export van JourneyBoard: er zit geen kaart in. Open het "
                         ".cjm.json-bestand, of exporteer de kaart opnieuw als PDF.");
}

Status Damaged()
{
    return Status::Error("The map inside this PDF is damaged (the file may be cut off). Open the .cjm.json file, or export "
                         "the map again as PDF.",
                         "De kaart in deze PDF is beschadigd (het bestand is mogelijk afgebroken). Open het .cjm.json-bestand, "
                         "of exporteer de kaart opnieuw als PDF.");
}

Status CannotAttach(const char* what)
{
    return Status::Error(std::string("The PDF could not be finished (") + what + "). Please report this.",
                         std::string("De PDF kon niet worden afgemaakt (") + what + "). Meld dit alstublieft.");
}

// The whole number right after `at` (spaces skipped); false when there is none.
bool NumberAt(const std::string& s, size_t at, unsigned long long* out, size_t* end = nullptr)
{
    while (at < s.size() && (s[at] == ' ' || s[at] == '\r' || s[at] == '\n'))
        at++;
    if (at >= s.size() || s[at] < '0' || s[at] > '9')
        return false;
    unsigned long long v = 0;
    size_t i = at;
    for (; i < s.size() && s[i] >= '0' && s[i] <= '9' && i - at < 15; i++)
        v = v * 10 + (unsigned long long)(s[i] - '0');
    *out = v;
    if (end)
        *end = i;
    return true;
}

// The value after `key` in the trailer text, e.g. "/Root 12 0 R" -> 12.
bool TrailerNumber(const std::string& trailer, const char* key, unsigned long long* out)
{
    const size_t at = trailer.find(key);
    return at != std::string::npos && NumberAt(trailer, at + std::strlen(key), out);
}

// Text of "N 0 obj ... endobj" (the last definition of object n), between "obj" and "endobj".
bool ObjectBody(const std::string& pdf, unsigned long long n, std::string* body)
{
    const std::string head = std::to_string(n) + " 0 obj";
    size_t at = std::string::npos, from = 0;
    for (;;)
    {
        const size_t hit = pdf.find(head, from);
        if (hit == std::string::npos)
            break;
        if (hit == 0 || pdf[hit - 1] == '\n' || pdf[hit - 1] == '\r')
            at = hit;
        from = hit + 1;
    }
    if (at == std::string::npos)
        return false;
    const size_t end = pdf.find("endobj", at);
    if (end == std::string::npos)
        return false;
    *body = pdf.substr(at + head.size(), end - at - head.size());
    return true;
}
} // namespace

bool HasPdfSignature(const std::string& bytes) { return bytes.compare(0, 5, "%PDF-") == 0; }

Status AttachMapToPdf(const std::string& pdf, const std::string& map_json, std::string* out)
{
    if (!HasPdfSignature(pdf))
        return CannotAttach("not a PDF");
    const size_t startxref = pdf.rfind("startxref");
    unsigned long long prev = 0;
    if (startxref == std::string::npos || !NumberAt(pdf, startxref + 9, &prev) || prev >= pdf.size())
        return CannotAttach("no cross-reference table");
    const size_t trailer_at = pdf.rfind("trailer", startxref);
    if (trailer_at == std::string::npos)
        return CannotAttach("no trailer");
    const std::string trailer = pdf.substr(trailer_at, startxref - trailer_at);
    unsigned long long size = 0, root = 0, info = 0;
    if (!TrailerNumber(trailer, "/Size", &size) || !TrailerNumber(trailer, "/Root", &root))
        return CannotAttach("no catalog");
    const bool has_info = TrailerNumber(trailer, "/Info", &info);
    std::string catalog;
    if (!ObjectBody(pdf, root, &catalog))
        return CannotAttach("catalog not found");
    const size_t open = catalog.find("<<"), close = catalog.rfind(">>");
    if (open == std::string::npos || close == std::string::npos || close < open || catalog.find("/Names") != std::string::npos)
        return CannotAttach("catalog not understood");

    const unsigned long long file_obj = size, spec_obj = size + 1;
    std::string update = pdf;
    if (update.back() != '\n')
        update += '\n';
    const size_t file_at = update.size();
    update += std::to_string(file_obj) + " 0 obj\n<< /Type /EmbeddedFile /Subtype /application#2Fjson " + PdfMapMarker +
              " /Length " + std::to_string(map_json.size()) + " >>\nstream\n";
    update += map_json;
    update += "\nendstream\nendobj\n";
    const size_t spec_at = update.size();
    update += std::to_string(spec_obj) + " 0 obj\n<< /Type /Filespec /F (" + PdfMapFileName + ") /UF (" + PdfMapFileName +
              ") /Desc (JourneyBoard map: open this PDF in JourneyBoard) /EF << /F " + std::to_string(file_obj) +
              " 0 R >> >>\nendobj\n";
    const size_t root_at = update.size();
    update += std::to_string(root) + " 0 obj\n" + catalog.substr(open, close - open) + " /Names << /EmbeddedFiles << /Names [(" +
              PdfMapFileName + ") " + std::to_string(spec_obj) + " 0 R] >> >> >>\nendobj\n";
    const size_t xref_at = update.size();
    char entry[32];
    update += "xref\n" + std::to_string(root) + " 1\n";
    std::snprintf(entry, sizeof(entry), "%010zu 00000 n \n", root_at);
    update += entry;
    update += std::to_string(file_obj) + " 2\n";
    std::snprintf(entry, sizeof(entry), "%010zu 00000 n \n", file_at);
    update += entry;
    std::snprintf(entry, sizeof(entry), "%010zu 00000 n \n", spec_at);
    update += entry;
    update += "trailer\n<< /Size " + std::to_string(size + 2) + " /Root " + std::to_string(root) + " 0 R";
    if (has_info)
        update += " /Info " + std::to_string(info) + " 0 R";
    update += " /Prev " + std::to_string(prev) + " >>\nstartxref\n" + std::to_string(xref_at) + "\n%%EOF\n";
    *out = std::move(update);
    return Status::Success();
}

Status ExtractMapFromPdf(const std::string& pdf, size_t max_json_bytes, std::string* json)
{
    const size_t marker = pdf.rfind(PdfMapMarker);
    if (marker == std::string::npos)
        return NotOurPdf();
    const size_t dict_end = pdf.find(">>", marker);
    const size_t length_key = pdf.find("/Length", marker);
    unsigned long long length = 0;
    if (dict_end == std::string::npos || length_key == std::string::npos || length_key > dict_end ||
        !NumberAt(pdf, length_key + 7, &length))
        return Damaged();
    if (length > max_json_bytes)
        return Status::Error("The map inside this PDF is larger than JourneyBoard opens (" + std::to_string(max_json_bytes >> 20) + " MB).",
                             "De kaart in deze PDF is groter dan JourneyBoard opent (" + std::to_string(max_json_bytes >> 20) + " MB).");
    size_t at = pdf.find("stream", dict_end);
    if (at == std::string::npos || at - dict_end > 16)
        return Damaged();
    at += 6;
    if (at < pdf.size() && pdf[at] == '\r')
        at++;
    if (at >= pdf.size() || pdf[at] != '\n')
        return Damaged();
    at++;
    if (pdf.size() - at < length || pdf.compare(at + length, 10, "\nendstream") != 0)
        return Damaged();
    json->assign(pdf, at, (size_t)length);
    return Status::Success();
}

Status ReadMapFromPdfFile(const std::string& path, size_t max_json_bytes, std::string* json)
{
    FILE* file = std::fopen(path.c_str(), "rb");
    if (!file)
        return Status::Error("The PDF could not be read: " + std::string(std::strerror(errno)),
                             "De PDF kon niet worden gelezen: " + std::string(std::strerror(errno)));
    std::string tail;
    bool ok = std::fseek(file, 0, SEEK_END) == 0;
    const long size = ok ? std::ftell(file) : -1;
    // The update with the map is the file's end: the map plus a few kB of PDF objects.
    const long want = (long)std::min<size_t>((size_t)std::max(size, 0L), max_json_bytes + 65536);
    ok = ok && size >= 0 && std::fseek(file, size - want, SEEK_SET) == 0;
    if (ok)
    {
        tail.resize((size_t)want);
        ok = std::fread(&tail[0], 1, tail.size(), file) == tail.size();
    }
    std::fclose(file);
    if (!ok)
        return Status::Error("The PDF could not be read (it may be on a device that is gone).",
                             "De PDF kon niet worden gelezen (het staat mogelijk op een apparaat dat weg is).");
    return ExtractMapFromPdf(tail, max_json_bytes, json);
}
