# SPDX-License-Identifier: Apache-2.0
# Copyright 2026 the robobrain authors
"""backend: remote against a hostile server: what it sends cannot hold the node past a query's
deadline, fill its memory or keep it busy afterwards.

tests/e2e/fake_openai_server.py scripts four faults: a 50 MB stream in 50,000 pieces (`flood`),
one 50 MB `data:` line (`longline`), headers and then nothing (`hang`), and one token every
0.2 s that never finishes (`drip`). Each is asked three times in a row on one node, with a
query timeout_ms of 3000 and remote_timeout_ms far above it (the query's deadline is what
holds). Every time: the caller is answered within timeout_ms + 1 s (the flood and the long line
far sooner: reading stops at the bounds that max_new_tokens sets), the node closes the
connection, its CPU falls back to idle, the next good query is answered at once, and its peak
RSS stays within a bound. A ~/query_stream goal meets the flood and the drip too (its feedback
is fed from the stream as it is read). About 35 s.
"""

import time
from pathlib import Path

import pytest
from action_msgs.msg import GoalStatus
from rclpy.action import ActionClient
from robobrain_msgs.action import Query as QueryAction
from robobrain_msgs.srv import Query

from conftest import connect_action, stop_process, wait_until
from test_remote import http_json, picture_message, remote_node, scripted_server

FAKE_MODEL = "fake/RoboBrain2.0-3B"
TIMEOUT_MS = 3000
# Tokens asked by the hostile queries: the stream may bring 4096 + 256 x this many bytes of text
# (528 KiB) and 64 + 2 x this many events.
MAX_NEW_TOKENS = 2048
# The node's peak RSS may grow this much over the whole test (measured: see docs/reliability.md).
RSS_GROWTH_BOUND_MB = 64
# A node at rest (diagnostics every 0.3 s, the server checked every 5 s) takes well under this
# share of one core; the failures seen before the bounds spun at 1.0-1.3.
IDLE_CPU_SHARE = 0.25


def proc_status(pid, key):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1]) / 1024  # kB -> MB
    raise KeyError(key)


def cpu_seconds(pid):
    # utime and stime, fields 14 and 15, after the command name in parentheses.
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    ticks = int(fields[11]) + int(fields[12])
    return ticks / 100.0  # USER_HZ is 100 on Linux


def cpu_share(pid, seconds=0.6):
    before, start = cpu_seconds(pid), time.monotonic()
    time.sleep(seconds)
    return (cpu_seconds(pid) - before) / (time.monotonic() - start)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    with scripted_server(tmp_path_factory, FAKE_MODEL) as server:
        yield server


@pytest.fixture(scope="module")
def faults_node(ros_client, tmp_path_factory, hostile):
    process, log_path = remote_node(
        tmp_path_factory, "rb_faults", hostile.url, FAKE_MODEL,
        "-p", "remote_timeout_ms:=60000",
    )
    client = ros_client.node.create_client(Query, "/rb_faults/query")
    assert client.wait_for_service(timeout_sec=30), "no /rb_faults/query"
    # The node configures and activates itself; the first image query also makes the image
    # token check.
    control(hostile, mode="center")
    assert wait_until(lambda: ask(ros_client, client)[0].success, 30, 0.2), (
        f"the node never answered; log:\n{log_path.read_text(errors='replace')}"
    )
    yield process, log_path, client
    code = stop_process(process)
    assert code == 0, f"exit code {code}; log:\n{log_path.read_text(errors='replace')}"


def ask(ros_client, client, **fields):
    request = Query.Request()
    request.task, request.prompt = "general", "what is on the table?"
    request.image = picture_message()
    request.thinking = False
    request.max_new_tokens = 8
    for key, value in fields.items():
        setattr(request, key, value)
    started = time.monotonic()
    response = ros_client.call(client, request, timeout=TIMEOUT_MS / 1000 + 10)
    return response, time.monotonic() - started


def log_tail(log_path, lines=30):
    return "\n".join(log_path.read_text(errors="replace").splitlines()[-lines:])


def control(server, **state):
    http_json(f"{server.url}/control", state)


# mode -> what the caller is told
FAULTS = {
    "flood": "sent more than the query can be",
    "longline": "sent more than the query can be",
    "hang": "timed out",
    "drip": "timed out",
}


def test_hostile_streams_are_cut_off_and_the_node_recovers_at_once(
        ros_client, faults_node, hostile):
    process, log_path, client = faults_node
    pid = process.pid
    baseline_peak = proc_status(pid, "VmHWM")
    figures = []
    for mode, told in FAULTS.items():
        for attempt in range(3):
            control(hostile, mode=mode, disconnected=0, bytes_sent=0)
            response, took = ask(ros_client, client, timeout_ms=TIMEOUT_MS,
                                 max_new_tokens=MAX_NEW_TOKENS)
            where = f"{mode} #{attempt + 1}"
            assert not response.success, where
            assert told in response.error, f"{where}: {response.error}"
            assert took < TIMEOUT_MS / 1000 + 1.0, (
                f"{where}: answered after {took:.2f} s; node log:\n{log_tail(log_path)}"
            )
            # The node closed the connection (the server's write failed, or it saw the close).
            assert wait_until(lambda: http_json(f"{hostile.url}/seen")["disconnected"] >= 1, 3), (
                f"{where}: the node kept the connection open"
            )
            sent = http_json(f"{hostile.url}/seen")["bytes_sent"]
            share = cpu_share(pid)
            assert share < IDLE_CPU_SHARE, f"{where}: node still busy ({share:.0%} of a core)"
            control(hostile, mode="center")
            good, good_took = ask(ros_client, client, timeout_ms=TIMEOUT_MS)
            assert good.success, f"after {where}: {good.error}"
            assert good_took < 2.0, f"after {where}: the good query took {good_took:.2f} s"
            figures.append((where, round(took, 2), sent, round(share, 3), round(good_took, 2)))
    growth = proc_status(pid, "VmHWM") - baseline_peak
    print(f"\nbaseline peak RSS {baseline_peak:.0f} MB, growth {growth:.1f} MB")
    for row in figures:
        print("%-12s answered in %5.2f s, server sent %9d bytes, then CPU %.3f, "
              "good query %.2f s" % row)
    assert growth < RSS_GROWTH_BOUND_MB, f"peak RSS grew {growth:.0f} MB"
    log = log_path.read_text(errors="replace")
    assert "sent more than the query can be" in log and "stopped after" in log, log[-3000:]


def test_a_streamed_goal_is_answered_by_its_deadline_too(ros_client, faults_node, hostile):
    process, _, _ = faults_node
    action = ActionClient(ros_client.node, QueryAction, "/rb_faults/query_stream")
    connect_action(action)
    for mode, told in (("flood", FAULTS["flood"]), ("drip", FAULTS["drip"])):
        control(hostile, mode=mode, disconnected=0, bytes_sent=0)
        goal = QueryAction.Goal(task="general", prompt="what is on the table?",
                                image=picture_message(), max_new_tokens=MAX_NEW_TOKENS,
                                timeout_ms=TIMEOUT_MS)
        feedback = []
        started = time.monotonic()
        sent = action.send_goal_async(
            goal, feedback_callback=lambda f: feedback.append(f.feedback))
        assert wait_until(sent.done, 10) and sent.result().accepted, mode
        result = sent.result().get_result_async()
        assert wait_until(result.done, TIMEOUT_MS / 1000 + 5), f"{mode}: no result"
        took = time.monotonic() - started
        outcome = result.result()
        assert outcome.status == GoalStatus.STATUS_ABORTED, (mode, outcome.status)
        assert told in outcome.result.error, f"{mode}: {outcome.result.error}"
        assert took < TIMEOUT_MS / 1000 + 1.0, f"{mode}: answered after {took:.2f} s"
        if mode == "drip":
            assert feedback, "the drip's tokens gave no feedback"
        assert cpu_share(process.pid) < IDLE_CPU_SHARE
    control(hostile, mode="center")
