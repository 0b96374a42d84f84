#include "input/keyboard.h"

#include <imgui.h>

bool KeyPressed(int key, bool repeat) { return ImGui::IsKeyPressed(key, repeat); }
bool KeyDown(int key) { return ImGui::IsKeyDown(key); }
bool EscapePressed(bool repeat) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), repeat); }
bool EnterPressed(bool repeat) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), repeat); }
bool EnterOrKeypadEnterPressed()
{
    return ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false) ||
           ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter), false);
}

KeyModifiers HeldModifiers()
{
    const ImGuiIO& io = ImGui::GetIO();
    KeyModifiers m;
    m.Ctrl = io.KeyCtrl, m.Shift = io.KeyShift, m.Alt = io.KeyAlt, m.Super = io.KeySuper;
    return m;
}
