# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the .deb with CPack and checks that its control file lists the runtime dependencies:
# shared libraries found by dpkg-shlibdeps and the QML modules listed by hand.
execute_process(COMMAND cpack -G DEB WORKING_DIRECTORY ${BINARY_DIR}
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cpack failed (${rc}):\n${out}\n${err}")
endif()
file(GLOB debs ${BINARY_DIR}/packages/iocdesk_*.deb)
list(LENGTH debs count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "expected one package in ${BINARY_DIR}/packages, found: ${debs}")
endif()
execute_process(COMMAND dpkg-deb -f ${debs} Depends OUTPUT_VARIABLE depends RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "dpkg-deb could not read ${debs}")
endif()
message(STATUS "Depends: ${depends}")
foreach(required libqt6core6 libqt6quick6 libspdlog1.10 qml6-module-qtquick-controls qml6-module-qtquick-shapes
                 qml6-module-qtquick-layouts ffmpeg)
    string(FIND "${depends}" "${required}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "the package does not depend on ${required}: ${depends}")
    endif()
endforeach()
execute_process(COMMAND dpkg-deb -c ${debs} OUTPUT_VARIABLE contents)
foreach(required ./usr/bin/iocdesk ./usr/share/applications/vn.iocdesk.IocDesk.desktop
                 ./usr/share/metainfo/vn.iocdesk.IocDesk.metainfo.xml ./usr/share/doc/iocdesk/copyright)
    string(FIND "${contents}" "${required}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "the package lacks ${required}:\n${contents}")
    endif()
endforeach()
