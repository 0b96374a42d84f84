#include "example.h"
#include "host/headless.h"
#include "text/i18n.h"

#include <imgui.h>

#include <catch2/catch.hpp>

#include <string>

TEST_CASE("a headless frame of the example draws the map", "[app]")
{
    AppState app;
    HeadlessContext ctx = CreateHeadlessContext(app, 1920.0f, 1080.0f);
    OpenExample(app);
    int vertices = 0;
    for (int i = 0; i < 3; i++)
        vertices = BuildHeadlessFrame(app);
    CHECK(vertices > 5000);
    // The first frame fitted the map into the canvas.
    CHECK(app.MainView.CanvasView.Zoom > 0.1f);
    CHECK(app.MainView.CanvasView.Zoom < 1.0f);
    CHECK(app.MainView.CanvasRect.Width() > 1000.0f);
    DestroyHeadlessContext(ctx);
}
