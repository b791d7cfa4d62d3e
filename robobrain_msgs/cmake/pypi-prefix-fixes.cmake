# SPDX-License-Identifier: Apache-2.0
# Copyright 2026 the robobrain authors
# Included by robobrain_msgs/CMakeLists.txt when it finds that the ROS 2 prefix is made of PyPI
# wheels (.venv-ros, scripts/setup.sh); no flag needed. Not used with a regular ROS 2 install.
# Also works as -DCMAKE_PROJECT_INCLUDE=<this file>: the guard makes a second include a no-op.
include_guard(GLOBAL)
#
# Two problems of that prefix, fixed once the whole CMakeLists has been read:
# 1. The wheels' exported targets name the wheel builder's Python include folder
#    (/opt/python/...), which does not exist here: swap in this machine's Python/NumPy folders.
# 2. Where the venv lives inside the source tree, CMake refuses to export a target whose interface
#    include folders point into the source tree: keep NumPy's headers for building only.

function(robobrain_fix_pypi_prefix_targets)
  find_package(Python3 REQUIRED COMPONENTS Interpreter Development.Module NumPy)
  set(local_includes ${Python3_INCLUDE_DIRS} ${Python3_NumPy_INCLUDE_DIRS})

  get_directory_property(imported_targets DIRECTORY "${CMAKE_SOURCE_DIR}" IMPORTED_TARGETS)
  foreach(target IN LISTS imported_targets)
    get_target_property(includes ${target} INTERFACE_INCLUDE_DIRECTORIES)
    if(includes AND "${includes}" MATCHES "/opt/python/")
      list(FILTER includes EXCLUDE REGEX "^/opt/python/")
      list(APPEND includes ${local_includes})
      set_target_properties(${target} PROPERTIES INTERFACE_INCLUDE_DIRECTORIES "${includes}")
    endif()
  endforeach()

  get_directory_property(own_targets DIRECTORY "${CMAKE_SOURCE_DIR}" BUILDSYSTEM_TARGETS)
  foreach(target IN LISTS own_targets)
    get_target_property(type ${target} TYPE)
    if(type STREQUAL "INTERFACE_LIBRARY" OR type STREQUAL "UTILITY")
      continue()
    endif()
    get_target_property(includes ${target} INTERFACE_INCLUDE_DIRECTORIES)
    if(NOT includes)
      continue()
    endif()
    set(kept "")
    foreach(dir IN LISTS includes)
      if(dir MATCHES "^${CMAKE_SOURCE_DIR}/\\.venv")
        target_include_directories(${target} PRIVATE "${dir}")
      else()
        list(APPEND kept "${dir}")
      endif()
    endforeach()
    set_target_properties(${target} PROPERTIES INTERFACE_INCLUDE_DIRECTORIES "${kept}")
  endforeach()
endfunction()

cmake_language(DEFER DIRECTORY "${CMAKE_SOURCE_DIR}" CALL robobrain_fix_pypi_prefix_targets)
