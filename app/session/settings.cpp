#include "session/settings.h"

#include "atomic_file.h"
#include "json_safe.h"

#include <cereal/types/string.hpp>
#include <cereal/types/vector.hpp>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <sstream>
#include <sys/stat.h>

static std::string ConfigFolder()
{
    const char* xdg = std::getenv("XDG_CONFIG_HOME");
    if (xdg && xdg[0] == '/')
        return std::string(xdg) + "/journeyboard";
    const char* home = std::getenv("HOME");
    return std::string(home && home[0] ? home : ".") + "/.config/journeyboard";
}

std::string SettingsPath() { return ConfigFolder() + "/settings.json"; }

Settings LoadSettings()
{
    Settings settings;
    std::string text;
    if (!ReadFileCapped(SettingsPath(), 1 << 20, &text))
        return settings;
    try
    {
        rapidjson::Document json;
        json.Parse(text.c_str(), text.size());
        if (json.HasParseError() || !json.IsObject())
            return Settings();
        if (json.HasMember("language") && json["language"].IsString())
            settings.Language = json["language"].GetString();
        if (json.HasMember("autosave_seconds") && json["autosave_seconds"].IsInt())
            settings.AutosaveSeconds = std::clamp(json["autosave_seconds"].GetInt(), 5, 3600);
        if (json.HasMember("recent_files") && json["recent_files"].IsArray())
            for (const auto& item : json["recent_files"].GetArray())
                if (item.IsString() && settings.RecentFiles.size() < MaxRecentFiles)
                    settings.RecentFiles.push_back(item.GetString());
    }
    catch (const std::exception&)
    {
        return Settings(); // a broken settings file is not worth a dialog: start with defaults
    }
    return settings;
}

static void MakeFolders(const std::string& folder)
{
    for (size_t i = 1; i <= folder.size(); i++)
        if (i == folder.size() || folder[i] == '/')
            mkdir(folder.substr(0, i).c_str(), 0700);
}

Status SaveSettings(const Settings& settings)
{
    std::ostringstream out;
    {
        cereal::JSONOutputArchive archive(out);
        archive(cereal::make_nvp("language", settings.Language), cereal::make_nvp("autosave_seconds", settings.AutosaveSeconds),
                cereal::make_nvp("recent_files", settings.RecentFiles));
    }
    MakeFolders(ConfigFolder());
    return WriteFileAtomic(SettingsPath(), out.str(), false);
}

void AddRecentFile(Settings& settings, const std::string& path)
{
    auto& files = settings.RecentFiles;
    files.erase(std::remove(files.begin(), files.end(), path), files.end());
    files.insert(files.begin(), path);
    if (files.size() > MaxRecentFiles)
        files.resize(MaxRecentFiles);
}
