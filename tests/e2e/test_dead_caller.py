# SPDX-License-Identifier: Apache-2.0
# Copyright 2026 the robobrain authors
"""A caller killed with SIGKILL mid-query (issue 23): its work stops as soon as the middleware
can tell, which is when its DDS participant's lease runs out.

The doomed caller (a ~/query client, then a ~/query_stream action client) runs with a 2 s lease,
its own participant's setting (tests/e2e/dying_callers.py writes the profile); the node, with
its RMW's defaults, learns of the death only by missing the caller's announcements. The node
answers through `backend: remote` from the scripted server dripping tokens for up to a minute,
so without the cancel the work would go on for that minute (and the next caller would wait for
it): the node's log must say the caller left, the server must see the stream dropped, and a
caller that came later must be answered, each within the lease plus a margin.

Fast DDS (the RMW of scripts/ros-env.sh) always; Cyclone DDS too when ROBOBRAIN_CYCLONE_PREFIX
names a prefix with rmw_cyclonedds_cpp built (docs/testing.md), else that case is skipped.
scripts/bench/dead-caller.py measures the same with the default leases, repeatedly.
"""

import os
from pathlib import Path

import pytest

import dying_callers
from conftest import node_binary

LEASE_S = 2.0
# Above the lease: the lease check's own delay, the node's graph reading after a spin, the
# cancel, and a loaded 2-core CI machine. Far below the work's minute, and below Fast DDS's
# default lease (20 s): a node that ignored the caller's departure, or a lease profile that did
# not apply, fails.
MARGIN_S = 2.0


def cyclone_prefix():
    prefix = os.environ.get("ROBOBRAIN_CYCLONE_PREFIX", "")
    if prefix and (Path(prefix) / "lib" / "librmw_cyclonedds_cpp.so").is_file():
        return prefix
    return None


@pytest.mark.parametrize("rmw", ["rmw_fastrtps_cpp", "rmw_cyclonedds_cpp"])
def test_a_killed_caller_is_cancelled_within_its_lease(rmw, tmp_path):
    prefix = None
    if rmw == "rmw_cyclonedds_cpp":
        prefix = cyclone_prefix()
        if prefix is None:
            pytest.skip(
                "Cyclone DDS: set ROBOBRAIN_CYCLONE_PREFIX to a prefix with "
                "lib/librmw_cyclonedds_cpp.so (docs/testing.md)"
            )
    env = dying_callers.rmw_env(rmw, prefix)
    caller_env = {**env, **dying_callers.lease_profile(rmw, LEASE_S, tmp_path)}
    name = f"robobrain_dead_caller_{rmw.split('_')[1]}"
    server = dying_callers.fake_server(tmp_path / "server.log")
    log_path = tmp_path / "node.log"
    node = dying_callers.start_node(node_binary(), name, server.url, log_path, env)
    try:
        ready, why = dying_callers.node_ready(name, env)
        assert ready, f"{why}\n{log_path.read_text(errors='replace')}"
        assert dying_callers.dds_of(node.pid) == rmw
        for kind in ("query", "goal"):
            outcome = dying_callers.one_death(
                kind, name, server, log_path, caller_env, env, limit_s=LEASE_S + 8
            )
            print(f"{rmw}, lease {LEASE_S:g} s, a killed {kind} caller: {outcome}")
            assert outcome["rmw"] == rmw, outcome
            log = log_path.read_text(errors="replace")
            assert outcome["noticed"] is not None, f"the node never noticed:\n{log}"
            assert outcome["stopped"] is not None, f"the work went on:\n{log}"
            assert outcome["next_served"] is not None, f"{outcome['next_error']}\n{log}"
            for what in ("noticed", "stopped", "next_served"):
                assert outcome[what] < LEASE_S + MARGIN_S, (what, outcome)
    finally:
        code = dying_callers.stop_process(node)
        server.stop()
    assert code == 0, log_path.read_text(errors="replace")
