# Checks the include rules of docs/architecture.md ("Rules the build keeps"):
#   - every include of a core or ui header names its layer: "core/...", "ui/..."; only a
#     .cpp file's first include, its own class header beside it, is written bare (lupdate
#     finds a class's namespace only in a header beside the file);
#   - a feature folder of ui/ includes core/, the edit facade (core/commands/Edits.h),
#     ui/common/ and its own folder, nothing else of ui/; only ui/shell/ includes the features;
#   - ui/common/ includes only core/ and ui/common/;
#   - ui/ never includes core/storage/ (SQL) nor a single undo command;
#   - core/ never includes ui/.
# Usage: cmake -DSOURCE_DIR=<repository root> -P check-ui-layers.cmake
# Run by the build of routekaart_ui (ui/CMakeLists.txt); fails with one line per broken rule.
cmake_minimum_required(VERSION 3.22)
if(NOT SOURCE_DIR)
    message(FATAL_ERROR "usage: cmake -DSOURCE_DIR=<repository root> -P check-ui-layers.cmake")
endif()

set(problems "")
macro(problem file text)
    list(APPEND problems "${file}: ${text}")
endmacro()

file(GLOB_RECURSE ui_files RELATIVE ${SOURCE_DIR} ${SOURCE_DIR}/ui/*.h ${SOURCE_DIR}/ui/*.cpp)
foreach(file IN LISTS ui_files)
    string(REGEX MATCH "^ui/([^/]+)/" in_folder "${file}")
    if(NOT in_folder)
        problem(${file} "belongs in a feature folder of ui/ (or in ui/common/)")
        continue()
    endif()
    set(folder ${CMAKE_MATCH_1})
    file(STRINGS ${SOURCE_DIR}/${file} includes REGEX "^[ \t]*#[ \t]*include[ \t]*\"")
    get_filename_component(directory ${file} DIRECTORY)
    set(first TRUE)
    foreach(line IN LISTS includes)
        string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*\"([^\"]*)\".*$" "\\1" header "${line}")
        set(own FALSE)
        if(first AND file MATCHES "\\.cpp$" AND NOT header MATCHES "/" AND EXISTS ${SOURCE_DIR}/${directory}/${header})
            set(own TRUE)
        endif()
        set(first FALSE)
        if(own)
            # the file's own class header, first and bare
        elseif(header MATCHES "^core/storage/")
            problem(${file} "includes ${header}: ui/ never includes core/storage/ (only core runs SQL)")
        elseif(header MATCHES "^core/commands/" AND NOT header STREQUAL "core/commands/Edits.h")
            problem(${file} "includes ${header}: ui/ edits through the facade core/commands/Edits.h")
        elseif(header MATCHES "^core/")
            # the model, the edit facade and the rest of core: every folder may
        elseif(header MATCHES "^ui/([^/]+)/")
            set(target ${CMAKE_MATCH_1})
            if(NOT folder STREQUAL "shell" AND NOT target STREQUAL folder AND NOT target STREQUAL "common")
                if(folder STREQUAL "common")
                    problem(${file} "includes ${header}: ui/common/ includes only core/ and ui/common/")
                else()
                    problem(${file} "includes ${header}: only ui/shell/ includes other feature folders")
                endif()
            endif()
        else()
            problem(${file} "includes \"${header}\": write it with its layer, as \"core/...\" or \"ui/<folder>/...\"")
        endif()
    endforeach()
endforeach()

file(GLOB_RECURSE core_files RELATIVE ${SOURCE_DIR} ${SOURCE_DIR}/core/*.h ${SOURCE_DIR}/core/*.cpp)
foreach(file IN LISTS core_files)
    file(STRINGS ${SOURCE_DIR}/${file} includes REGEX "^[ \t]*#[ \t]*include[ \t]*\"ui/")
    foreach(line IN LISTS includes)
        problem(${file} "${line}: core/ never includes ui/")
    endforeach()
endforeach()

if(problems)
    list(LENGTH problems count)
    list(JOIN problems "\n  " text)
    message(FATAL_ERROR "${count} include(s) break the layer rules of docs/architecture.md:\n  ${text}")
endif()
