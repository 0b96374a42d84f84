#include "snapshot_paths.h"
#include "paths.h"

#include <sstream>


// The value of XDG_PICTURES_DIR in user-dirs.dirs, with $HOME expanded; empty when absent.
static std::string PicturesFromUserDirs(const std::string& user_dirs, const std::string& home)
{
    std::istringstream lines(user_dirs);
    std::string line;
    const std::string key = "XDG_PICTURES_DIR=";
    while (std::getline(lines, line))
    {
        if (line.compare(0, key.size(), key) != 0)
            continue;
        std::string value = line.substr(key.size());
        if (value.size() >= 2 && value.front() == '"' && value.back() == '"')
            value = value.substr(1, value.size() - 2);
        if (value.compare(0, 5, "$HOME") == 0)
            value = home + value.substr(5);
        // "$HOME/" alone means the user turned the folder off: use the fallback.
        if (value.empty() || value[0] != '/' || value == home || value == home + "/")
            return std::string();
        return value;
    }
    return std::string();
}

std::string SnapshotFolder(const std::string& map_path, const std::string& home, const std::string& xdg_pictures,
                           const std::string& user_dirs)
{
    if (!map_path.empty())
        return FolderOf(map_path) + "/snapshots";
    if (!xdg_pictures.empty() && xdg_pictures[0] == '/')
        return xdg_pictures;
    const std::string from_file = PicturesFromUserDirs(user_dirs, home);
    if (!from_file.empty())
        return from_file;
    return (home.empty() ? std::string(".") : home) + "/Pictures";
}

std::string SnapshotFileName(const std::string& map_name, std::time_t when)
{
    std::string stem = BaseName(map_name);
    for (const char* suffix : {".cjm.json", ".json", ".png"})
    {
        const std::string s = suffix;
        if (stem.size() > s.size() && stem.compare(stem.size() - s.size(), s.size(), s) == 0)
        {
            stem.resize(stem.size() - s.size());
            break;
        }
    }
    if (stem.empty())
        stem = "kaart";
    if (stem.size() > 180) // room for the time and the extension within a 255-byte name
        stem.resize(180);
    std::tm local = {};
    localtime_r(&when, &local);
    char time_text[40];
    std::strftime(time_text, sizeof(time_text), "-%Y-%m-%d-%H%M%S.png", &local);
    return stem + time_text;
}
