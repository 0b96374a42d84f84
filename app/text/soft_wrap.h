// Word wrap inside ImGui 1.86's multi-line text box, which has none: the box is given the text
// with a soft break ("\r\n") where each line is full. ImGui draws '\r' as nothing, so a soft
// break shows as a plain line end; taking the soft breaks out gives back exactly the text typed.
// Hard line ends are "\n" alone (the box never lets anyone type '\r').
#pragma once
#include <functional>
#include <string>

// Where the line starting at `begin` ends (at most `end`): ImFont::CalcWordWrapPositionA.
using WrapAt = std::function<const char*(const char* begin, const char* end)>;

// `text` with a soft break after every full line. The blanks where a line wraps stay at the end
// of that line, so nothing typed is lost. "\r\n" and '\r' already in `text` count as line ends.
std::string InsertSoftBreaks(const std::string& text, const WrapAt& wrap_at);
// The text without its soft breaks.
std::string RemoveSoftBreaks(const std::string& shown);
// Byte index in the text for index `shown_index` in the shown text, and back. A place at a soft
// break maps to the start of the next line (where typing continues).
int RealIndex(const std::string& shown, int shown_index);
int ShownIndex(const std::string& shown, int real_index);
