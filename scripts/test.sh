#!/usr/bin/env bash
# Runs every test: the Rust core (plain `cargo test`, no ROS needed), then sets up and builds the
# ROS 2 node (scripts/setup.sh), compiles the `cuda` feature with the PyPI CUDA toolchain (no GPU
# needed; ROBOBRAIN_SKIP_CUDA=1 leaves it out) and runs the end-to-end tests (tests/e2e, pytest +
# rclpy) and the cuda build's tests (tests/cuda_build). Extra arguments go to pytest (e.g. -k
# diagnostics).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
say() { printf '\033[1mtest:\033[0m %s\n' "$*" >&2; }

say "cargo test (core, no ROS)"
started=$SECONDS
cargo test
say "core tests took $((SECONDS - started)) s"

started=$SECONDS
scripts/setup.sh
say "setup and ROS build took $((SECONDS - started)) s"

target="${CARGO_TARGET_DIR:-$root/target}"
suites=(tests/e2e)
if [[ "${ROBOBRAIN_SKIP_CUDA:-0}" == 1 ]]; then
    say "ROBOBRAIN_SKIP_CUDA=1: not compiling the cuda feature (tests/cuda_build is skipped)"
else
    # The cuda feature, compiled as CI can (no GPU): PyPI toolchain, kernels built for compile
    # speed. It shares target/debug with the core build, so keep the binary under its own name
    # and let cargo put the core build's robobrain back (a fresh build re-links it).
    started=$SECONDS
    say "compiling the cuda feature (CUDA_BUILD_PROFILE=ci scripts/build-cuda.sh)"
    CUDA_BUILD_PROFILE=ci scripts/build-cuda.sh >/dev/null
    mkdir -p "$target/cuda-ci"
    cp "$target/debug/robobrain" "$target/cuda-ci/robobrain"
    cargo build --quiet --bin robobrain
    export ROBOBRAIN_CUDA_BIN="$target/cuda-ci/robobrain"
    suites+=(tests/cuda_build)
    say "cuda build took $((SECONDS - started)) s"
fi

# shellcheck source=ros-env.sh
. scripts/ros-env.sh
export ROBOBRAIN_NODE_BIN="$target/debug/robobrain_node"
say "end-to-end tests (pytest, rclpy) and the cuda build's tests"
started=$SECONDS
status=0
python -m pytest "${suites[@]}" -v -p no:cacheprovider "$@" || status=$?
say "pytest took $((SECONDS - started)) s"
if [[ $status -eq 5 ]]; then
    say "pytest collected no tests: that is a failure here"
    exit 1
fi
exit "$status"
