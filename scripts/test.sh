#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Copyright 2026 the robobrain authors
# Runs every test: the linters (rustfmt, clippy, ament_flake8), the Rust core (plain `cargo test`,
# no ROS needed), then sets up and builds the
# ROS 2 node (scripts/setup.sh), builds llama.cpp's llama-server for the remote-backend tests
# (scripts/build-llama-server.sh, cached; ROBOBRAIN_SKIP_LLAMA=1 leaves it out and
# tests/e2e/test_remote.py skips its real-server tests), compiles the `cuda` feature with the
# PyPI CUDA toolchain (no GPU needed; ROBOBRAIN_SKIP_CUDA=1 leaves it out) and runs the end-to-end tests (tests/e2e, pytest +
# rclpy; tests/e2e/test_cuda_build.py runs the cuda builds). Extra arguments go to pytest (e.g.
# -k diagnostics).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
say() { printf '\033[1mtest:\033[0m %s\n' "$*" >&2; }

# Linters first, so that a style slip fails in seconds rather than after the tests: rustfmt and
# clippy on the core here, clippy on the ros feature and ament_flake8 on the Python files once the
# ROS prefix exists (below). QUALITY_DECLARATION.md ("Linters and Static Analysis") says which.
for tool in fmt clippy; do
    if ! cargo "$tool" --version >/dev/null 2>&1; then
        say "cargo $tool is missing: install it with 'rustup component add ${tool/fmt/rustfmt}'"
        exit 1
    fi
done
say "linters: cargo fmt --check, cargo clippy -D warnings (core)"
started=$SECONDS
cargo fmt --check
cargo clippy --quiet --all-targets -- -D warnings
say "core linters took $((SECONDS - started)) s"

say "cargo test (core, no ROS)"
started=$SECONDS
cargo test
say "core tests took $((SECONDS - started)) s"

started=$SECONDS
scripts/setup.sh
say "setup and ROS build took $((SECONDS - started)) s"

say "linters: cargo clippy -D warnings (feature ros), ament_flake8 (Python)"
started=$SECONDS
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    mapfile -t python_files < <(git ls-files '*.py')
else
    mapfile -t python_files < <(find launch scripts tests -name '*.py' | sort)
fi
# (With vision_msgs on ROBOBRAIN_EXTRA_PREFIXES, the feature vision_msgs as setup.sh built it.)
(. scripts/ros-env.sh && cargo clippy --quiet --all-targets --features "ros${ROBOBRAIN_VISION_MSGS_PREFIX:+,vision_msgs}" -- -D warnings \
    && ament_flake8 "${python_files[@]}")
say "ROS and Python linters took $((SECONDS - started)) s"

if [[ "${ROBOBRAIN_SKIP_LLAMA:-0}" == 1 ]]; then
    say "ROBOBRAIN_SKIP_LLAMA=1: no llama-server (tests/e2e/test_remote.py skips its real-server tests)"
else
    started=$SECONDS
    ROBOBRAIN_LLAMA_SERVER="$(scripts/build-llama-server.sh)"
    export ROBOBRAIN_LLAMA_SERVER
    say "llama-server took $((SECONDS - started)) s"
fi

# The ROS layer's own unit tests (src/ros): they need the sourced ROS prefix to link.
started=$SECONDS
(. scripts/ros-env.sh && cargo test --quiet --features "ros${ROBOBRAIN_VISION_MSGS_PREFIX:+,vision_msgs}" --lib ros::)
say "ROS unit tests took $((SECONDS - started)) s"

target="${CARGO_TARGET_DIR:-$root/target}"
if [[ "${ROBOBRAIN_SKIP_CUDA:-0}" == 1 ]]; then
    say "ROBOBRAIN_SKIP_CUDA=1: not compiling the cuda feature (tests/e2e/test_cuda_build.py is skipped)"
else
    # The cuda feature, compiled as CI can (no GPU): the PyPI toolchain, kernels built for speed
    # of compilation. The CLI and the node land in target/debug like the core's and the CPU
    # node's: keep them under cuda-ci/ and let cargo put the others back (a fresh build
    # re-links them).
    started=$SECONDS
    mkdir -p "$target/cuda-ci"
    say "compiling the cuda feature: the node (ROBOBRAIN_CUDA=ci scripts/setup.sh)"
    ROBOBRAIN_CUDA=ci scripts/setup.sh
    cp "$target/debug/robobrain_node" "$target/cuda-ci/robobrain_node"
    # The CLI with the node's features, so that it reuses every crate the node build compiled.
    say "compiling the cuda feature: the CLI (CUDA_BUILD_PROFILE=ci scripts/build-cuda.sh)"
    (. scripts/ros-env.sh && CUDA_BUILD_PROFILE=ci CUDA_BUILD_FEATURES=ros,cuda scripts/build-cuda.sh >/dev/null)
    cp "$target/debug/robobrain" "$target/cuda-ci/robobrain"
    cargo build --quiet --bin robobrain
    scripts/setup.sh >/dev/null
    if readelf -d "$target/debug/robobrain_node" "$target/debug/robobrain" | grep -q libcuda; then
        say "the CPU builds were not restored after the cuda build"
        exit 1
    fi
    export ROBOBRAIN_CUDA_BIN="$target/cuda-ci/robobrain" ROBOBRAIN_CUDA_NODE_BIN="$target/cuda-ci/robobrain_node"
    export ROBOBRAIN_CUDA_TOOLKIT="${CUDA_STANDIN:-$root/.cuda-toolkit}"
    say "cuda builds took $((SECONDS - started)) s"
fi

# shellcheck source=ros-env.sh
. scripts/ros-env.sh
export ROBOBRAIN_NODE_BIN="$target/debug/robobrain_node"
say "end-to-end tests (pytest, rclpy)"
started=$SECONDS
status=0
python -m pytest tests/e2e -v -p no:cacheprovider "$@" || status=$?
say "pytest took $((SECONDS - started)) s"
if [[ $status -eq 5 ]]; then
    say "pytest collected no tests: that is a failure here"
    exit 1
fi
exit "$status"
