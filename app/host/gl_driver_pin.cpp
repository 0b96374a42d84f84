#include "host/gl_driver_pin.h"

#ifdef JB_SANITIZE
#include <dlfcn.h>
#endif

void PinGlDriverForLeakCheck()
{
#ifdef JB_SANITIZE
    // Loading it again (a second context) only counts another reference. The driver libGLX loads for Xvfb's software rendering; absent elsewhere, which is fine.
    dlopen("/usr/lib/x86_64-linux-gnu/dri/swrast_dri.so", RTLD_NOW | RTLD_GLOBAL | RTLD_NODELETE);
#endif
}
