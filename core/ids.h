// Typed ids: a MomentId cannot be passed where a NoteId is meant.
// Ids are never vector indices: they survive undo, reordering and copy/paste.
// One counter per document hands them out (Document::NextId), so an id is unique across kinds.
#pragma once
#include <cstdint>
#include <functional>

template <class Tag>
struct TypedId
{
    uint32_t Value = 0; // 0 means "none"

    bool IsValid() const { return Value != 0; }
    bool operator==(TypedId o) const { return Value == o.Value; }
    bool operator!=(TypedId o) const { return Value != o.Value; }
    bool operator<(TypedId o) const { return Value < o.Value; }
};

using PhaseId = TypedId<struct PhaseTag>;
using MomentId = TypedId<struct MomentTag>;
using NoteId = TypedId<struct NoteTag>;
using LaneId = TypedId<struct LaneTag>;
using PersonaId = TypedId<struct PersonaTag>;
using RoundId = TypedId<struct RoundTag>; // a dot-voting round

namespace std
{
template <class Tag>
struct hash<TypedId<Tag>>
{
    size_t operator()(TypedId<Tag> id) const { return std::hash<uint32_t>()(id.Value); }
};
} // namespace std
