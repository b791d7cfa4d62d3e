# SPDX-License-Identifier: Apache-2.0
# Copyright 2026 the robobrain authors
"""Hostile callers (issue 10): nothing a caller sends takes the node down, holds it, or goes
unanswered.

The node runs the bundled tiny checkpoint on the CPU (f32). Each case sends what a careless or
hostile planner might: a model answer holding a NUL (a checkpoint patched at test time so that
the NUL byte token wins every step), a giant prompt, reserved chat-template tokens, image bombs
(a PNG and a JPEG whose headers claim a huge size, a raw Image with a huge width x height), a
burst of concurrent calls, a client killed mid-query, requests above the caps, a deadline during
a slow resize, a cancelled queued goal, shutdown with callers waiting, and a bounded soak. Every
wait is bounded.
"""

import json
import os
import shutil
import signal
import struct
import subprocess
import sys
import threading
import time
import zlib
from pathlib import Path

import numpy as np
import pytest
from action_msgs.msg import GoalStatus
from diagnostic_msgs.msg import DiagnosticArray
from rclpy.action import ActionClient
from rclpy.qos import QoSProfile
from robobrain_msgs.action import Query as QueryAction
from robobrain_msgs.srv import Query
from sensor_msgs.msg import CompressedImage, Image

from conftest import REPO, connect_action, start_node, stop_process, wait_until

TINY = REPO / "tests" / "fixtures" / "tiny"
NAME = "robobrain_hostile"
CAMERA = "/e2e_hostile/image_raw"
BOMB_CAMERA = "/e2e_hostile/bomb/compressed"
NEW_TOKENS = 4
QUEUE = 4
DEFAULT_TIMEOUT_MS = 20000
TIMEOUT_LIMIT_MS = 30000
NEW_TOKENS_LIMIT = 4000
MAX_DECODED_PIXELS = 33554432
CLIENT_DEPTH = 200
# The byte-level BPE token that decodes to "\u0000": GPT-2's byte map puts byte 0 at U+0100.
NUL_TOKEN_CHAR = "\u0100"


def node_args(model_path=TINY, **overrides):
    params = {
        "camera_topics": f"[{CAMERA},{BOMB_CAMERA}]",
        "model_path": str(model_path),
        "device": "cpu",
        "quantization": "f32",
        "max_new_tokens": NEW_TOKENS,
        "max_new_tokens_limit": NEW_TOKENS_LIMIT,
        "query_queue_size": QUEUE,
        "query_timeout_ms": DEFAULT_TIMEOUT_MS,
        "query_timeout_limit_ms": TIMEOUT_LIMIT_MS,
        "diagnostics_period": 0.5,
    }
    params.update(overrides)
    args = []
    for key, value in params.items():
        args += ["-p", f"{key}:={value}"]
    return args


def rss_mib(pid):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS")


def frame(node, width=64, height=48, colour=(200, 30, 30)):
    image = Image()
    image.header.stamp = node.get_clock().now().to_msg()
    image.header.frame_id = "hostile_camera"
    image.width, image.height, image.encoding = width, height, "rgb8"
    image.step = width * 3
    image.data = np.tile(np.array(colour, dtype=np.uint8), width * height).tobytes()
    return image


def png_bomb(width, height):
    """A PNG whose header claims width x height RGB, with a token of pixel data."""

    def chunk(kind, data):
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\0" * 64))
        + chunk(b"IEND", b"")
    )


def jpeg_bomb(width, height):
    """A baseline JPEG header (quantization and Huffman tables, SOF0) claiming width x height."""
    dqt = b"\xff\xdb" + struct.pack(">H", 67) + b"\x00" + bytes([1] * 64)
    sof = (
        b"\xff\xc0"
        + struct.pack(">HBHHB", 17, 8, height, width, 3)
        + b"\x01\x11\x00\x02\x11\x00\x03\x11\x00"
    )
    # One DC table with a single 1-bit code, enough for a decoder to read the headers.
    dht = b"\xff\xc4" + struct.pack(">H", 3 + 16 + 1) + b"\x00" + bytes([1] + [0] * 15) + b"\x00"
    sos = b"\xff\xda" + struct.pack(">HB", 12, 3) + b"\x01\x00\x02\x00\x03\x00" + b"\x00\x3f\x00"
    return b"\xff\xd8" + dqt + sof + dht + sos + b"\x00" * 64 + b"\xff\xd9"


def nul_checkpoint(dest):
    """tests/fixtures/tiny with the embedding row of the NUL byte token scaled up: the output head
    is tied to the embedding, so that token wins every step (checked: the first answer token on a
    text-only prompt, and every one after)."""
    shutil.copytree(TINY, dest)
    vocab = json.loads((dest / "tokenizer.json").read_text())["model"]["vocab"]
    token_id = vocab[NUL_TOKEN_CHAR]
    index = json.loads((dest / "model.safetensors.index.json").read_text())
    name = "model.embed_tokens.weight"
    path = dest / index["weight_map"][name]
    raw = path.read_bytes()
    (header_len,) = struct.unpack("<Q", raw[:8])
    info = json.loads(raw[8:8 + header_len])[name]
    assert info["dtype"] == "F32", info
    rows, cols = info["shape"]
    begin, end = (8 + header_len + offset for offset in info["data_offsets"])
    table = np.frombuffer(raw[begin:end], dtype="<f4").reshape(rows, cols).copy()
    table[token_id] *= 30.0
    path.write_bytes(raw[:begin] + table.tobytes() + raw[end:])
    return dest


class Node:
    """A running node, its log, and clients to it."""

    def __init__(self, ros_client, tmp_path, model_path=TINY, name=NAME, env=None, **overrides):
        self.ros = ros_client
        self.name = name
        self.log_path = tmp_path / f"{name}.log"
        self.process = start_node(
            *node_args(model_path, **overrides), name=name, log_path=self.log_path, env=env
        )
        node = ros_client.node
        # A caller with many calls in flight needs a response history that deep: ROS's default
        # client QoS keeps the last 10 replies, and the 11th of a burst that arrives before the
        # client's executor takes the first is dropped on the client's side (docs/interfaces.md).
        deep = QoSProfile(depth=CLIENT_DEPTH)
        self.client = node.create_client(Query, f"/{name}/query", qos_profile=deep)
        self.action = ActionClient(
            node,
            QueryAction,
            f"/{name}/query_stream",
            goal_service_qos_profile=deep,
            result_service_qos_profile=deep,
            cancel_service_qos_profile=deep,
        )
        assert self.client.wait_for_service(timeout_sec=30), self.log()
        connect_action(self.action)
        assert wait_until(
            lambda: self.ask(prompt="ready?", timeout_ms=5000).success, timeout=30
        ), self.log()

    def log(self):
        return self.log_path.read_text(errors="replace")

    def request(self, **fields):
        request = Query.Request()
        request.task, request.prompt = "general", "the red mug"
        for key, value in fields.items():
            setattr(request, key, value)
        return request

    def ask(self, timeout=40, **fields):
        return self.ros.call(self.client, self.request(**fields), timeout=timeout)

    def ask_async(self, **fields):
        return self.client.call_async(self.request(**fields))

    def goal(self, feedback=None, **fields):
        message = QueryAction.Goal()
        message.task, message.prompt = "general", "the red mug"
        for key, value in fields.items():
            setattr(message, key, value)
        future = self.action.send_goal_async(message, feedback_callback=feedback)
        assert wait_until(future.done, timeout=20), "goal not answered"
        handle = future.result()
        assert handle.accepted
        return handle

    def alive(self):
        return self.process.poll() is None

    def close(self):
        node = self.ros.node
        node.destroy_client(self.client)
        self.action.destroy()
        code = stop_process(self.process)
        assert code == 0, f"exit code {code}; log:\n{self.log()}"


@pytest.fixture(scope="module")
def hostile(ros_client, image_qos, tmp_path_factory):
    node = Node(ros_client, tmp_path_factory.mktemp("hostile"))
    publisher = ros_client.node.create_publisher(Image, CAMERA, image_qos)
    stop = threading.Event()

    def publish():
        while not stop.is_set():
            publisher.publish(frame(ros_client.node))
            stop.wait(0.2)

    thread = threading.Thread(target=publish, daemon=True)
    thread.start()
    assert wait_until(
        lambda: node.ask(camera=CAMERA, timeout_ms=5000).success, timeout=30
    ), node.log()
    yield node
    stop.set()
    thread.join(timeout=5)
    ros_client.node.destroy_publisher(publisher)
    node.close()


def diagnostics_counts(ros_client, name, timeout=10):
    """The latest (served, failed) of the node's Query service status; "queries served" counts
    every query answered, successfully or not."""
    seen = []

    def on_array(array):
        for status in array.status:
            if status.name == f"{name}: Query service":
                values = {kv.key: kv.value for kv in status.values}
                seen.append((int(values["queries served"]), int(values["queries failed"])))

    subscription = ros_client.node.create_subscription(
        DiagnosticArray, "/diagnostics", on_array, 10
    )
    try:
        # Two messages: the second was certainly collected after the caller's last reply.
        assert wait_until(lambda: len(seen) >= 2, timeout=timeout), "no Query service diagnostics"
    finally:
        ros_client.node.destroy_subscription(subscription)
    return seen[-1]


def test_a_nul_in_the_answer_is_replaced_and_the_node_lives(ros_client, tmp_path):
    checkpoint = nul_checkpoint(tmp_path / "nul-tiny")
    node = Node(ros_client, tmp_path, model_path=checkpoint, name="robobrain_nul")
    try:
        response = node.ask(prompt="the red mug", max_new_tokens=4)
        assert response.success, response.error
        answer = response.result.answer
        assert "\x00" not in answer
        assert answer.count("\ufffd") >= 3, repr(answer)
        # The streamed text goes through the same check.
        texts = []
        handle = node.goal(
            feedback=lambda f: texts.append(f.feedback.text_new), max_new_tokens=4
        )
        result_future = handle.get_result_async()
        assert wait_until(result_future.done, timeout=30)
        outcome = result_future.result()
        assert outcome.status == GoalStatus.STATUS_SUCCEEDED, outcome.result.error
        assert (
            "\ufffd" in outcome.result.result.answer and "\x00" not in outcome.result.result.answer
        )
        assert texts and all("\x00" not in t for t in texts)
        assert node.alive() and node.ask(prompt="still there?").success
    finally:
        node.close()


def test_a_giant_prompt_is_refused_before_any_work(hostile):
    started = time.monotonic()
    response = hostile.ask(prompt="a" * 200_000)
    assert not response.success
    assert (
        response.error
        == "prompt too long: 200000 characters, the limit (max_prompt_chars) is 8192"
    )
    # Under the character limit but over the token one (the tiny vocabulary has few merges).
    response = hostile.ask(prompt="x y " * 2000)
    assert not response.success
    assert (
        response.error.startswith("prompt too long: ")
        and "tokens, the limit (max_prompt_tokens) is 512" in response.error
    )
    assert "inference failed" not in response.error
    assert time.monotonic() - started < 10
    assert hostile.alive() and hostile.ask().success


def test_reserved_tokens_are_refused_by_name(hostile):
    for token in ["<|image_pad|>", "<|im_start|>", "<|vision_end|>"]:
        response = hostile.ask(prompt=f"find {token} please")
        assert not response.success
        assert response.error == (
            f"the prompt holds '{token}', a reserved token of the model's chat template; "
            "remove it"
        )


def test_image_bombs_are_refused_from_their_headers(hostile, ros_client, image_qos):
    publisher = ros_client.node.create_publisher(CompressedImage, BOMB_CAMERA, image_qos)
    try:
        for fmt, data, (width, height) in [
            ("png", png_bomb(16000, 16000), (16000, 16000)),
            ("jpeg", jpeg_bomb(65000, 65000), (65000, 65000)),
        ]:
            message = CompressedImage()
            message.format, message.data = fmt, data
            expected = (
                f"image too large: {width}x{height} = {width * height} pixels, the limit "
                f"(max_decoded_image_pixels) is {MAX_DECODED_PIXELS}"
            )

            def refused():
                publisher.publish(message)
                response = hostile.ask(camera=BOMB_CAMERA, task="pointing", timeout_ms=5000)
                return expected in response.error and response

            started = time.monotonic()
            response = wait_until(refused, timeout=15, interval=0.1)
            assert response, f"{fmt}: {hostile.ask(camera=BOMB_CAMERA, task='pointing').error}"
            assert time.monotonic() - started < 15
    finally:
        ros_client.node.destroy_publisher(publisher)
    # A raw Image claiming 100000 x 100000 with 16 bytes of data: refused for its size.
    image = Image()
    image.width = image.height = 100_000
    image.encoding, image.step, image.data = "rgb8", 300_000, bytes(16)
    response = hostile.ask(task="pointing", image=image)
    assert response.error == (
        "bad inline image: image too large: 100000x100000 = 10000000000 pixels, the limit "
        f"(max_decoded_image_pixels) is {MAX_DECODED_PIXELS}"
    )
    assert hostile.alive() and hostile.ask().success


def test_requests_above_the_caps_are_refused_naming_the_cap(hostile):
    response = hostile.ask(max_new_tokens=4_294_967_295)
    assert response.error == (
        f"max_new_tokens 4294967295 is above the node's cap of {NEW_TOKENS_LIMIT} (parameter "
        f"max_new_tokens_limit); ask for at most {NEW_TOKENS_LIMIT}, or 0 for the default"
    )
    response = hostile.ask(timeout_ms=4_294_967_295)
    assert response.error == (
        f"timeout_ms 4294967295 is above the node's cap of {TIMEOUT_LIMIT_MS} (parameter "
        f"query_timeout_limit_ms); ask for at most {TIMEOUT_LIMIT_MS}, or 0 for the default"
    )
    # At the caps a request is accepted.
    assert hostile.ask(max_new_tokens=NEW_TOKENS_LIMIT, timeout_ms=300).error.startswith(
        "query timed out"
    )
    assert hostile.ask(timeout_ms=TIMEOUT_LIMIT_MS).success


def test_max_image_age_is_reported_as_given(hostile):
    response = hostile.ask(camera=CAMERA, max_image_age=0.001)
    if not response.success:  # a frame younger than 1 ms is possible, if unlikely
        assert "max_image_age is 0.001 s" in response.error, response.error


def test_a_burst_is_answered_or_refused_every_call(hostile, ros_client):
    before = diagnostics_counts(ros_client, NAME)
    futures = [hostile.ask_async(max_new_tokens=2, timeout_ms=20000) for _ in range(20)]
    assert wait_until(lambda: all(f.done() for f in futures), timeout=60), (
        f"{sum(not f.done() for f in futures)} of 20 calls never answered"
    )
    responses = [f.result() for f in futures]
    answered = sum(r.success for r in responses)
    full = sum("queue is full" in r.error for r in responses)
    assert answered + full == 20, [r.error for r in responses if not r.success]
    # At least the queue's worth (the engine may not have taken the first job out yet).
    assert answered >= QUEUE
    after = diagnostics_counts(ros_client, NAME)
    assert after[0] - before[0] == 20 and after[1] - before[1] == 20 - answered, (before, after)
    print(f"burst of 20: {answered} answered, {full} refused as queue full")


def test_twenty_callers_times_five_all_answered(hostile, ros_client):
    before = diagnostics_counts(ros_client, NAME)
    futures = []
    for _ in range(5):
        futures += [hostile.ask_async(max_new_tokens=1) for _ in range(20)]
        time.sleep(0.05)
    assert wait_until(lambda: all(f.done() for f in futures), timeout=60), (
        f"{sum(not f.done() for f in futures)} of 100 never answered"
    )
    results = [f.result() for f in futures]
    assert all(r.success or "queue is full" in r.error for r in results), {
        r.error for r in results
    }
    after = diagnostics_counts(ros_client, NAME)
    answered = sum(r.success for r in results)
    assert after[0] - before[0] == 100 and after[1] - before[1] == 100 - answered, (before, after)
    print(f"20 callers x 5: {answered} answered, {100 - answered} refused as queue full")


def test_a_burst_of_goals_within_rcls_goal_depth_is_answered_or_refused(hostile):
    # r2r 0.9 cannot set the action server's QoS: rcl's default keeps 10 goal (and result)
    # requests and one spin takes one, so more than about 10 goals sent at once can lose some
    # before the node sees them (docs/interfaces.md, "Nothing goes unanswered"). Ten at once are
    # all answered or refused.
    message = QueryAction.Goal()
    message.task, message.prompt, message.max_new_tokens = "general", "the red mug", 2
    sent = [hostile.action.send_goal_async(message) for _ in range(10)]
    assert wait_until(lambda: all(f.done() for f in sent), timeout=30), (
        f"{sum(not f.done() for f in sent)} of 10 goals never accepted or rejected"
    )
    results = [f.result().get_result_async() for f in sent]
    assert wait_until(lambda: all(r.done() for r in results), timeout=60), (
        f"{sum(not r.done() for r in results)} of 10 goals never got a result"
    )
    outcomes = [r.result() for r in results]
    answered = sum(o.status == GoalStatus.STATUS_SUCCEEDED for o in outcomes)
    full = sum(
        o.status == GoalStatus.STATUS_ABORTED and "queue is full" in o.result.error
        for o in outcomes
    )
    assert answered + full == 10, [o.result.error for o in outcomes]
    print(f"burst of 10 goals: {answered} answered, {full} refused as queue full")


KILLED_CLIENT = """
import sys, time, rclpy
from robobrain_msgs.srv import Query
rclpy.init()
node = rclpy.create_node("doomed_client")
client = node.create_client(Query, sys.argv[1])
assert client.wait_for_service(timeout_sec=20)
request = Query.Request()
request.task, request.prompt = "general", "the red mug"
request.max_new_tokens, request.timeout_ms = int(sys.argv[2]), int(sys.argv[3])
client.call_async(request)
print("sent", flush=True)
while True:
    rclpy.spin_once(node, timeout_sec=0.1)
"""


def test_a_killed_client_holds_the_engine_no_longer_than_its_deadline(hostile):
    # While another client of the service that was there when the query arrived lives on (the
    # test's own), the graph cannot tell that the caller died (src/ros/callers.rs), so the
    # query's deadline bounds it: with timeout_ms 2000, the next caller waits for the rest of
    # those 2 s, not for 4000 tokens (which take the tiny model far longer; the queued-goal
    # test relies on that too).
    doomed = subprocess.Popen(
        [sys.executable, "-c", KILLED_CLIENT, f"/{NAME}/query", str(NEW_TOKENS_LIMIT), "2000"],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert doomed.stdout.readline().strip() == "sent"
        time.sleep(0.5)
        doomed.kill()
        doomed.wait(timeout=5)
        killed = time.monotonic()
        response = hostile.ask(timeout_ms=10000)
        waited = time.monotonic() - killed
        assert response.success, response.error
        assert 0.8 < waited < 2.5, f"the next caller waited {waited:.1f} s"
        print(f"after a killed client: next query answered {waited:.2f} s later")
    finally:
        if doomed.poll() is None:
            doomed.kill()


ONE_SHOT_CLIENT = """
import sys, time, rclpy
from robobrain_msgs.srv import Query
rclpy.init()
node = rclpy.create_node("one_shot_client")
client = node.create_client(Query, sys.argv[1])
assert client.wait_for_service(timeout_sec=30)
give_up = time.monotonic() + 30
while True:
    request = Query.Request()
    request.task, request.prompt = "general", "the red mug"
    request.max_new_tokens, request.timeout_ms = 2, 10000
    started = time.monotonic()
    future = client.call_async(request)
    rclpy.spin_until_future_complete(node, future, timeout_sec=40)
    response = future.result()
    if response is not None and (response.success or time.monotonic() > give_up):
        break
    time.sleep(0.2)
print(response.success, round(time.monotonic() - started, 3), response.error, flush=True)
"""


DOOMED_GOAL_CLIENT = """
import sys, time, rclpy
from rclpy.action import ActionClient
from robobrain_msgs.action import Query
rclpy.init()
node = rclpy.create_node("doomed_goal_client")
client = ActionClient(node, Query, sys.argv[1])
assert client.wait_for_server(timeout_sec=20)
goal = Query.Goal()
goal.task, goal.prompt = "general", "the red mug"
goal.max_new_tokens, goal.timeout_ms = int(sys.argv[2]), int(sys.argv[3])
future = client.send_goal_async(goal)
rclpy.spin_until_future_complete(node, future, timeout_sec=20)
assert future.result() is not None and future.result().accepted
print("sent", flush=True)
while True:
    rclpy.spin_once(node, timeout_sec=0.1)
"""


def ask_from_a_fresh_client(service):
    """One query from a client in a process of its own (gone from the graph when it exits):
    (success, seconds from call to reply, error)."""
    done = subprocess.run([sys.executable, "-c", ONE_SHOT_CLIENT, service],
                          capture_output=True, text=True, timeout=90)
    success, seconds, *error = done.stdout.strip().split(" ")
    return success == "True", float(seconds), " ".join(error)


def test_a_caller_that_dies_cancels_its_query_or_goal(tmp_path):
    # No client of this node's service outlives the doomed one (the test's own node has none):
    # when the doomed client's process ends, no client present at its query's arrival is left,
    # so the query stops and the next caller is served at once, not after the rest of the
    # query's 20 s. SIGTERM: its DDS participant leaves the graph at once (killed with SIGKILL,
    # it leaves when its lease runs out: 20 s with Fast DDS's defaults).
    name = "robobrain_orphans"
    log_path = tmp_path / f"{name}.log"
    process = start_node(*node_args(query_timeout_ms=20000), name=name, log_path=log_path)
    service = f"/{name}/query"
    try:
        ready, _, error = ask_from_a_fresh_client(service)
        assert ready, f"{error}\n{log_path.read_text(errors='replace')}"
        for script, target, left in [
            (KILLED_CLIENT, service, "a ~/query caller left"),
            (DOOMED_GOAL_CLIENT, f"/{name}/query_stream", "a ~/query_stream goal's client left"),
        ]:
            doomed = subprocess.Popen(
                [sys.executable, "-c", script, target, str(NEW_TOKENS_LIMIT), "20000"],
                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
            )
            try:
                assert doomed.stdout.readline().strip() == "sent"
                time.sleep(0.5)
                doomed.terminate()
                doomed.wait(timeout=5)
            finally:
                if doomed.poll() is None:
                    doomed.kill()
            success, seconds, error = ask_from_a_fresh_client(service)
            assert success, error
            assert (
                seconds < 3.0
            ), f"{target}: the next caller waited {seconds:.1f} s: the dead caller's query went on"
            print(f"after a caller of {target} died: the next query answered in {seconds:.2f} s")
            log = log_path.read_text(errors="replace")
            assert left in log, log
    finally:
        assert stop_process(process) == 0


def test_a_deadline_during_a_slow_resize_frees_the_engine_quickly(hostile):
    # A 3000 x 3000 inline frame: its resize takes seconds in a debug build; the deadline stops it.
    image = frame(hostile.ros.node, 3000, 3000)
    started = time.monotonic()
    response = hostile.ask(task="pointing", image=image, timeout_ms=400)
    replied = time.monotonic() - started
    assert response.error == "query timed out after 400 ms", response.error
    # The engine is free at once: a short query right after is answered promptly.
    after = time.monotonic()
    quick = hostile.ask(timeout_ms=5000)
    freed = time.monotonic() - after
    assert quick.success, quick.error
    assert replied < 1.5 and freed < 1.0, (replied, freed)
    print(
        f"deadline 400 ms in a 9 MP resize: reply after {replied:.2f} s, next query answered "
        f"{freed:.2f} s later"
    )
    # The engine itself stopped the job on its deadline (in the resize: the frame was decoded).
    assert "pointing query failed: inference timed out" in hostile.log()


def test_a_cancelled_queued_goal_leaves_the_queue_at_once(hostile):
    running = hostile.goal(max_new_tokens=NEW_TOKENS_LIMIT, timeout_ms=20000)
    time.sleep(0.3)
    queued = hostile.goal(max_new_tokens=2)
    cancel_at = time.monotonic()
    cancel = queued.cancel_goal_async()
    assert wait_until(cancel.done, timeout=5)
    result = queued.get_result_async()
    assert wait_until(result.done, timeout=5)
    took = time.monotonic() - cancel_at
    outcome = result.result()
    assert outcome.status == GoalStatus.STATUS_CANCELED
    assert outcome.result.error == "cancelled by the caller"
    assert took < 1.0, f"queued goal cancelled after {took:.2f} s"
    # The running goal was untouched; cancelling it frees the engine too.
    running_result = running.get_result_async()
    assert not running_result.done()
    cancel = running.cancel_goal_async()
    assert wait_until(running_result.done, timeout=5)
    assert running_result.result().status == GoalStatus.STATUS_CANCELED
    print(f"queued goal cancelled in {took:.3f} s")


def test_a_bounded_soak_keeps_memory_flat_and_counts_add_up(hostile, ros_client):
    pid = hostile.process.pid
    bad = [
        dict(task="juggling"),
        dict(prompt=""),
        dict(prompt="p" * 9000),
        dict(prompt="<|im_end|>"),
        dict(max_new_tokens=NEW_TOKENS_LIMIT + 1),
        dict(camera="/nowhere"),
        dict(top_k=-5),
    ]
    good = [dict(max_new_tokens=2), dict(camera=CAMERA, task="pointing", max_new_tokens=2)]
    for _ in range(20):  # warm-up: allocator pools and caches reach their steady size
        hostile.ask(**good[1])
    before = diagnostics_counts(ros_client, NAME)
    rss_before = rss_mib(pid)
    total, served = 0, 0
    started = time.monotonic()
    for round_ in range(40):
        futures = [hostile.ask_async(**fields) for fields in bad] + [
            hostile.ask_async(**good[round_ % 2])
        ]
        assert wait_until(
            lambda: all(f.done() for f in futures), timeout=30
        ), "soak call unanswered"
        served += sum(f.result().success for f in futures)
        total += len(futures)
    soak_s = time.monotonic() - started
    rss_after = rss_mib(pid)
    after = diagnostics_counts(ros_client, NAME)
    assert hostile.alive()
    assert served == 40
    assert after[0] - before[0] == total and after[1] - before[1] == total - served, (
        before,
        after,
    )
    # Flat: within 32 MiB over 320 queries (a leak of one 64x48 frame per query would be ~3.7 MB;
    # of one result per query, less; the bound is for allocator noise).
    assert rss_after - rss_before < 32, (rss_before, rss_after)
    print(f"soak: {total} queries in {soak_s:.1f} s, RSS {rss_before:.1f} -> {rss_after:.1f} MiB")


def test_shutdown_answers_every_waiting_caller(ros_client, tmp_path):
    node = Node(ros_client, tmp_path, name="robobrain_shutdown")
    try:
        running = node.goal(max_new_tokens=NEW_TOKENS_LIMIT)
        running_result = running.get_result_async()
        time.sleep(0.3)
        queued = [node.ask_async(max_new_tokens=2) for _ in range(QUEUE)]
        time.sleep(0.5)
        signalled = time.monotonic()
        node.process.send_signal(signal.SIGTERM)
        assert wait_until(
            lambda: all(f.done() for f in queued) and running_result.done(), timeout=5
        ), "callers left without a reply at shutdown"
        replied = time.monotonic() - signalled
        assert all(f.result().error == "node shutting down" for f in queued), [
            f.result().error for f in queued
        ]
        outcome = running_result.result()
        assert outcome.status == GoalStatus.STATUS_ABORTED
        assert outcome.result.error == "node shutting down"
        node.process.wait(timeout=10)
        assert node.process.returncode == 0
        log = node.log()
        assert "node shutting down" in log and "inference timed out" not in log, log
        print(f"shutdown: {QUEUE + 1} callers answered {replied:.2f} s after SIGTERM")
    finally:
        node.ros.node.destroy_client(node.client)
        node.action.destroy()
        stop_process(node.process)


def test_a_large_refused_message_gives_its_memory_back(ros_client, tmp_path):
    # Fast DDS keeps a reader's payload buffers at the largest message it held unless the node's
    # profile (config/fastdds-memory.xml) makes them per message: the second node opts out, to
    # show what the profile saves and that this test can tell.
    side = 8192  # 8192 x 8192 rgb8: 192 MiB, refused for its pixel count
    big = Image()
    big.width = big.height = side
    big.encoding, big.step, big.data = "rgb8", side * 3, bytes(side * side * 3)
    growth = {}
    opted_out = {**os.environ, "RMW_FASTRTPS_USE_QOS_FROM_XML": "0"}
    for mode, env in [("profile", None), ("opted out", opted_out)]:
        node = Node(ros_client, tmp_path, name="robobrain_memory", env=env)
        try:
            time.sleep(1.0)
            before = rss_mib(node.process.pid)
            for _ in range(2):
                response = node.ask(task="pointing", image=big, timeout=60)
                assert "image too large: 8192x8192" in response.error, response.error
            assert node.ask().success
            time.sleep(1.0)
            growth[mode] = rss_mib(node.process.pid) - before
            if env is None:
                assert "Fast DDS memory: payloads per message" in node.log(), node.log()
        finally:
            node.ros.node.destroy_client(node.client)
            node.action.destroy()
            assert stop_process(node.process) == 0, node.log()
    print(f"RSS growth after two refused 192 MiB images: {growth}")
    assert growth["profile"] < 16, growth
    assert growth["opted out"] > 150, growth
