// The photo property (issue #11), shared by the fuzz target and the replay test: any bytes, as a
// photo file to import or as a photo stored in a map, give an answer, never a crash or a giant
// allocation; what decodes is small and whole; a photo the import accepts is one the map can show.
#pragma once
#include "render/photo_image.h"

#include <string>

inline std::string CheckPhotoProperty(const std::string& bytes)
{
    // As a photo stored in a map file (base64 inside the JSON).
    Persona persona;
    persona.Photo = EncodeBase64(bytes);
    const std::string problem = PersonaPhotoProblem(persona);
    DecodedImage image;
    if (DecodePersonaPhoto(persona.Photo, &image))
    {
        if (!problem.empty())
            return "a stored photo decodes although it is said not to show: " + problem;
        if (image.Width < 1 || image.Height < 1 || image.Width > MaxPhotoSide || image.Height > MaxPhotoSide)
            return "a decoded photo is " + std::to_string(image.Width) + " x " + std::to_string(image.Height) + " pixels";
        if (image.Rgba.size() != (size_t)image.Width * image.Height * 4)
            return "a decoded photo's pixels do not match its size";
    }
    // As a photo file chosen in the persona panel.
    std::string prepared;
    const Status imported = PreparePersonaPhoto(bytes, &prepared);
    if (!imported.Ok)
        return imported.Message.empty() || imported.MessageNl.empty() ? "a photo refused without a message" : std::string();
    Persona stored;
    stored.Photo = prepared;
    if (!PersonaPhotoProblem(stored).empty())
        return "an imported photo cannot be shown: " + PersonaPhotoProblem(stored);
    DecodedImage shown;
    if (!DecodePersonaPhoto(prepared, &shown))
        return "an imported photo does not decode";
    return std::string();
}
