// The standard actors of the heart-failure pathway (DOMAIN.md), in both languages. A moment
// stores an actor by name (the UI language's, or the user's own); a stored name matches a
// standard actor in either language, without regard to case ("POH" and "poh" are one actor).
#pragma once
#include "journey.h"

#include <string>

int StandardActorCount();
const char* StandardActorName(int index, bool dutch);
// The standard actor `actor` names, or -1 for an actor of the user's own.
int StandardActorIndex(const std::string& actor);
bool HasActor(const Moment& m, int standard_index);
