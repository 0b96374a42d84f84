// What a snapshot shows and how large it is: paper sizes (ISO A series) at a dpi, or a pixel
// scale of the map. Pure: the app renders, this only decides sizes and reads the command line.
#pragma once
#include "result.h"

#include <string>
#include <vector>

enum class Paper
{
    A4,
    A3,
    A2,
    A1,
    A0,
};

enum class ExportSituations
{
    Current, // the first situation
    Desired, // the second (the tip of the method); refused when the map has none
    Both,    // current above desired, on one picture (a PDF: one page each)
    Compare, // the desired situation set against the current one (the Compare view)
};

constexpr int MinExportDpi = 50;
constexpr int MaxExportDpi = 1200;
constexpr int MinExportScale = 1;
constexpr int MaxExportScale = 4;

struct ExportSettings
{
    ExportSituations Situations = ExportSituations::Current;
    bool CurrentViewOnly = false; // app only: what the canvas shows instead of the whole map
    bool UsePaper = true;         // false: Scale pixels per world unit (or per screen pixel of the view)
    Paper PaperSize = Paper::A3;
    bool Portrait = false;        // landscape is the default: a journey runs left to right
    int Dpi = 300;
    int Scale = 2;
    std::string Date;             // printed in the header band; empty: none
    bool ShowGaps = true;         // shade where patient and professional differ by 2 or more
};

const char* PaperName(Paper paper); // "A3"
bool PaperFromName(const std::string& name, Paper* paper); // "A3" or "a3"
// Width and height in millimetres, portrait (ISO 216).
void PaperMillimetres(Paper paper, int* width_mm, int* height_mm);
// Pixels of the page at `dpi`, rounded to the nearest pixel: A3 landscape at 300 dpi is 4961 x 3508.
void PaperPixels(Paper paper, int dpi, bool portrait, int* width, int* height);

// Today's date as the header shows it, e.g. "25-11-2026" (Dutch day-month-year order).
std::string TodayForHeader();

// `journeyboard export FILE -o OUT.png [--paper A3] [--dpi 300] [--portrait] [--scale N]
// [--situation current|desired|both|compare]`: the arguments after "export".
struct ExportCommand
{
    std::string Input;
    std::string Output;
    ExportSettings Settings;
};
Status ParseExportArguments(const std::vector<std::string>& args, ExportCommand* out);
