// The map attached to a PDF: added as an incremental update, found again, and damaged or foreign
// PDFs refused with a message. (The real Cairo PDFs are checked with poppler in tests/gl.)
#include "atomic_file.h"
#include "example.h"
#include "file_json.h"
#include "pdf_meta.h"

#include "../temp_folder.h"

#include <catch2/catch.hpp>

#include <cstdio>
#include <string>

namespace
{
// A minimal one-page PDF with a correct cross-reference table, as a PDF writer makes it.
std::string MinimalPdf()
{
    std::string pdf = "%PDF-1.5\n";
    size_t offsets[4];
    offsets[1] = pdf.size();
    pdf += "1 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n";
    offsets[2] = pdf.size();
    pdf += "2 0 obj\n<< /Type /Catalog /Pages 1 0 R >>\nendobj\n";
    offsets[3] = pdf.size();
    pdf += "3 0 obj\n<< /Type /Page /Parent 1 0 R /MediaBox [0 0 595 842] >>\nendobj\n";
    const size_t xref = pdf.size();
    pdf += "xref\n0 4\n0000000000 65535 f \n";
    char entry[32];
    for (int i = 1; i <= 3; i++)
    {
        std::snprintf(entry, sizeof(entry), "%010zu 00000 n \n", offsets[i]);
        pdf += entry;
    }
    pdf += "trailer\n<< /Size 4\n   /Root 2 0 R\n>>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
    return pdf;
}

bool Contains(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }
} // namespace

TEST_CASE("a map attached to a PDF is found again, the PDF before it stays as it was", "[pdf]")
{
    const std::string pdf = MinimalPdf();
    const std::string json = SaveDocumentToString(MakeExampleDocument());
    std::string with_map;
    REQUIRE(AttachMapToPdf(pdf, json, &with_map).Ok);
    CHECK(with_map.compare(0, pdf.size(), pdf) == 0); // an update appended; nothing rewritten
    CHECK(Contains(with_map, "/Names << /EmbeddedFiles << /Names [(map.cjm.json) 5 0 R] >> >>"));
    CHECK(Contains(with_map, "/Prev " + std::to_string(pdf.find("xref"))));
    CHECK(Contains(with_map, "trailer\n<< /Size 6 /Root 2 0 R"));
    // The new cross-reference entries point at their objects.
    const size_t xref = with_map.rfind("\nxref\n");
    const size_t entry = with_map.find("2 1\n", xref) + 4;
    const size_t catalog_at = std::stoul(with_map.substr(entry, 10));
    CHECK(with_map.compare(catalog_at, 8, "2 0 obj\n") == 0);

    std::string found;
    REQUIRE(ExtractMapFromPdf(with_map, MaxMapFileBytes, &found).Ok);
    CHECK(found == json);

    // Through the file loader, like a .cjm.json or a snapshot .png.
    TempFolder dir;
    const std::string path = dir / "kaart.pdf";
    REQUIRE(WriteFileAtomic(path, with_map, false).Ok);
    Document doc;
    const Status st = LoadDocumentFromFile(path, &doc);
    INFO(st.Message);
    REQUIRE(st.Ok);
    CHECK(SaveDocumentToString(doc) == json);
}

TEST_CASE("a PDF without our map, or with a damaged one, is refused with a message", "[pdf]")
{
    std::string json;
    Status st = ExtractMapFromPdf(MinimalPdf(), MaxMapFileBytes, &json);
    CHECK_FALSE(st.Ok);
    CHECK(Contains(st.Message, "holds no map"));
    CHECK(Contains(st.MessageNl, "er zit geen kaart in"));

    std::string with_map;
    REQUIRE(AttachMapToPdf(MinimalPdf(), "{\"schema\": 2}", &with_map).Ok);
    // Cut inside the map: its stated length runs past the end.
    const std::string cut = with_map.substr(0, with_map.find("{\"schema\"") + 5);
    st = ExtractMapFromPdf(cut, MaxMapFileBytes, &json);
    CHECK_FALSE(st.Ok);
    CHECK(Contains(st.Message, "damaged"));
    // A length that lies.
    std::string lying = with_map;
    lying.replace(lying.find("/Length 13"), 10, "/Length 99");
    CHECK_FALSE(ExtractMapFromPdf(lying, MaxMapFileBytes, &json).Ok);
    // Larger than allowed.
    st = ExtractMapFromPdf(with_map, 5, &json);
    CHECK_FALSE(st.Ok);
    CHECK(Contains(st.Message, "larger"));

    // Not a PDF at all, or one we cannot update: refused, nothing made.
    std::string out;
    CHECK_FALSE(AttachMapToPdf("not a pdf", "{}", &out).Ok);
    CHECK_FALSE(AttachMapToPdf("%PDF-1.5\nno trailer here", "{}", &out).Ok);
    CHECK(out.empty());

    // A damaged map PDF through the loader names the file.
    TempFolder dir;
    REQUIRE(WriteFileAtomic(dir / "kapot.pdf", cut, false).Ok);
    Document doc;
    st = LoadDocumentFromFile(dir / "kapot.pdf", &doc);
    CHECK_FALSE(st.Ok);
    CHECK(Contains(st.Message, "kapot.pdf"));
}
