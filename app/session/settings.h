// What JourneyBoard remembers between runs (language, recent files), in
// $XDG_CONFIG_HOME/journeyboard/settings.json (default ~/.config/journeyboard/). A missing or
// broken settings file gives the defaults; it never stops the app from starting.
#pragma once
#include "result.h"

#include <string>
#include <vector>

struct Settings
{
    std::string Language;                 // "nl", "en", or empty: follow the system locale
    std::vector<std::string> RecentFiles; // newest first, at most MaxRecentFiles
    int AutosaveSeconds = 30;             // autosave interval while there are unsaved changes
};

constexpr size_t MaxRecentFiles = 10;

std::string SettingsPath(); // the file, from XDG_CONFIG_HOME or HOME
Settings LoadSettings();    // defaults when the file is missing or broken
Status SaveSettings(const Settings& settings);
void AddRecentFile(Settings& settings, const std::string& path);
