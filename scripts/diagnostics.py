#!/usr/bin/env python3
"""Print the statuses of the next /diagnostics message (a text stand-in for rqt_runtime_monitor).

    python scripts/diagnostics.py [--timeout 10]
"""

import argparse
import sys
import time

import rclpy
from diagnostic_msgs.msg import DiagnosticArray

LEVELS = {0: "OK", 1: "WARN", 2: "ERROR", 3: "STALE"}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--timeout", type=float, default=10.0)
    args = parser.parse_args()
    rclpy.init()
    node = rclpy.create_node("robobrain_diagnostics_cli")
    received = []
    node.create_subscription(DiagnosticArray, "/diagnostics", received.append, 10)
    deadline = time.monotonic() + args.timeout
    # The first message may be the "starting up" one: wait for one with real figures.
    while time.monotonic() < deadline and not any(
        s.message != "Node starting up" for array in received for s in array.status
    ):
        rclpy.spin_once(node, timeout_sec=0.1)
    node.destroy_node()
    rclpy.try_shutdown()
    if not received:
        print(f"no /diagnostics message within {args.timeout} s", file=sys.stderr)
        return 2
    for status in received[-1].status:
        # rclpy gives the `byte` field as a one-byte bytes object.
        level = status.level[0] if isinstance(status.level, bytes) else status.level
        print(f"[{LEVELS.get(level, level):5}] {status.name}: {status.message}")
        for kv in status.values:
            print(f"          {kv.key}: {kv.value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
