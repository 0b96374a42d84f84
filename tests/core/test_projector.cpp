// The projector window's pure parts: the monitor it goes on (the other one, the largest of the
// others, none when alone) and follow mode's view (the facilitator's area, whole, scaled to fit).
#include "projector.h"

#include <catch2/catch.hpp>

#include <cmath>

TEST_CASE("The projector goes on the monitor the main window is not on", "[projector]")
{
    const std::vector<MonitorArea> laptop_and_beamer = {{0, 0, 1920, 1080}, {1920, 0, 1280, 720}};
    CHECK(ChooseProjectorMonitor(laptop_and_beamer, 900, 500) == 1);
    CHECK(ChooseProjectorMonitor(laptop_and_beamer, 2500, 300) == 0); // the main window moved onto the beamer
    // A beamer left of the laptop, at negative desktop coordinates.
    const std::vector<MonitorArea> left = {{0, 0, 1366, 768}, {-1920, 0, 1920, 1080}};
    CHECK(ChooseProjectorMonitor(left, 600, 400) == 1);
    CHECK(ChooseProjectorMonitor(left, -600, 400) == 0);
}

TEST_CASE("With one monitor there is no projector monitor, with three the largest other one", "[projector]")
{
    CHECK(ChooseProjectorMonitor({{0, 0, 1920, 1080}}, 900, 500) == -1);
    CHECK(ChooseProjectorMonitor({}, 0, 0) == -1);
    const std::vector<MonitorArea> three = {{0, 0, 1920, 1200}, {1920, 0, 1280, 720}, {3200, 0, 3840, 2160}};
    CHECK(ChooseProjectorMonitor(three, 100, 100) == 2);
    CHECK(ChooseProjectorMonitor(three, 3300, 100) == 0);
    CHECK(ChooseProjectorMonitor(three, 2000, 100) == 2);
    // The main window's centre off every monitor counts as on the first.
    CHECK(ChooseProjectorMonitor(three, -5000, -5000) == 2);
    // Two equal others: the first of them.
    const std::vector<MonitorArea> twins = {{0, 0, 1920, 1080}, {1920, 0, 1920, 1080}, {3840, 0, 1920, 1080}};
    CHECK(ChooseProjectorMonitor(twins, 100, 100) == 1);
}

TEST_CASE("Follow mode keeps the facilitator's world area in view, scaled to the projector", "[projector]")
{
    // The laptop's canvas: below the menu and tabs, left of the inspector, zoomed in and panned.
    const Rect laptop_canvas = {{0.0f, 60.0f}, {1500.0f, 1040.0f}};
    View laptop;
    laptop.OriginScreen = {-800.0f, 120.0f};
    laptop.Zoom = 0.8f;
    const Rect shown_world = ScreenToWorld(laptop, laptop_canvas);

    for (const Rect projector : {Rect{{0.0f, 0.0f}, {1920.0f, 1080.0f}}, Rect{{0.0f, 0.0f}, {1024.0f, 768.0f}},
                                 Rect{{0.0f, 0.0f}, {3840.0f, 2160.0f}}})
    {
        const View follow = FollowView(laptop, laptop_canvas, projector);
        const Rect on_projector = WorldToScreen(follow, shown_world);
        // The whole area shows, touching two opposite edges, centred.
        CHECK(on_projector.Min.x >= projector.Min.x - 0.5f);
        CHECK(on_projector.Min.y >= projector.Min.y - 0.5f);
        CHECK(on_projector.Max.x <= projector.Max.x + 0.5f);
        CHECK(on_projector.Max.y <= projector.Max.y + 0.5f);
        const bool fills_width = std::abs(on_projector.Width() - projector.Width()) < 0.5f;
        const bool fills_height = std::abs(on_projector.Height() - projector.Height()) < 0.5f;
        CHECK((fills_width || fills_height));
        CHECK(on_projector.Center().x == Approx(projector.Center().x).margin(0.5));
        CHECK(on_projector.Center().y == Approx(projector.Center().y).margin(0.5));
        // Same shape of the world: the zoom scales both axes alike.
        CHECK(on_projector.Width() / on_projector.Height() == Approx(laptop_canvas.Width() / laptop_canvas.Height()).epsilon(0.001));
    }

    // A 1920 wide projector shows the 1500 pixel wide canvas larger: 1080 / 980 of it.
    const View follow = FollowView(laptop, laptop_canvas, Rect{{0.0f, 0.0f}, {1920.0f, 1080.0f}});
    CHECK(follow.Zoom == Approx(laptop.Zoom * 1080.0f / 980.0f));
}
