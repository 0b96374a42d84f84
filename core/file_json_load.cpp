// Loading a map file: cheap syntax pre-checks, parsing with RapidJSON's safe settings, the
// schema check and migrations, then the DOM walk (file_json_read.cpp) and ValidateDocument.
#include "file_json.h"

#include "atomic_file.h"
#include "file_json_read.h"
#include "json_extra.h"
#include "json_text.h"
#include "migrate.h"
#include "pdf_meta.h"
#include "png_meta.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <new>
#include <string_view>

#include <sys/stat.h>

using JsonValue = rapidjson::Value;

// [SECTION] Syntax pre-checks and messages

// One cheap pass before parsing: nesting depth and number of values, outside strings. RapidJSON's
// iterative parser would survive a million '[' anyway, but this gives a clear message and bounds
// the memory the DOM takes (~16 bytes per value).
Status CheckJsonShape(const char* s, size_t n)
{
    int depth = 0;
    size_t values = 1;
    bool in_string = false;
    for (size_t i = 0; i < n; i++)
    {
        const char c = s[i];
        if (in_string)
        {
            if (c == '\\')
                i++;
            else if (c == '"')
                in_string = false;
            continue;
        }
        if (c == '"')
            in_string = true;
        else if (c == '[' || c == '{')
        {
            values++;
            if (++depth > MaxJsonDepth)
                return Status::Error("This file is not a JourneyBoard map: its lists and groups are nested more than " + std::to_string(MaxJsonDepth) + " levels deep.",
                                     "Dit bestand is geen JourneyBoard-kaart: de lijsten en groepen zijn meer dan " + std::to_string(MaxJsonDepth) + " niveaus diep genest.");
        }
        else if (c == ']' || c == '}')
            depth = depth > 0 ? depth - 1 : 0;
        else if (c == ',')
        {
            if (++values > MaxJsonValues)
                return Status::Error("This file holds too many values (more than " + std::to_string(MaxJsonValues) + ") to be a JourneyBoard map.",
                                     "Dit bestand bevat te veel waarden (meer dan " + std::to_string(MaxJsonValues) + ") voor een JourneyBoard-kaart.");
        }
    }
    return Status::Success();
}

static bool IsJsonSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

static Status SyntaxError(const char* s, size_t n, size_t offset, rapidjson::ParseErrorCode code)
{
    offset = std::min(offset, n);
    size_t line = 1, column = 1;
    for (size_t i = 0; i < offset; i++)
    {
        if (s[i] == '\n')
        {
            line++;
            column = 1;
        }
        else if (((unsigned char)s[i] & 0xC0) != 0x80) // count characters, not UTF-8 bytes
            column++;
    }
    size_t content_start = 0;
    while (content_start < n && IsJsonSpace(s[content_start]))
        content_start++;
    const std::string_view rest(s + offset, n - offset);
    auto starts = [&](const char* word) { return rest.compare(0, std::strlen(word), word) == 0; };

    const char* en = "the text is not valid JSON";
    const char* nl = "de tekst is geen geldige JSON";
    switch (code)
    {
    case rapidjson::kParseErrorDocumentRootNotSingular: en = "there is more text after the end of the map"; nl = "er staat nog tekst na het einde van de kaart"; break;
    case rapidjson::kParseErrorValueInvalid:
        if (starts("NaN") || starts("Inf") || starts("-Inf") || starts("nan") || starts("inf"))
            en = "a number is NaN or Infinity, which a map cannot hold", nl = "een getal is NaN of Infinity, dat kan een kaart niet bevatten";
        else if (offset == content_start)
            en = "it does not contain JSON text; is this the right file?", nl = "het bevat geen JSON-tekst; is dit het juiste bestand?";
        else
            en = "a value is not valid (text needs \"quotes\"; NaN and Infinity are not allowed)", nl = "een waarde is ongeldig (tekst hoort tussen \"aanhalingstekens\"; NaN en Infinity mogen niet)";
        break;
    case rapidjson::kParseErrorObjectMissName: en = "a field name is missing"; nl = "een veldnaam ontbreekt"; break;
    case rapidjson::kParseErrorObjectMissColon: en = "a ':' is missing after a field name"; nl = "een ':' ontbreekt na een veldnaam"; break;
    case rapidjson::kParseErrorObjectMissCommaOrCurlyBracket: en = "a ',' or '}' is missing"; nl = "een ',' of '}' ontbreekt"; break;
    case rapidjson::kParseErrorArrayMissCommaOrSquareBracket: en = "a ',' or ']' is missing"; nl = "een ',' of ']' ontbreekt"; break;
    case rapidjson::kParseErrorStringUnicodeEscapeInvalidHex:
    case rapidjson::kParseErrorStringUnicodeSurrogateInvalid:
    case rapidjson::kParseErrorStringEscapeInvalid:
        if (offset < n && (unsigned char)s[offset] < 0x20) // RapidJSON reports a raw line break in a text this way
            en = "a text runs on past the end of its line (a closing quotation mark may be missing)",
            nl = "een tekst loopt door na het einde van de regel (mogelijk ontbreekt een sluitend aanhalingsteken)";
        else
            en = "a text has an invalid \\ escape", nl = "een tekst heeft een ongeldige \\-code";
        break;
    case rapidjson::kParseErrorStringMissQuotationMark: en = "a closing quotation mark is missing"; nl = "een sluitend aanhalingsteken ontbreekt"; break;
    case rapidjson::kParseErrorStringInvalidEncoding: en = "a text is not valid UTF-8 (the file may be saved in another encoding)"; nl = "een tekst is geen geldige UTF-8 (het bestand is mogelijk in een andere codering opgeslagen)"; break;
    case rapidjson::kParseErrorNumberTooBig: en = "a number is too large"; nl = "een getal is te groot"; break;
    case rapidjson::kParseErrorNumberMissFraction:
    case rapidjson::kParseErrorNumberMissExponent: en = "a number is incomplete"; nl = "een getal is onvolledig"; break;
    default: break;
    }
    const bool cut_off = offset >= n && code != rapidjson::kParseErrorDocumentRootNotSingular;
    if (cut_off)
        en = "the file ends too early, as if it was cut off while saving or copying",
        nl = "het bestand houdt te vroeg op, alsof het tijdens opslaan of kopiëren is afgebroken";
    const std::string where_en = " (line " + std::to_string(line) + ", column " + std::to_string(column) + ")";
    const std::string where_nl = " (regel " + std::to_string(line) + ", kolom " + std::to_string(column) + ")";
    return Status::Error(std::string("This file cannot be read as a JourneyBoard map: ") + en + where_en +
                             ". It may be damaged; if there is a backup copy (.bak) next to it, try opening that.",
                         std::string("Dit bestand is niet te lezen als JourneyBoard-kaart: ") + nl + where_nl +
                             ". Het is mogelijk beschadigd; staat er een reservekopie (.bak) naast, probeer die dan te openen.");
}

// [SECTION] Load

// The file version, or false when there is none we can read.
static bool CheckSchema(JsonReader& r, const JsonValue& root, int* version_out)
{
    const JsonValue* schema = Find(root, "schema");
    if (!schema)
        return r.Fail("", "This is not a JourneyBoard map: the field \"schema\" (the file version) is missing.",
                      "Dit is geen JourneyBoard-kaart: het veld \"schema\" (de bestandsversie) ontbreekt.");
    if (!schema->IsNumber())
        return WrongType(r, "schema", "a whole number", "een geheel getal", *schema);
    if (!schema->IsInt())
    {
        const double d = schema->GetDouble();
        if (std::floor(d) != d || std::fabs(d) > 1e9)
            return r.Fail("schema", FormatNumber(d) + " is not a file version (a whole number)",
                          FormatNumber(d) + " is geen bestandsversie (een geheel getal)");
        return WholeNumberFail(r, "schema", *schema, (double)OldestSchema, 1e9);
    }
    const int version = schema->GetInt();
    if (version < OldestSchema)
        return r.Fail("schema", std::to_string(version) + " is not a JourneyBoard file version (this JourneyBoard reads versions " +
                                    std::to_string(OldestSchema) + " to " + std::to_string(CurrentSchema) + ")",
                      std::to_string(version) + " is geen JourneyBoard-bestandsversie (deze JourneyBoard leest versies " +
                          std::to_string(OldestSchema) + " tot en met " + std::to_string(CurrentSchema) + ")");
    *version_out = version;
    return true;
}

// A newer file that does not fit what this version knows: say so first, then what did not fit.
static Status NewerFileError(int version, const Status& why)
{
    const std::string v = std::to_string(version), current = std::to_string(CurrentSchema);
    return Status::Error("This map was made by a newer JourneyBoard (file version " + v + "; this JourneyBoard reads version " + current +
                             ") and cannot be read by this one: " + why.Message + " Update JourneyBoard to open it.",
                         "Deze kaart is gemaakt met een nieuwere JourneyBoard (bestandsversie " + v + "; deze JourneyBoard leest versie " +
                             current + ") en is met deze niet te lezen: " + why.MessageNl + " Werk JourneyBoard bij om hem te openen.");
}

static Status LoadImpl(const std::string& json, Document* out)
{
    const char* s = json.data();
    size_t n = json.size();
    if (n > MaxMapFileBytes)
        return Status::Error("This map is too large to open (more than " + std::to_string(MaxMapFileBytes >> 20) + " MB).",
                             "Deze kaart is te groot om te openen (meer dan " + std::to_string(MaxMapFileBytes >> 20) + " MB).");
    if (n >= 3 && std::memcmp(s, "\xEF\xBB\xBF", 3) == 0) // a UTF-8 byte order mark, as some editors write
        s += 3, n -= 3;
    const unsigned char b0 = n >= 2 ? (unsigned char)s[0] : 0, b1 = n >= 2 ? (unsigned char)s[1] : 0;
    if ((b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF))
        return Status::Error("This file is saved as UTF-16; JourneyBoard maps are UTF-8. Save it again as UTF-8 in the program that changed it.",
                             "Dit bestand is opgeslagen als UTF-16; JourneyBoard-kaarten zijn UTF-8. Sla het opnieuw op als UTF-8 in het programma dat het wijzigde.");
    if (std::all_of(s, s + n, IsJsonSpace))
        return Status::Error("The file is empty: it holds no map. If there is a backup copy (.bak) next to it, try opening that.",
                             "Het bestand is leeg: er staat geen kaart in. Staat er een reservekopie (.bak) naast, probeer die dan te openen.");
    Status shape = CheckJsonShape(s, n);
    if (!shape)
        return shape;

    rapidjson::Document dom;
    dom.Parse<rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag>(s, n);
    if (dom.HasParseError())
        return SyntaxError(s, n, dom.GetErrorOffset(), dom.GetParseError());

    JsonReader r;
    NumbersAsWritten as_written(s, n);
    r.AsWritten = &as_written;
    if (!dom.IsObject())
        return Status::Error("This is not a JourneyBoard map: the file holds " + DescribeEn(dom) + " instead of a group of fields {...}.",
                             "Dit is geen JourneyBoard-kaart: het bestand bevat " + DescribeNl(dom) + " in plaats van een groep velden {...}.");
    if (!ExpectObject(r, dom, ""))
        return r.Error;

    // The schema decides how to read everything else, so it is checked first. Older files are
    // rewritten into the current shape; newer ones are read as far as this version knows them
    // (their new fields are kept as unknown fields) and the app opens them read-only.
    int version = CurrentSchema;
    if (!CheckSchema(r, dom, &version))
        return r.Error;
    if (version < CurrentSchema)
        MigrateToCurrent(dom, version);

    Document doc; // fresh: *out changes only when everything below succeeded
    doc.Schema = version;
    doc.NextId = 1;
    if (!ReadDocument(r, dom, &doc))
        return version > CurrentSchema ? NewerFileError(version, r.Error) : r.Error;

    // NextId must be above every id; a file with a stale or missing next_id is fixed, not refused.
    uint32_t max_id = 0;
    for (const Persona& p : doc.Personas)
        max_id = std::max(max_id, p.Id.Value);
    for (const VotingRound& round : doc.Rounds)
        max_id = std::max(max_id, round.Id.Value);
    for (const Situation& st : doc.Situations)
    {
        for (const Phase& x : st.Phases)
            max_id = std::max(max_id, x.Id.Value);
        for (const Lane& x : st.Lanes)
            max_id = std::max(max_id, x.Id.Value);
        for (const Moment& x : st.Moments)
            max_id = std::max(max_id, x.Id.Value);
        for (const Note& x : st.Notes)
            max_id = std::max(max_id, x.Id.Value);
    }
    doc.NextId = std::max(std::max(doc.NextId, 1u), max_id + 1u); // max_id <= MaxIdValue: no wrap

    Status valid = ValidateDocument(doc);
    if (!valid)
        return version > CurrentSchema ? NewerFileError(version, valid) : valid;
    *out = std::move(doc);
    return Status::Success();
}

Status LoadDocumentFromString(const std::string& json, Document* out)
{
    // The readers check every type before every Get*, so these catches are the last safety net:
    // whatever happens, a bad file is a message, never an abort.
    try
    {
        return LoadImpl(json, out);
    }
    catch (const JsonAssert& e)
    {
        return Status::Error(std::string("This file cannot be read as a JourneyBoard map: it failed an internal check (") + e.what() + "). It may be damaged.",
                             std::string("Dit bestand is niet te lezen als JourneyBoard-kaart: een interne controle faalde (") + e.what() + "). Het is mogelijk beschadigd.");
    }
    catch (const std::bad_alloc&)
    {
        return Status::Error("There is not enough memory to open this map. Close other programs and try again.",
                             "Er is niet genoeg geheugen om deze kaart te openen. Sluit andere programma's en probeer het opnieuw.");
    }
    catch (const std::exception& e)
    {
        return Status::Error(std::string("This map could not be opened (") + e.what() + ").",
                             std::string("Deze kaart kon niet worden geopend (") + e.what() + ").");
    }
}

// The first 8 bytes of a regular file (empty for anything unreadable: the normal reader then
// reports why).
static std::string FileHead(const std::string& path)
{
    struct stat st;
    if (stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) // never open a pipe or a device here
        return std::string();
    FILE* file = std::fopen(path.c_str(), "rb");
    if (!file)
        return std::string();
    std::string head(8, '\0');
    const bool whole = std::fread(&head[0], 1, 8, file) == 8;
    std::fclose(file);
    return whole ? head : std::string();
}

Status LoadDocumentFromFile(const std::string& path, Document* out)
{
    // A snapshot .png carries the map in an iTXt chunk: read only that chunk, whatever the
    // size of the picture around it.
    // A map PDF carries it as an attachment at its end.
    const std::string head = FileHead(path);
    if (HasPngSignature(head) || HasPdfSignature(head))
    {
        std::string json;
        const Status status = HasPngSignature(head) ? ReadMapFromPngFile(path, MaxMapFileBytes, &json)
                                                    : ReadMapFromPdfFile(path, MaxMapFileBytes, &json);
        if (!status)
            return Status::Error("\"" + path + "\": " + status.Message, "\"" + path + "\": " + status.MessageNl);
        return LoadDocumentFromString(json, out);
    }
    std::string bytes;
    Status read = ReadFileCapped(path, MaxMapFileBytes, &bytes);
    if (!read)
        return read;
    return LoadDocumentFromString(bytes, out);
}
