// Figures of core/: loading and saving the worked example.
#include "bench.h"

#include "example.h"
#include "file_json.h"
#include "layout.h"

JB_BENCH(BenchExampleFile)
{
    const Document doc = MakeExampleDocument();
    std::string json;
    ReportBench("save_example_ms", MedianMilliseconds(options, [&] { json = SaveDocumentToString(doc); }), "ms");
    Document loaded;
    ReportBench("load_example_ms", MedianMilliseconds(options, [&] { LoadDocumentFromString(json, &loaded); }), "ms");
    ReportBench("layout_example_ms", MedianMilliseconds(options, [&] { ComputeLayout(doc.Situations[0]); }), "ms");
}
