#include "render/photo_textures.h"

#include "render/gl_texture.h"
#include "render/photo_image.h"


#include <algorithm>
#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

namespace
{
// Texture memory for photos (llvmpipe keeps it in main memory). A photo drawn in the current frame
// is never freed (its draw command still points at it, and a freed id could be handed to the font
// texture); when every cached photo is in use, further photos this frame get small textures, so
// every persona shows its own photo whatever their number.
constexpr size_t MaxTextureBytes = (size_t)64 << 20;
constexpr int CrowdedPhotoSide = 64; // pixels: the longer side of a photo uploaded beyond the budget

int CurrentFrame() { return ImGui::GetCurrentContext() ? ImGui::GetFrameCount() : -2; }

PhotoTexture Upload(const Persona& persona, int max_side)
{
    DecodedImage image;
    if (!DecodePersonaPhoto(persona.Photo, &image, max_side))
        return PhotoTexture();
    const unsigned id = CreateGlTexture(image.Rgba.data(), image.Width, image.Height, true);
    PhotoTexture photo;
    photo.Texture = (ImTextureID)(intptr_t)id;
    photo.Width = image.Width;
    photo.Height = image.Height;
    return photo;
}
} // namespace

void PhotoTextures::Free(Entry& entry)
{
    if (entry.Photo.Texture)
    {
        DestroyGlTexture((unsigned)(intptr_t)entry.Photo.Texture);
    }
    Bytes -= std::min(Bytes, entry.Bytes);
    entry.Bytes = 0;
    entry.Photo = PhotoTexture();
}

void PhotoTextures::Release()
{
    for (Entry& entry : Cache)
        Free(entry);
    Cache.clear();
    Bytes = 0;
    Released = true;
}

PhotoTexture GetPersonaPhotoTexture(PhotoTextures* photos, const Persona& persona)
{
    return photos ? photos->Get(persona) : PhotoTexture();
}

PhotoTexture PhotoTextures::Get(const Persona& persona)
{
    if (Released || persona.Photo.empty())
        return PhotoTexture();
    const size_t hash = std::hash<std::string_view>()(persona.Photo);
    UseCounter++;
    const int frame = CurrentFrame();
    for (Entry& entry : Cache)
        if (entry.PersonaValue == persona.Id.Value && entry.PhotoHash == hash)
        {
            entry.LastUse = UseCounter;
            entry.LastFrame = frame;
            return entry.Photo;
        }
    // A new or changed photo: the persona's old texture goes, and the least recently used one
    // when the cache is full.
    for (size_t i = 0; i < Cache.size();)
        if (Cache[i].PersonaValue == persona.Id.Value)
        {
            Free(Cache[i]);
            Cache.erase(Cache.begin() + i);
        }
        else
            i++;
    // Room for a full-size photo: least recently used ones go, never one drawn in this frame.
    const size_t full_size = (size_t)MaxPhotoSide * MaxPhotoSide * 4 * 4 / 3;
    while (Bytes + full_size > MaxTextureBytes)
    {
        size_t oldest = Cache.size();
        for (size_t i = 0; i < Cache.size(); i++)
            if (Cache[i].LastFrame != frame && (oldest == Cache.size() || Cache[i].LastUse < Cache[oldest].LastUse))
                oldest = i;
        if (oldest == Cache.size())
            break; // all in use this frame
        Free(Cache[oldest]);
        Cache.erase(Cache.begin() + oldest);
    }
    Entry entry;
    entry.PersonaValue = persona.Id.Value;
    entry.PhotoHash = hash;
    entry.Photo = Upload(persona, Bytes + full_size > MaxTextureBytes ? CrowdedPhotoSide : MaxPhotoSide);
    entry.Bytes = (size_t)entry.Photo.Width * entry.Photo.Height * 4 * 4 / 3;
    Bytes += entry.Bytes;
    entry.LastUse = UseCounter;
    entry.LastFrame = frame;
    Cache.push_back(entry);
    return entry.Photo;
}
