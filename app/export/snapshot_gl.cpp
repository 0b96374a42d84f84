#include "export/snapshot_gl.h"

#include <glad/gl.h>
#include <imgui.h>

#include <algorithm>
#include <cstddef>

namespace
{
const char* VertexShader = R"(#version 330 core
layout (location = 0) in vec2 Position;
layout (location = 1) in vec2 UV;
layout (location = 2) in vec4 Color;
uniform mat4 Projection;
out vec2 FragUV;
out vec4 FragColor;
void main()
{
    FragUV = UV;
    FragColor = Color;
    gl_Position = Projection * vec4(Position, 0.0, 1.0);
}
)";

// The font atlas has one channel: coverage. Shapes sample its white pixel (coverage 1).
const char* FragmentShader = R"(#version 330 core
in vec2 FragUV;
in vec4 FragColor;
uniform sampler2D Atlas;
out vec4 OutColor;
void main()
{
    // The font atlas is swizzled to (1, 1, 1, coverage) and persona photos are RGBA: one formula.
    OutColor = FragColor * texture(Atlas, FragUV);
}
)";

unsigned CompileShader(GLenum kind, const char* source)
{
    const unsigned shader = glCreateShader(kind);
    glShaderSource(shader, 1, &source, nullptr);
    glCompileShader(shader);
    GLint ok = 0;
    glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
    if (!ok)
    {
        glDeleteShader(shader);
        return 0;
    }
    return shader;
}
} // namespace

bool GlReady() { return GLAD_GL_VERSION_3_3 != 0; }

int MaxTileSide(int cap)
{
    GLint renderbuffer = 0, viewport[2] = {0, 0};
    glGetIntegerv(GL_MAX_RENDERBUFFER_SIZE, &renderbuffer);
    glGetIntegerv(GL_MAX_VIEWPORT_DIMS, viewport);
    return std::max(1, std::min({(int)renderbuffer, (int)viewport[0], (int)viewport[1], cap}));
}

int MaxGlTextureSize()
{
    GLint size = 0;
    glGetIntegerv(GL_MAX_TEXTURE_SIZE, &size);
    return size;
}

bool CreateTileRenderer(int tile_width, int tile_height, TileRenderer* r, const char** error)
{
    *r = TileRenderer();
    const unsigned vs = CompileShader(GL_VERTEX_SHADER, VertexShader);
    const unsigned fs = CompileShader(GL_FRAGMENT_SHADER, FragmentShader);
    if (!vs || !fs)
    {
        glDeleteShader(vs), glDeleteShader(fs);
        *error = "the snapshot shaders did not compile";
        return false;
    }
    r->Program = glCreateProgram();
    glAttachShader(r->Program, vs);
    glAttachShader(r->Program, fs);
    glLinkProgram(r->Program);
    glDeleteShader(vs), glDeleteShader(fs);
    GLint linked = 0;
    glGetProgramiv(r->Program, GL_LINK_STATUS, &linked);
    if (!linked)
    {
        DestroyTileRenderer(r);
        *error = "the snapshot shaders did not link";
        return false;
    }
    r->ProjectionLocation = glGetUniformLocation(r->Program, "Projection");

    glGenVertexArrays(1, &r->Vao);
    glGenBuffers(1, &r->Vbo);
    glGenBuffers(1, &r->Ebo);
    glBindVertexArray(r->Vao);
    glBindBuffer(GL_ARRAY_BUFFER, r->Vbo);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, r->Ebo);
    glEnableVertexAttribArray(0);
    glEnableVertexAttribArray(1);
    glEnableVertexAttribArray(2);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, sizeof(ImDrawVert), (void*)offsetof(ImDrawVert, pos));
    glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, sizeof(ImDrawVert), (void*)offsetof(ImDrawVert, uv));
    glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, sizeof(ImDrawVert), (void*)offsetof(ImDrawVert, col));
    glBindVertexArray(0);

    glGenFramebuffers(1, &r->Framebuffer);
    glGenRenderbuffers(1, &r->ColorBuffer);
    glBindRenderbuffer(GL_RENDERBUFFER, r->ColorBuffer);
    glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, tile_width, tile_height);
    glBindFramebuffer(GL_FRAMEBUFFER, r->Framebuffer);
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, r->ColorBuffer);
    const bool complete = glCheckFramebufferStatus(GL_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE;
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    glBindRenderbuffer(GL_RENDERBUFFER, 0);
    if (!complete || glGetError() == GL_OUT_OF_MEMORY)
    {
        DestroyTileRenderer(r);
        *error = "the graphics driver could not create the offscreen picture (out of memory?)";
        return false;
    }
    r->TileWidth = tile_width;
    r->TileHeight = tile_height;
    return true;
}

void DestroyTileRenderer(TileRenderer* r)
{
    if (r->Framebuffer)
        glDeleteFramebuffers(1, &r->Framebuffer);
    if (r->ColorBuffer)
        glDeleteRenderbuffers(1, &r->ColorBuffer);
    if (r->Vbo)
        glDeleteBuffers(1, &r->Vbo);
    if (r->Ebo)
        glDeleteBuffers(1, &r->Ebo);
    if (r->Vao)
        glDeleteVertexArrays(1, &r->Vao);
    if (r->Program)
        glDeleteProgram(r->Program);
    *r = TileRenderer();
}

void RenderTile(TileRenderer* r, const ImDrawList& draw_list, int x, int y, int width, int height, uint8_t* rgb_out, int row_stride)
{
    glBindFramebuffer(GL_FRAMEBUFFER, r->Framebuffer);
    glViewport(0, 0, width, height);
    glDisable(GL_SCISSOR_TEST);
    glClearColor(1.0f, 1.0f, 1.0f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    glEnable(GL_BLEND);
    glBlendEquation(GL_FUNC_ADD);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glDisable(GL_CULL_FACE);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_STENCIL_TEST);
    glEnable(GL_SCISSOR_TEST);
    glUseProgram(r->Program);
    glActiveTexture(GL_TEXTURE0);

    // The tile's top picture row lands on the framebuffer's bottom row, which glReadPixels
    // returns first: rows come back top row first without flipping them on the CPU.
    const float sx = 2.0f / (float)width, sy = 2.0f / (float)height;
    const float projection[16] = {sx, 0, 0, 0, 0, sy, 0, 0, 0, 0, -1, 0, -1.0f - (float)x * sx, -1.0f - (float)y * sy, 0, 1};
    glUniformMatrix4fv(r->ProjectionLocation, 1, GL_FALSE, projection);

    glBindVertexArray(r->Vao);
    glBindBuffer(GL_ARRAY_BUFFER, r->Vbo);
    glBufferData(GL_ARRAY_BUFFER, (GLsizeiptr)draw_list.VtxBuffer.Size * (GLsizeiptr)sizeof(ImDrawVert), draw_list.VtxBuffer.Data,
                 GL_STREAM_DRAW);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, r->Ebo);
    glBufferData(GL_ELEMENT_ARRAY_BUFFER, (GLsizeiptr)draw_list.IdxBuffer.Size * (GLsizeiptr)sizeof(ImDrawIdx), draw_list.IdxBuffer.Data,
                 GL_STREAM_DRAW);
    for (const ImDrawCmd& cmd : draw_list.CmdBuffer)
    {
        if (cmd.UserCallback || cmd.ElemCount == 0)
            continue;
        // Clip rectangle in picture pixels, to framebuffer pixels of this tile (y is not flipped: see above).
        const int x0 = std::max(0, (int)cmd.ClipRect.x - x), y0 = std::max(0, (int)cmd.ClipRect.y - y);
        const int x1 = std::min(width, (int)(cmd.ClipRect.z + 0.999f) - x), y1 = std::min(height, (int)(cmd.ClipRect.w + 0.999f) - y);
        if (x1 <= x0 || y1 <= y0)
            continue;
        glScissor(x0, y0, x1 - x0, y1 - y0);
        glBindTexture(GL_TEXTURE_2D, (GLuint)(intptr_t)cmd.GetTexID());
        glDrawElementsBaseVertex(GL_TRIANGLES, (GLsizei)cmd.ElemCount, sizeof(ImDrawIdx) == 2 ? GL_UNSIGNED_SHORT : GL_UNSIGNED_INT,
                                 (void*)(intptr_t)(cmd.IdxOffset * sizeof(ImDrawIdx)), (GLint)cmd.VtxOffset);
    }
    glBindVertexArray(0);
    glDisable(GL_SCISSOR_TEST);

    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glPixelStorei(GL_PACK_ROW_LENGTH, row_stride / 3);
    glReadPixels(0, 0, width, height, GL_RGB, GL_UNSIGNED_BYTE, rgb_out);
    glPixelStorei(GL_PACK_ROW_LENGTH, 0);
    glPixelStorei(GL_PACK_ALIGNMENT, 4);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
}
