// Older map files are read by rewriting their parsed JSON forward, one file version at a time,
// before the normal reader sees it: the reader only ever knows the current shape.
//
// File versions:
//   0  (before JourneyBoard 0.1; kept to prove the mechanism, and for hand-made files)
//      - no "next_id" (one above the highest id is used);
//      - situations have no "lanes": the default lanes were implied;
//      - a moment's experiences are flat fields: "patient_score", "patient_text",
//        "professional_score", "professional_text"; there are no "cells" and no "origin".
//   1  nested experiences {"score", "text"}, lanes, next_id, cells, origin. Every moment is
//      scored: a missing "score" (or a missing experience) means 0.
//   2  the current shape (see file_json.h and the README): a score may be "not scored yet",
//      written as "score": null (a missing "score" reads the same). Migrating from 1 writes the
//      implied 0 wherever a score was missing, so every score of a version 1 file stays scored.
#pragma once
#include "json_path.h"
#include "json_safe.h"
#include "result.h"

#include <string>

constexpr int OldestSchema = 0; // the oldest file version this JourneyBoard migrates

// Rewrites `dom` (an object of file version `from`, OldestSchema <= from < CurrentSchema) into
// the current shape. Parts that do not have the shape the version promises are left alone for
// the reader to report.
void MigrateToCurrent(rapidjson::Document& dom, int from);

// Where the original of a migrated file is kept: "map.cjm.json.schema0.bak".
std::string MigratedOriginalPath(const std::string& path, int file_schema);

// Before the first save over a file that was migrated from `file_schema`: copies the file at
// `path` to MigratedOriginalPath (through WriteFileAtomic) unless that copy exists already. The
// ordinary .bak is replaced at every save; this one keeps the file as the older version wrote it.
// Success when file_schema is current or newer (nothing to keep) or when `path` does not exist.
Status KeepOriginalOfMigratedFile(const std::string& path, int file_schema);
