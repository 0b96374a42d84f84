// Textures the map's drawing uploads to OpenGL: persona photos and the export's font atlas.
#pragma once

// A 2D texture from tightly packed rows, linear filtering, clamped at the edges. `rgba`: 8-bit
// RGBA with mipmaps (photos are often drawn small: mipmaps keep them from shimmering); else one
// 8-bit channel that ImGui reads as white with that coverage (a font atlas). The GL's texture
// binding and unpack alignment are left as they were. Needs a current GL context.
unsigned CreateGlTexture(const unsigned char* pixels, int width, int height, bool rgba);
// Nothing for 0.
void DestroyGlTexture(unsigned texture);
