// Key indices as the GLFW backend of ImGui 1.86 stores them in io.KeysDown[] (GLFW's own codes).
// Kept here so panels need not include GLFW, and headless frames can press the same keys.
#pragma once

enum AppKey : int
{
    Key_Space = 32,
    Key_0 = 48,
    Key_1 = 49, // Key_1 + n - 1 for the digits 1..9
    Key_A = 65,
    Key_C = 67,
    Key_D = 68,
    Key_E = 69,
    Key_I = 73,
    Key_K = 75,
    Key_N = 78,
    Key_O = 79,
    Key_Q = 81,
    Key_S = 83,
    Key_V = 86,
    Key_X = 88,
    Key_Y = 89,
    Key_Z = 90,
    Key_Escape = 256,
    Key_Enter = 257,
    Key_Backspace = 259,
    Key_Delete = 261,
    Key_Right = 262,
    Key_Left = 263,
    Key_Down = 264,
    Key_Up = 265,
    Key_PageUp = 266,
    Key_PageDown = 267,
    Key_Home = 268,
    Key_End = 269,
    Key_F5 = 294,
    Key_F1 = 290,
    Key_KeypadEnter = 335,
    Key_F11 = 300,
    Key_F12 = 301,
};
