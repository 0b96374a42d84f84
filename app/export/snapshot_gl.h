// The GL side of snapshots: an offscreen framebuffer the size of one tile, a small renderer of
// ImDrawLists into it, and the readback. Needs a current OpenGL 3.3 context with glad loaded
// (the app's window, or a hidden one for the command line and the tests).
#pragma once
#include <cstdint>

struct ImDrawList;

struct TileRenderer
{
    unsigned Program = 0, Vao = 0, Vbo = 0, Ebo = 0;
    unsigned Framebuffer = 0, ColorBuffer = 0;
    int ProjectionLocation = -1;
    int TileWidth = 0, TileHeight = 0; // the framebuffer's size
};

// True once glad has loaded OpenGL 3.3 in this process (never in the headless tests).
bool GlReady();

// The largest tile side this GL allows: GL_MAX_RENDERBUFFER_SIZE and GL_MAX_VIEWPORT_DIMS,
// capped at `cap` (tiles of 8192 keep llvmpipe's buffers at a sane size).
int MaxTileSide(int cap = 8192);
int MaxGlTextureSize();

// Creates the program and a framebuffer of tile_width x tile_height. False (and nothing left
// allocated) when the GL refuses; *error gets the reason in English.
bool CreateTileRenderer(int tile_width, int tile_height, TileRenderer* r, const char** error);
void DestroyTileRenderer(TileRenderer* r);

// Renders `draw_list` (coordinates in pixels of the whole picture) for the picture region whose
// top-left is (x, y) and size width x height (at most the tile size), over a white background,
// and reads it back as RGB into `rgb_out` with rows `row_stride` bytes apart, top row first.
void RenderTile(TileRenderer* r, const ImDrawList& draw_list, int x, int y, int width, int height, uint8_t* rgb_out, int row_stride);

// A texture with one 8-bit channel (the font atlas); GL_LINEAR filtering.
