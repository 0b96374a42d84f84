# Every dependency comes from Debian 12's packages; nothing is downloaded at build time.
# See third_party/README.md for the package names, versions and licences.
find_package(PkgConfig REQUIRED)
pkg_check_modules(IMGUI REQUIRED IMPORTED_TARGET imgui)        # libimgui-dev (brings stb)
pkg_check_modules(FREETYPE REQUIRED IMPORTED_TARGET freetype2) # imgui_freetype inside libimgui.a
pkg_check_modules(DEFLATE REQUIRED IMPORTED_TARGET libdeflate) # libdeflate-dev
pkg_check_modules(HTTPLIB REQUIRED IMPORTED_TARGET cpp-httplib) # libcpp-httplib-dev: the participants' server
pkg_check_modules(QRENCODE REQUIRED IMPORTED_TARGET libqrencode) # libqrencode-dev: the invitation's QR code
find_package(glfw3 3.3 REQUIRED)                               # libglfw3-dev
find_package(cereal REQUIRED)                                  # libcereal-dev
find_package(Catch2 2 REQUIRED)                                # catch2
find_package(OpenGL REQUIRED)
find_package(Threads REQUIRED)
include(${CMAKE_CURRENT_LIST_DIR}/hyphen.cmake)              # libhyphen-dev, hyphen-nl, hyphen-en-us

# The glad loader (OpenGL 3.3 core) is generated into the build tree by python3-glad.
# --reproducible uses the specification bundled with the package instead of fetching one.
find_program(GLAD_EXECUTABLE glad REQUIRED)
set(GLAD_OUT ${CMAKE_BINARY_DIR}/glad)
add_custom_command(
    OUTPUT ${GLAD_OUT}/src/gl.c ${GLAD_OUT}/include/glad/gl.h
    COMMAND ${GLAD_EXECUTABLE} --quiet --reproducible --api gl:core=3.3 --out-path ${GLAD_OUT} c
    COMMENT "Generating the glad OpenGL 3.3 core loader"
    VERBATIM)
add_library(glad STATIC ${GLAD_OUT}/src/gl.c)
target_include_directories(glad PUBLIC ${GLAD_OUT}/include)
target_link_libraries(glad PUBLIC ${CMAKE_DL_LIBS})
