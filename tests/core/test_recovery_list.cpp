// The recovery list (issue #11, item 5): it is read before the first frame, so it must never read
// the autosaved maps themselves, however large they are; it reads the small summary written beside
// each version. Measured in bytes read (/proc/self/io), not in time.
#include "atomic_file.h"
#include "file_json.h"
#include "recovery.h"
#include "stress_map.h"

#include "../temp_folder.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>

#include <sys/wait.h>
#include <unistd.h>

namespace
{
// Bytes this process has read through read() and friends so far.
uint64_t BytesReadSoFar()
{
    std::ifstream io("/proc/self/io");
    std::string name;
    uint64_t value = 0;
    while (io >> name >> value)
        if (name == "rchar:")
            return value;
    FAIL("no rchar in /proc/self/io");
    return 0;
}

// A lock naming a process that has ended: the set looks like a crash's.
void WriteDeadLock(const std::string& folder, const std::string& key)
{
    const pid_t child = ::fork();
    if (child == 0)
        ::_exit(0);
    int status = 0;
    ::waitpid(child, &status, 0);
    RecoveryLock lock = LockForThisProcess(folder + "/kaart.cjm.json", "kaart.cjm.json");
    lock.Pid = (long)child;
    REQUIRE(WriteRecoveryLock(folder, key, lock).Ok);
}
} // namespace

TEST_CASE("the recovery list reads summaries, never the large autosaved maps", "[recovery]")
{
    TempFolder dir;
    StressMapSize size;
    size.Moments = 6000;
    size.Notes = 12000;
    Document doc = MakeStressDocument(size);
    doc.Title = "Werksessie " + std::string(300, 'x');
    const std::string bytes = SaveDocumentToString(doc);
    REQUIRE(bytes.size() > 3000000); // several megabytes per version
    const RecoverySummary summary = SummarizeForRecovery(doc);
    for (const std::string key : {"100-1-1", "200-2-1"})
    {
        for (int seq = 1; seq <= 4; seq++)
            REQUIRE(WriteRecoveryVersion(dir.Path, key, seq, bytes, summary).Ok);
        WriteDeadLock(dir.Path, key);
    }

    const uint64_t before = BytesReadSoFar();
    const std::vector<RecoverySet> sets = FindRecoverableSets(dir.Path);
    const uint64_t read = BytesReadSoFar() - before;
    INFO("bytes read for the list: " << read << "; one version is " << bytes.size());
    // 8 versions of megabytes each; the list may read their summaries, the locks and /proc.
    CHECK(read < 8 * MaxRecoverySummaryBytes + 64 * 1024);
    REQUIRE(sets.size() == 2);
    for (const RecoverySet& set : sets)
    {
        REQUIRE(set.Versions.size() == 4);
        const RecoveryVersion& newest = set.Versions[0];
        CHECK(newest.Seq == 4);
        CHECK(newest.Loads);
        CHECK(newest.Summarized);
        CHECK(newest.Bytes == bytes.size());
        CHECK(newest.Counts.Moments == CountDocument(doc).Moments);
        CHECK(newest.Counts.PainPoints == CountDocument(doc).PainPoints);
        CHECK(newest.Title.size() == MaxRecoverySummaryTitle); // shortened: a title may be a megabyte
        CHECK(newest.Title.rfind("Werksessie xxx", 0) == 0);
    }
    RemoveRecoverySet(dir.Path, "100-1-1");
    RemoveRecoverySet(dir.Path, "200-2-1");
    CHECK(ListRecoveryVersions(dir.Path, "100-1-1", false).empty());
    CHECK(FindRecoverableSets(dir.Path).empty());
    CHECK(::access(RecoverySummaryPath(dir.Path, "100-1-1", 4).c_str(), F_OK) != 0); // summaries go too
}

TEST_CASE("a version without a summary is offered, one that changed size is not", "[recovery]")
{
    TempFolder dir;
    Document doc = MakeStressDocument(StressMapSize{1, 5, 2});
    doc.Title = "Kaart met \xC3\xA9\xC3\xA9n regel\nen nog een";
    const std::string key = "300-3-1";
    for (int seq = 1; seq <= 3; seq++)
        REQUIRE(WriteRecoveryVersion(dir.Path, key, seq, SaveDocumentToString(doc), SummarizeForRecovery(doc)).Ok);
    WriteDeadLock(dir.Path, key);
    // Version 3 was written but the crash came before its summary (or an older JourneyBoard wrote it).
    REQUIRE(::unlink(RecoverySummaryPath(dir.Path, key, 3).c_str()) == 0);
    // Version 2 was cut or grew after it was written.
    std::ofstream(RecoveryVersionPath(dir.Path, key, 2), std::ios::app) << "   ";

    const std::vector<RecoverySet> sets = FindRecoverableSets(dir.Path);
    REQUIRE(sets.size() == 1);
    const std::vector<RecoveryVersion>& v = sets[0].Versions;
    REQUIRE(v.size() == 3);
    CHECK(v[0].Loads);
    CHECK_FALSE(v[0].Summarized); // offered without counts, checked when restored
    CHECK_FALSE(v[1].Loads);
    CHECK_FALSE(v[1].Error.empty());
    CHECK(v[2].Loads);
    CHECK(v[2].Summarized);
    CHECK(v[2].Counts.Moments == 5);
    CHECK(v[2].Title == "Kaart met \xC3\xA9\xC3\xA9n regel en nog een"); // one line
}

TEST_CASE("recovery summaries read back what was written and refuse what is not one", "[recovery]")
{
    Document doc;
    // A title cut at the limit never splits a character: 199 ASCII bytes, then a 2-byte letter.
    doc.Title = std::string(MaxRecoverySummaryTitle - 1, 'a') + "\xC3\xA9" + "b";
    RecoverySummary summary = SummarizeForRecovery(doc);
    CHECK(summary.Title == std::string(MaxRecoverySummaryTitle - 1, 'a'));
    summary.Bytes = 123456789012ULL;
    summary.Counts.Moments = 7;
    summary.Counts.Votes = 3;
    RecoverySummary parsed;
    REQUIRE(ParseRecoverySummary(FormatRecoverySummary(summary), &parsed));
    CHECK(parsed.Bytes == summary.Bytes);
    CHECK(parsed.Title == summary.Title);
    CHECK(parsed.Counts.Moments == 7);
    CHECK(parsed.Counts.Votes == 3);
    CHECK_FALSE(ParseRecoverySummary("", &parsed));
    CHECK_FALSE(ParseRecoverySummary("journeyboard-summary 1\ntitle x\n", &parsed));
    CHECK_FALSE(ParseRecoverySummary("journeyboard-summary 1\nbytes 12\ncounts 1 2 -3 4 5 6 7\n", &parsed));
    CHECK_FALSE(ParseRecoverySummary("journeyboard-summary 1\nbytes 12x\ncounts 1 2 3 4 5 6 7\n", &parsed));
}
