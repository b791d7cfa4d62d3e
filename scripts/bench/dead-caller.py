#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
# Copyright 2026 the robobrain authors
"""How soon the node stops the work of a caller that died without a word (SIGKILL), per RMW and
participant lease, as one JSON document.

    . scripts/ros-env.sh
    python scripts/bench/dead-caller.py [--runs 5] [--leases default,2] [--kinds query,goal]
        [--rmw rmw_fastrtps_cpp|rmw_cyclonedds_cpp] [--cyclone-prefix DIR]
        [--node target/debug/robobrain_node]

Not run by CI (tests/e2e/test_dead_caller.py checks the short-lease case). Each run: the node
answers through `backend: remote` from tests/e2e/fake_openai_server.py, which drips a token
every 20 ms for up to a minute; a caller process (a ~/query client, or a ~/query_stream action
client) sends its request, and once the server streams to the node a second caller connects;
then the first is SIGKILLed and the second sends a short query at once. Measured from the kill:

- noticed: the node's log line that the caller left (its time stamp);
- stopped: the fake server sees the node drop the stream (the work really stopped);
- next_served: the second caller has its answer (it waited behind the dead caller's work).

The lease is the doomed caller's: `default` leaves its RMW's own (Fast DDS 20 s, Cyclone DDS
10 s); a number writes a profile for that many seconds (tests/e2e/dying_callers.py). Cyclone
DDS needs its RMW built into --cyclone-prefix (docs/testing.md); the node and every caller then
run on it (checked: rcl refuses an RMW other than RMW_IMPLEMENTATION, each caller reports the
RMW it runs on, and the node's threads are named by its DDS).
"""

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "tests" / "e2e"))

import dying_callers  # noqa: E402


def summary(values):
    present = [v for v in values if v is not None]
    if not present:
        return {"n": len(values), "missing": len(values)}
    return {
        "n": len(values),
        "missing": len(values) - len(present),
        "median": round(statistics.median(present), 3),
        "min": min(present),
        "max": max(present),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--leases", default="default,2",
                        help="comma-separated: default or seconds")
    parser.add_argument("--kinds", default="query,goal")
    parser.add_argument("--rmw", default=os.environ.get("RMW_IMPLEMENTATION", "rmw_fastrtps_cpp"),
                        choices=["rmw_fastrtps_cpp", "rmw_cyclonedds_cpp"])
    parser.add_argument("--cyclone-prefix", default=os.environ.get("ROBOBRAIN_CYCLONE_PREFIX"))
    default_node = os.environ.get("ROBOBRAIN_NODE_BIN") or str(
        Path(os.environ.get("CARGO_TARGET_DIR", REPO / "target")) / "debug" / "robobrain_node"
    )
    parser.add_argument("--node", default=default_node)
    args = parser.parse_args()
    if args.rmw == "rmw_cyclonedds_cpp" and not args.cyclone_prefix:
        parser.error("rmw_cyclonedds_cpp needs --cyclone-prefix (or ROBOBRAIN_CYCLONE_PREFIX)")

    # A domain of its own and discovery on this machine only, for every process started here.
    os.environ["ROS_DOMAIN_ID"] = str(100 + os.getpid() % 100)
    os.environ["ROS_AUTOMATIC_DISCOVERY_RANGE"] = "LOCALHOST"
    env = dying_callers.rmw_env(args.rmw, args.cyclone_prefix)
    leases = [None if x == "default" else float(x) for x in args.leases.split(",")]
    kinds = args.kinds.split(",")
    name = "robobrain_dead_caller_bench"
    results = []
    with tempfile.TemporaryDirectory(prefix="dead-caller-") as scratch:
        scratch = Path(scratch)
        server = dying_callers.fake_server(scratch / "server.log")
        log_path = scratch / "node.log"
        node = dying_callers.start_node(args.node, name, server.url, log_path, env)
        try:
            ready, why = dying_callers.node_ready(name, env)
            if not ready:
                sys.exit(f"the node did not answer: {why}\n{log_path.read_text()}")
            node_dds = dying_callers.dds_of(node.pid)
            if node_dds != args.rmw:
                sys.exit(f"the node runs {node_dds}, not {args.rmw}")
            for lease in leases:
                caller_env = {**env, **dying_callers.lease_profile(args.rmw, lease, scratch)}
                limit = (lease or dying_callers.default_lease_s(args.rmw)) + 20
                for kind in kinds:
                    runs = []
                    for run in range(args.runs):
                        outcome = dying_callers.one_death(
                            kind, name, server, log_path, caller_env, env, limit
                        )
                        print(f"{args.rmw} lease {lease or 'default'} {kind} run {run + 1}: "
                              f"{outcome}", file=sys.stderr, flush=True)
                        if outcome["rmw"] != args.rmw:
                            sys.exit(f"the caller ran on {outcome['rmw']}, not {args.rmw}")
                        runs.append(outcome)
                        # The next run's doomed query must not meet this run's clients in the
                        # graph: the second caller ended cleanly, so it has left at once.
                        time.sleep(0.5)
                    results.append({
                        "rmw": args.rmw,
                        "lease_s": lease if lease is not None else "default "
                        f"({dying_callers.default_lease_s(args.rmw):g})",
                        "kind": kind,
                        "runs": len(runs),
                        "noticed_s": summary([r["noticed"] for r in runs]),
                        "stopped_s": summary([r["stopped"] for r in runs]),
                        "next_served_s": summary([r["next_served"] for r in runs]),
                        "raw": runs,
                    })
        finally:
            code = dying_callers.stop_process(node)
            server.stop()
        if code != 0:
            print(f"node exit code {code}\n{log_path.read_text()}", file=sys.stderr)
    print(json.dumps({
        "rmw": args.rmw,
        "machine": {"cpus": os.cpu_count(), "processor": platform.processor() or
                    platform.machine()},
        "node": args.node,
        "node_runs_on": node_dds,
        "results": results,
    }, indent=2))


if __name__ == "__main__":
    main()
