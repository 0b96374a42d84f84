// Splitting file paths (POSIX, '/'), written once for the loader, the dialogs and the snapshots.
#pragma once
#include <string>

// "/a/b/c.json" -> "c.json"; a path without a slash is its own name.
std::string BaseName(const std::string& path);
// "/a/b/c.json" -> "/a/b"; "c.json" -> "."; "/c.json" -> "/".
std::string FolderOf(const std::string& path);
