"""Every RoboBrain task end to end on the bundled tiny checkpoint (random weights: its answers are
random text, so the point here is the machinery, and agreement with the core).

The node runs the tiny model on the CPU in f32; a camera publishes tests/fixtures/images/image_1.png
(333x250, not a multiple of 28) as rgb8. Each task's service answer must match what the core
computes for the same image and prompt (`robobrain infer`, greedy), and carry consistent fields.
Also: an inline image, a timeout, a full queue, and the node serving on after each.
"""

import json
import os
import subprocess
import threading
import time
from pathlib import Path

import numpy as np
import pytest
from PIL import Image as PilImage
from robobrain.srv import Query
from sensor_msgs.msg import Image

from conftest import REPO, start_node, stop_process, wait_until

TINY = REPO / "tests" / "fixtures" / "tiny"
PICTURE = REPO / "tests" / "fixtures" / "images" / "image_1.png"
CAMERA = "/e2e_tiny/image_raw"
NAME = "robobrain_tiny"
TASKS = ["general", "pointing", "affordance", "trajectory", "grounding"]
PROMPT = "the red mug"
NEW_TOKENS = 12


def cli_binary():
    target = Path(os.environ.get("CARGO_TARGET_DIR", REPO / "target"))
    return Path(os.environ.get("ROBOBRAIN_CLI_BIN", target / "debug" / "robobrain"))


def core_answer(task):
    """What the inference core answers for the same query, without ROS."""
    command = [
        str(cli_binary()), "infer", "--model", str(TINY), "--image", str(PICTURE), "--task", task,
        "--prompt", PROMPT, "--precision", "f32", "--max-new-tokens", str(NEW_TOKENS),
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def picture_message(node):
    pixels = np.asarray(PilImage.open(PICTURE).convert("RGB"))
    image = Image()
    image.header.stamp = node.get_clock().now().to_msg()
    image.header.frame_id = "tiny_camera"
    image.height, image.width = pixels.shape[:2]
    image.encoding = "rgb8"
    image.step = image.width * 3
    image.data = pixels.tobytes()
    return image


@pytest.fixture(scope="module")
def tiny_node(tmp_path_factory):
    log_path = tmp_path_factory.mktemp("tiny") / "node.log"
    process = start_node(
        "-p", f"camera_topics:=[{CAMERA}]",
        "-p", f"model_path:={TINY}",
        "-p", "device:=cpu",
        "-p", "quantization:=f32",
        "-p", f"max_new_tokens:={NEW_TOKENS}",
        "-p", "query_queue_size:=1",
        name=NAME,
        log_path=log_path,
    )
    yield process
    code = stop_process(process)
    assert code == 0, f"exit code {code}; log:\n{log_path.read_text(errors='replace')}"


@pytest.fixture(scope="module")
def ask(ros_client, tiny_node, image_qos):
    node = ros_client.node
    publisher = node.create_publisher(Image, CAMERA, image_qos)
    stop = threading.Event()

    def publish():
        while not stop.is_set():
            publisher.publish(picture_message(node))
            stop.wait(0.2)

    thread = threading.Thread(target=publish, daemon=True)
    thread.start()
    client = node.create_client(Query, f"/{NAME}/query")

    def call(**fields):
        request = Query.Request()
        request.task, request.prompt = "general", PROMPT
        for key, value in fields.items():
            setattr(request, key, value)
        return ros_client.call(client, request, timeout=60)

    # Naming the camera makes the node insist on a frame: a bare "general" query would be answered
    # text-only while no frame has arrived yet, and the first test would race the camera.
    ready = wait_until(
        lambda: "no frame received yet" not in call(camera=CAMERA).error, timeout=30, interval=0.2
    )
    assert ready, "no camera frame reached the node within 30 s"
    yield call
    stop.set()
    thread.join(timeout=5)


@pytest.mark.parametrize("task", TASKS)
def test_each_task_answers_like_the_core(ask, task):
    response = ask(task=task)
    assert response.success, response.error
    result = response.result
    core = core_answer(task)
    assert result.task == task and result.prompt == PROMPT
    assert result.header.frame_id == "tiny_camera"
    assert (result.image_width, result.image_height) == (333, 250)
    assert result.model_id == "tiny" and result.quantization == "f32"
    assert result.generated_tokens == core["generated_tokens"] > 0
    assert result.prompt_tokens == core["prompt_tokens"]
    assert result.answer == core["result"]["answer_text"]
    assert result.parsed == (core["result"]["parse_error"] is None)
    assert result.parse_error == (core["result"]["parse_error"] or "")
    assert [(p.x, p.y) for p in result.points] == [(p["x"], p["y"]) for p in core["result"]["points"]]
    assert [(b.x1, b.y1, b.x2, b.y2) for b in result.boxes] == [
        (b["x1"], b["y1"], b["x2"], b["y2"]) for b in core["result"]["boxes"]
    ]
    for point in list(result.points) + list(result.trajectory):
        assert 0 <= point.x <= 332 and 0 <= point.y <= 249
    assert result.vision_ms > 0 and result.prefill_ms > 0 and result.decode_ms >= 0
    if task != "general" and not result.parsed:
        assert result.parse_error, "an unparsed answer says why"


def test_inline_image_gives_the_same_answer_as_the_camera(ask, ros_client):
    from_camera = ask(task="pointing")
    inline = ask(task="pointing", image=picture_message(ros_client.node))
    assert inline.success, inline.error
    assert inline.result.answer == from_camera.result.answer
    assert inline.result.header.frame_id == "tiny_camera"


def test_timeout_is_a_clear_error_and_the_node_serves_on(ask):
    response = ask(task="general", max_new_tokens=5000, timeout_ms=50)
    assert not response.success
    assert "timed out" in response.error, response.error
    assert ask(task="general").success


def test_full_queue_is_refused_at_once_and_the_node_serves_on(ros_client, ask):
    client = ros_client.node.create_client(Query, f"/{NAME}/query")
    futures = []
    for _ in range(4):
        request = Query.Request()
        request.task, request.prompt, request.max_new_tokens = "general", PROMPT, 3000
        futures.append(client.call_async(request))
    assert wait_until(lambda: all(f.done() for f in futures), timeout=120), "queries did not finish"
    errors = [f.result().error for f in futures]
    assert any("queue is full" in e for e in errors), errors
    assert ask(task="general").success
