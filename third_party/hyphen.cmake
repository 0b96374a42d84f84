# libhyphen (libhyphen-dev) ships no pkg-config file: found by its header and library.
# The patterns it reads at run time come from hyphen-nl and hyphen-en-us (/usr/share/hyphen/).
find_path(HYPHEN_INCLUDE_DIR hyphen.h REQUIRED)
find_library(HYPHEN_LIBRARY hyphen REQUIRED)
if(NOT TARGET Hyphen::Hyphen)
    add_library(Hyphen::Hyphen UNKNOWN IMPORTED)
    set_target_properties(Hyphen::Hyphen PROPERTIES IMPORTED_LOCATION ${HYPHEN_LIBRARY}
                          INTERFACE_INCLUDE_DIRECTORIES ${HYPHEN_INCLUDE_DIR})
endif()
