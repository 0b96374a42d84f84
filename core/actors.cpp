#include "actors.h"

#include <algorithm>
#include <cctype>
#include <cstring>

static bool SameText(const std::string& a, const char* b)
{
    // Actor names match without regard to case (ASCII letters; "POH" and "poh" are one actor).
    const size_t n = std::strlen(b);
    if (a.size() != n)
        return false;
    for (size_t i = 0; i < n; i++)
        if (std::tolower((unsigned char)a[i]) != std::tolower((unsigned char)b[i]))
            return false;
    return true;
}

namespace
{
struct StandardActor
{
    const char* En;
    const char* Nl;
};
// DOMAIN.md's actors of the heart-failure pathway.
const StandardActor StandardActors[] = {
    {"patient", "patiënt"},
    {"informal carer", "mantelzorger"},
    {"GP", "huisarts"},
    {"practice nurse", "POH"},
    {"cardiologist", "cardioloog"},
    {"heart-failure nurse", "hartfalenverpleegkundige"},
    {"pharmacist", "apotheker"},
    {"home care", "thuiszorg"},
    {"monitoring centre", "monitoringcentrum"},
};
} // namespace

int StandardActorIndex(const std::string& actor)
{
    for (int i = 0; i < (int)(sizeof(StandardActors) / sizeof(StandardActors[0])); i++)
        if (SameText(actor, StandardActors[i].En) || SameText(actor, StandardActors[i].Nl))
            return i;
    return -1;
}

bool HasActor(const Moment& m, int standard_index)
{
    return std::any_of(m.Actors.begin(), m.Actors.end(), [&](const std::string& a) { return StandardActorIndex(a) == standard_index; });
}

int StandardActorCount() { return (int)(sizeof(StandardActors) / sizeof(StandardActors[0])); }

const char* StandardActorName(int index, bool dutch)
{
    if (index < 0 || index >= StandardActorCount())
        return "";
    return dutch ? StandardActors[index].Nl : StandardActors[index].En;
}
