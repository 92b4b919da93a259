# The code that the figures in BENCHMARKS.md measure: opening a project to the painted
# dashboard, one edit, the reports and the import. The digest of these files is written
# into BENCHMARKS.md when the benchmarks run; a test compares it with the files as they
# are now, so that BENCHMARKS.md says when it is older than the code it describes.
#
#   cmake -DROOT=<source> -P measured-code.cmake                    prints the digest
#   cmake -DROOT=<source> -DBENCHMARKS=<file> -P measured-code.cmake fails when stale
cmake_minimum_required(VERSION 3.22)

set(globs
    app/main.cpp app/CommandLine.cpp
    core/ProjectOpener.* core/ProjectDocument*.* core/cli/*
    core/storage/* core/records/* core/import/* core/commands/*
    core/progress/* core/workbook/*
    ui/report/* ui/common/IndicatorChart.*
    ui/shell/MainWindow*.* ui/shell/ProjectFiles.* ui/workbook/DashboardPage.*)
set(files)
foreach(glob IN LISTS globs)
    file(GLOB found RELATIVE "${ROOT}" "${ROOT}/${glob}")
    list(APPEND files ${found})
endforeach()
list(REMOVE_DUPLICATES files)
list(SORT files)
set(listing "")
foreach(file IN LISTS files)
    file(SHA256 "${ROOT}/${file}" hash)
    string(APPEND listing "${file} ${hash}\n")
endforeach()
string(SHA256 digest "${listing}")
string(SUBSTRING "${digest}" 0 16 digest)

if(NOT DEFINED BENCHMARKS)
    message("${digest}")
    return()
endif()
file(READ "${BENCHMARKS}" text)
if(NOT text MATCHES "Measured code: `([0-9a-f]+)`")
    message(FATAL_ERROR "${BENCHMARKS} names no measured code; run tests/bench/run-benchmarks.sh")
endif()
if(NOT CMAKE_MATCH_1 STREQUAL digest)
    message(FATAL_ERROR "BENCHMARKS.md is older than the last change to the code it measures "
                        "(written for ${CMAKE_MATCH_1}, the code is now ${digest}): "
                        "run tests/bench/run-benchmarks.sh and commit the result.")
endif()
message("BENCHMARKS.md was measured on the code as it is (${digest}).")
