#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
# Copyright 2026 the robobrain authors
"""Print the statuses of the next /diagnostics message (a text stand-in for rqt_runtime_monitor).

    ros2 run robobrain diagnostics [--node robobrain] [--timeout 10]

(installed as lib/robobrain/diagnostics; from a clone, `python scripts/diagnostics.py` in the
environment of scripts/ros-env.sh). --node shows only that node's statuses, from its next
message (other nodes publish on /diagnostics too). Exit status 2 when none came in time.
"""

import argparse
import sys
import time

import rclpy
from diagnostic_msgs.msg import DiagnosticArray

LEVELS = {0: "OK", 1: "WARN", 2: "ERROR", 3: "STALE"}


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--timeout", type=float, default=10.0)
    parser.add_argument(
        "--node", default="", help="only this node's statuses (its name, e.g. robobrain)"
    )
    args = parser.parse_args()
    mine = (
        (lambda status: status.name.startswith(f"{args.node}: "))
        if args.node
        else (lambda status: True)
    )
    rclpy.init()
    node = rclpy.create_node("robobrain_diagnostics_cli")
    received = []  # per message, its statuses that --node selects

    def on_array(array):
        statuses = [status for status in array.status if mine(status)]
        if statuses:
            received.append(statuses)

    node.create_subscription(DiagnosticArray, "/diagnostics", on_array, 10)
    deadline = time.monotonic() + args.timeout
    # The first message may be the "starting up" one: wait for one with real figures.
    while time.monotonic() < deadline and not any(
        s.message != "Node starting up" for statuses in received for s in statuses
    ):
        rclpy.spin_once(node, timeout_sec=0.1)
    node.destroy_node()
    rclpy.try_shutdown()
    if not received:
        print(
            f"no /diagnostics message{' from ' + args.node if args.node else ''}"
            f" within {args.timeout} s",
            file=sys.stderr,
        )
        return 2
    for status in received[-1]:
        # rclpy gives the `byte` field as a one-byte bytes object.
        level = status.level[0] if isinstance(status.level, bytes) else status.level
        print(f"[{LEVELS.get(level, level):5}] {status.name}: {status.message}")
        for kv in status.values:
            print(f"          {kv.key}: {kv.value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
