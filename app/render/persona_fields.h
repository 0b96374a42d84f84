// The persona format (DOMAIN.md): every field with its label and its one-line explanation (the
// uitleg), in the order of the printed format. The persona panel and the card on the canvas both
// follow this list, so the two never disagree.
#pragma once
#include "edit.h"

struct PersonaFieldInfo
{
    PersonaField Field;
    const char* LabelKey; // string table key of the field's name
    const char* HintKey;  // string table key of the explanation shown while filling it in
};

// The text fields after name, age, photo and the fictional/real marker (those have their own widgets).
const PersonaFieldInfo* PersonaTextFields(int* count);
