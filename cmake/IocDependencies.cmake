# SPDX-License-Identifier: GPL-3.0-or-later
# Every third-party dependency is found here, once, with an error that names the Debian package to install.
# docs/dependencies.md says why each one is there.

function(ioc_require_package found_var what debian_package)
    if(NOT ${found_var})
        message(FATAL_ERROR
            "IOC Desk needs ${what}, which was not found.\n"
            "On Debian 12 install it with:  apt-get install ${debian_package}\n"
            "(scripts/test and scripts/demo install every package themselves.)")
    endif()
endfunction()

find_package(Qt6 6.4 QUIET COMPONENTS Core)
ioc_require_package(Qt6_FOUND "Qt 6.4 or newer" "qt6-base-dev")

set(_ioc_qt_components
    "Gui:qt6-base-dev"
    "Widgets:qt6-base-dev"
    "Network:qt6-base-dev"
    "Sql:qt6-base-dev"
    "Concurrent:qt6-base-dev"
    "Qml:qt6-declarative-dev"
    "Quick:qt6-declarative-dev"
    "QuickControls2:qt6-declarative-dev"
    "QuickTest:qt6-declarative-dev"
    "Test:qt6-base-dev"
    "Positioning:qt6-positioning-dev"
    "Multimedia:qt6-multimedia-dev"
    "Charts:qt6-charts-dev"
    "ShaderTools:qt6-shadertools-dev"
    "LinguistTools:qt6-l10n-tools qt6-tools-dev")
foreach(entry IN LISTS _ioc_qt_components)
    string(REPLACE ":" ";" parts "${entry}")
    list(GET parts 0 component)
    list(GET parts 1 package)
    find_package(Qt6 6.4 QUIET COMPONENTS ${component})
    ioc_require_package(Qt6${component}_FOUND "the Qt 6 module ${component}" "${package}")
endforeach()

find_package(spdlog QUIET CONFIG)
ioc_require_package(spdlog_FOUND "spdlog" "libspdlog-dev")

find_package(OpenCV 4 QUIET COMPONENTS core imgproc objdetect video dnn videoio)
ioc_require_package(OpenCV_FOUND "OpenCV 4" "libopencv-dev")

find_package(CURL QUIET)
ioc_require_package(CURL_FOUND "libcurl" "libcurl4-openssl-dev")

find_package(PkgConfig QUIET)
ioc_require_package(PKG_CONFIG_FOUND "pkg-config" "pkg-config")
pkg_check_modules(SODIUM QUIET IMPORTED_TARGET libsodium)
ioc_require_package(SODIUM_FOUND "libsodium" "libsodium-dev")
pkg_check_modules(MOSQUITTO QUIET IMPORTED_TARGET libmosquitto)
ioc_require_package(MOSQUITTO_FOUND "libmosquitto (the MQTT client of the mqtt connector)" "libmosquitto-dev")
