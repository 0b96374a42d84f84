// Splitting file paths (POSIX, '/'), written once for the loader, the dialogs and the snapshots.
#pragma once
#include <string>

// "/a/b/c.json" -> "c.json"; a path without a slash is its own name.
std::string BaseName(const std::string& path);
// "/a/b/c.json" -> "/a/b"; "c.json" -> "."; "/c.json" -> "/".
std::string FolderOf(const std::string& path);
// For display: a text longer than `max_chars` characters (UTF-8 code points) keeps its start and
// its end with "…" between, `max_chars` characters in all ("/home/…/workshop.cjm.json"); never
// splits a character. Shorter texts come back as they are.
std::string ShortenMiddle(const std::string& text, size_t max_chars);
