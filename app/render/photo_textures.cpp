#include "render/photo_textures.h"

#include "render/photo_image.h"

#include <glad/gl.h>

#include <algorithm>
#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

namespace
{
struct CacheEntry
{
    uint32_t PersonaValue = 0; // PersonaId::Value
    size_t PhotoHash = 0;
    PhotoTexture Photo;        // Texture null when the photo could not be read (not retried)
    uint64_t LastUse = 0;
    int LastFrame = -1;        // ImGui frame of the last use: a texture drawn this frame is never freed
    size_t Bytes = 0;          // texture memory, mipmaps included
};

// Texture memory for photos (llvmpipe keeps it in main memory). A photo drawn in the current frame
// is never freed (its draw command still points at it, and a freed id could be handed to the font
// texture); when every cached photo is in use, further photos this frame get small textures, so
// every persona shows its own photo whatever their number.
constexpr size_t MaxTextureBytes = (size_t)64 << 20;
constexpr int CrowdedPhotoSide = 64; // pixels: the longer side of a photo uploaded beyond the budget
bool g_enabled = false;
uint64_t g_use_counter = 0;
size_t g_bytes = 0;
std::vector<CacheEntry> g_cache;

void FreeTexture(CacheEntry& entry)
{
    if (entry.Photo.Texture)
    {
        GLuint id = (GLuint)(intptr_t)entry.Photo.Texture;
        glDeleteTextures(1, &id);
    }
    g_bytes -= std::min(g_bytes, entry.Bytes);
    entry.Bytes = 0;
    entry.Photo = PhotoTexture();
}

int CurrentFrame() { return ImGui::GetCurrentContext() ? ImGui::GetFrameCount() : -2; }

PhotoTexture Upload(const Persona& persona, int max_side)
{
    DecodedImage image;
    if (!DecodePersonaPhoto(persona.Photo, &image, max_side))
        return PhotoTexture();
    GLint previous = 0;
    glGetIntegerv(GL_TEXTURE_BINDING_2D, &previous);
    GLuint id = 0;
    glGenTextures(1, &id);
    glBindTexture(GL_TEXTURE_2D, id);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR_MIPMAP_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, image.Width, image.Height, 0, GL_RGBA, GL_UNSIGNED_BYTE, image.Rgba.data());
    glGenerateMipmap(GL_TEXTURE_2D); // the card is often drawn small: mipmaps keep it from shimmering
    glBindTexture(GL_TEXTURE_2D, (GLuint)previous);
    PhotoTexture photo;
    photo.Texture = (ImTextureID)(intptr_t)id;
    photo.Width = image.Width;
    photo.Height = image.Height;
    return photo;
}
} // namespace

void EnablePhotoTextures(bool enabled)
{
    if (!enabled)
        for (CacheEntry& entry : g_cache)
            FreeTexture(entry);
    if (!enabled)
        g_cache.clear(), g_bytes = 0;
    g_enabled = enabled;
}

PhotoTexture GetPersonaPhotoTexture(const Persona& persona)
{
    if (!g_enabled || persona.Photo.empty())
        return PhotoTexture();
    const size_t hash = std::hash<std::string_view>()(persona.Photo);
    g_use_counter++;
    const int frame = CurrentFrame();
    for (CacheEntry& entry : g_cache)
        if (entry.PersonaValue == persona.Id.Value && entry.PhotoHash == hash)
        {
            entry.LastUse = g_use_counter;
            entry.LastFrame = frame;
            return entry.Photo;
        }
    // A new or changed photo: the persona's old texture goes, and the least recently used one
    // when the cache is full.
    for (size_t i = 0; i < g_cache.size();)
        if (g_cache[i].PersonaValue == persona.Id.Value)
        {
            FreeTexture(g_cache[i]);
            g_cache.erase(g_cache.begin() + i);
        }
        else
            i++;
    // Room for a full-size photo: least recently used ones go, never one drawn in this frame.
    const size_t full_size = (size_t)MaxPhotoSide * MaxPhotoSide * 4 * 4 / 3;
    while (g_bytes + full_size > MaxTextureBytes)
    {
        size_t oldest = g_cache.size();
        for (size_t i = 0; i < g_cache.size(); i++)
            if (g_cache[i].LastFrame != frame && (oldest == g_cache.size() || g_cache[i].LastUse < g_cache[oldest].LastUse))
                oldest = i;
        if (oldest == g_cache.size())
            break; // all in use this frame
        FreeTexture(g_cache[oldest]);
        g_cache.erase(g_cache.begin() + oldest);
    }
    CacheEntry entry;
    entry.PersonaValue = persona.Id.Value;
    entry.PhotoHash = hash;
    entry.Photo = Upload(persona, g_bytes + full_size > MaxTextureBytes ? CrowdedPhotoSide : MaxPhotoSide);
    entry.Bytes = (size_t)entry.Photo.Width * entry.Photo.Height * 4 * 4 / 3;
    g_bytes += entry.Bytes;
    entry.LastUse = g_use_counter;
    entry.LastFrame = frame;
    g_cache.push_back(entry);
    return entry.Photo;
}
