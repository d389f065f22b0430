# SPDX-License-Identifier: GPL-3.0-or-later
# One way to declare each kind of target: a module, a QML module, a connector plugin, a test.
# Every helper applies our warnings (ioc_warnings) so that no target is declared differently by accident.

# All static QML plugins; executables link this and include qml/iocqmlplugins.h (Q_IMPORT_QML_PLUGIN).
add_library(ioc_qml_plugins INTERFACE)

# ioc_add_module(<name>
#     SOURCES <files...>            C++ sources and headers (public headers at the module root)
#     [LIBRARIES <targets...>]      what the module links publicly
#     [QML_URI <Ioc.Name>]          also a QML module under that URI
#     [QML_FILES <files...>] [QML_SINGLETONS <files...>] [QML_IMPORTS <uris...>] [RESOURCES <files...>]
#     [QML_DEPENDENCIES <uris...>])   modules whose C++ types this one's types derive from (QtQuick for
#                                     items), so that qmllint and the QML compiler see their base types
# Creates the static library ioc_<name>; with QML_URI also its QML plugin ioc_<name>plugin.
function(ioc_add_module name)
    cmake_parse_arguments(ARG "" "QML_URI"
        "SOURCES;LIBRARIES;QML_FILES;QML_SINGLETONS;QML_IMPORTS;QML_DEPENDENCIES;RESOURCES" ${ARGN})
    set(target ioc_${name})
    qt_add_library(${target} STATIC ${ARG_SOURCES})
    target_include_directories(${target} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/..)
    target_link_libraries(${target} PUBLIC ${ARG_LIBRARIES} PRIVATE ioc_warnings)
    set_target_properties(${target} PROPERTIES POSITION_INDEPENDENT_CODE ON)
    if(ARG_QML_URI)
        _ioc_qml_module(${target} ${ARG_QML_URI}
            QML_FILES ${ARG_QML_FILES} QML_SINGLETONS ${ARG_QML_SINGLETONS}
            QML_IMPORTS ${ARG_QML_IMPORTS} QML_DEPENDENCIES ${ARG_QML_DEPENDENCIES} RESOURCES ${ARG_RESOURCES})
    endif()
endfunction()

# ioc_add_qml_module(<name> URI <Ioc.Name> QML_FILES <files...> [QML_SINGLETONS ...] [QML_IMPORTS ...]
#     [RESOURCES ...] [LIBRARIES ...])
# A QML-only module (views, theme): static library ioc_<name> and its plugin.
function(ioc_add_qml_module name)
    cmake_parse_arguments(ARG "" "URI" "QML_FILES;QML_SINGLETONS;QML_IMPORTS;RESOURCES;LIBRARIES" ${ARGN})
    set(target ioc_${name})
    qt_add_library(${target} STATIC)
    target_link_libraries(${target} PUBLIC ${ARG_LIBRARIES} PRIVATE ioc_warnings)
    _ioc_qml_module(${target} ${ARG_URI}
        QML_FILES ${ARG_QML_FILES} QML_SINGLETONS ${ARG_QML_SINGLETONS}
        QML_IMPORTS ${ARG_QML_IMPORTS} RESOURCES ${ARG_RESOURCES})
endfunction()

function(_ioc_qml_module target uri)
    cmake_parse_arguments(ARG "" "" "QML_FILES;QML_SINGLETONS;QML_IMPORTS;QML_DEPENDENCIES;RESOURCES" ${ARGN})
    if(ARG_QML_SINGLETONS)
        set_source_files_properties(${ARG_QML_SINGLETONS} PROPERTIES QT_QML_SINGLETON_TYPE TRUE)
    endif()
    # IMPORTS takes URIs: 'IMPORTS TARGET x' writes a broken qmldir on 6.4 (QT64.md).
    qt_add_qml_module(${target}
        URI ${uri}
        VERSION 1.0
        RESOURCE_PREFIX /qt/qml
        IMPORTS ${ARG_QML_IMPORTS}
        DEPENDENCIES ${ARG_QML_DEPENDENCIES}
        QML_FILES ${ARG_QML_SINGLETONS} ${ARG_QML_FILES}
        RESOURCES ${ARG_RESOURCES})
    target_link_libraries(ioc_qml_plugins INTERFACE ${target}plugin)
endfunction()

# ioc_add_connector_plugin(<name> SOURCES <files...> [LIBRARIES ...])
# A connector plugin in plugins/<name>/: a Qt plugin with its own log category ioc.connector.<name>.
function(ioc_add_connector_plugin name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBRARIES" ${ARGN})
    set(target iocconnector_${name})
    # Qt 6.4 qt_add_plugin() ignores sources given to it: add them afterwards.
    qt_add_plugin(${target} SHARED)
    target_sources(${target} PRIVATE ${ARG_SOURCES})
    target_compile_definitions(${target} PRIVATE IOC_CONNECTOR_LOG_CATEGORY="ioc.connector.${name}")
    target_link_libraries(${target} PRIVATE ${ARG_LIBRARIES} ioc_warnings)
    set_target_properties(${target} PROPERTIES
        LIBRARY_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/plugins/iocdesk/connectors)
    install(TARGETS ${target} LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}/iocdesk/connectors)
endfunction()

# Environment every test runs in: no display, fixed locale and time zone, test-mode paths.
set(IOC_TEST_ENVIRONMENT
    QT_QPA_PLATFORM=offscreen
    QT_QUICK_BACKEND=software
    LC_ALL=C.UTF-8
    TZ=Asia/Ho_Chi_Minh
    QT_MEDIA_BACKEND=ffmpeg)

# ioc_add_test(<name> SOURCES <files...> [LIBRARIES ...] [LABELS unit|integration] [TIMEOUT s])
# A Qt Test executable, one per class under test, registered with ctest.
function(ioc_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBRARIES;LABELS;ARGS" ${ARGN})
    if(NOT ARG_LABELS)
        set(ARG_LABELS unit)
    endif()
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 60)
    endif()
    qt_add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBRARIES} ioc_warnings)
    add_test(NAME ${name} COMMAND ${name} ${ARG_ARGS})
    set_tests_properties(${name} PROPERTIES
        LABELS "${ARG_LABELS}" TIMEOUT ${ARG_TIMEOUT} ENVIRONMENT "${IOC_TEST_ENVIRONMENT}")
endfunction()

# ioc_add_qml_test(<file.qml> [TIMEOUT s])
# One ctest per tst_*.qml, run by the shared Quick Test runner (tests/qml/runner).
function(ioc_add_qml_test file)
    cmake_parse_arguments(ARG "" "TIMEOUT" "" ${ARGN})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 60)
    endif()
    get_filename_component(test_name ${file} NAME_WE)
    get_filename_component(abs ${file} ABSOLUTE)
    add_test(NAME qml_${test_name}
        COMMAND ioc_qmltest_runner -input ${abs} -import qrc:/qt/qml)
    set_tests_properties(qml_${test_name} PROPERTIES
        LABELS qml TIMEOUT ${ARG_TIMEOUT} ENVIRONMENT "${IOC_TEST_ENVIRONMENT}")
endfunction()
