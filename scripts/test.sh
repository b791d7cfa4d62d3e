#!/usr/bin/env bash
# Runs every test: the Rust core (plain `cargo test`, no ROS needed), then sets up and builds the
# ROS 2 node (scripts/setup.sh) and runs the end-to-end tests (tests/e2e, pytest + rclpy).
# Extra arguments go to pytest (e.g. -k diagnostics).
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

# shellcheck source=ros-env.sh
. scripts/ros-env.sh
export ROBOBRAIN_NODE_BIN="${CARGO_TARGET_DIR:-$root/target}/debug/robobrain_node"
say "end-to-end tests (pytest, rclpy)"
started=$SECONDS
status=0
python -m pytest tests/e2e -v -p no:cacheprovider "$@" || status=$?
say "end-to-end tests took $((SECONDS - started)) s"
if [[ $status -eq 5 ]]; then
    say "pytest collected no tests: that is a failure here"
    exit 1
fi
exit "$status"
