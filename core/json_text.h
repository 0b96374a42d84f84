// Text and number helpers shared by the map reader, writer and validator.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

// Length of the well-formed UTF-8 sequence at s (n bytes left), or 0 when it is not one.
size_t Utf8SequenceLength(const unsigned char* s, size_t n);
bool IsValidUtf8(const char* s, size_t n);
// Valid UTF-8 without NUL, at most max_bytes, cut at a character boundary; bad bytes become U+FFFD.
std::string CleanText(std::string_view s, size_t max_bytes);
// A short excerpt of user text for a message: valid UTF-8, at most ~40 bytes, on one line (OneLine).
std::string Excerpt(std::string_view s);
// Text for a one-line message: control characters (line breaks, ESC, BEL, ...), line separators,
// bidirectional controls (U+202E, ...) and bytes that are not UTF-8 are shown escaped ("\n",
// "\x1B", "\u202E"), so a message stays one line and cannot steer the terminal that shows it.
std::string OneLine(std::string_view s);
// For messages: "1000000", "0.1", "1e+300".
std::string FormatNumber(double v);
std::string FormatFloat(float v);
std::string FormatRange(float lo, float hi); // "-2..+2"
// Standard base64 (RFC 4648), no line breaks, '=' padding only at the end.
bool IsBase64(const std::string& s);
