# SPDX-License-Identifier: Apache-2.0
# Copyright 2026 the robobrain authors
"""3-D answers and several cameras in one query, end to end on the tiny checkpoint.

demo_camera publishes its synthetic scene (docs/interfaces.md, "3-D answers"; the comment at the
top of src/bin/demo_camera.rs): a table 1.0 m from the camera, a box whose top is 0.7 m away in the
middle fifth of the image, fx = fy = 0.9 w, the principal point at the centre; the depth at half
the colour size, 16UC1, on the topics the node derives by default. The truth below is computed
from that description alone, never from the node's code.

The tiny model's answers are random text, so its points (when it writes any) land anywhere: the
checks compute each returned point's truth from its own pixel. The `~/locate` service takes
pixels of our choosing through the same pairing and deprojection, so the 1 cm check always has
points to check. Also: a camera without depth answers in 2-D and says why, a depth stream
stamped 3 s off is refused naming both stamps, ~/markers carries the answer, and a `general`
query over two cameras is answered and records both frames (a stale one is refused by name).
"""

import json
import os
import shutil
import subprocess
import threading
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest
from PIL import Image as PilImage
from action_msgs.msg import GoalStatus
from diagnostic_msgs.msg import DiagnosticArray
from rclpy.action import ActionClient
from rclpy.qos import QoSProfile, ReliabilityPolicy, HistoryPolicy
from robobrain_msgs.action import Query as QueryAction
from robobrain_msgs.msg import Box2D, Point2D
from robobrain_msgs.srv import Locate, Query
from sensor_msgs.msg import Image
from visualization_msgs.msg import Marker, MarkerArray

from conftest import REPO, connect_action, start_node, stop_process, wait_until

TINY = REPO / "tests" / "fixtures" / "tiny"
PICTURE = REPO / "tests" / "fixtures" / "images" / "image_1.png"
NAME = "robobrain_spatial"
# The demo camera with depth, named as a RealSense driver names its topics.
SCENE = "/e2e_spatial/color/image_raw"
SCENE_FRAME = "spatial_camera"
# A second demo camera whose depth is stamped 3 s before its colour frames (32FC1, full size):
# more than the node keeps, so no depth frame is near a colour frame.
SKEWED = "/e2e_skewed/color/image_raw"
# Published by this test: a camera without depth, and one whose only frame is 30 s old.
PLAIN = "/e2e_plain/image_raw"
OLD = "/e2e_old/image_raw"
WIDTH, HEIGHT, SCALE = 320, 240, 2
WINDOW = 5
MARKER_LIFETIME = 4.0
TOKENS = 12


def demo_camera_binary():
    target = Path(os.environ.get("CARGO_TARGET_DIR", REPO / "target"))
    return Path(os.environ.get("ROBOBRAIN_DEMO_CAMERA_BIN", target / "debug" / "demo_camera"))


# The scene as demo_camera's documentation states it.
F = 0.9 * WIDTH
CX, CY = WIDTH / 2, HEIGHT / 2
BOX = (2 * WIDTH // 5, 3 * WIDTH // 5, 2 * HEIGHT // 5, 3 * HEIGHT // 5)  # [x0, x1) x [y0, y1)


def scene_depth(u, v):
    """Depth of colour pixel (u, v) in the depth image at 1/SCALE size."""
    du, dv = int(u // SCALE) * SCALE, int(v // SCALE) * SCALE
    x0, x1, y0, y1 = BOX
    return 0.7 if x0 <= du < x1 and y0 <= dv < y1 else 1.0


def window_depths(u, v):
    """The distinct depths in the node's median window around (u, v) (inside the image)."""
    du, dv = int(u // SCALE), int(v // SCALE)
    half = WINDOW // 2
    seen = set()
    for y in range(dv - half, dv + half + 1):
        for x in range(du - half, du + half + 1):
            if 0 <= x < WIDTH // SCALE and 0 <= y < HEIGHT // SCALE:
                seen.add(scene_depth(x * SCALE, y * SCALE))
    return seen


def truth(u, v, z):
    return ((u - CX) / F * z, (v - CY) / F * z, z)


def assert_near(position, expected, tolerance=0.01):
    got = (position.x, position.y, position.z)
    error = float(np.linalg.norm(np.subtract(got, expected)))
    assert error < tolerance, f"{got} is {error:.4f} m from {expected}"


def check_point(pixel, located):
    """A returned point against the scene: inside the image it has the depth of its window."""
    u, v = pixel.x, pixel.y
    inside = 0 <= u < WIDTH and 0 <= v < HEIGHT
    if not inside:
        assert not located.valid and "outside" in located.reason, located
        return False
    assert located.valid, located.reason
    depths = window_depths(u, v)
    if len(depths) == 1:
        assert_near(located.position, truth(u, v, depths.pop()))
    else:
        # On the box's edge the median is one of the two surfaces; x and y still follow from z.
        assert any(abs(located.position.z - d) < 0.01 for d in depths), located
        assert_near(located.position, truth(u, v, located.position.z))
    return True


def scene_camera(topic, frame_id, *options):
    """demo_camera publishing the synthetic scene at WIDTH x HEIGHT, 10 Hz, with depth and
    CameraInfo (skips the test where it is not built)."""
    if not demo_camera_binary().is_file():
        pytest.skip(f"{demo_camera_binary()} not built (scripts/setup.sh builds it)")
    return subprocess.Popen(
        [
            str(demo_camera_binary()),
            "--topic", topic,
            "--frame-id", frame_id,
            "--width", str(WIDTH),
            "--height", str(HEIGHT),
            "--rate", "10",
            "--depth",
            *options,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


@pytest.fixture(scope="module")
def cameras():
    processes = [
        scene_camera(SCENE, SCENE_FRAME, "--depth-scale", str(SCALE)),
        scene_camera(
            SKEWED,
            "skewed_camera",
            "--depth-encoding", "32FC1",
            "--depth-stamp-offset-ms", "-3000",
        ),
    ]
    yield processes
    for process in processes:
        assert stop_process(process) == 0


# The tiny checkpoint sees at most 50176 pixels (64 image tokens) per image, which is also what
# its memory plan budgets for all images of a prompt together: a copy that sees 200704 (256
# tokens) takes two of the test's frames (99 + 108 tokens) and refuses three.
MAX_PIXELS = 200704


@pytest.fixture(scope="module")
def spatial_node(tmp_path_factory, cameras):
    folder = tmp_path_factory.mktemp("spatial")
    log_path = folder / "node.log"
    model = folder / "tiny"
    shutil.copytree(TINY, model)
    config_path = model / "preprocessor_config.json"
    config = json.loads(config_path.read_text())
    config["max_pixels"] = MAX_PIXELS
    config_path.write_text(json.dumps(config))
    process = start_node(
        "-p", f"camera_topics:=[{SCENE},{SKEWED},{PLAIN},{OLD}]",
        "-p", f"model_path:={model}",
        "-p", "device:=cpu",
        "-p", "quantization:=f32",
        "-p", f"max_new_tokens:={TOKENS}",
        "-p", f"depth_window:={WINDOW}",
        "-p", f"marker_lifetime:={MARKER_LIFETIME}",
        name=NAME,
        log_path=log_path,
    )
    yield process
    code = stop_process(process)
    assert code == 0, f"exit code {code}; log:\n{log_path.read_text(errors='replace')}"


def picture_message(node, age=0.0):
    pixels = np.asarray(PilImage.open(PICTURE).convert("RGB"))
    image = Image()
    stamp = node.get_clock().now().nanoseconds - int(age * 1e9)
    image.header.stamp.sec, image.header.stamp.nanosec = stamp // 10**9, stamp % 10**9
    image.header.frame_id = "plain_camera"
    image.height, image.width = pixels.shape[:2]
    image.encoding = "rgb8"
    image.step = image.width * 3
    image.data = pixels.tobytes()
    return image


@pytest.fixture(scope="module")
def node_api(ros_client, spatial_node, image_qos):
    """query(**fields), locate(**fields) and the MarkerArrays received, once every camera has
    delivered (and the scene camera its depth and CameraInfo)."""
    node = ros_client.node
    plain = node.create_publisher(Image, PLAIN, image_qos)
    old = node.create_publisher(Image, OLD, image_qos)
    stop = threading.Event()

    def publish():
        while not stop.is_set():
            plain.publish(picture_message(node))
            old.publish(picture_message(node, age=30.0))
            stop.wait(0.2)

    thread = threading.Thread(target=publish, daemon=True)
    thread.start()
    markers = []
    lock = threading.Lock()

    def on_markers(message):
        with lock:
            markers.append(message)

    subscription = node.create_subscription(
        MarkerArray,
        f"/{NAME}/markers",
        on_markers,
        QoSProfile(
            history=HistoryPolicy.KEEP_LAST, depth=50, reliability=ReliabilityPolicy.RELIABLE
        ),
    )
    query_client = node.create_client(Query, f"/{NAME}/query")
    locate_client = node.create_client(Locate, f"/{NAME}/locate")

    def query(**fields):
        request = Query.Request()
        request.task, request.prompt = "pointing", "the box"
        for key, value in fields.items():
            setattr(request, key, value)
        return ros_client.call(query_client, request, timeout=60)

    def locate(**fields):
        request = Locate.Request()
        for key, value in fields.items():
            setattr(request, key, value)
        return ros_client.call(locate_client, request, timeout=30)

    def ready():
        answers = [locate(camera=SCENE), query(task="general", camera=PLAIN),
                   query(task="general", camera=OLD)]
        return all(a.success for a in answers)

    assert wait_until(ready, timeout=40, interval=0.3), (
        "the cameras' frames, depth and CameraInfo did not reach the node within 40 s")

    def received():
        with lock:
            return list(markers)

    yield SimpleNamespace(query=query, locate=locate, markers=received, node=node)
    stop.set()
    thread.join(timeout=5)
    # The client node lives on for the other modules: leave nothing of this one on it.
    for entity in (plain, old):
        node.destroy_publisher(entity)
    node.destroy_subscription(subscription)
    for client in (query_client, locate_client):
        node.destroy_client(client)


def test_chosen_pixels_are_within_a_centimetre_of_the_scene(node_api):
    locate = node_api.locate
    pixels = [
        (160, 120),
        (150.5, 110.5),
        (20, 30),
        (300, 200),
        (5, 235),
        (128, 96),
        (-5, 10),
        (400, 50),
    ]
    box = Box2D(
        x_min=float(BOX[0]), y_min=float(BOX[2]), x_max=float(BOX[1] - 1), y_max=float(BOX[3] - 1)
    )
    response = locate(
        camera=SCENE, pixels=[Point2D(x=float(x), y=float(y)) for x, y in pixels], boxes=[box]
    )
    assert response.success, response.error
    assert response.header.frame_id == SCENE_FRAME
    assert (response.image_width, response.image_height) == (WIDTH, HEIGHT)
    assert len(response.points) == len(pixels)
    checked = sum(
        check_point(Point2D(x=float(x), y=float(y)), p)
        for (x, y), p in zip(pixels, response.points)
    )
    assert checked == 6
    # The centre is on the box top, straight ahead; a far corner on the table.
    assert_near(response.points[0].position, (0.0, 0.0, 0.7))
    assert_near(response.points[2].position, ((20 - 160) / F, (30 - 120) / F, 1.0))
    (located,) = response.boxes
    assert located.valid and located.extent_valid, located.reason
    assert_near(located.center, truth((BOX[0] + BOX[1] - 1) / 2, (BOX[2] + BOX[3] - 1) / 2, 0.7))
    # The box's own pixels hold only its top: a flat extent the size of the top.
    size = located.extent_size
    assert abs(size.x - (BOX[1] - 1 - BOX[0]) / F * 0.7) < 0.01, size
    assert abs(size.y - (BOX[3] - 1 - BOX[2]) / F * 0.7) < 0.01, size
    assert size.z < 0.01, size


def test_an_answer_has_3d_points_for_its_pixels(node_api):
    query = node_api.query
    for task in ("pointing", "trajectory", "affordance"):
        response = query(task=task, camera=SCENE)
        assert response.success, response.error
        result = response.result
        assert result.has_3d and result.missing_3d == "", result.missing_3d
        assert result.header.frame_id == SCENE_FRAME
        assert [f.camera for f in result.frames] == [SCENE]
        assert (result.frames[0].width, result.frames[0].height) == (WIDTH, HEIGHT)
        assert len(result.points_3d) == len(result.points)
        assert len(result.trajectory_3d) == len(result.trajectory)
        assert len(result.boxes_3d) == len(result.boxes)
        for pixel, located in zip(list(result.points) + list(result.trajectory),
                                  list(result.points_3d) + list(result.trajectory_3d)):
            check_point(pixel, located)
        for box, located in zip(result.boxes, result.boxes_3d):
            centre = Point2D(x=(box.x_min + box.x_max) / 2, y=(box.y_min + box.y_max) / 2)
            if located.valid:
                assert_near(located.center, truth(centre.x, centre.y, located.center.z))


def test_markers_carry_each_answer(node_api):
    query, received = node_api.query, node_api.markers
    before = len(received())
    result = query(task="trajectory", camera=SCENE).result
    assert result.has_3d
    assert wait_until(lambda: len(received()) > before, timeout=5), "no MarkerArray on ~/markers"
    array = received()[-1]
    namespaces = {m.ns for m in array.markers}
    assert len(namespaces) == 1 and namespaces.pop().endswith("/trajectory")
    assert all(m.header.frame_id == SCENE_FRAME for m in array.markers)
    assert all(m.lifetime.sec == int(MARKER_LIFETIME) for m in array.markers)
    texts = [m for m in array.markers if m.type == Marker.TEXT_VIEW_FACING]
    assert len(texts) == 1 and texts[0].text.startswith("trajectory: ")
    valid = [p for p in result.trajectory_3d if p.valid]
    lines = [m for m in array.markers if m.type == Marker.LINE_STRIP]
    assert len(lines) == (1 if len(valid) >= 2 else 0)
    if lines:
        assert [(p.x, p.y, p.z) for p in lines[0].points] == [
            (p.position.x, p.position.y, p.position.z) for p in valid]
        assert sum(m.type == Marker.ARROW for m in array.markers) == 1
    # The next answer of the task shares its namespace (RViz's namespace list does not grow with
    # the queries), with ids of its own (it replaces nothing of the first while both are shown).
    query(task="trajectory", camera=SCENE)
    assert wait_until(lambda: len(received()) > before + 1, timeout=5)
    again = received()[-1]
    assert {m.ns for m in again.markers} == {array.markers[0].ns}
    assert not {m.id for m in again.markers} & {m.id for m in array.markers}


def test_without_depth_the_answer_stays_2d_and_says_why(node_api):
    query, locate = node_api.query, node_api.locate
    response = query(camera=PLAIN)
    assert response.success, response.error
    result = response.result
    assert not result.has_3d and not result.points_3d
    assert (
        "no CameraInfo received yet on '/e2e_plain/camera_info'" in result.missing_3d
    ), result.missing_3d
    refused = locate(camera=PLAIN, pixels=[Point2D(x=1.0, y=1.0)])
    assert not refused.success and "no CameraInfo received yet" in refused.error
    # An inline image has no depth at all.
    response = query(image=picture_message(node_api.node))
    assert response.success and not response.result.has_3d
    assert "sent inline" in response.result.missing_3d


def test_depth_stamped_too_far_from_the_colour_frame_is_refused_naming_both(node_api):
    query, locate = node_api.query, node_api.locate
    result = query(camera=SKEWED).result
    assert not result.has_3d
    assert "more than the 50.0 ms allowed" in result.missing_3d, result.missing_3d
    assert (
        "colour frame (stamp" in result.missing_3d
        and "nearest depth frame (stamp" in result.missing_3d
    )
    refused = locate(camera=SKEWED, pixels=[Point2D(x=1.0, y=1.0)])
    assert not refused.success and "ms allowed" in refused.error


def test_a_general_query_over_two_cameras_records_both_frames(node_api):
    query = node_api.query
    one = query(task="general", camera=SCENE)
    two = query(task="general", cameras=[SCENE, PLAIN])
    assert one.success and two.success, (one.error, two.error)
    frames = two.result.frames
    assert [f.camera for f in frames] == [SCENE, PLAIN]
    assert [(f.width, f.height) for f in frames] == [(WIDTH, HEIGHT), (333, 250)]
    assert [f.header.frame_id for f in frames] == [SCENE_FRAME, "plain_camera"]
    assert two.result.header.frame_id == SCENE_FRAME
    # The second image's tokens are in the prompt.
    assert two.result.prompt_tokens > one.result.prompt_tokens
    reversed_order = query(task="general", cameras=[PLAIN, SCENE])
    assert [f.camera for f in reversed_order.result.frames] == [PLAIN, SCENE]
    # Three frames need more image tokens than the memory plan budgets: refused, with the figures.
    three = query(task="general", cameras=[SCENE, PLAIN, SKEWED])
    assert not three.success
    assert (
        "the 3 images give 306 image tokens, more than the 256 the memory plan budgets"
        in three.error
    ), three.error


def test_diagnostics_show_each_cameras_depth_and_camera_info(node_api):
    statuses = {}

    def on_diagnostics(array):
        for status in array.status:
            statuses[status.name] = {kv.key: kv.value for kv in status.values}

    subscription = node_api.node.create_subscription(
        DiagnosticArray, "/diagnostics", on_diagnostics, 10
    )
    try:
        names = [f"{NAME}: Camera {SCENE}", f"{NAME}: Camera {PLAIN}"]
        assert wait_until(lambda: all(n in statuses for n in names), timeout=10), sorted(statuses)
        scene, plain = (statuses[n] for n in names)
        assert scene["3-D"] == "depth and camera info arriving", scene
        assert scene["depth topic"] == "/e2e_spatial/aligned_depth_to_color/image_raw"
        assert scene["depth frame"] == f"16UC1 {WIDTH // SCALE}x{HEIGHT // SCALE}"
        assert scene["camera info topic"] == "/e2e_spatial/color/camera_info"
        assert scene["camera info"] == f"{WIDTH}x{HEIGHT} plumb_bob"
        assert int(scene["depth frames received"]) > 0
        assert (
            plain["3-D"]
            == "no depth frame received yet on /e2e_plain/aligned_depth_to_color/image_raw"
        ), plain
        assert plain["camera info"] == "none" and plain["depth frames received"] == "0"
    finally:
        node_api.node.destroy_subscription(subscription)


def test_the_action_takes_a_cameras_list_too(node_api):
    client = ActionClient(node_api.node, QueryAction, f"/{NAME}/query_stream")
    try:
        connect_action(client)
        goal = QueryAction.Goal(
            task="general",
            prompt="What differs between the views?",
            cameras=[PLAIN, SCENE],
            top_k=-1,
            top_p=-1.0,
            repetition_penalty=-1.0,
            seed=-1,
        )
        sent = client.send_goal_async(goal)
        assert wait_until(sent.done, timeout=20) and sent.result().accepted
        outcome = sent.result().get_result_async()
        assert wait_until(outcome.done, timeout=60), "no result"
        assert (
            outcome.result().status == GoalStatus.STATUS_SUCCEEDED
        ), outcome.result().result.error
        result = outcome.result().result.result
        assert [f.camera for f in result.frames] == [PLAIN, SCENE]
        served = node_api.query(
            task="general", prompt="What differs between the views?", cameras=[PLAIN, SCENE]
        )
        assert (
            served.result.answer == result.answer
            and served.result.prompt_tokens == result.prompt_tokens
        )
    finally:
        client.destroy()


def test_a_stale_camera_in_the_list_is_refused_by_name(node_api):
    query = node_api.query
    response = query(task="general", cameras=[SCENE, OLD], max_image_age=5.0)
    assert not response.success
    assert f"stale frame on camera '{OLD}'" in response.error, response.error
    # Only general takes several images; the list is checked before any work.
    response = query(task="pointing", cameras=[SCENE, PLAIN])
    assert not response.success and "general task only" in response.error, response.error
    assert "pointing takes exactly one image" in response.error
    response = query(task="general", cameras=[SCENE, "/nowhere/image_raw"])
    assert not response.success and "unknown camera '/nowhere/image_raw'" in response.error
    response = query(task="general", cameras=[SCENE, SCENE])
    assert not response.success and "listed twice" in response.error
