# SPDX-License-Identifier: Apache-2.0
# Copyright 2026 the robobrain authors
# Environment for building and running against the ROS 2 Jazzy prefix in .venv-ros/.
# Source it (`. scripts/ros-env.sh`); scripts/setup.sh creates what it points at.
# docs/install.md ("How ROS 2 comes from PyPI") explains why each of these is needed.

ROBOBRAIN_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]:-$0}")/.." && pwd)"
export ROBOBRAIN_ROOT
export ROS_VENV="$ROBOBRAIN_ROOT/.venv-ros"
# Where cmake installs the interfaces package robobrain_msgs (C/Python bindings, introspection
# libraries).
export ROBOBRAIN_IFACE_PREFIX="$ROBOBRAIN_ROOT/build/interfaces-install"

_site="$ROS_VENV/lib/python3.11/site-packages"
# The wheels ship their private shared libraries (tinyxml2, ...) in ros_*.libs folders that their
# RPATH does not reach from our binaries.
_wheel_libs="$(ls -d "$_site"/ros_*.libs 2>/dev/null | tr '\n' ':')"

export ROS_DISTRO=jazzy
export ROS_VERSION=2
export ROS_PYTHON_VERSION=3
export RMW_IMPLEMENTATION=rmw_fastrtps_cpp
# Keep discovery on this machine unless the user already chose otherwise.
export ROS_AUTOMATIC_DISCOVERY_RANGE="${ROS_AUTOMATIC_DISCOVERY_RANGE:-LOCALHOST}"
# ROBOBRAIN_EXTRA_PREFIXES: more install prefixes (colon-separated) built against .venv-ros, put
# before the others, e.g. vision_msgs built from source (README, "vision_msgs detections").
_extra="" _extra_libs="" _extra_python=""
while IFS= read -r _prefix; do
    [ -n "$_prefix" ] || continue
    _extra="$_extra$_prefix:"
    _extra_libs="$_extra_libs$_prefix/lib:"
    _extra_python="$_extra_python$_prefix/lib/python3.11/site-packages:"
done <<EOF
$(printf '%s\n' "${ROBOBRAIN_EXTRA_PREFIXES:-}" | tr ':' '\n')
EOF
export AMENT_PREFIX_PATH="$_extra$ROBOBRAIN_IFACE_PREFIX:$ROS_VENV"
export CMAKE_PREFIX_PATH="$_extra$ROBOBRAIN_IFACE_PREFIX:$ROS_VENV"
export LD_LIBRARY_PATH="$_extra_libs$ROBOBRAIN_IFACE_PREFIX/lib:$ROS_VENV/lib:${_wheel_libs}${LD_LIBRARY_PATH:-}"
# The interfaces' Python bindings, and the robobrain_client helper from the source tree (the one
# that scripts/query.py uses; an install puts it into the prefix's site-packages instead).
export PYTHONPATH="$_extra_python$ROBOBRAIN_IFACE_PREFIX/lib/python3.11/site-packages:$ROBOBRAIN_ROOT/python:${PYTHONPATH:-}"
# r2r generates Rust bindings only for these packages (all of ROS would take many minutes).
export IDL_PACKAGE_FILTER="std_msgs;builtin_interfaces;geometry_msgs;sensor_msgs;diagnostic_msgs;visualization_msgs;action_msgs;unique_identifier_msgs;rcl_interfaces;lifecycle_msgs;rosgraph_msgs;robobrain_msgs"
# vision_msgs is optional (it is not on PyPI): where a prefix on AMENT_PREFIX_PATH has it, r2r
# generates it too and scripts/setup.sh builds the node with the cargo feature vision_msgs.
export ROBOBRAIN_VISION_MSGS_PREFIX=""
while IFS= read -r _prefix; do
    if [ -z "$ROBOBRAIN_VISION_MSGS_PREFIX" ] && [ -f "$_prefix/share/vision_msgs/package.xml" ]; then
        ROBOBRAIN_VISION_MSGS_PREFIX="$_prefix"
        IDL_PACKAGE_FILTER="$IDL_PACKAGE_FILTER;vision_msgs"
    fi
done <<EOF
$(printf '%s\n' "$AMENT_PREFIX_PATH" | tr ':' '\n')
EOF
export PATH="$ROS_VENV/bin:$PATH"
unset _site _wheel_libs _extra _extra_libs _extra_python _prefix
