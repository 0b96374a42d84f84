// The map inside an exported PDF, so the PDF, like the PNG snapshot, opens again as the map.
// The JSON travels as an embedded file (an attachment every PDF viewer lists, `pdfdetach` saves)
// added to the finished PDF as an incremental update: the pages stay exactly as written.
// Pure byte work; PDFs are untrusted when read: every offset and length is checked.
#pragma once
#include "result.h"

#include <cstddef>
#include <string>

// Our attachment's name and the marker in its stream dictionary that finds it again.
constexpr const char* PdfMapFileName = "map.cjm.json";
constexpr const char* PdfMapMarker = "/JourneyBoardMap 1";

bool HasPdfSignature(const std::string& bytes); // starts with "%PDF-"

// Appends to `pdf` (a complete PDF with a classic cross-reference table, as Cairo writes it) an
// update that embeds `map_json` as the attachment PdfMapFileName. Fails on anything it cannot
// read as such a PDF.
Status AttachMapToPdf(const std::string& pdf, const std::string& map_json, std::string* out);

// The map JSON in PDF bytes (the last attachment with our marker). A PDF without one, or with a
// damaged one, gives an error a person can act on (English and Dutch).
Status ExtractMapFromPdf(const std::string& pdf, size_t max_json_bytes, std::string* json);

// The same from a file, reading only its end (where the update sits): a large PDF with
// print-size pictures is never read whole.
Status ReadMapFromPdfFile(const std::string& path, size_t max_json_bytes, std::string* json);
