# SPDX-License-Identifier: Apache-2.0
# Copyright 2026 the robobrain authors
"""RoboBrain 2.5 through the node: the same ROS interface, a 2.5 model's prompts and answers.

The local engine on the tiny RoboBrain 2.5 checkpoint answers every task through the service and
the action (random weights: the answers are noise; the machinery and the family are checked).

The node serves `remote_model_family: qwen3_vl` from the scripted OpenAI server
(tests/e2e/fake_openai_server.py), which answers exactly what each test sets, as a RoboBrain 2.5
would: on the relative 0-1000 grid of the image, trajectories as (x, y, d) with d in metres. The
camera is demo_camera's synthetic scene with depth and CameraInfo (tests/e2e/test_spatial.py
describes it; the truth below comes from that description, never from the node's code). Checked:
the image sent at Qwen3-VL's factor 32, no system message (Qwen3-VL's template has no default),
the family's task template, grid coordinates mapped to camera pixels exactly, a trajectory placed
in 3-D at the model's depth from the intrinsics alone and at the sensor's depth beside it
(within 1 cm of the scene), thinking refused naming the release, and the family on the Result and
/diagnostics.

The node also serves it from llama.cpp's real llama-server with the tiny checkpoint converted to
GGUF + mmproj (tests/fixtures/rb25-gguf, scripts/fixtures/make_gguf_fixtures.py), as
test_remote.py does
for 2.0: every task through the service and the action, the image counted by the server at the
size sent (factor 32), thinking refused before the server, and the server's prompt token count
equal to the local engine's for every task. Skipped, saying why, when no llama-server is at hand.
"""

import pytest
from action_msgs.msg import GoalStatus
from diagnostic_msgs.msg import DiagnosticArray
from sensor_msgs.msg import Image

from conftest import REPO, start_node, stop_process, wait_until
from test_remote import (
    PICTURE, Asker, assert_gguf_current, cli, http_json, remote_node, scripted_server,
    start_llama_server,
)
from test_spatial import (
    CX, CY, F, HEIGHT, SCALE, WIDTH, WINDOW, assert_near, scene_camera, truth, window_depths,
)

NAME = "rb25_fake"
CAMERA = f"/{NAME}/color/image_raw"
MODEL = "fake/RoboBrain2.5-8B"


@pytest.fixture(scope="module")
def fake(tmp_path_factory):
    with scripted_server(tmp_path_factory, MODEL, factor=32) as server:
        yield server


@pytest.fixture(scope="module")
def camera():
    process = scene_camera(CAMERA, "rb25_camera", "--depth-scale", str(SCALE))
    yield process
    assert stop_process(process) == 0


@pytest.fixture(scope="module")
def asker(ros_client, tmp_path_factory, fake, camera):
    process, log_path = remote_node(
        tmp_path_factory, NAME, fake.url, MODEL,
        "-p", f"camera_topics:=[{CAMERA}]",
        "-p", "remote_model_family:=qwen3_vl",
        "-p", "remote_max_pixels:=200000",
        "-p", f"depth_window:={WINDOW}",
    )
    asker = CameraAsker(ros_client, NAME)
    # The first query waits for the camera's frame, depth and CameraInfo.
    assert wait_until(
        lambda: asker.ask(task="pointing").result.has_3d, 30, 0.5
    ), log_path.read_text()
    yield asker
    code = stop_process(process)
    assert code == 0, f"exit code {code}; log:\n{log_path.read_text(errors='replace')}"


class CameraAsker(Asker):
    """Asks about the demo camera's latest frame (which has depth and CameraInfo)."""

    def ask(self, timeout=30, **fields):
        return super().ask(timeout, image=Image(), camera=CAMERA, prompt="the box", **fields)


def answer(fake, text):
    http_json(f"{fake.url}/control", {"mode": "scripted", "answer": text, "seen": []})


def queries(fake):
    return [s for s in http_json(f"{fake.url}/seen")["seen"] if s["sizes"]]


def test_pointing_maps_the_grid_to_camera_pixels(asker, fake):
    answer(fake, "[(500, 250)]")
    response = asker.ask(task="pointing", thinking=False)
    assert response.success, response.error
    result = response.result
    assert result.model_family == "qwen3_vl"
    assert (result.points[0].x, result.points[0].y) == (WIDTH * 0.5, HEIGHT * 0.25)
    sent = queries(fake)[-1]
    # 320x240 at factor 32: 240 / 32 = 7.5 rounds (half to even) to 8, so 320x256.
    assert sent["sizes"] == [[320, 256]], sent
    assert sent["first_role"] == "user", "Qwen3-VL's template writes no default system message"
    assert sent["text"] == (
        "the box. Please provide its 2D coordinates. Your answer should be formatted as a tuple, "
        "i.e. [(x, y)], where the tuple contains the x and y coordinates of a point satisfying "
        "the conditions above.")
    # Points have the sensor's depth under them.
    assert result.has_3d, result.missing_3d
    u, v = result.points[0].x, result.points[0].y
    assert_near(result.points_3d[0].position, truth(u, v, window_depths(u, v).pop()))


def test_affordance_is_asked_as_pointing(asker, fake):
    answer(fake, "[(250, 500)]")
    response = asker.ask(task="affordance", thinking=False)
    assert response.success, response.error
    assert [(p.x, p.y) for p in response.result.points] == [(WIDTH * 0.25, HEIGHT * 0.5)]
    assert not response.result.boxes
    assert "Please provide its 2D coordinates" in queries(fake)[-1]["text"]


def test_a_trajectory_is_placed_at_the_models_depth_and_the_sensors(asker, fake):
    answer(fake, "[(500, 500, 0.85), (250, 750, 0.7), (900, 100, 1.2)]")
    response = asker.ask(task="trajectory", thinking=False)
    assert response.success, response.error
    result = response.result
    assert "3D end-effector-centric waypoints" in queries(fake)[-1]["text"]
    pixels = [(p.x, p.y) for p in result.trajectory]
    assert pixels == [(160.0, 120.0), (80.0, 180.0), (288.0, 24.0)]
    assert list(result.trajectory_depth) == pytest.approx([0.85, 0.7, 1.2])
    assert result.has_3d, result.missing_3d
    # At the model's depth: the intrinsics alone.
    for (u, v), d, located in zip(pixels, result.trajectory_depth, result.trajectory_3d):
        assert located.valid, located.reason
        assert_near(located.position, truth(u, v, d))
    # At the sensor's depth: the box's top (0.7 m) or the table (1.0 m) under each pixel.
    assert len(result.trajectory_3d_sensor) == 3
    for (u, v), located in zip(pixels, result.trajectory_3d_sensor):
        assert located.valid, located.reason
        assert_near(located.position, truth(u, v, window_depths(u, v).pop()))
    assert F == pytest.approx(0.9 * WIDTH) and (CX, CY) == (WIDTH / 2, HEIGHT / 2)


def test_grounding_boxes_map_from_the_grid(asker, fake):
    answer(fake, "[100, 200, 300, 400]")
    response = asker.ask(task="grounding", thinking=False)
    assert response.success, response.error
    box = response.result.boxes[0]
    assert (box.x_min, box.y_min, box.x_max, box.y_max) == pytest.approx((32, 48, 96, 96))


def test_thinking_is_refused_naming_the_release(asker, fake):
    answer(fake, "[(1, 2)]")
    before = len(queries(fake))
    response = asker.ask(task="pointing", thinking=True)
    assert not response.success
    assert "RoboBrain 2.5 has no thinking mode" in response.error, response.error
    assert len(queries(fake)) == before, "a refused query reaches no server"
    assert asker.ask(task="pointing", thinking=False).success


def test_diagnostics_name_the_family(ros_client, asker):
    seen = {}

    def on_array(array):
        for status in array.status:
            if status.name == f"{NAME}: Model":
                seen.update({kv.key: kv.value for kv in status.values})

    subscription = ros_client.node.create_subscription(
        DiagnosticArray, "/diagnostics", on_array, 10
    )
    try:
        assert wait_until(lambda: "model family" in seen, 10), seen
    finally:
        ros_client.node.destroy_subscription(subscription)
    assert seen["model family"] == "qwen3_vl (RoboBrain 2.5)"


# --- the local engine on the tiny RoboBrain 2.5 checkpoint ---------------------------------------

TINY25 = REPO / "tests" / "fixtures" / "rb25" / "tiny"
TASKS = ["general", "pointing", "affordance", "trajectory", "grounding"]


@pytest.fixture(scope="module")
def local25(ros_client, tmp_path_factory):
    log_path = tmp_path_factory.mktemp("local25") / "node.log"
    process = start_node(
        "-p", "camera_topics:=[/rb25_local/image_raw]",
        "-p", f"model_path:={TINY25}",
        "-p", "device:=cpu",
        "-p", "quantization:=f32",
        "-p", "max_new_tokens:=6",
        "-p", "diagnostics_period:=0.3",
        name="rb25_local",
        log_path=log_path,
    )
    asker = Asker(ros_client, "rb25_local")
    assert wait_until(lambda: asker.ask(task="general").success, 60, 0.5), log_path.read_text()
    yield asker
    code = stop_process(process)
    assert code == 0, f"exit code {code}; log:\n{log_path.read_text(errors='replace')}"


def test_every_task_through_the_service_and_the_action_on_the_local_engine(local25):
    for task in TASKS:
        response = local25.ask(task=task, thinking=False, temperature=0.0)
        assert response.success, f"{task}: {response.error}"
        result = response.result
        assert result.model_family == "qwen3_vl" and result.task == task
        assert 0 < result.generated_tokens <= 8, result.generated_tokens  # the Asker asks for 8
        # image_1.png (333x250) in the tiny checkpoint's 65536 pixels at factor 32: 288x192.
        assert result.prompt_tokens > 54, result.prompt_tokens
        feedback = []
        handle = local25.start_goal(feedback, task=task, thinking=False, temperature=0.0)
        outcome = local25.result(handle)
        assert outcome.status == GoalStatus.STATUS_SUCCEEDED, task
        assert outcome.result.success, outcome.result.error
        # Greedy: the action gives the service's answer.
        assert outcome.result.result.answer == result.answer, task
        assert feedback, f"{task}: no feedback"
    refused = local25.ask(task="pointing", thinking=True)
    assert not refused.success and "RoboBrain 2.5 has no thinking mode" in refused.error


# --- llama-server with the tiny RoboBrain 2.5 checkpoint as GGUF ---------------------------------

GGUF25 = REPO / "tests" / "fixtures" / "rb25-gguf"
LLAMA25 = "tiny-robobrain-2.5"
# The tiny checkpoint's own image limit (its preprocessor's longest_edge), also the smallest
# remote_max_pixels RoboBrain 2.5 takes: the node sends what the local engine sees.
MAX_PIXELS25 = 65536
# image_1.png (333x250) in those pixels at Qwen3-VL's factor 32 (16-pixel patches merged 2x2):
# 288x192, 9x6 = 54 image tokens.
SENT, SENT_TOKENS = (288, 192), 54


@pytest.fixture(scope="module")
def llama25(tmp_path_factory):
    server = start_llama_server(tmp_path_factory, GGUF25, LLAMA25)
    yield server
    server.stop()


@pytest.fixture(scope="module")
def llama25_node(tmp_path_factory, llama25):
    process, log_path = remote_node(
        tmp_path_factory, "rb25_llama", llama25.url, LLAMA25,
        "-p", "remote_model_family:=qwen3_vl",
        "-p", f"remote_max_pixels:={MAX_PIXELS25}",
    )
    yield process, log_path
    code = stop_process(process)
    assert code == 0, f"exit code {code}; log:\n{log_path.read_text(errors='replace')}"


@pytest.fixture(scope="module")
def on_llama25(ros_client, llama25_node):
    return Asker(ros_client, "rb25_llama")


def test_rb25_gguf_fixtures_are_current():
    """tests/fixtures/rb25-gguf was made from today's tiny RoboBrain 2.5 checkpoint
    (scripts/fixtures/make_gguf_fixtures.py --checkpoint rb25)."""
    assert_gguf_current(GGUF25, TINY25)


def test_every_task_through_the_service_and_the_action_on_llama_server(on_llama25):
    for task in TASKS:
        response = on_llama25.ask(task=task)
        assert response.success, f"{task}: {response.error}"
        result = response.result
        assert result.model_family == "qwen3_vl", (task, result.model_family)
        assert (
            result.task == task and result.model_id == LLAMA25 and result.quantization == "remote"
        )
        assert (result.image_width, result.image_height) == (333, 250)
        assert result.prompt_tokens > SENT_TOKENS and 1 <= result.generated_tokens <= 8, result
        assert result.parsed or result.parse_error or task == "general"
        feedback = []
        handle = on_llama25.start_goal(feedback, task=task)
        outcome = on_llama25.result(handle)
        assert outcome.status == GoalStatus.STATUS_SUCCEEDED, outcome.result.error
        assert outcome.result.success
        assert feedback and feedback[-1].tokens_generated >= 1, task
        assert any(f.text_new for f in feedback), task
        streamed = outcome.result.result
        assert streamed.model_family == "qwen3_vl" and streamed.task == task
        assert streamed.prompt_tokens == result.prompt_tokens, task


def test_llama_server_counts_the_image_at_the_size_sent(on_llama25, llama25_node):
    """The node's image token check (the prompt with and without the image) as its Backend
    diagnostics report it: 54 tokens for the 288x192 it sent. At Qwen2.5-VL's factor 28 the node
    would have sent 280x196 and expected 70, which llama-server resizes to 288x192: 56 counted
    (54 and the markers), and the check would say that the server resizes."""
    assert on_llama25.ask(task="pointing").success
    _, log_path = llama25_node
    assert wait_until(
        lambda: "as expected" in log_path.read_text(errors="replace"), 5
    ), log_path.read_text()
    _, values = on_llama25.diagnostics(lambda s: "queries answered" in [kv.key for kv in s.values])
    assert values["backend"] == "remote" and values["reachable"] == "true", values
    assert (
        f"as expected ({SENT_TOKENS} image tokens plus markers)" in values["image token check"]
    ), values


def test_thinking_is_refused_before_llama_server(on_llama25, llama25):
    """llama-server's /slots names the last task its only slot (--parallel 1) took; it answers
    from the loop that runs the slot, after the tasks before it: the refused query leaves it as
    it was, the next query changes it."""

    def last_task():
        slots = http_json(f"{llama25.url}/slots")
        assert len(slots) == 1, slots
        return slots[0].get("id_task"), slots[0]["is_processing"]

    assert on_llama25.ask(task="pointing", thinking=False).success
    before = last_task()
    assert before[0] is not None and not before[1], before
    refused = on_llama25.ask(task="pointing", thinking=True)
    assert not refused.success
    assert "RoboBrain 2.5 has no thinking mode" in refused.error, refused.error
    assert last_task() == before, "the refused query reached llama-server"
    assert on_llama25.ask(task="pointing", thinking=False).success
    assert last_task()[0] != before[0], "a query that llama-server took left /slots as it was"


def infer_locally(task, image):
    return cli("--model", str(TINY25), "--precision", "f32", "--task", task, "--image", str(image),
               "--prompt", "the red mug", "--max-new-tokens", "1", "--repetition-penalty", "1.0")


def test_the_node_gets_from_llama_server_the_prompt_the_local_engine_builds(on_llama25):
    """The node's prompt through llama-server (its chat template, its image tokens) is as long as
    the local engine's: the same picture at the same size (288x192: the node's remote_max_pixels
    is the checkpoint's own limit), for every task."""
    counts = {}
    for task in TASKS:
        response = on_llama25.ask(task=task, thinking=False)
        assert response.success, f"{task}: {response.error}"
        local = infer_locally(task, PICTURE)
        assert (local["image"]["resized_width"], local["image"]["resized_height"]) == SENT, local[
            "image"
        ]
        assert local["image_tokens"] == SENT_TOKENS and local["family"] == "qwen3_vl"
        counts[task] = (response.result.prompt_tokens, local["prompt_tokens"])
    print("prompt tokens (node via llama-server, local engine):", counts)
    assert all(remote == local for remote, local in counts.values()), counts


def test_llama_server_gets_the_prompt_the_local_engine_builds(llama25):
    """As test_remote.py's test for 2.0, with `robobrain infer` on both sides: same weights (f32),
    same image at the same size (the tiny checkpoint's own limit: 288x192 on both sides), greedy:
    llama-server counts exactly the local engine's prompt tokens for every task."""
    counts = {}
    for task in TASKS:
        local = infer_locally(task, PICTURE)
        remote = cli(
            "--backend",
            "remote",
            "--remote-url",
            f"{llama25.url}/v1",
            "--remote-model",
            LLAMA25,
            "--remote-model-family",
            "qwen3_vl",
            "--remote-max-pixels",
            str(MAX_PIXELS25),
            "--task",
            task,
            "--image",
            str(PICTURE),
            "--prompt",
            "the red mug",
            "--max-new-tokens",
            "1",
            "--repetition-penalty",
            "1.0",
        )
        assert remote["images_sent"] == [local["image"]], (remote["images_sent"], local["image"])
        assert (local["image"]["resized_width"], local["image"]["resized_height"]) == SENT
        assert (remote["image_token_check"] or {}).get("matches") is True, remote
        counts[task] = (remote["prompt_tokens"], local["prompt_tokens"])
    print("prompt tokens (robobrain infer --backend remote, local engine):", counts)
    assert all(remote == local for remote, local in counts.values()), counts
