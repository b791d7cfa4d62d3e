# SPDX-License-Identifier: Apache-2.0
# Copyright 2026 the robobrain authors
"""Bursts: every goal and every request of a burst gets an answer.

The node keeps 1000 requests per service and per action service (the action's through the
patched r2r in vendor/r2r); a caller needs reply queues as deep as its bursts, which rclpy's
defaults (keep last 10) are not: one test shows that loss, so the README's advice stays true.
"""

import time

import pytest
import rclpy
from action_msgs.msg import GoalStatus
from diagnostic_msgs.msg import DiagnosticArray
from rclpy.action import ActionClient
from rclpy.executors import SingleThreadedExecutor
from rclpy.qos import HistoryPolicy, QoSProfile, ReliabilityPolicy
from robobrain_msgs.action import Query as QueryAction
from robobrain_msgs.srv import Query

from conftest import start_node, stop_process, wait_until

NAME = "robobrain_bursts"
BURST = 50
DEEP = QoSProfile(
    history=HistoryPolicy.KEEP_LAST, depth=200, reliability=ReliabilityPolicy.RELIABLE
)


@pytest.fixture(scope="module")
def burst_node(tmp_path_factory):
    log_path = tmp_path_factory.mktemp("bursts") / "node.log"
    # No model: every query is answered at once ("no model loaded"), so the burst itself is
    # what is measured.
    process = start_node(
        "-p",
        "device:=cpu",
        "-p",
        "query_queue_size:=8",
        "-p",
        "diagnostics_period:=0.3",
        name=NAME,
        log_path=log_path,
    )
    yield process
    assert stop_process(process) == 0, log_path.read_text(errors="replace")


def answered_plainly(error):
    """No model here: each query is refused at once for that, or by the full queue (8)."""
    return error.startswith("no model loaded") or error.startswith("inference queue is full")


def request(i):
    return Query.Request(task="general", prompt=f"burst {i}")


def call_all(ros_client, clients, per_client, timeout=60):
    futures = []
    for client in clients:
        assert client.wait_for_service(timeout_sec=20)
    for client in clients:
        futures += [client.call_async(request(i)) for i in range(per_client)]
    wait_until(lambda: all(f.done() for f in futures), timeout)
    return futures


def test_fifty_requests_from_one_deep_client_are_all_answered(ros_client, burst_node):
    client = ros_client.node.create_client(Query, f"/{NAME}/query", qos_profile=DEEP)
    try:
        futures = call_all(ros_client, [client], BURST)
        answered = [f.result() for f in futures if f.done()]
        assert len(answered) == BURST
        assert all(answered_plainly(r.error) for r in answered), [r.error for r in answered]
    finally:
        ros_client.node.destroy_client(client)


def test_fifty_requests_from_twenty_five_clients_are_all_answered(ros_client, burst_node):
    clients = [
        ros_client.node.create_client(Query, f"/{NAME}/query", qos_profile=DEEP) for _ in range(25)
    ]
    try:
        futures = call_all(ros_client, clients, 2)
        assert sum(f.done() for f in futures) == BURST
    finally:
        for client in clients:
            ros_client.node.destroy_client(client)


def test_a_default_qos_client_loses_replies_of_a_large_burst(ros_client, burst_node):
    """rclpy's default service QoS keeps the last 10 replies: a caller that takes its replies
    after the node has sent them (its executor busy elsewhere for a moment, as a planner's may
    be) finds only the last 10 of a burst; the README tells callers to use a deeper queue.
    The caller's node is spun only once the node's counter shows every request answered, so the
    loss does not depend on how fast this process reads."""
    served = ServedCounter(ros_client)
    caller = rclpy.create_node("default_qos_caller")
    client = caller.create_client(Query, f"/{NAME}/query")
    executor = SingleThreadedExecutor()
    executor.add_node(caller)
    try:
        assert client.wait_for_service(timeout_sec=20)
        before = served.wait_for_first()
        futures = [client.call_async(request(i)) for i in range(BURST)]
        assert wait_until(lambda: served.now() >= before + BURST, 30), (before, served.now())
        deadline = time.monotonic() + 3
        while time.monotonic() < deadline and not all(f.done() for f in futures):
            executor.spin_once(timeout_sec=0.1)
        answered = sum(f.done() for f in futures)
        assert 1 <= answered <= 10, f"{answered} of {BURST} replies reached a default-QoS client"
    finally:
        served.close()
        executor.shutdown(timeout_sec=2)
        caller.destroy_node()


def test_fifty_goals_at_once_are_each_accepted_or_rejected_and_finish(ros_client, burst_node):
    client = ActionClient(
        ros_client.node,
        QueryAction,
        f"/{NAME}/query_stream",
        goal_service_qos_profile=DEEP,
        result_service_qos_profile=DEEP,
        cancel_service_qos_profile=DEEP,
    )
    try:
        assert client.wait_for_server(timeout_sec=20)
        sent = [
            client.send_goal_async(QueryAction.Goal(task="general", prompt=f"goal {i}"))
            for i in range(BURST)
        ]
        assert wait_until(
            lambda: all(f.done() for f in sent), 60
        ), f"{sum(f.done() for f in sent)} of {BURST} goals got an accept or reject"
        handles = [f.result() for f in sent]
        accepted = [h for h in handles if h.accepted]
        results = [h.get_result_async() for h in accepted]
        assert wait_until(
            lambda: all(r.done() for r in results), 60
        ), f"{sum(r.done() for r in results)} of {len(results)} accepted goals got a result"
        for result in results:
            # An error ends the goal aborted, with the error in the result.
            assert result.result().status == GoalStatus.STATUS_ABORTED
            assert answered_plainly(result.result().result.error), result.result().result.error
        assert len(accepted) == BURST  # the node accepts every goal and answers in the result
    finally:
        client.destroy()


class ServedCounter:
    """The node's "queries served", as its Query service status on /diagnostics says."""

    def __init__(self, ros_client):
        self.ros_client = ros_client
        self.statuses = []
        self.subscription = ros_client.node.create_subscription(
            DiagnosticArray, "/diagnostics", lambda m: self.statuses.extend(m.status), 50
        )

    def now(self):
        for status in reversed(self.statuses):
            if status.name == f"{NAME}: Query service":
                return int({kv.key: kv.value for kv in status.values}["queries served"])
        return None

    def wait_for_first(self):
        assert wait_until(lambda: self.now() is not None, 20), "no Query service status"
        return self.now()

    def close(self):
        self.ros_client.node.destroy_subscription(self.subscription)


def test_the_node_counted_every_answer(ros_client, burst_node):
    """The Query service status counts what the node answered: the 50 + 50 + 50 requests (the
    default-QoS client's included, which its reader lost) and the 50 goals."""
    served = ServedCounter(ros_client)
    try:
        assert wait_until(lambda: served.now() == 4 * BURST, 20), served.now()
    finally:
        served.close()
