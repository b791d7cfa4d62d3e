#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Copyright 2026 the robobrain authors
# Checks the installed launch file the way a robot engineer uses it:
#
#   scripts/test/launch-check.sh INSTALL_PREFIX      # colcon's install/, or a `cmake --install` prefix
#
# starts `ros2 launch robobrain brain.launch.py model_path:=<tiny> device:=cpu quantization:=f32`
# from that prefix (or the same through launch.LaunchService where ros2cli is absent but launch and
# launch_ros are there), waits until a query is answered (the installed `query` client, what
# `ros2 run robobrain query` runs), sends SIGINT and
# requires exit status 0 with the node "finished cleanly" (launch itself exits 0 even after a node
# died, so its log is checked too). Needs launch + launch_ros (a ROS 2 distro; PyPI has neither).
#
# Exit status: 0 passed, 77 skipped (no launch/launch_ros here), anything else failed.
# The ROS environment: the one already sourced (e.g. /opt/ros/jazzy/setup.bash), else this clone's
# PyPI prefix (scripts/ros-env.sh); then the install prefix's local_setup.bash on top.
# LAUNCH_CHECK_MODEL (default tests/fixtures/tiny) and LAUNCH_CHECK_TIMEOUT (s, default 90).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
say() { printf '\033[1mlaunch-check:\033[0m %s\n' "$*" >&2; }

[[ $# -eq 1 && -d "$1" ]] || { say "usage: scripts/test/launch-check.sh INSTALL_PREFIX"; exit 2; }
prefix="$(cd "$1" && pwd)"
model="${LAUNCH_CHECK_MODEL:-$root/tests/fixtures/tiny}"
timeout_s="${LAUNCH_CHECK_TIMEOUT:-90}"
node=robobrain_launch_check

# The setup files of ROS and ament read unset variables: not under `set -u`.
if [[ -z "${AMENT_PREFIX_PATH:-}" ]]; then
    [[ -x "$root/.venv-ros/bin/python" ]] || { say "no ROS 2 environment: source /opt/ros/jazzy/setup.bash (or run scripts/setup.sh)"; exit 2; }
    set +u; . "$root/scripts/ros-env.sh"; set -u
fi
# The package's share folder: a cmake --install prefix or colcon's --merge-install install/
# (<prefix>/share/robobrain), or colcon's default isolated install/ (<prefix>/robobrain/share/robobrain).
share=""
for candidate in "$prefix/share/robobrain" "$prefix/robobrain/share/robobrain"; do
    [[ -f "$candidate/package.xml" ]] && { share="$candidate"; break; }
done
[[ -n "$share" ]] || { say "$prefix holds no robobrain install (no share/robobrain/package.xml)"; exit 2; }
if [[ -f "$prefix/local_setup.bash" ]]; then
    set +u; . "$prefix/local_setup.bash"; set -u      # colcon's, or ament's with -DAMENT_CMAKE_ENVIRONMENT_GENERATION=ON
else
    set +u; . "$share/local_setup.bash"; set -u       # the package's own
fi
launch_file="$share/launch/brain.launch.py"
[[ -f "$launch_file" ]] || { say "$launch_file not installed"; exit 1; }
query="$share/../../lib/robobrain/query"
[[ -x "$query" ]] || { say "$query not installed"; exit 1; }

# Away from the clone: its launch/ folder would pass for the `launch` package.
work="$(mktemp -d)"
cd "$work"
if ! python3 -c 'import sys, launch, launch_ros; sys.exit(launch.__file__ is None or launch_ros.__file__ is None)' 2>/dev/null; then
    say "skipped: the launch and launch_ros Python packages are not installed (they come with a ROS 2 distro, e.g. ros-jazzy-launch-ros; PyPI has neither)"
    exit 77
fi
arguments=("model_path:=$model" device:=cpu quantization:=f32 max_new_tokens:=8 "node_name:=$node")
# LAUNCH_CHECK_LIFECYCLE=1: as launch_ros' LifecycleNode, unconfigured at start; this script then
# configures and activates it through ~/change_state, as a lifecycle manager would.
lifecycle="${LAUNCH_CHECK_LIFECYCLE:-0}"
[[ "$lifecycle" == 1 ]] && arguments+=(lifecycle:=true autostart:=false)
if command -v ros2 >/dev/null && ros2 launch --help >/dev/null 2>&1; then
    launcher=(ros2 launch robobrain brain.launch.py "${arguments[@]}")
else
    # What `ros2 launch` does with a launch file and name:=value arguments, without ros2cli.
    launcher=(python3 -c '
import sys
from launch import LaunchDescription, LaunchService
from launch.actions import IncludeLaunchDescription
from launch.launch_description_sources import PythonLaunchDescriptionSource
arguments = [tuple(a.split(":=", 1)) for a in sys.argv[2:]]
service = LaunchService(argv=sys.argv[2:])
service.include_launch_description(LaunchDescription([IncludeLaunchDescription(
    PythonLaunchDescriptionSource(sys.argv[1]), launch_arguments=arguments)]))
sys.exit(service.run())
' "$launch_file" "${arguments[@]}")
fi

export ROS_AUTOMATIC_DISCOVERY_RANGE=LOCALHOST
export ROS_DOMAIN_ID="${ROS_DOMAIN_ID:-$((100 + $$ % 100))}"
log="$work/launch.log"
say "starting: ${launcher[0]} ${launcher[1]} ... (log $log)"
# Job control on: without it bash starts a background command with SIGINT ignored, and the
# SIGINT below (Ctrl-C's signal) would never reach launch.
set -m
"${launcher[@]}" >"$log" 2>&1 &
pid=$!
set +m
# On failure: SIGINT first, so that launch stops the node too (a killed launch leaves it running).
cleanup() {
    kill -INT "$pid" 2>/dev/null || return 0
    for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
}
trap cleanup EXIT

deadline=$((SECONDS + timeout_s))
if [[ "$lifecycle" == 1 ]]; then
    if ! python3 - "$node" "$timeout_s" <<'PY'
import sys
import time

import rclpy
from lifecycle_msgs.msg import Transition
from lifecycle_msgs.srv import ChangeState, GetState

name, timeout = sys.argv[1], float(sys.argv[2])
rclpy.init()
node = rclpy.create_node("launch_check_lifecycle_manager")


def call(client, request):
    assert client.wait_for_service(timeout_sec=timeout), f"{client.srv_name} not available"
    future = client.call_async(request)
    rclpy.spin_until_future_complete(node, future, timeout_sec=timeout)
    assert future.done(), f"no answer from {client.srv_name}"
    return future.result()


get = node.create_client(GetState, f"/{name}/get_state")
change = node.create_client(ChangeState, f"/{name}/change_state")
state = call(get, GetState.Request()).current_state.label
assert state == "unconfigured", f"autostart:=false should leave it unconfigured, not {state}"
for label in ("configure", "activate"):
    done = call(change, ChangeState.Request(transition=Transition(label=label)))
    assert done.success, f"{label} failed"
print("lifecycle: configured and activated through ~/change_state", file=sys.stderr)
PY
    then
        say "the lifecycle transitions failed:"; cat "$log" >&2; exit 1
    fi
fi
answered=""
while ((SECONDS < deadline)); do
    if ! kill -0 "$pid" 2>/dev/null; then
        say "launch ended before answering:"; cat "$log" >&2; exit 1
    fi
    # Text only (no camera needed); the model loads on its own thread after the service is up.
    if out="$("$query" --node "$node" --task general --prompt "the red mug" --timeout 10 2>&1)" \
        && grep -q '^success: True' <<<"$out"; then
        answered="$out"
        break
    fi
    sleep 1
done
[[ -n "$answered" ]] || { say "no answer within $timeout_s s; last reply: ${out:-none}"; cat "$log" >&2; exit 1; }
say "answered: $(grep '^tokens:' <<<"$answered")"

kill -INT "$pid"
for _ in $(seq 200); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
if kill -0 "$pid" 2>/dev/null; then
    say "launch did not stop within 20 s of SIGINT"; cat "$log" >&2; exit 1
fi
status=0
wait "$pid" || status=$?
trap - EXIT
if [[ $status -ne 0 ]] || grep -q "process has died" "$log" || ! grep -q "process has finished cleanly" "$log"; then
    say "launch exit status $status after SIGINT:"; cat "$log" >&2; exit 1
fi
say "passed: answered, stopped by SIGINT, exit status 0, the node finished cleanly"
rm -rf "$work"
