// Sanitizer builds only: keeps Mesa's GL driver loaded until the process ends.
#pragma once

// Mesa's software driver leaves 112 bytes behind when it is unloaded at exit. Once it is
// unloaded LeakSanitizer cannot name it ("unknown module"), so tests/sanitize/lsan.supp cannot
// suppress it and every program that opened a GL context would fail the sanitizer run. Loading
// the driver once with RTLD_NODELETE keeps it mapped, and the suppression file then applies.
// Does nothing in normal builds. Call before glfwInit().
void PinGlDriverForLeakCheck();
