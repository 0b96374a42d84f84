// The invitation's QR code (issue #15): libqrencode makes the module grid; the canvas and the
// projector draw it as quads on white with the quiet zone of four modules the standard asks
// for, so a phone camera (and zbarimg in the tests) reads it from across the room.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

struct ImDrawList;
struct ImVec2;

constexpr int QrQuietZoneModules = 4;

struct QrCode
{
    int Size = 0;              // modules per side, without the quiet zone; 0 when none
    std::vector<uint8_t> Dark; // Size * Size, row by row: 1 dark, 0 light
    std::string Text;          // what it encodes
};

// Encodes `text` (the page's address) with error correction level M. False when it cannot.
bool MakeQrCode(const std::string& text, QrCode* out);
// Modules per side including the quiet zone on both sides.
inline int QrTotalModules(const QrCode& qr) { return qr.Size + 2 * QrQuietZoneModules; }
// Draws the code with its quiet zone filling the square at `min_screen` of `side` pixels.
// Modules are whole pixels wide when side allows, so the edges stay sharp for a camera.
void DrawQrCode(ImDrawList* draw, const QrCode& qr, const ImVec2& min_screen, float side);
