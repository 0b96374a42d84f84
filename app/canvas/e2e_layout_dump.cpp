#include "canvas/e2e_layout_dump.h"

#include "facilitate/facilitate_canvas.h"

#include <imgui.h>

#include <cstdio>
#include <cstdlib>
#include <string>

namespace
{
void Append(std::string& out, const char* format, double a, double b)
{
    char text[96];
    std::snprintf(text, sizeof(text), format, a, b);
    out += text;
}

void AppendRect(std::string& out, const View& view, const Rect& r_world)
{
    const Rect r = WorldToScreen(view, r_world);
    Append(out, "[%.1f,%.1f,", r.Min.x, r.Min.y);
    Append(out, "%.1f,%.1f]", r.Max.x, r.Max.y);
}

void AppendPoint(std::string& out, const View& view, Vec2 p_world)
{
    const Vec2 p = WorldToScreen(view, p_world);
    Append(out, "[%.1f,%.1f]", p.x, p.y);
}
} // namespace

void DumpLayoutForTests(const Session& session, ViewState& view, const MapLayout& layout)
{
    const char* base = std::getenv("JB_E2E_DUMP_LAYOUT");
    if (!base || !base[0])
        return;
    std::string path = base;
    if (!view.Dump.Suffix.empty())
    {
        const size_t dot = path.rfind('.');
        const size_t slash = path.rfind('/');
        const bool has_extension = dot != std::string::npos && (slash == std::string::npos || dot > slash);
        path.insert(has_extension ? dot : path.size(), view.Dump.Suffix);
    }
    const View& transform = view.CanvasView;
    std::string out = "{\"zoom\":" + std::to_string(transform.Zoom) + ",\"editor_open\":" + (view.Canvas.Editor.IsOpen() ? "true" : "false");
    out += ",\"editor_lines\":" + std::to_string(view.Canvas.Editor.ShownLines) +
           ",\"editor_map_lines\":" + std::to_string(view.Canvas.Editor.MapLines);
    out += ",\"presenting\":" + std::string(view.Present.Active ? "true" : "false") + ",\"step\":" + std::to_string(view.Present.Step) +
           ",\"steps\":" + std::to_string(view.Present.Plan.size()) + ",\"canvas\":";
    AppendRect(out, View(), view.CanvasRect);
    out += ",\"phases\":[";
    for (size_t i = 0; i < layout.Phases.size(); i++)
    {
        out += (i ? ",{" : "{") + std::string("\"id\":") + std::to_string(layout.Phases[i].Id.Value) + ",\"header\":";
        AppendRect(out, transform, layout.Phases[i].Header);
        out += ",\"column\":";
        AppendRect(out, transform, layout.Phases[i].Column);
        out += "}";
    }
    out += "],\"lanes\":[";
    for (size_t i = 0; i < layout.Lanes.size(); i++)
    {
        out += (i ? ",{" : "{") + std::string("\"id\":") + std::to_string(layout.Lanes[i].Id.Value) + ",\"kind\":\"" +
               LaneKindKey(layout.Lanes[i].Kind) + "\",\"row\":";
        AppendRect(out, transform, layout.Lanes[i].Row);
        out += "}";
    }
    out += "],\"moments\":[";
    for (size_t i = 0; i < layout.Moments.size(); i++)
    {
        const MomentBox& box = layout.Moments[i];
        out += (i ? ",{" : "{") + std::string("\"id\":") + std::to_string(box.Id.Value) + ",\"phase\":" + std::to_string(box.Phase.Value) + ",\"card\":";
        AppendRect(out, transform, box.Card);
        out += ",\"patient\":";
        AppendPoint(out, transform, box.PatientPoint);
        out += ",\"professional\":";
        AppendPoint(out, transform, box.ProfessionalPoint);
        out += "}";
    }
    out += "],\"score_step_pixels\":" + std::to_string(layout.PatientCurveBand.Height() * 0.25f * transform.Zoom);
    out += ",\"notes\":[";
    for (size_t i = 0; i < layout.Notes.size(); i++)
    {
        out += (i ? ",{" : "{") + std::string("\"id\":") + std::to_string(layout.Notes[i].Id.Value) + ",\"box\":";
        AppendRect(out, transform, layout.Notes[i].Box);
        out += "}";
    }
    out += "]" + FacilitationDumpFields(session, ImGui::GetTime()) + "}\n";

    if (out == view.Dump.Written)
        return;
    // Write then rename: the script never reads half a file.
    const std::string tmp = path + ".tmp";
    if (FILE* f = std::fopen(tmp.c_str(), "w"))
    {
        const bool ok = std::fwrite(out.data(), 1, out.size(), f) == out.size();
        if (std::fclose(f) == 0 && ok && std::rename(tmp.c_str(), path.c_str()) == 0)
            view.Dump.Written = out;
    }
}
