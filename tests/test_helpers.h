// Small helpers every test program shares: whole files in and out, and substring checks.
// (A fresh temporary folder per test: temp_folder.h; the headless app: app/app_test_helpers.h.)
#pragma once
#include "journey.h"
#include "temp_folder.h"

#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>

#include <sys/wait.h>

namespace test
{
// The file's bytes; empty when it cannot be read.
inline std::string ReadAll(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Writes `bytes` as they are (no atomic save: for setting up test files).
inline void WriteRaw(const std::string& path, const std::string& bytes)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << bytes;
    REQUIRE(out.good());
}

inline bool Contains(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }

// A moment of `phase` at `x` with a fresh id from `doc`, not yet in any situation.
inline Moment NewMoment(Document& doc, PhaseId phase, float x)
{
    Moment m;
    m.Id = NewId<MomentId>(doc);
    m.Phase = phase;
    m.X = x;
    return m;
}

// Calls `visit` with the value of every id in the document, of any kind (personas, phases, lanes,
// moments, notes).
template <class Visit> void ForEachId(const Document& doc, Visit&& visit)
{
    for (const Persona& p : doc.Personas)
        visit(p.Id.Value);
    for (const Situation& s : doc.Situations)
    {
        for (const Phase& p : s.Phases)
            visit(p.Id.Value);
        for (const Lane& l : s.Lanes)
            visit(l.Id.Value);
        for (const Moment& m : s.Moments)
            visit(m.Id.Value);
        for (const Note& n : s.Notes)
            visit(n.Id.Value);
    }
}

// What a shell command line printed (stdout and stderr, when it says 2>&1) and its exit code
// (-1 when it did not exit normally).
struct CommandRun
{
    int Code = -1;
    std::string Output;
};

inline CommandRun RunCommandLine(const std::string& command)
{
    CommandRun run;
    FILE* pipe = ::popen(command.c_str(), "r");
    REQUIRE(pipe);
    char buffer[4096];
    size_t n;
    while ((n = std::fread(buffer, 1, sizeof(buffer), pipe)) > 0)
        run.Output.append(buffer, n);
    const int status = ::pclose(pipe);
    run.Code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}
} // namespace test
