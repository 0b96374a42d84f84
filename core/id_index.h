// A small hash map from id values to indices, for the layout's lookups by id on big maps:
// one flat array with open addressing, filled once per layout and read many times.
#pragma once
#include <cstdint>
#include <vector>

class IdIndex
{
public:
    // Empties the index and makes room for `count` ids without growing.
    void Reset(size_t count)
    {
        size_t capacity = 16;
        while (capacity < count * 2)
            capacity *= 2;
        Keys.assign(capacity, 0u);
        Values.assign(capacity, -1);
        Mask = (uint32_t)(capacity - 1);
        Count = 0;
    }
    // Adds `id` -> `value` unless the id is there already (the first one wins). Ids are never 0.
    void Insert(uint32_t id, int value)
    {
        if (id == 0)
            return;
        if ((Count + 1) * 2 > Keys.size())
            Grow();
        for (uint32_t i = Slot(id);; i = (i + 1) & Mask)
        {
            if (Keys[i] == id)
                return;
            if (Keys[i] == 0)
            {
                Keys[i] = id, Values[i] = value;
                Count++;
                return;
            }
        }
    }
    // The value of `id`, or -1 when absent.
    int Find(uint32_t id) const
    {
        if (id == 0 || Keys.empty())
            return -1;
        for (uint32_t i = Slot(id);; i = (i + 1) & Mask)
        {
            if (Keys[i] == id)
                return Values[i];
            if (Keys[i] == 0)
                return -1;
        }
    }
    size_t Size() const { return Count; }

private:
    uint32_t Slot(uint32_t id) const { return (id * 2654435761u) & Mask; } // Knuth's multiplicative hash
    void Grow()
    {
        std::vector<uint32_t> keys;
        std::vector<int> values;
        keys.swap(Keys), values.swap(Values);
        Reset(keys.empty() ? 8 : keys.size());
        for (size_t i = 0; i < keys.size(); i++)
            if (keys[i] != 0)
                Insert(keys[i], values[i]);
    }

    std::vector<uint32_t> Keys; // 0: empty slot
    std::vector<int> Values;
    uint32_t Mask = 0;
    size_t Count = 0;
};
