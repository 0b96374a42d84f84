// journeyboard_bench: prints `BENCH <name> <median> <unit>` lines. See tests/bench/bench.h.
#include "bench.h"

#include "file_json.h"
#include "stress_map.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <utility>

namespace
{
std::vector<std::pair<std::string, BenchFunction>>& Registry()
{
    static std::vector<std::pair<std::string, BenchFunction>> registry;
    return registry;
}
} // namespace

BenchRegistrar::BenchRegistrar(const char* name, BenchFunction fn) { Registry().emplace_back(name, fn); }

int main(int argc, char** argv)
{
    BenchOptions options;
    for (int i = 1; i < argc; i++)
    {
        if (std::strcmp(argv[i], "--filter") == 0 && i + 1 < argc)
            options.Filter = argv[++i];
        else if (std::strcmp(argv[i], "--runs") == 0 && i + 1 < argc)
            options.Runs = std::max(1, std::atoi(argv[++i]));
        else if (std::strcmp(argv[i], "--write-stress") == 0 && i + 1 < argc)
        {
            // The stress map as a file anyone can open in the app; an optional number of moments
            // (up to the loader's 100,000) makes it that large, with twice as many notes up to theirs.
            StressMapSize size;
            if (i + 2 < argc && std::atoi(argv[i + 2]) > 0)
            {
                size.Moments = std::min(std::atoi(argv[i + 2]), (int)MaxMoments);
                size.Notes = std::min(size.Moments * 2, (int)MaxNotes);
                size.Phases = std::min(std::max(12, size.Moments / 400), (int)MaxPhases);
            }
            const Status status = SaveDocumentToFile(argv[i + 1], MakeStressDocument(size));
            if (!status)
            {
                std::fprintf(stderr, "error: %s\n", status.Text(false).c_str());
                return 1;
            }
            std::printf("wrote %s\n", argv[i + 1]);
            return 0;
        }
        else
        {
            std::fprintf(stderr, "usage: journeyboard_bench [--filter TEXT] [--runs N] | --write-stress FILE [MOMENTS]\n");
            return 2;
        }
    }
    for (const auto& entry : Registry())
        if (options.Filter.empty() || entry.first.find(options.Filter) != std::string::npos)
            entry.second(options);
    return 0;
}
