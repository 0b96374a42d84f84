#include "export_options.h"

#include <cmath>
#include <cstdlib>
#include <ctime>

const char* PaperName(Paper paper)
{
    static const char* const names[] = {"A4", "A3", "A2", "A1", "A0"};
    return names[(int)paper];
}

bool PaperFromName(const std::string& name, Paper* paper)
{
    for (int i = 0; i <= (int)Paper::A0; i++)
        if (name.size() == 2 && (name[0] == 'A' || name[0] == 'a') && name[1] == PaperName((Paper)i)[1])
        {
            *paper = (Paper)i;
            return true;
        }
    return false;
}

void PaperMillimetres(Paper paper, int* width_mm, int* height_mm)
{
    static const int sizes[][2] = {{210, 297}, {297, 420}, {420, 594}, {594, 841}, {841, 1189}};
    *width_mm = sizes[(int)paper][0];
    *height_mm = sizes[(int)paper][1];
}

void PaperPixels(Paper paper, int dpi, bool portrait, int* width, int* height)
{
    int w_mm = 0, h_mm = 0;
    PaperMillimetres(paper, &w_mm, &h_mm);
    const int short_px = (int)std::lround(w_mm / 25.4 * dpi);
    const int long_px = (int)std::lround(h_mm / 25.4 * dpi);
    *width = portrait ? short_px : long_px;
    *height = portrait ? long_px : short_px;
}

std::string TodayForHeader()
{
    const std::time_t now = std::time(nullptr);
    std::tm local = {};
    localtime_r(&now, &local);
    char text[32];
    std::strftime(text, sizeof(text), "%d-%m-%Y", &local);
    return text;
}

static bool ParseWholeNumber(const std::string& text, int low, int high, int* value)
{
    if (text.empty() || text.size() > 6)
        return false;
    char* end = nullptr;
    const long v = std::strtol(text.c_str(), &end, 10);
    if (*end != '\0' || v < low || v > high)
        return false;
    *value = (int)v;
    return true;
}

Status ParseExportArguments(const std::vector<std::string>& args, ExportCommand* out)
{
    ExportCommand command;
    bool paper_given = false, scale_given = false, dpi_given = false, portrait_given = false;
    auto usage = [](const std::string& en, const std::string& nl) { return Status::Error(en, nl); };
    for (size_t i = 0; i < args.size(); i++)
    {
        const std::string& arg = args[i];
        const bool has_value = i + 1 < args.size();
        if (arg == "-o" || arg == "--output" || arg == "--paper" || arg == "--dpi" || arg == "--scale" || arg == "--situation")
        {
            if (!has_value)
                return usage(arg + " needs a value", arg + " heeft een waarde nodig");
            const std::string& value = args[++i];
            if (arg == "-o" || arg == "--output")
                command.Output = value;
            else if (arg == "--paper")
            {
                if (!PaperFromName(value, &command.Settings.PaperSize))
                    return usage("--paper: \"" + value + "\" is not one of A4, A3, A2, A1, A0",
                                 "--paper: \"" + value + "\" is niet een van A4, A3, A2, A1, A0");
                paper_given = true;
            }
            else if (arg == "--dpi")
            {
                if (!ParseWholeNumber(value, MinExportDpi, MaxExportDpi, &command.Settings.Dpi))
                    return usage("--dpi: \"" + value + "\" is not a whole number from 50 to 1200",
                                 "--dpi: \"" + value + "\" is geen geheel getal van 50 tot 1200");
                dpi_given = true;
            }
            else if (arg == "--scale")
            {
                if (!ParseWholeNumber(value, MinExportScale, MaxExportScale, &command.Settings.Scale))
                    return usage("--scale: \"" + value + "\" is not a whole number from 1 to 4",
                                 "--scale: \"" + value + "\" is geen geheel getal van 1 tot 4");
                scale_given = true;
            }
            else if (value == "current" || value == "desired" || value == "both" || value == "compare")
                command.Settings.Situations = value == "current" ? ExportSituations::Current
                                              : value == "desired" ? ExportSituations::Desired
                                              : value == "both"    ? ExportSituations::Both
                                                                   : ExportSituations::Compare;
            else
                return usage("--situation: \"" + value + "\" is not one of current, desired, both, compare",
                             "--situation: \"" + value + "\" is niet een van current, desired, both, compare");
        }
        else if (arg == "--portrait")
            command.Settings.Portrait = portrait_given = true;
        else if (!arg.empty() && arg[0] == '-')
            return usage("unknown option: " + arg, "onbekende optie: " + arg);
        else if (command.Input.empty())
            command.Input = arg;
        else
            return usage("extra argument: " + arg + " (only one map can be exported at a time)",
                         "extra argument: " + arg + " (er kan maar een kaart tegelijk worden geëxporteerd)");
    }
    if (command.Input.empty())
        return usage("export needs the map FILE to export", "export heeft het kaartbestand (FILE) nodig");
    if (command.Output.empty())
        return usage("export needs -o OUT.png: where to write the picture", "export heeft -o UIT.png nodig: waar de afbeelding komt");
    if (scale_given && (paper_given || dpi_given || portrait_given))
        return usage("--scale cannot be combined with --paper, --dpi or --portrait: choose a paper size or a scale",
                     "--scale gaat niet samen met --paper, --dpi of --portrait: kies een papierformaat of een schaal");
    command.Settings.UsePaper = !scale_given;
    command.Settings.Date = TodayForHeader();
    *out = command;
    return Status::Success();
}
