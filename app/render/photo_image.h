// Persona photos: a PNG or JPEG file becomes a small image stored inside the map file (base64),
// and a stored photo becomes pixels to draw. Files and maps are untrusted: a damaged, truncated or
// huge image is refused with a message a nurse can act on, never an abort or a giant allocation.
#pragma once
#include "journey.h"
#include "result.h"

#include <string>
#include <vector>

constexpr int MaxPhotoSide = 512;                         // pixels: the longer side after downscaling
constexpr long long MaxPhotoSourcePixels = 100000000;     // a photo to load: at most 100 megapixels
constexpr size_t MaxPhotoFileBytes = (size_t)64 << 20;    // a photo file to load
constexpr long long MaxStoredPhotoPixels = 2048LL * 2048; // a photo inside a map file, to draw

struct DecodedImage
{
    int Width = 0;  // pixels
    int Height = 0; // pixels
    std::vector<unsigned char> Rgba; // Width * Height * 4 bytes, rows top to bottom
};

// The bytes of a PNG or JPEG file, checked, decoded, downscaled to MaxPhotoSide and encoded again
// (JPEG, or PNG when the image has transparency), as base64 for Persona::Photo.
Status PreparePersonaPhoto(const std::string& file_bytes, std::string* photo_base64);
// The same, reading the file at `path` first.
Status PreparePersonaPhotoFromFile(const std::string& path, std::string* photo_base64);
// A stored photo (base64 PNG or JPEG) to RGBA pixels, downscaled so the longer side is at most
// MaxPhotoSide; false when it cannot be read. Decoding is bounded by the declared size: a PNG whose
// data inflates beyond it is refused before it is decoded.
bool DecodePersonaPhoto(const std::string& photo_base64, DecodedImage* out, int max_side = MaxPhotoSide);
// Why the persona's stored photo cannot be shown ("JPEG ends too early", "not a PNG or JPEG
// image"), or "" when it can (or there is none). Checks without decoding the pixels.
std::string PersonaPhotoProblem(const Persona& persona);
// One sentence naming the personas whose photos cannot be shown, or "" when all can.
std::string DescribePhotoProblems(const Document& doc, bool dutch);

std::string EncodeBase64(const std::string& bytes);
bool DecodeBase64(const std::string& text, std::string* bytes); // false on a character outside base64
