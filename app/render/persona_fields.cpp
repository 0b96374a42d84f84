#include "render/persona_fields.h"

const PersonaFieldInfo* PersonaTextFields(int* count)
{
    static const PersonaFieldInfo fields[] = {
        {PersonaField::LivingSituation, "persona.field.living", "persona.hint.living"},
        {PersonaField::Work, "persona.field.work", "persona.hint.work"},
        {PersonaField::Diagnosis, "persona.field.diagnosis", "persona.hint.diagnosis"},
        {PersonaField::OtherConditions, "persona.field.conditions", "persona.hint.conditions"},
        {PersonaField::DigitalSkills, "persona.field.digital", "persona.hint.digital"},
        {PersonaField::HealthLiteracy, "persona.field.literacy", "persona.hint.literacy"},
        {PersonaField::Network, "persona.field.network", "persona.hint.network"},
        {PersonaField::Goals, "persona.field.goals", "persona.hint.goals"},
        {PersonaField::Needs, "persona.field.needs", "persona.hint.needs"},
        {PersonaField::Frustrations, "persona.field.frustrations", "persona.hint.frustrations"},
        {PersonaField::Quote, "persona.field.quote", "persona.hint.quote"},
    };
    *count = (int)(sizeof(fields) / sizeof(fields[0]));
    return fields;
}
