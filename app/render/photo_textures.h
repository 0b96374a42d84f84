// Persona photos as GPU textures for ImDrawList::AddImage: a small cache keyed by persona id and a
// hash of the photo, so a photo is decoded and uploaded once, and again only when it changes.
// The screen and the PNG export draw through the same DrawMap in the same GL context, so both use
// these textures. Without GL (headless tests, the benchmark) the cache stays off and cards show a
// placeholder instead of the photo.
#pragma once
#include "journey.h"

#include <imgui.h>

struct PhotoTexture
{
    ImTextureID Texture = nullptr; // null: no photo, or one that cannot be read
    int Width = 0;                 // pixels
    int Height = 0;
};

// Called once the GL context is current (true) and before it goes away (false: frees every texture).
void EnablePhotoTextures(bool enabled);
// The texture of the persona's photo, decoded and uploaded on first use.
PhotoTexture GetPersonaPhotoTexture(const Persona& persona);
