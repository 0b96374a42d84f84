// A map whose ids are used up, in real headless frames of the app: Ctrl+A, Ctrl+D says why
// nothing was copied, and what is saved afterwards opens again.
#include "input/keys.h"
#include "file_json.h"
#include "host/headless.h"
#include "text/i18n.h"

#include "../temp_folder.h"

#include <imgui.h>

#include <catch2/catch.hpp>

#include <string>

namespace
{
void Frames(AppState& app, int n = 2)
{
    for (int i = 0; i < n; i++)
        BuildHeadlessFrame(app);
}

void PressKey(AppState& app, int key, bool ctrl)
{
    ImGuiIO& io = ImGui::GetIO();
    io.KeyCtrl = ctrl;
    io.KeysDown[key] = true;
    Frames(app, 1);
    io.KeysDown[key] = false;
    io.KeyCtrl = false;
    Frames(app, 2);
}

bool Contains(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }

const char* MapWithoutIdsLeft = R"({"schema": 1, "title": "Hoge ids", "next_id": 2147483648,
  "situations": [{"kind": "current", "phases": [{"id": 2147483591, "name": "Thuis"}],
    "lanes": [{"id": 2147483592, "kind": "moments"}, {"id": 2147483593, "kind": "pain_points"}],
    "moments": [{"id": 2147483600, "phase": 2147483591, "x": 100, "title": "Wegen"}],
    "notes": [{"id": 2147483647, "kind": "pain_point", "text": "Te laat", "moment": 2147483600}]}]})";
} // namespace

TEST_CASE("Ctrl+A, Ctrl+D on a map without ids left says why, and the map still saves and opens", "[app][ids]")
{
    TempFolder folder;
    const std::string path = folder / "hoog.cjm.json";
    AppState app;
    SetLanguage(Language::English);
    HeadlessContext ctx = CreateHeadlessContext(app, 1920.0f, 1080.0f);
    Document doc;
    REQUIRE(LoadDocumentFromString(MapWithoutIdsLeft, &doc).Ok);
    DocumentOrigin origin;
    origin.Path = path;
    origin.DisplayName = "hoog.cjm.json";
    ReplaceDocument(app, doc, origin);
    Frames(app, 3);
    const std::string before = SaveDocumentToString(app.Session.Doc);

    PressKey(app, Key_A, true);
    CHECK(app.MainView.Selected.Moments.size() == 1);
    PressKey(app, Key_D, true);
    INFO(app.ErrorText);
    CHECK(Contains(app.ErrorText, "used up the numbers"));
    CHECK(SaveDocumentToString(app.Session.Doc) == before);
    CHECK_FALSE(app.Session.Dirty);

    app.ErrorText.clear();
    REQUIRE(SaveDocumentAs(app, path));
    Document again;
    const Status loaded = LoadDocumentFromFile(path, &again);
    INFO(loaded.Message);
    CHECK(loaded.Ok);
    DestroyHeadlessContext(ctx);
}
