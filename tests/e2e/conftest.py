# SPDX-License-Identifier: Apache-2.0
# Copyright 2026 the robobrain authors
"""Fixtures for end-to-end tests: the real robobrain_node process and an rclpy client node.

Run through scripts/test.sh (it sources scripts/ros-env.sh and builds the node first). Every
wait is bounded; discovery stays on localhost under a domain id of this test run's own.
"""

import os
import subprocess
import threading
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

# Set before rclpy initialises: a domain of our own so parallel runs and other ROS traffic on
# the machine cannot interfere, and no discovery beyond this machine.
os.environ["ROS_DOMAIN_ID"] = os.environ.get(
    "ROBOBRAIN_TEST_DOMAIN_ID", str(100 + os.getpid() % 100)
)
os.environ["ROS_AUTOMATIC_DISCOVERY_RANGE"] = "LOCALHOST"

import rclpy  # noqa: E402
# Re-exported: the tests import them from here.
from processes import stop_process, wait_until  # noqa: E402, F401
from rclpy.executors import SingleThreadedExecutor  # noqa: E402
from rclpy.qos import QoSProfile, ReliabilityPolicy, HistoryPolicy  # noqa: E402

RGB_TOPIC = "/e2e/rgb/image_raw"
JPEG_TOPIC = "/e2e/jpeg/image_raw/compressed"
OLD_TOPIC = "/e2e/old/image_raw"
CAMERAS = [RGB_TOPIC, JPEG_TOPIC, OLD_TOPIC]
NODE_NAME = "robobrain"


def node_binary():
    explicit = os.environ.get("ROBOBRAIN_NODE_BIN")
    if explicit:
        return Path(explicit)
    target = Path(os.environ.get("CARGO_TARGET_DIR", REPO / "target"))
    return target / "debug" / "robobrain_node"


def start_node(*ros_args, name=NODE_NAME, log_path=None, binary=None, env=None, params_file=None):
    """Starts robobrain_node (or `binary`) with config/robobrain.yaml (or `params_file`) and extra
    --ros-args."""
    binary = Path(binary) if binary else node_binary()
    assert binary.is_file(), f"{binary} not built: run scripts/test.sh (or scripts/setup.sh)"
    command = [
        str(binary),
        "--ros-args",
        "--params-file",
        str(params_file or REPO / "config" / "robobrain.yaml"),
        "-r",
        f"__node:={name}",
        *ros_args,
    ]
    log = open(log_path, "w") if log_path else subprocess.DEVNULL
    return subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=env)


def ros_params(**values):
    """`-p name:=value` arguments for start_node."""
    return [arg for name, value in values.items() for arg in ("-p", f"{name}:={value}")]


def waiting_for_frames(error):
    """A query's error while the node starts: not active yet (it configures and activates itself)
    or no camera frame yet."""
    return error.startswith("node not active") or "no frame received yet" in error


def connect_action(client, timeout=30.0):
    """Returns once a goal has made the whole round trip through `client` (an ActionClient of
    robobrain's QueryAction): accepted and its result received.

    `wait_for_server` sees the server in the ROS graph, which can come before this client's goal
    request writer (or its reply reader) is matched with the node's: a goal sent in that window
    is lost without a word on either side (seen once in CI: a goal sent right after
    wait_for_server waited 20 s, and the node's log never saw it). So a goal the node answers at
    once without the engine (an unknown task: accepted, then a result with the error) is sent
    until one comes back, 2 s each; the test's own goals then go over matched endpoints, and
    their bounds stay strict."""
    from robobrain_msgs.action import Query as QueryAction

    deadline = time.monotonic() + timeout
    assert client.wait_for_server(timeout_sec=timeout), "no ~/query_stream action server"
    while time.monotonic() < deadline:
        probe = client.send_goal_async(QueryAction.Goal(task="connection-check"))
        if not wait_until(probe.done, timeout=2.0) or not probe.result().accepted:
            continue
        result = probe.result().get_result_async()
        if wait_until(result.done, timeout=2.0):
            assert "unknown task 'connection-check'" in result.result().result.error
            return
    raise AssertionError(
        f"no goal made the round trip through {client._action_name} in {timeout} s"
    )


class RosClient:
    """An rclpy node spinning in a background thread."""

    def __init__(self):
        rclpy.init()
        self.node = rclpy.create_node("robobrain_e2e_client")
        self.executor = SingleThreadedExecutor()
        self.executor.add_node(self.node)
        self._thread = threading.Thread(target=self.executor.spin, daemon=True)
        self._thread.start()

    def call(self, client, request, timeout=20.0):
        assert client.wait_for_service(
            timeout_sec=timeout
        ), f"service {client.srv_name} not available"
        future = client.call_async(request)
        done = wait_until(future.done, timeout)
        assert done, f"no answer from {client.srv_name} within {timeout} s"
        return future.result()

    def close(self):
        self.executor.shutdown(timeout_sec=2)
        self.node.destroy_node()
        rclpy.try_shutdown()


@pytest.fixture(scope="session")
def ros_client():
    client = RosClient()
    yield client
    client.close()


@pytest.fixture(scope="session")
def image_qos():
    # The node subscribes reliably by default; a full-size frame needs that with Fast DDS.
    return QoSProfile(
        history=HistoryPolicy.KEEP_LAST, depth=1, reliability=ReliabilityPolicy.RELIABLE
    )


@pytest.fixture(scope="session")
def running_node(tmp_path_factory):
    """The node under test, with three cameras: rgb8 raw, jpeg compressed, one fed old frames."""
    log_path = tmp_path_factory.mktemp("node") / "robobrain_node.log"
    topics = "[" + ",".join(CAMERAS) + "]"
    process = start_node(
        "-p", f"camera_topics:={topics}", "-p", "diagnostics_period:=0.5", log_path=log_path
    )
    yield process
    code = stop_process(process)
    log = log_path.read_text(errors="replace")
    assert code == 0, f"node exit code {code} on SIGINT; log:\n{log}"
