// Every letter of Latin-1 and Latin Extended-A (ë é ï ü ç ĳ ő ...) and every symbol the UI and the
// canvas draw has a real glyph in every font JourneyBoard bakes: none falls back to the box.
#include "host/headless.h"

#include <imgui.h>

#include <catch2/catch.hpp>

#include <vector>

static std::vector<unsigned> CodepointsToRender()
{
    std::vector<unsigned> codepoints;
    for (unsigned c = 0x20; c <= 0x7E; c++) // Basic Latin
        codepoints.push_back(c);
    for (unsigned c = 0xA1; c <= 0xFF; c++) // Latin-1 letters and signs (0xA0 no-break space and 0xAD soft hyphen are invisible)
        if (c != 0xAD)
            codepoints.push_back(c);
    for (unsigned c = 0x100; c <= 0x17F; c++) // Latin Extended-A
        codepoints.push_back(c);
    // The UI's symbols: dashes, quotes, bullet, ellipsis, arrows, minus, the faces.
    for (unsigned c : {0x2013u, 0x2014u, 0x2018u, 0x2019u, 0x201Cu, 0x201Du, 0x2022u, 0x2026u, 0x2190u, 0x2191u, 0x2192u, 0x2193u,
                       0x2212u, 0x2639u, 0x263Au, 0x00B1u, 0x00D7u})
        codepoints.push_back(c);
    return codepoints;
}

TEST_CASE("every Latin-1, Latin Extended-A and UI symbol glyph is in every font", "[fonts]")
{
    AppState app;
    HeadlessContext ctx = CreateHeadlessContext(app, 1280.0f, 800.0f);
    REQUIRE_FALSE(app.MainView.Fonts.UsedBuiltIn); // fonts-inter or fonts-dejavu-core must be installed
    std::vector<ImFont*> fonts = {app.MainView.Fonts.Ui, app.MainView.Fonts.UiBold};
    for (int i = 0; i < CanvasFontSizeCount; i++)
    {
        fonts.push_back(app.MainView.Fonts.Canvas[i]);
        fonts.push_back(app.MainView.Fonts.CanvasBold[i]);
    }
    const std::vector<unsigned> codepoints = CodepointsToRender();
    int missing = 0;
    for (ImFont* font : fonts)
    {
        REQUIRE(font != nullptr);
        for (unsigned c : codepoints)
        {
            const ImFontGlyph* glyph = font->FindGlyphNoFallback((ImWchar)c);
            if (!glyph)
            {
                missing++;
                WARN("U+" << std::hex << c << " missing in a font of size " << std::dec << font->FontSize);
            }
            else if (c != 0x20)
                // A real glyph has ink, unlike the empty box some fonts map unknown letters to.
                CHECK((glyph->Visible && glyph->X1 > glyph->X0));
        }
    }
    CHECK(missing == 0);
    // And a word with them measures as real text, not as fallback boxes of one width.
    ImFont* ui = app.MainView.Fonts.Ui;
    const float wide = ui->CalcTextSizeA(ui->FontSize, 1e9f, 0.0f, "\xC4\xB3\xC4\xB3\xC4\xB3").x;   // ĳĳĳ
    const float narrow = ui->CalcTextSizeA(ui->FontSize, 1e9f, 0.0f, "\xC3\xAF\xC3\xAF\xC3\xAF").x; // ïïï
    CHECK(wide > narrow);
    DestroyHeadlessContext(ctx);
}
