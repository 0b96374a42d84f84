// PNG encoding into memory: stb_image_write's PNG writer with its deflate replaced by libdeflate
// (faster and smaller). Encoding to memory lets the caller write the file with the atomic save,
// which checks every write; stbi_write_png() would hide a full disk.
#pragma once
#include "result.h"

#include <cstdint>
#include <string>

// stb keeps sizes in `int`: the filtered image ((3 * width + 1) * height bytes for RGB) must stay
// below 2^31. True when a width x height RGB picture fits.
bool PngFitsOneEncode(int width, int height);

// Encodes `rgb` (height rows of width * 3 bytes, top row first) into *png.
Status EncodePngRgb(const uint8_t* rgb, int width, int height, std::string* png);
