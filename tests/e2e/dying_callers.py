# SPDX-License-Identifier: Apache-2.0
# Copyright 2026 the robobrain authors
"""A caller killed (SIGKILL) while the node works for it, and how soon the node stops that work:
the pieces shared by tests/e2e/test_dead_caller.py and scripts/bench/dead-caller.py.

The node learns that a caller died only from the ROS graph (src/ros/callers.rs): a process that
ends cleanly takes its DDS participant out of the graph at once, a killed one says nothing, and
its participant leaves when its lease runs out without a renewal. The lease is the CALLER's
participant's own setting, announced with its participant discovery; so here the doomed caller
alone gets a lease profile, in the form its RMW reads (`lease_profile`).

The node answers through `backend: remote` from tests/e2e/fake_openai_server.py in its `drip`
mode (a token every 20 ms for up to a minute): the work goes on long past any lease, costs no
CPU, and the server sees the moment the node drops the stream (`disconnected`), which is when
the work really stopped. Every helper process here is plain Python that needs rclpy (the
environment of scripts/ros-env.sh); this module itself imports no ROS.
"""

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

# stop_process is the test's and the benchmark's way to end the node, through this module.
from processes import Server, http_json, stop_process, wait_until  # noqa: F401

REPO = Path(__file__).resolve().parents[2]
FAKE_SERVER = REPO / "tests" / "e2e" / "fake_openai_server.py"
# A 3B name: not a thinking model, so the prompt goes out as it is.
FAKE_MODEL = "fake/RoboBrain2.0-3B"
DRIP_INTERVAL = 0.02
# Bounds the doomed work on the node's side: past any lease measured here (the fake stops its
# drip after 60 s anyway).
WORK_TIMEOUT_MS = 90000
MARKERS = {
    "query": "a ~/query caller left",
    "goal": "a ~/query_stream goal's client left",
}
# rcutils' default format, set explicitly: the measurement reads the time of the node's line.
LOG_FORMAT = "[{severity}] [{time}] [{name}]: {message}"

# Fast DDS 2.x reads a default participant profile from this file; rmw_fastrtps starts from it.
FASTDDS_PROFILE = """<?xml version="1.0" encoding="UTF-8"?>
<profiles xmlns="http://www.eprosima.com/XMLSchemas/fastRTPS_Profiles">
  <participant profile_name="short_lease" is_default_profile="true">
    <rtps>
      <builtin>
        <discovery_config>
          <leaseDuration>
            <sec>{lease_sec}</sec><nanosec>{lease_nsec}</nanosec>
          </leaseDuration>
          <leaseAnnouncement>
            <sec>{beat_sec}</sec><nanosec>{beat_nsec}</nanosec>
          </leaseAnnouncement>
        </discovery_config>
      </builtin>
    </rtps>
  </participant>
</profiles>
"""
# Cyclone DDS sends its participant announcement at 80 % of a lease under 10 s by itself.
CYCLONE_CONFIG = """<?xml version="1.0" encoding="UTF-8"?>
<CycloneDDS>
  <Domain Id="any">
    <Discovery>
      <LeaseDuration>{lease_ms} ms</LeaseDuration>
    </Discovery>
  </Domain>
</CycloneDDS>
"""

# Both callers' way to a ~/query client the node answers (a request the node refuses at once,
# until one comes back: the request writer and the reply reader are then matched both ways).
CONNECTED_QUERY_CLIENT = r"""
def connected_query_client(node, service):
    import sys, time, rclpy
    from robobrain_msgs.srv import Query
    client = node.create_client(Query, service)
    assert client.wait_for_service(timeout_sec=30)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        probe = client.call_async(Query.Request(task="connection-check"))
        rclpy.spin_until_future_complete(node, probe, timeout_sec=2)
        if probe.done():
            return client
    sys.exit("no reply to the connection check")
"""

# Connects (a request the node refuses at once, until one comes back: the request writer and
# the reply reader are then matched both ways, and the node's graph holds this client before
# the real request leaves), prints the RMW, then sends the long request and spins until killed.
DOOMED = CONNECTED_QUERY_CLIENT + r"""
import sys, time, rclpy, rclpy.utilities
kind, target, max_tokens, timeout_ms = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
rclpy.init()
node = rclpy.create_node("doomed_caller")
print(rclpy.utilities.get_rmw_implementation_identifier(), flush=True)
if kind == "query":
    from robobrain_msgs.srv import Query
    client = connected_query_client(node, target)
    request = Query.Request(task="general", prompt="the red mug")
    request.max_new_tokens, request.timeout_ms = max_tokens, timeout_ms
    client.call_async(request)
else:
    from rclpy.action import ActionClient
    from robobrain_msgs.action import Query
    client = ActionClient(node, Query, target)
    assert client.wait_for_server(timeout_sec=30)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        probe = client.send_goal_async(Query.Goal(task="connection-check"))
        rclpy.spin_until_future_complete(node, probe, timeout_sec=2)
        if probe.done() and probe.result().accepted:
            result = probe.result().get_result_async()
            rclpy.spin_until_future_complete(node, result, timeout_sec=2)
            if result.done():
                break
    else:
        sys.exit("no result of the connection check")
    goal = Query.Goal(task="general", prompt="the red mug")
    goal.max_new_tokens, goal.timeout_ms = max_tokens, timeout_ms
    accepted = client.send_goal_async(goal)
    rclpy.spin_until_future_complete(node, accepted, timeout_sec=20)
    assert accepted.done() and accepted.result().accepted, "goal not accepted"
print("sent", flush=True)
while True:
    rclpy.spin_once(node, timeout_sec=0.1)
"""

# A caller that comes after the doomed query arrived (so it cannot keep it alive): connects,
# says "ready", and on a line on stdin sends a short query and prints when it was answered.
NEXT = CONNECTED_QUERY_CLIENT + r"""
import json, sys, time, rclpy
from robobrain_msgs.srv import Query
rclpy.init()
node = rclpy.create_node("next_caller")
client = connected_query_client(node, sys.argv[1])
print("ready", flush=True)
sys.stdin.readline()
request = Query.Request(task="general", prompt="the red mug")
request.max_new_tokens, request.timeout_ms = 2, int(sys.argv[2])
future = client.call_async(request)
rclpy.spin_until_future_complete(node, future, timeout_sec=int(sys.argv[2]) / 1000 + 5)
response = future.result()
print(json.dumps({
    "answered_at": time.time(),
    "success": bool(response and response.success),
    "error": response.error if response else "no reply",
}), flush=True)
"""


def rmw_env(rmw, cyclone_prefix=None):
    """What a process (node or caller) needs in its environment to run on `rmw`
    ("rmw_fastrtps_cpp" or "rmw_cyclonedds_cpp"), over scripts/ros-env.sh's.

    The PyPI wheels link librcl (and rclpy) to librmw_fastrtps_cpp.so directly, and their RPATHs,
    searched before LD_LIBRARY_PATH, lead to the prefix's copy; so Cyclone's RMW is preloaded:
    its rmw_* functions then come first for every library. rcl checks RMW_IMPLEMENTATION against
    the RMW it got and refuses to start on a mismatch, so a process that starts runs on `rmw`."""
    env = {"RMW_IMPLEMENTATION": rmw}
    if rmw == "rmw_cyclonedds_cpp":
        prefix = Path(cyclone_prefix)
        env["LD_PRELOAD"] = str(prefix / "lib" / "librmw_cyclonedds_cpp.so")
        env["LD_LIBRARY_PATH"] = f"{prefix / 'lib'}:{os.environ.get('LD_LIBRARY_PATH', '')}"
    return env


def lease_profile(rmw, lease_s, folder):
    """Environment that gives a caller's participant a lease of `lease_s` seconds (None: the
    RMW's default), with the file it names written under `folder`."""
    if lease_s is None:
        return {}
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    if rmw == "rmw_fastrtps_cpp":
        # Renewed four times per lease: one lost announcement does not end a live caller.
        lease_ns, beat_ns = int(lease_s * 1e9), int(lease_s * 1e9 / 4)
        path = folder / f"fastdds-lease-{lease_s:g}s.xml"
        path.write_text(FASTDDS_PROFILE.format(
            lease_sec=lease_ns // 10**9, lease_nsec=lease_ns % 10**9,
            beat_sec=beat_ns // 10**9, beat_nsec=beat_ns % 10**9,
        ))
        return {"FASTRTPS_DEFAULT_PROFILES_FILE": str(path)}
    if rmw == "rmw_cyclonedds_cpp":
        path = folder / f"cyclonedds-lease-{lease_s:g}s.xml"
        path.write_text(CYCLONE_CONFIG.format(lease_ms=int(lease_s * 1000)))
        return {"CYCLONEDDS_URI": path.as_uri()}
    raise ValueError(f"no lease profile for {rmw}")


def default_lease_s(rmw):
    """The participant lease when nothing is configured: Fast DDS 2.x's leaseDuration and
    Cyclone DDS 0.10's Discovery/LeaseDuration."""
    return {"rmw_fastrtps_cpp": 20.0, "rmw_cyclonedds_cpp": 10.0}[rmw]


def fake_server(log_path):
    """tests/e2e/fake_openai_server.py serving FAKE_MODEL on a free port of 127.0.0.1, started."""
    server = Server(
        lambda port: [sys.executable, str(FAKE_SERVER), str(port), FAKE_MODEL], log_path
    )
    server.start()
    return server


def fake_call(server, path, body=None):
    """The fake server's /control (with `body`) or /seen."""
    return http_json(server.url + path, body)


def start_node(binary, name, server_url, log_path, env):
    """robobrain_node with backend remote against the fake server."""
    command = [
        str(binary), "--ros-args",
        "--params-file", str(REPO / "config" / "robobrain.yaml"),
        "-r", f"__node:={name}",
        "-p", f"camera_topics:=[/{name}/image_raw]",
        "-p", "backend:=remote",
        "-p", f"remote_url:={server_url}/v1",
        "-p", f"remote_model:={FAKE_MODEL}",
        "-p", "remote_timeout_ms:=120000",
        "-p", "diagnostics_period:=1.0",
    ]
    log = open(log_path, "w")
    env = {**os.environ, **env, "RCUTILS_CONSOLE_OUTPUT_FORMAT": LOG_FORMAT}
    process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=env)
    log.close()
    return process


def dds_of(pid):
    """Which DDS a process really runs, from the names of its threads (Linux): Fast DDS 2.14
    names its own "dds.ev.N", "dds.udp.PORT", ...; Cyclone DDS "dq.builtins", "tev", "recv".
    Returns the RMW name that matches, or what the names were."""
    names = {
        (task / "comm").read_text().strip() for task in Path(f"/proc/{pid}/task").iterdir()
    }
    fast = any(n.startswith("dds.ev.") for n in names)
    cyclone = "dq.builtins" in names
    if fast != cyclone:
        return "rmw_fastrtps_cpp" if fast else "rmw_cyclonedds_cpp"
    return f"unclear: {sorted(names)}"


def node_ready(name, env, timeout=60):
    """Waits until the node answers a query (the fake answers at once outside its drip)."""
    probe = r"""
import sys, time, rclpy
from robobrain_msgs.srv import Query
rclpy.init()
node = rclpy.create_node("readiness_probe")
client = node.create_client(Query, sys.argv[1])
deadline = time.monotonic() + float(sys.argv[2])
client.wait_for_service(timeout_sec=float(sys.argv[2]))
while time.monotonic() < deadline:
    future = client.call_async(Query.Request(task="general", prompt="hi", max_new_tokens=2))
    rclpy.spin_until_future_complete(node, future, timeout_sec=2)
    if future.done() and future.result().success:
        print("ready")
        break
    time.sleep(0.2)
else:
    print(future.result().error if future.done() else "no reply")
"""
    done = subprocess.run(
        [sys.executable, "-c", probe, f"/{name}/query", str(timeout)],
        capture_output=True, text=True, timeout=timeout + 30, env={**os.environ, **env},
    )
    return done.stdout.strip() == "ready", done.stdout + done.stderr


def log_time(log_path, marker, after):
    """The time stamp (wall clock, s) of the first node log line after byte `after` holding
    `marker`, or None."""
    text = Path(log_path).read_bytes()[after:].decode(errors="replace")
    for line in text.splitlines():
        if marker in line:
            stamp = re.search(r"\[(\d+\.\d+)\]", line)
            return float(stamp.group(1)) if stamp else None
    return None


def one_death(kind, name, server, log_path, caller_env, next_env, limit_s):
    """Kills a caller of `kind` ("query" or "goal") while the node works for it; returns, in
    seconds from the kill: `noticed` (the node's log line), `stopped` (the fake server saw the
    node drop the stream) and `next_served` (a caller that came later got its answer), None for
    what did not happen within `limit_s`, and the doomed caller's RMW."""
    target = f"/{name}/query" if kind == "query" else f"/{name}/query_stream"
    fake_call(server, "/control", {"mode": "drip", "drip_interval": DRIP_INTERVAL})
    before = fake_call(server, "/seen")
    log_offset = Path(log_path).stat().st_size
    doomed = subprocess.Popen(
        [sys.executable, "-c", DOOMED, kind, target, "8000", str(WORK_TIMEOUT_MS)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, **caller_env},
    )
    next_caller = None
    try:
        rmw = doomed.stdout.readline().strip()
        sent = doomed.stdout.readline().strip()
        if sent != "sent":
            doomed.kill()
            raise AssertionError(f"doomed caller: {rmw!r} {sent!r} {doomed.stderr.read()}")
        # The work has started once the server streams to the node.
        assert wait_until(
            lambda: fake_call(server, "/seen")["bytes_sent"] > before["bytes_sent"], 20, 0.02
        ), "the node never asked the server"
        # Later requests are answered at once (the doomed one's stream keeps dripping).
        fake_call(server, "/control", {"mode": "center"})
        next_caller = subprocess.Popen(
            [sys.executable, "-c", NEXT, f"/{name}/query", str(int(limit_s * 1000) + 10000)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env={**os.environ, **next_env},
        )
        ready = next_caller.stdout.readline().strip()
        assert ready == "ready", f"next caller: {ready!r}"
        assert doomed.poll() is None, "the doomed caller ended by itself"
        doomed.send_signal(signal.SIGKILL)
        killed_wall, killed = time.time(), time.monotonic()
        next_caller.stdin.write("go\n")
        next_caller.stdin.flush()
        doomed.wait(timeout=5)
        stopped = None
        while time.monotonic() - killed < limit_s:
            if fake_call(server, "/seen")["disconnected"] > before["disconnected"]:
                stopped = time.monotonic() - killed
                break
            time.sleep(0.02)
        answer = json.loads(next_caller.stdout.readline() or "{}")
        next_caller.wait(timeout=10)
        noticed_at = log_time(log_path, MARKERS[kind], log_offset)
        served = answer.get("answered_at")
        return {
            "rmw": rmw,
            "noticed": None if noticed_at is None else round(noticed_at - killed_wall, 3),
            "stopped": None if stopped is None else round(stopped, 3),
            "next_served": (
                round(served - killed_wall, 3) if served and answer.get("success") else None
            ),
            "next_error": answer.get("error", ""),
        }
    finally:
        for process in (doomed, next_caller):
            if process is not None and process.poll() is None:
                process.kill()
                process.wait(timeout=5)
