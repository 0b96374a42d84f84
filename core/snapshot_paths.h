// Where a live snapshot (F12) goes: a `snapshots` folder beside the map file, or the user's
// Pictures folder for a map never saved; the file name carries the map's name and the time.
#pragma once
#include <ctime>
#include <string>

// `map_path`: the saved map's path, empty when unsaved. `home`: $HOME. `xdg_pictures`:
// $XDG_PICTURES_DIR when set. `user_dirs`: the text of ~/.config/user-dirs.dirs (may be empty),
// whose XDG_PICTURES_DIR="$HOME/..." line names the Pictures folder in the user's language.
std::string SnapshotFolder(const std::string& map_path, const std::string& home, const std::string& xdg_pictures,
                           const std::string& user_dirs);

// "hartfalen-voorbeeld-2026-11-25-143005.png" for the map "hartfalen-voorbeeld.cjm.json".
std::string SnapshotFileName(const std::string& map_name, std::time_t when);
