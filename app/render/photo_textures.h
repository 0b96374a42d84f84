// Persona photos as GPU textures for ImDrawList::AddImage: a small cache keyed by persona id and a
// hash of the photo, so a photo is decoded and uploaded once, and again only when it changes.
// A cache belongs to one GL context and lives in the FontSet drawn with it (FontSet::Photos): the
// app's windows share one (they share the GL context), every snapshot export has its own. Without
// a cache (headless tests, the benchmark) cards show a placeholder instead of the photo.
#pragma once
#include "journey.h"

#include <imgui.h>

#include <cstddef>
#include <cstdint>
#include <vector>

struct PhotoTexture
{
    ImTextureID Texture = nullptr; // null: no photo, or one that cannot be read
    int Width = 0;                 // pixels
    int Height = 0;
};

class PhotoTextures
{
public:
    // Needs the GL context current from the first Get to Release.
    PhotoTextures() = default;
    PhotoTextures(const PhotoTextures&) = delete;
    PhotoTextures& operator=(const PhotoTextures&) = delete;
    // The texture of the persona's photo, decoded and uploaded on first use.
    PhotoTexture Get(const Persona& persona);
    // Frees every texture (before the GL context goes away); photos asked for afterwards show the
    // placeholder.
    void Release();

private:
    struct Entry
    {
        uint32_t PersonaValue = 0; // PersonaId::Value
        size_t PhotoHash = 0;
        PhotoTexture Photo;        // Texture null when the photo could not be read (not retried)
        uint64_t LastUse = 0;
        int LastFrame = -1;        // ImGui frame of the last use: a texture drawn this frame is never freed
        size_t Bytes = 0;          // texture memory, mipmaps included
    };
    void Free(Entry& entry);
    bool Released = false;
    uint64_t UseCounter = 0;
    size_t Bytes = 0;
    std::vector<Entry> Cache;
};

// The persona's photo from `photos`; no photo (the placeholder) when `photos` is null.
PhotoTexture GetPersonaPhotoTexture(PhotoTextures* photos, const Persona& persona);
