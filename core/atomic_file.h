// Saving without ever losing the previous file, and reading files a user hands us without
// trusting them. Every error is a Status with a message a nurse can act on (English and Dutch).
#pragma once
#include "result.h"

#include <cstddef>
#include <string>

// Writes `bytes` to `path` so that at every moment `path` holds either the old or the new
// complete contents:
//   write `path.tmp-PID` in the same folder (every write checked) -> fsync ->
//   when keep_backup and an old file exists: hard-link it (or copy it) to `path.bak` ->
//   rename the temp file over `path` -> fsync the folder.
// On failure the temp file is removed, the old file is untouched, and the Status says why.
// A symbolic link at `path` is followed: its target is replaced and the link kept.
// Not meant to be called for the same path from two threads at once.
Status WriteFileAtomic(const std::string& path, const std::string& bytes, bool keep_backup = true);

// Reads a whole regular file of at most max_bytes into *out. Refuses folders, devices
// (/dev/zero), pipes and sockets without reading them, and files over the cap before reading
// them (checked with stat, and again while reading in case the size was wrong or grew).
// *out is assigned only on success.
Status ReadFileCapped(const std::string& path, size_t max_bytes, std::string* out);

// The longest file name (the part after the last '/') WriteFileAtomic accepts: it must leave
// room for the ".bak.tmp-PID" suffix within the usual 255-byte limit.
constexpr size_t MaxSaveFileNameBytes = 236;

// Tests: while errno_value != 0, every write of WriteFileAtomic fails with that errno (e.g.
// ENOSPC, EIO, EACCES), so failure paths can be tested without root or a full disk. 0 = off.
void SetWriteFailureForTesting(int errno_value);
