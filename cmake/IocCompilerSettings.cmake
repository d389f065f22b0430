# SPDX-License-Identifier: GPL-3.0-or-later
# Compiler launcher, warnings and sanitizers for our own targets.

find_program(IOC_CCACHE ccache)
if(IOC_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(CMAKE_CXX_COMPILER_LAUNCHER ${IOC_CCACHE})
    message(STATUS "ccache: ${IOC_CCACHE}")
endif()

# Applied by the helpers in IocHelpers.cmake to every target we own, never to Qt's generated code
# alone: warnings in our sources must stay at zero.
add_library(ioc_warnings INTERFACE)
target_compile_options(ioc_warnings INTERFACE -Wall -Wextra -Wpedantic)
if(IOC_WERROR)
    target_compile_options(ioc_warnings INTERFACE -Werror)
endif()

if(IOC_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()
