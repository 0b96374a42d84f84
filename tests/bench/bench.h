// The benchmark program: each figure is one line `BENCH <name> <median> <unit>`, the median of
// repeated runs after a warm-up. Speed targets are checked here, never in timed unit tests.
// Each area adds a bench_<area>.cpp with JB_BENCH(...) functions; they register themselves.
#pragma once
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <time.h>
#include <vector>

struct BenchOptions
{
    int Runs = 15;   // timed runs per figure
    int Warmup = 3;  // untimed runs first
    std::string Filter; // run only benchmarks whose name contains this
};

using BenchFunction = void (*)(const BenchOptions&);

struct BenchRegistrar
{
    BenchRegistrar(const char* name, BenchFunction fn);
};

// Prints one figure in the agreed format.
inline void ReportBench(const char* name, double median, const char* unit)
{
    std::printf("BENCH %s %.3f %s\n", name, median, unit);
    std::fflush(stdout);
}

inline double Median(std::vector<double> values)
{
    if (values.empty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : 0.5 * (values[n / 2 - 1] + values[n / 2]);
}

// Median wall time of `fn` in milliseconds over options.Runs runs after options.Warmup runs.
template <class Fn>
double MedianMilliseconds(const BenchOptions& options, Fn&& fn)
{
    for (int i = 0; i < options.Warmup; i++)
        fn();
    std::vector<double> times;
    for (int i = 0; i < options.Runs; i++)
    {
        const auto start = std::chrono::steady_clock::now();
        fn();
        const auto end = std::chrono::steady_clock::now();
        times.push_back(std::chrono::duration<double, std::milli>(end - start).count());
    }
    return Median(times);
}

// CPU time of this thread in milliseconds: steadier than wall time on a machine shared with builds.
inline double ThreadCpuMilliseconds()
{
    timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec * 1e-6;
}

// Median CPU time of `fn` in milliseconds, like MedianMilliseconds.
template <class Fn>
double MedianCpuMilliseconds(const BenchOptions& options, Fn&& fn)
{
    for (int i = 0; i < options.Warmup; i++)
        fn();
    std::vector<double> times;
    for (int i = 0; i < options.Runs; i++)
    {
        const double start = ThreadCpuMilliseconds();
        fn();
        times.push_back(ThreadCpuMilliseconds() - start);
    }
    return Median(times);
}

#define JB_BENCH(fn_name)                                                   \
    static void fn_name(const BenchOptions& options);                       \
    static const BenchRegistrar fn_name##_registrar(#fn_name, fn_name);     \
    static void fn_name(const BenchOptions& options)
