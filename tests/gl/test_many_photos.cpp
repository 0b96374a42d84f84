// Many personas with photos: every card shows its own photo in the picture, however many there
// are (the texture cache never frees a texture the picture still draws), and photos stored large
// are drawn from a downscaled copy.
#include "edit.h"
#include "example.h"
#include "export/snapshot.h"
#include "render/photo_image.h"
#include "render/photo_textures.h"
#include "text/i18n.h"

#include "need_gl.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <vector>

namespace
{
struct Rgb
{
    int R, G, B;
};

// A photo of one colour, `side` pixels square, as stored in a map.
std::string SolidPhoto(Rgb c, int side)
{
    SnapshotImage square{side, side, std::vector<uint8_t>((size_t)side * side * 3)};
    for (size_t i = 0; i < square.Rgb.size(); i += 3)
        square.Rgb[i] = (uint8_t)c.R, square.Rgb[i + 1] = (uint8_t)c.G, square.Rgb[i + 2] = (uint8_t)c.B;
    Document empty;
    std::string png;
    REQUIRE(EncodeSnapshot(square, empty, 0.0, &png));
    return EncodeBase64(png); // stored as it is: a file made elsewhere need not be downscaled
}
} // namespace

TEST_CASE("forty personas with photos: each card shows its own photo in the snapshot", "[snapshot][persona][photos]")
{
    NeedGl();
    SetLanguage(Language::English);
    // Forty colours far apart from each other and from the map's greys.
    std::vector<Rgb> colours;
    const int levels[] = {0, 100, 200};
    for (int r : levels)
        for (int g : levels)
            for (int b : levels)
                if (!(r == g && g == b))
                    colours.push_back({r, g, b});
    const int more[] = {50, 150, 250};
    for (int r : more)
        for (int g : more)
            for (int b : more)
                if (colours.size() < 40 && !(r == g && g == b))
                    colours.push_back({r, g, b});
    REQUIRE(colours.size() == 40);

    Document doc = MakeExampleDocument();
    doc.Personas.clear();
    doc.Situations.resize(1);
    doc.Situations[0].Moments.clear();
    doc.Situations[0].Notes.clear();
    for (size_t i = 0; i < colours.size(); i++)
    {
        PersonaId id;
        REQUIRE(AddPersona(doc, "P" + std::to_string(i), &id));
        doc.Personas.back().Photo = SolidPhoto(colours[i], i % 4 == 0 ? 1024 : 32);
    }

    ExportSettings settings;
    settings.PaperSize = Paper::A3;
    settings.Dpi = 150;
    settings.Date = "01-01-2026";
    SnapshotImage image;
    REQUIRE(RenderPlannedSnapshot(doc, settings, &image, nullptr));

    std::vector<size_t> counts(colours.size(), 0);
    for (size_t p = 0; p + 2 < image.Rgb.size(); p += 3)
        for (size_t i = 0; i < colours.size(); i++)
            if (std::abs(image.Rgb[p] - colours[i].R) <= 12 && std::abs(image.Rgb[p + 1] - colours[i].G) <= 12 &&
                std::abs(image.Rgb[p + 2] - colours[i].B) <= 12)
            {
                counts[i]++;
                break;
            }
    for (size_t i = 0; i < colours.size(); i++)
    {
        CAPTURE(i, colours[i].R, colours[i].G, colours[i].B);
        CHECK(counts[i] >= 20);
    }
}
