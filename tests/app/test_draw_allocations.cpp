// Drawing a map allocates nothing once its buffers have grown: every operator new and every ImGui
// allocation during DrawMap is counted, for the stress map at 100 %, at the app's fit zoom and
// with the whole map on screen.
#include "render/draw_map.h"
#include "host/headless.h"
#include "history.h"
#include "stress_map.h"

#include <imgui.h>

#include <catch2/catch.hpp>

#include <atomic>
#include <cstdlib>
#include <new>

namespace
{
std::atomic<long> g_allocations{0};

void* CountingImGuiAlloc(size_t size, void*)
{
    g_allocations++;
    return std::malloc(size);
}
void CountingImGuiFree(void* ptr, void*) { std::free(ptr); }
} // namespace

// Every allocation of this test program is counted (only counted: it still uses malloc).
void* operator new(std::size_t size)
{
    g_allocations++;
    if (void* p = std::malloc(size ? size : 1))
        return p;
    throw std::bad_alloc();
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }

TEST_CASE("drawing the stress map allocates nothing after the first frames", "[app][stress]")
{
    ImGui::SetAllocatorFunctions(CountingImGuiAlloc, CountingImGuiFree, nullptr);
    AppState app;
    HeadlessContext ctx = CreateHeadlessContext(app, 1920.0f, 1080.0f);
    app.Session.Doc = MakeStressDocument();
    ResetHistory(app.Session.Undo, app.Session.Doc);
    app.MainView.FitRequested = true;
    BuildHeadlessFrame(app);
    const MapLayout& layout = CachedLayout(app.MainView.Layout, CurrentSituation(app));
    const Rect screen = {{0.0f, 0.0f}, {1920.0f, 1080.0f}};

    struct Case
    {
        const char* Name;
        View ViewTransform;
    };
    View at_100;
    at_100.OriginScreen = screen.Center() - layout.Moments[2500].Card.Center();
    View whole;
    whole.Zoom = 1900.0f / layout.Bounds.Width();
    whole.OriginScreen = screen.Center() - layout.Bounds.Center() * whole.Zoom;
    const Case cases[] = {{"100 %", at_100}, {"fit", app.MainView.CanvasView}, {"whole map", whole}};
    MapDrawOptions options;
    options.SelectedMoments = &app.MainView.Selected.Moments;
    options.SelectedNotes = &app.MainView.Selected.Notes;
    app.MainView.Selected.Moments.insert(layout.Moments[2500].Id);
    for (const Case& c : cases)
    {
        INFO(c.Name);
        long during_last = -1;
        int vertices = 0;
        for (int frame = 0; frame < 4; frame++)
        {
            ImGui::NewFrame();
            ImDrawList* draw_list = ImGui::GetForegroundDrawList();
            const long before = g_allocations.load();
            DrawMap(draw_list, app.MainView.Fonts, app.Session.Doc, CurrentSituation(app), layout, c.ViewTransform, screen, options);
            during_last = g_allocations.load() - before;
            vertices = draw_list->VtxBuffer.Size;
            ImGui::Render();
        }
        CHECK(vertices > 1000); // it did draw
        CHECK(during_last == 0);
    }
    DestroyHeadlessContext(ctx);
}
