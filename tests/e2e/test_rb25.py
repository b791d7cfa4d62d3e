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
"""

import subprocess
import sys

import pytest
from action_msgs.msg import GoalStatus
from diagnostic_msgs.msg import DiagnosticArray
from sensor_msgs.msg import Image

from conftest import REPO, start_node, stop_process, wait_until
from test_remote import FAKE_SERVER, Asker, Server, http_json, remote_node
from test_spatial import (
    CX, CY, F, HEIGHT, SCALE, WIDTH, WINDOW, assert_near, demo_camera_binary, truth,
    window_depths,
)

NAME = "rb25_fake"
CAMERA = f"/{NAME}/color/image_raw"
MODEL = "fake/RoboBrain2.5-8B"


@pytest.fixture(scope="module")
def fake(tmp_path_factory):
    log = tmp_path_factory.mktemp("fake25") / "fake.log"
    server = Server(lambda port: [sys.executable, str(FAKE_SERVER), str(port), MODEL], log)
    server.start()
    http_json(f"{server.url}/control", {"factor": 32})
    yield server
    server.stop()


@pytest.fixture(scope="module")
def camera():
    if not demo_camera_binary().is_file():
        pytest.skip(f"{demo_camera_binary()} not built (scripts/setup.sh builds it)")
    process = subprocess.Popen(
        [str(demo_camera_binary()), "--topic", CAMERA, "--frame-id", "rb25_camera",
         "--width", str(WIDTH), "--height", str(HEIGHT), "--rate", "10", "--depth",
         "--depth-scale", str(SCALE)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
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
    assert wait_until(lambda: asker.ask(task="pointing").result.has_3d, 30, 0.5), log_path.read_text()
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

    subscription = ros_client.node.create_subscription(DiagnosticArray, "/diagnostics", on_array, 10)
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
