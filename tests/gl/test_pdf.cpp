// PDFs checked with poppler's tools, independent of Cairo: the map PDF (page size, pages, the
// attached map that opens again) and the workshop report (text found by pdftotext, fonts
// embedded, the table continued with its header). The pages are also rendered with pdftoppm to
// build/tests/pdf/ to look at.
#include "atomic_file.h"
#include "edit.h"
#include "example.h"
#include "export/pdf_map.h"
#include "export/pdf_report.h"
#include "export/snapshot.h"
#include "file_json.h"
#include "pdf_meta.h"
#include "render/photo_image.h"
#include "report.h"
#include "text/i18n.h"

#include "../temp_folder.h"
#include "need_gl.h"

#include <catch2/catch.hpp>

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>
#include <sstream>

#include <sys/mount.h>
#include <sys/wait.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace
{
std::string ReadAll(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

// stdout of a shell command; REQUIREs exit code 0.
std::string Run(const std::string& command)
{
    FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
    REQUIRE(pipe);
    std::string out;
    char buffer[4096];
    size_t n;
    while ((n = std::fread(buffer, 1, sizeof(buffer), pipe)) > 0)
        out.append(buffer, n);
    const int status = ::pclose(pipe);
    INFO(command << "\n" << out);
    REQUIRE((WIFEXITED(status) && WEXITSTATUS(status) == 0));
    return out;
}

std::string Q(const std::string& path) { return "'" + path + "'"; }

// "Page size: 1190.55 x 841.89 pts (A3)" -> width, height.
void PageSize(const std::string& pdfinfo, double* w, double* h)
{
    std::smatch m;
    REQUIRE(std::regex_search(pdfinfo, m, std::regex("Page size: +([0-9.]+) x ([0-9.]+) pts")));
    *w = std::stod(m[1]);
    *h = std::stod(m[2]);
}

int Pages(const std::string& pdfinfo)
{
    std::smatch m;
    REQUIRE(std::regex_search(pdfinfo, m, std::regex("Pages: +([0-9]+)")));
    return std::stoi(m[1]);
}

// Every page as a PNG under build/tests/pdf/NAME-N.png, to look at.
void RenderPages(const std::string& pdf, const std::string& name, int dpi)
{
    fs::create_directories("pdf");
    Run("pdftoppm -r " + std::to_string(dpi) + " -png " + Q(pdf) + " " + Q("pdf/" + name));
}

// pdftotext joins words with single spaces and breaks lines anywhere: compare without whitespace.
std::string Squeezed(const std::string& text)
{
    std::string out;
    for (char c : text)
        if (c != ' ' && c != '\n' && c != '\r' && c != '\f' && c != '\t')
            out += c;
    return out;
}
} // namespace

TEST_CASE("a map PDF has one page per situation at the paper's exact size, and opens again as the map", "[pdf]")
{
    NeedGl();
    const Document doc = MakeExampleDocument();
    TempFolder dir;
    const std::string path = dir / "kaart.pdf";
    ExportSettings settings;
    settings.Situations = ExportSituations::Both;
    settings.PaperSize = Paper::A3;
    settings.Dpi = 150;
    MapPdfInfo info;
    const Status st = ExportMapPdf(doc, settings, path, &info);
    INFO(st.Message);
    REQUIRE(st.Ok);
    CHECK(info.Pages == 2);
    CHECK(info.PixelWidth == 2480); // A3 landscape at 150 dpi: the PNG export's pixels
    CHECK(info.PixelHeight == 1754);

    const std::string pdfinfo = Run("pdfinfo " + Q(path));
    CHECK(Pages(pdfinfo) == 2);
    double w = 0, h = 0;
    PageSize(pdfinfo, &w, &h);
    CHECK(w == Approx(420.0 * 72.0 / 25.4).margin(0.01)); // 1190.55 pt
    CHECK(h == Approx(297.0 * 72.0 / 25.4).margin(0.01)); // 841.89 pt
    // The picture's pixels fill the page exactly: 150 dpi.
    const std::string images = Run("pdfimages -list " + Q(path));
    CHECK(images.find("2480  1754") != std::string::npos);

    // The map is an attachment: poppler lists it, and JourneyBoard loads the PDF as the map.
    const std::string attached = Run("pdfdetach -list " + Q(path));
    CHECK(attached.find("1 embedded files") != std::string::npos);
    CHECK(attached.find(PdfMapFileName) != std::string::npos);
    Run("pdfdetach -save 1 -o " + Q(dir / "uit.cjm.json") + " " + Q(path));
    CHECK(ReadAll(dir / "uit.cjm.json") == SaveDocumentToString(doc));
    Document loaded;
    const Status load = LoadDocumentFromFile(path, &loaded);
    INFO(load.Message);
    REQUIRE(load.Ok);
    CHECK(SaveDocumentToString(loaded) == SaveDocumentToString(doc));

    // Portrait A4, one situation: one page, the other way round.
    settings.Situations = ExportSituations::Desired;
    settings.PaperSize = Paper::A4;
    settings.Portrait = true;
    settings.Dpi = 100;
    REQUIRE(ExportMapPdf(doc, settings, dir / "a4.pdf").Ok);
    const std::string a4 = Run("pdfinfo " + Q(dir / "a4.pdf"));
    CHECK(Pages(a4) == 1);
    PageSize(a4, &w, &h);
    CHECK(w == Approx(595.28).margin(0.01));
    CHECK(h == Approx(841.89).margin(0.01));
    RenderPages(path, "map", 40);
}

TEST_CASE("a map PDF to a full disk fails and leaves nothing behind", "[pdf]")
{
    NeedGl();
    const Document doc = MakeExampleDocument();
    TempFolder dir;
    ExportSettings settings;
    settings.Dpi = 100;
    SetWriteFailureForTesting(ENOSPC);
    const Status st = ExportMapPdf(doc, settings, dir / "kaart.pdf");
    SetWriteFailureForTesting(0);
    CHECK_FALSE(st.Ok);
    CHECK(st.Message.find("disk is full") != std::string::npos);
    CHECK(fs::is_empty(dir.Path));
}

TEST_CASE("the workshop report PDF: A4 portrait, real text with every pain point, fonts embedded", "[pdf][report]")
{
    NeedGl();
    SetLanguage(Language::Dutch);
    Document doc = MakeExampleDocument();
    // Enough pain points that the table continues on another page.
    for (int i = 0; i < 40; i++)
    {
        NoteId id;
        REQUIRE(AddNote(doc, 0, NoteKind::PainPoint, doc.Situations[0].Moments[(size_t)(i % 15)].Id, Vec2(), "Extra knelpunt " + std::to_string(i + 1), &id));
    }
    const std::vector<BottleneckRow> rows = RankBottlenecks(doc);
    TempFolder dir;
    const std::string path = dir / "verslag.pdf";
    ReportPdfInfo info;
    const Status st = WriteReportPdf(doc, rows, path, &info);
    SetLanguage(Language::English);
    INFO(st.Message);
    REQUIRE(st.Ok);
    CHECK(info.TablePages >= 2);

    const std::string pdfinfo = Run("pdfinfo " + Q(path));
    double w = 0, h = 0;
    PageSize(pdfinfo, &w, &h);
    CHECK(w == Approx(595.28).margin(0.01));
    CHECK(h == Approx(841.89).margin(0.01));
    CHECK(Pages(pdfinfo) == info.Pages);

    // -raw: in the order the PDF draws (a table cell's lines stay together).
    const std::string text = Squeezed(Run("pdftotext -raw -enc UTF-8 " + Q(path) + " -"));
    CHECK(text.find(Squeezed(doc.Title)) != std::string::npos);
    CHECK(text.find("JanBosman") != std::string::npos); // the persona's name
    CHECK(text.find("Workshopverslag") != std::string::npos);
    for (const BottleneckRow& row : rows)
    {
        INFO(row.PainPoint);
        CHECK(text.find(Squeezed(row.PainPoint)) != std::string::npos);
    }
    for (const Note& n : doc.Situations[0].Notes)
        if (n.Kind == NoteKind::Opportunity)
            CHECK(text.find(Squeezed(n.Text)) != std::string::npos);
    CHECK(text.find("Huidigeengewenstesituatievergeleken") != std::string::npos);
    CHECK(text.find("Riameldtzelfeenverslechteringviadeapp") != std::string::npos); // the new moment
    // The table's header is on every page it runs over.
    size_t headers = 0;
    for (size_t at = text.find("RangSituatieFase"); at != std::string::npos; at = text.find("RangSituatieFase", at + 1))
        headers++;
    CHECK((int)headers == info.TablePages);

    // Fonts: every one embedded (pdffonts' "emb" column).
    const std::string fonts = Run("pdffonts " + Q(path));
    INFO(fonts);
    int font_lines = 0;
    std::istringstream lines(fonts);
    std::string line;
    int n = 0;
    while (std::getline(lines, line))
        if (n++ >= 2 && !line.empty())
        {
            font_lines++;
            CHECK(std::regex_search(line, std::regex(" yes +(yes|no) +(yes|no) +[0-9]+ +[0-9]+ *$")));
        }
    CHECK(font_lines >= 2); // regular and bold at least
    RenderPages(path, "report", 50);
}

// pdftotext -bbox: the left edge (points) of the Nth occurrence of a word on a page.
static double WordLeft(const std::string& pdf, int page, const std::string& word, int occurrence)
{
    const std::string html = Run("pdftotext -bbox -f " + std::to_string(page) + " -l " + std::to_string(page) + " " + Q(pdf) + " -");
    const std::regex word_re("<word xMin=\"([0-9.]+)\"[^>]*>" + word + "</word>");
    int seen = 0;
    for (auto it = std::sregex_iterator(html.begin(), html.end(), word_re); it != std::sregex_iterator(); ++it)
        if (seen++ == occurrence)
            return std::stod((*it)[1]);
    FAIL("word " << word << " #" << occurrence << " not on page " << page);
    return 0.0;
}

TEST_CASE("the report's persona page puts the name beside the photo, or at the margin when there is none", "[pdf][report]")
{
    NeedGl();
    Document doc = MakeExampleDocument();
    doc.Personas.resize(1);
    TempFolder dir;
    auto name_left = [&](const Document& d, const std::string& file) {
        const std::string path = dir / file;
        ReportPdfInfo info;
        const Status st = WriteReportPdf(d, RankBottlenecks(d), path, &info);
        INFO(st.Message);
        REQUIRE(st.Ok);
        // Page 2 is the persona's: the heading "Persona: Jan Bosman", then the name on its own.
        const double heading_left = WordLeft(path, 2, "Persona:", 0);
        return WordLeft(path, 2, "Jan", 1) - heading_left;
    };
    REQUIRE(doc.Personas[0].Photo.empty());
    CHECK(name_left(doc, "zonder-foto.pdf") == Approx(0.0).margin(1.0));

    SnapshotImage square{64, 64, std::vector<uint8_t>(64 * 64 * 3, 128)};
    std::string png, photo;
    REQUIRE(EncodeSnapshot(square, doc, 0.0, &png));
    REQUIRE(PreparePersonaPhoto(png, &photo).Ok);
    doc.Personas[0].Photo = photo;
    CHECK(name_left(doc, "met-foto.pdf") > 150.0); // beside the 150 pt photo
}
