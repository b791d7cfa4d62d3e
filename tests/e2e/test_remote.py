# SPDX-License-Identifier: Apache-2.0
# Copyright 2026 the robobrain authors
"""backend: remote end to end: the node's unchanged ROS interface served by an OpenAI-compatible
server instead of the local engine.

Two servers on 127.0.0.1:
- llama.cpp's real llama-server (built by scripts/build-llama-server.sh; scripts/test.sh exports
  ROBOBRAIN_LLAMA_SERVER) with the tiny test checkpoint converted to GGUF + mmproj
  (tests/fixtures/tiny-gguf). Random weights: its answers are noise, so these tests check the
  machinery: every task through the service and the action, the thinking switch reaching the
  server, the image token count, a killed and restarted server, wrong model name and URL.
  Skipped, saying why, when no llama-server is at hand.
- tests/e2e/fake_openai_server.py, a scripted server that answers in the pixels of the image it
  received (as Qwen2.5-VL does): the mapping back to camera pixels is checked exactly, and hangs,
  HTTP errors, bad bodies, broken streams and cancel are scripted.
"""

import contextlib
import hashlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
from action_msgs.msg import GoalStatus
from diagnostic_msgs.msg import DiagnosticArray, DiagnosticStatus
from PIL import Image as PilImage
from rclpy.action import ActionClient
from robobrain_msgs.action import Query as QueryAction
from robobrain_msgs.srv import Query
from sensor_msgs.msg import Image

from conftest import REPO, connect_action, start_node, stop_process, wait_until
# Re-exported: the remote backend's other test files import them from here.
from processes import Server, free_port, http_json, server_up  # noqa: F401

GGUF = REPO / "tests" / "fixtures" / "tiny-gguf"
TINY = REPO / "tests" / "fixtures" / "tiny"
PICTURE = REPO / "tests" / "fixtures" / "images" / "image_1.png"  # 333x250: needs resizing
FAKE_SERVER = Path(__file__).with_name("fake_openai_server.py")
TASKS = ["general", "pointing", "affordance", "trajectory", "grounding"]
LLAMA_MODEL = "tiny-robobrain"
# The fake's name says 7B: a thinking model, as upstream decides from the name.
FAKE_MODEL = "fake/RoboBrain2.0-7B"
# Small enough that image_1.png (333x250) must be resized: smart_resize gives 196x140.
MAX_PIXELS = 30000


def picture_message():
    pixels = np.asarray(PilImage.open(PICTURE).convert("RGB"))
    image = Image()
    image.header.frame_id = "remote_camera"
    image.height, image.width = pixels.shape[:2]
    image.encoding = "rgb8"
    image.step = image.width * 3
    image.data = pixels.tobytes()
    return image


def llama_server_binary():
    path = os.environ.get("ROBOBRAIN_LLAMA_SERVER", "")
    return Path(path) if path and Path(path).is_file() else None


def remote_node(tmp_path_factory, name, url, model, *extra):
    log_path = tmp_path_factory.mktemp(name) / "node.log"
    process = start_node(
        "-p", f"camera_topics:=[/{name}/image_raw]",
        "-p", "backend:=remote",
        "-p", f"remote_url:={url}/v1",
        "-p", f"remote_model:={model}",
        "-p", f"remote_max_pixels:={MAX_PIXELS}",
        "-p", "diagnostics_period:=0.3",
        *extra,
        name=name,
        log_path=log_path,
    )
    return process, log_path


class Asker:
    """Service and action calls to one node, with the picture sent inline."""

    def __init__(self, ros_client, name):
        self.ros = ros_client
        self.name = name
        self.client = ros_client.node.create_client(Query, f"/{name}/query")
        self.action = ActionClient(ros_client.node, QueryAction, f"/{name}/query_stream")
        self.action_connected = False

    def ask(self, timeout=30, **fields):
        request = Query.Request()
        request.task, request.prompt = "general", "the red mug"
        request.image = picture_message()
        request.max_new_tokens = 8
        for key, value in fields.items():
            setattr(request, key, value)
        return self.ros.call(self.client, request, timeout=timeout)

    def start_goal(self, feedback, **fields):
        goal = QueryAction.Goal()
        goal.task, goal.prompt = "general", "the red mug"
        goal.image = picture_message()
        goal.max_new_tokens = 8
        for key, value in fields.items():
            setattr(goal, key, value)
        if not self.action_connected:
            connect_action(self.action)
            self.action_connected = True
        future = self.action.send_goal_async(
            goal, feedback_callback=lambda f: feedback.append(f.feedback)
        )
        assert wait_until(future.done, timeout=20), "goal not answered"
        handle = future.result()
        assert handle.accepted
        return handle

    def result(self, handle, timeout=30):
        future = handle.get_result_async()
        assert wait_until(future.done, timeout=timeout), "no action result"
        return future.result()

    def diagnostics(self, predicate=lambda status: True, timeout=10):
        """The node's Backend status, once `predicate` holds for it."""
        latest = {}

        def on_array(array):
            for status in array.status:
                if status.name == f"{self.name}: Backend":
                    latest["status"] = status

        subscription = self.ros.node.create_subscription(
            DiagnosticArray, "/diagnostics", on_array, 10
        )
        try:
            wait_until(lambda: "status" in latest and predicate(latest["status"]), timeout)
        finally:
            self.ros.node.destroy_subscription(subscription)
        status = latest.get("status")
        assert status is not None, "no Backend status on /diagnostics"
        return status, {kv.key: kv.value for kv in status.values}


# --- llama-server -------------------------------------------------------------------------------

def start_llama_server(tmp_path_factory, gguf, alias, *extra):
    """llama-server on 127.0.0.1 serving `gguf`'s model-f32.gguf and mmproj-f32.gguf as `alias`,
    started; skips the test when no llama-server binary is at hand."""
    binary = llama_server_binary()
    if binary is None:
        pytest.skip(
            "no llama-server: set ROBOBRAIN_LLAMA_SERVER (scripts/test.sh builds one with "
            "scripts/build-llama-server.sh)"
        )
    log = tmp_path_factory.mktemp("llama") / "llama-server.log"
    server = Server(lambda port: [
        str(binary), "-m", str(gguf / "model-f32.gguf"), "--mmproj", str(gguf / "mmproj-f32.gguf"),
        "--host", "127.0.0.1", "--port", str(port), "--alias", alias, "-c", "4096", "-t", "2",
        "--parallel", "1", "--reasoning-format", "none", "--no-webui", *extra,
    ], log)
    server.start()
    return server


def assert_gguf_current(gguf, checkpoint):
    """`gguf` (model-f32.gguf, mmproj-f32.gguf) was made from today's `checkpoint`: the sha256s
    scripts/fixtures/make_gguf_fixtures.py recorded in its SOURCE.json are those of the
    checkpoint's files.
    """
    record = json.loads((gguf / "SOURCE.json").read_text())
    assert record["source"] == checkpoint.relative_to(REPO).as_posix(), record["source"]
    assert record["sha256"], "SOURCE.json names no source files"
    for name, digest in record["sha256"].items():
        assert hashlib.sha256((checkpoint / name).read_bytes()).hexdigest() == digest, (
            f"{checkpoint.relative_to(REPO)}/{name} changed since the GGUF files were made: "
            "run scripts/fixtures/make_gguf_fixtures.py"
        )
    for name in ("model-f32.gguf", "mmproj-f32.gguf"):
        assert (gguf / name).read_bytes()[:4] == b"GGUF"


@pytest.fixture(scope="module")
def llama(tmp_path_factory):
    server = start_llama_server(tmp_path_factory, GGUF, LLAMA_MODEL)
    yield server
    server.stop()


@pytest.fixture(scope="module")
def llama_node(tmp_path_factory, llama):
    process, log_path = remote_node(tmp_path_factory, "rb_llama", llama.url, LLAMA_MODEL)
    yield process, log_path
    code = stop_process(process)
    assert code == 0, f"exit code {code}; log:\n{log_path.read_text(errors='replace')}"


@pytest.fixture(scope="module")
def on_llama(ros_client, llama_node):
    return Asker(ros_client, "rb_llama")


def test_gguf_fixtures_are_current():
    """tests/fixtures/tiny-gguf was made from today's tiny checkpoint
    (scripts/fixtures/make_gguf_fixtures.py)."""
    assert_gguf_current(GGUF, TINY)


def test_every_task_through_the_service_and_the_action(on_llama):
    for task in TASKS:
        response = on_llama.ask(task=task)
        assert response.success, f"{task}: {response.error}"
        result = response.result
        assert (
            result.task == task
            and result.model_id == LLAMA_MODEL
            and result.quantization == "remote"
        )
        assert (result.image_width, result.image_height) == (333, 250)
        # 196x140 sent: 35 image tokens plus the text.
        assert result.prompt_tokens > 35 and 1 <= result.generated_tokens <= 8
        assert result.parsed or result.parse_error or task == "general"
        feedback = []
        handle = on_llama.start_goal(feedback, task=task)
        outcome = on_llama.result(handle)
        assert outcome.status == GoalStatus.STATUS_SUCCEEDED, outcome.result.error
        assert outcome.result.success
        assert feedback and feedback[-1].tokens_generated >= 1
        assert any(f.text_new for f in feedback)
        streamed = outcome.result.result
        assert streamed.task == task and streamed.prompt_tokens == result.prompt_tokens
        # (The answers themselves may differ: llama-server's prompt cache changes the random
        # tiny model's near-tied logits from one call to the next.)


def test_the_server_counts_the_image_at_the_size_sent(on_llama, llama_node):
    assert on_llama.ask(task="pointing").success
    _, log_path = llama_node
    assert wait_until(
        lambda: "as expected" in log_path.read_text(errors="replace"), 5
    ), log_path.read_text()
    status, values = on_llama.diagnostics(
        lambda s: "queries answered" in [kv.key for kv in s.values]
    )
    assert values["backend"] == "remote" and values["reachable"] == "true", values
    assert "as expected" in values["image token check"]
    assert float(values["last latency ms"]) > 0 and int(values["queries answered"]) >= 1


def test_thinking_on_and_off_reach_the_server(on_llama):
    on = on_llama.ask(task="pointing", thinking=True)
    off = on_llama.ask(task="pointing", thinking=False)
    assert on.success and off.success, (on.error, off.error)
    # "<think>" and "<think></think><answer>" continued as the assistant's message: the longer
    # switch is more prompt tokens (the tiny tokenizer splits both into several pieces).
    assert off.result.prompt_tokens > on.result.prompt_tokens


def test_cancel_mid_stream_frees_llama_server(on_llama):
    """llama-server decodes the tiny model at about 70 tokens/s here (a portable CPU build):
    3000 tokens would hold its only slot (--parallel 1) for ~40 s. After a cancel the next query
    is answered at once: the closed stream stopped the server's generation."""
    feedback = []
    handle = on_llama.start_goal(feedback, task="general", max_new_tokens=3000)
    assert wait_until(lambda: feedback and feedback[-1].tokens_generated >= 3, 20), "no feedback"
    cancel = handle.cancel_goal_async()
    assert wait_until(cancel.done, 10)
    outcome = on_llama.result(handle, timeout=10)
    assert outcome.status == GoalStatus.STATUS_CANCELED and "cancel" in outcome.result.error
    assert feedback[-1].tokens_generated < 3000
    started = time.monotonic()
    quick = on_llama.ask(task="general", timeout_ms=10000)
    assert quick.success, quick.error
    assert time.monotonic() - started < 10


def test_llama_server_killed_mid_query_is_reported_and_the_node_recovers(on_llama, llama):
    feedback = []
    handle = on_llama.start_goal(feedback, task="general", max_new_tokens=3000)
    assert wait_until(lambda: feedback and feedback[-1].tokens_generated >= 3, 20), "no feedback"
    llama.kill()
    outcome = on_llama.result(handle, timeout=10)
    assert outcome.status == GoalStatus.STATUS_ABORTED
    assert (
        f"the answer stream from {llama.url}/v1 broke off" in outcome.result.error
    ), outcome.result.error
    failed = on_llama.ask(task="general")
    assert not failed.success
    assert "cannot reach the server at " + llama.url in failed.error, failed.error
    status, values = on_llama.diagnostics(lambda s: s.level == DiagnosticStatus.ERROR)
    assert status.level == DiagnosticStatus.ERROR and values["reachable"] == "false", values
    llama.start()
    again = on_llama.ask(task="general")
    assert again.success, again.error
    on_llama.diagnostics(lambda s: s.level == DiagnosticStatus.OK)


def test_a_wrong_model_name_is_a_clear_error(ros_client, tmp_path_factory, llama):
    process, log_path = remote_node(
        tmp_path_factory, "rb_wrong_model", llama.url, "RoboBrain2.0-32B"
    )
    try:
        response = Asker(ros_client, "rb_wrong_model").ask(task="general")
        assert not response.success
        assert "does not serve remote_model 'RoboBrain2.0-32B'" in response.error, response.error
        assert LLAMA_MODEL in response.error
    finally:
        assert stop_process(process) == 0, log_path.read_text(errors="replace")


def test_a_wrong_url_is_a_clear_error_and_the_node_serves_on(ros_client, tmp_path_factory):
    dead = f"http://127.0.0.1:{free_port()}"
    process, log_path = remote_node(tmp_path_factory, "rb_wrong_url", dead, FAKE_MODEL)
    try:
        asker = Asker(ros_client, "rb_wrong_url")
        for _ in range(2):
            response = asker.ask(task="pointing")
            assert not response.success
            assert f"cannot reach the server at {dead}/v1" in response.error, response.error
            assert "Connection refused" in response.error
        status, values = asker.diagnostics(lambda s: s.level == DiagnosticStatus.ERROR)
        assert values["reachable"] == "false"
    finally:
        assert stop_process(process) == 0, log_path.read_text(errors="replace")


# --- the scripted server ------------------------------------------------------------------------

@contextlib.contextmanager
def scripted_server(tmp_path_factory, model=FAKE_MODEL, **control):
    """tests/e2e/fake_openai_server.py serving `model`, with `control` set before use."""
    log = tmp_path_factory.mktemp("fake") / "fake.log"
    server = Server(lambda port: [sys.executable, str(FAKE_SERVER), str(port), model], log)
    server.start()
    try:
        if control:
            http_json(f"{server.url}/control", control)
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def fake(tmp_path_factory):
    with scripted_server(tmp_path_factory) as server:
        yield server


@pytest.fixture(scope="module")
def on_fake(ros_client, tmp_path_factory, fake):
    process, log_path = remote_node(
        tmp_path_factory, "rb_fake", fake.url, FAKE_MODEL, "-p", "remote_timeout_ms:=3000"
    )
    yield Asker(ros_client, "rb_fake")
    code = stop_process(process)
    assert code == 0, f"exit code {code}; log:\n{log_path.read_text(errors='replace')}"


def control(fake, **state):
    http_json(f"{fake.url}/control", state)


def test_pixels_are_mapped_back_from_the_frame_the_server_saw(on_fake, fake):
    control(fake, mode="center", seen=[])
    # The server answers the centre of the 196x140 image it got: (98, 70) there.
    pointing = on_fake.ask(task="pointing", thinking=False)
    assert pointing.success, pointing.error
    # (The first image query is followed by a text-only one: the image token check.)
    seen = [s for s in http_json(f"{fake.url}/seen")["seen"] if s["sizes"]]
    assert seen[-1]["sizes"] == [[196, 140]], seen
    point = pointing.result.points[0]
    assert (point.x, point.y) == pytest.approx((98 * 333 / 196, 70 * 250 / 140), abs=1e-3)
    # The whole frame it saw is the whole camera frame (clamped onto the last pixel).
    grounding = on_fake.ask(task="grounding", thinking=False)
    assert grounding.success, grounding.error
    box = grounding.result.boxes[0]
    assert (box.x_min, box.y_min, box.x_max, box.y_max) == (0, 0, 332, 249)


def test_thinking_is_a_continued_assistant_message(on_fake, fake):
    control(fake, mode="center", seen=[])
    on = on_fake.ask(task="pointing", thinking=True)
    assert on.success, on.error
    assert on.result.thinking == "centre of the image" and len(on.result.points) == 1
    off = on_fake.ask(task="pointing", thinking=False)
    assert off.success and not off.result.thinking
    seen = http_json(f"{fake.url}/seen")["seen"]
    queries = [s for s in seen if s["sizes"]]
    assert [(s["last_role"], s["last_content"]) for s in queries[-2:]] == [
        ("assistant", "<think>"), ("assistant", "<think></think><answer>")
    ]
    assert all(s["continue_final_message"] is True for s in queries[-2:])


def test_a_connection_closed_before_any_answer_is_tried_again(on_fake, fake):
    """CI saw llama-server close a kept-alive connection under the second of two back-to-back
    requests ("connection closed before message completed"): nothing had been answered, so the
    node sends it again rather than failing the query. More drops than tries is a clear error."""
    control(fake, mode="center", seen=[], drops=1)
    answered = on_fake.ask(task="pointing", thinking=False)
    assert answered.success, answered.error
    seen = [s for s in http_json(f"{fake.url}/seen")["seen"] if s["sizes"]]
    assert len(seen) == 2, seen
    control(fake, drops=5)
    refused = on_fake.ask(task="general", timeout_ms=10000)
    assert not refused.success
    assert (
        f"the server at {fake.url}/v1 closed the connection before answering" in refused.error
    ), refused.error
    control(fake, drops=0)
    assert on_fake.ask(task="general").success


def test_cancel_closes_the_stream(on_fake, fake):
    control(fake, mode="slow", disconnected=0)
    feedback = []
    handle = on_fake.start_goal(feedback, max_new_tokens=400)
    assert wait_until(lambda: feedback and feedback[-1].tokens_generated >= 3, 10), "no feedback"
    cancel = handle.cancel_goal_async()
    assert wait_until(cancel.done, 10)
    outcome = on_fake.result(handle, timeout=10)
    assert outcome.status == GoalStatus.STATUS_CANCELED and "cancel" in outcome.result.error
    # The server noticed the closed connection and stopped writing.
    assert wait_until(lambda: http_json(f"{fake.url}/seen")["disconnected"] >= 1, 5)
    control(fake, mode="center")
    assert on_fake.ask(task="general", timeout_ms=5000).success


def test_a_hanging_server_is_bounded_by_both_timeouts(on_fake, fake):
    control(fake, mode="hang")
    started = time.monotonic()
    by_query = on_fake.ask(task="general", timeout_ms=800)
    assert not by_query.success and "timed out" in by_query.error, by_query.error
    assert time.monotonic() - started < 5
    by_remote = on_fake.ask(task="general", timeout_ms=20000)
    assert not by_remote.success
    assert (
        f"the server at {fake.url}/v1 did not answer within 3000 ms" in by_remote.error
    ), by_remote.error
    control(fake, mode="center")
    assert on_fake.ask(task="general").success


@pytest.mark.parametrize("status,expected", [
    (401, "HTTP 401: scripted failure 401 (check the API key: remote_api_key_env"),
    (404, "HTTP 404: scripted failure 404 (check remote_url"),
    (429, "HTTP 429: scripted failure 429 (the server is busy"),
    (500, "HTTP 500: scripted failure 500 (a server-side failure)"),
])
def test_http_errors_name_the_server_and_the_status(on_fake, fake, status, expected):
    control(fake, mode="status", status=status)
    response = on_fake.ask(task="general")
    assert (
        not response.success
        and f"the server at {fake.url}/v1 answered {expected}" in response.error
    ), response.error
    control(fake, mode="center")
    assert on_fake.ask(task="general").success


def test_bodies_that_are_not_the_schema_and_broken_streams_are_clear_errors(on_fake, fake):
    control(fake, mode="garbage")
    response = on_fake.ask(task="general")
    assert (
        not response.success and "not an OpenAI chat completion stream" in response.error
    ), response.error
    assert "text/html" in response.error
    control(fake, mode="broken")
    response = on_fake.ask(task="general")
    assert not response.success and "broke off" in response.error, response.error
    control(fake, mode="center")
    assert on_fake.ask(task="general").success


def test_a_server_killed_mid_query_is_reported_and_the_node_recovers(on_fake, fake):
    control(fake, mode="slow")
    feedback = []
    handle = on_fake.start_goal(feedback, max_new_tokens=400)
    assert wait_until(lambda: feedback and feedback[-1].tokens_generated >= 3, 10), "no feedback"
    fake.kill()
    outcome = on_fake.result(handle, timeout=10)
    assert outcome.status == GoalStatus.STATUS_ABORTED
    assert "broke off" in outcome.result.error, outcome.result.error
    fake.start()
    assert on_fake.ask(task="general").success


def cli(*args):
    target = Path(os.environ.get("CARGO_TARGET_DIR", REPO / "target"))
    binary = Path(os.environ.get("ROBOBRAIN_CLI_BIN", target / "debug" / "robobrain"))
    done = subprocess.run(
        [str(binary), "infer", "--json", *args], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_the_server_gets_the_prompt_the_local_engine_builds(llama):
    """Same weights (f32), same image at the same size, greedy: llama-server counts exactly the
    prompt tokens the local engine does, for every task and both thinking switches (template,
    system message, image tokens and the continued assistant text all agree)."""
    common = ["--image", str(PICTURE), "--prompt", "the red mug", "--max-new-tokens", "1",
              "--repetition-penalty", "1.0"]
    for task in TASKS:
        for thinking in ("off", "on"):
            local = cli(
                "--model",
                str(TINY),
                "--precision",
                "f32",
                "--task",
                task,
                "--thinking",
                thinking,
                *common,
            )
            # The tiny checkpoint's own image limit, so that both see 252x168.
            remote = cli(
                "--backend",
                "remote",
                "--remote-url",
                f"{llama.url}/v1",
                "--remote-model",
                LLAMA_MODEL,
                "--remote-max-pixels",
                "50176",
                "--task",
                task,
                "--thinking",
                thinking,
                *common,
            )
            assert remote["images_sent"] == [local["image"]]
            assert remote["prompt_tokens"] == local["prompt_tokens"], (task, thinking)
            assert (remote["image_token_check"] or {}).get("matches") is True, remote
