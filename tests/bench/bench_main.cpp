// journeyboard_bench: prints `BENCH <name> <median> <unit>` lines. See tests/bench/bench.h.
#include "bench.h"

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
        else
        {
            std::fprintf(stderr, "usage: journeyboard_bench [--filter TEXT] [--runs N]\n");
            return 2;
        }
    }
    for (const auto& entry : Registry())
        if (options.Filter.empty() || entry.first.find(options.Filter) != std::string::npos)
            entry.second(options);
    return 0;
}
