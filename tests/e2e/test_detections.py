# SPDX-License-Identifier: Apache-2.0
# Copyright 2026 the robobrain authors
"""vision_msgs detections (the node's cargo feature `vision_msgs`): `~/detections` and
`~/detections_3d` against answers known in advance.

The node serves RoboBrain 2.5 answers from the scripted OpenAI server
(tests/e2e/fake_openai_server.py: it answers exactly the text each test sets, on the 0-1000 grid of
the image) about demo_camera's synthetic scene with depth and CameraInfo (tests/e2e/test_spatial.py
describes it; the truth below comes from that description, never from the node's code). Checked:
the 2-D boxes and points in the camera's pixels exactly (points as boxes of size zero), the 3-D
ones within 1 cm of the scene, ids naming the Result's entries, the prompt as the class and the
score 1.0, the header of every array and detection equal to the Result's (stamp and frame of the
colour image), one pair of arrays per answer (empty ones for an answer without geometry), and an
inline image's 2-D detections with an empty 3-D array.

Skipped, saying why, where vision_msgs is not importable (it is not on PyPI: CI has none) or the
node was built without the feature. About 3 s (the scripted server answers at once).
"""

import threading
import time

import pytest
from rclpy.qos import HistoryPolicy, QoSProfile, ReliabilityPolicy
from sensor_msgs.msg import Image

from conftest import stop_process, wait_until
from test_remote import Asker, http_json, picture_message, remote_node, scripted_server
from test_spatial import (
    F, SCALE, WINDOW, assert_near, scene_camera, truth, window_depths,
)

try:
    from vision_msgs.msg import Detection2DArray, Detection3DArray
except ImportError as e:
    pytest.skip(
        f"vision_msgs is not importable ({e}): the node publishes ~/detections only where it is "
        "built with vision_msgs (README, 'vision_msgs detections (optional)')",
        allow_module_level=True,
    )

NAME = "rb_detections"
CAMERA = f"/{NAME}/color/image_raw"
FRAME = "detections_camera"
MODEL = "fake/RoboBrain2.5-8B"
PROMPT = "the box"


@pytest.fixture(scope="module")
def fake(tmp_path_factory):
    with scripted_server(tmp_path_factory, MODEL, factor=32) as server:
        yield server


@pytest.fixture(scope="module")
def camera():
    process = scene_camera(CAMERA, FRAME, "--depth-scale", str(SCALE))
    yield process
    assert stop_process(process) == 0


class Received:
    """The messages of one topic, as they arrive."""

    def __init__(self, node, message_type, topic):
        self.messages = []
        self.lock = threading.Lock()
        qos = QoSProfile(
            history=HistoryPolicy.KEEP_LAST, depth=50, reliability=ReliabilityPolicy.RELIABLE
        )
        self.subscription = node.create_subscription(message_type, topic, self.add, qos)

    def add(self, message):
        with self.lock:
            self.messages.append(message)

    def count(self):
        with self.lock:
            return len(self.messages)

    def since(self, count):
        with self.lock:
            return self.messages[count:]


class DetectionAsker(Asker):
    """Asks about the demo camera's latest frame; `answered` also returns the one
    Detection2DArray and the one Detection3DArray that the answer was published as."""

    def __init__(self, ros_client, name):
        super().__init__(ros_client, name)
        node = ros_client.node
        self.flat = Received(node, Detection2DArray, f"/{name}/detections")
        self.solid = Received(node, Detection3DArray, f"/{name}/detections_3d")

    def ask(self, timeout=30, **fields):
        fields = {"image": Image(), "camera": CAMERA, **fields}
        return super().ask(timeout, prompt=PROMPT, thinking=False, **fields)

    def answered(self, **fields):
        before = (self.flat.count(), self.solid.count())
        response = self.ask(**fields)
        assert response.success, response.error
        assert wait_until(
            lambda: self.flat.count() > before[0] and self.solid.count() > before[1], 10
        ), "the answer was not published on ~/detections and ~/detections_3d"
        flat, solid = self.flat.since(before[0]), self.solid.since(before[1])
        assert (len(flat), len(solid)) == (1, 1), "one array of each kind per answer"
        return response.result, flat[0], solid[0]

    def close(self):
        for received in (self.flat, self.solid):
            self.ros.node.destroy_subscription(received.subscription)
        self.ros.node.destroy_client(self.client)
        self.action.destroy()


def answer(fake, text):
    http_json(f"{fake.url}/control", {"mode": "scripted", "answer": text, "seen": []})


@pytest.fixture(scope="module")
def asker(ros_client, tmp_path_factory, fake, camera):
    process, log_path = remote_node(
        tmp_path_factory, NAME, fake.url, MODEL,
        "-p", f"camera_topics:=[{CAMERA}]",
        "-p", "remote_model_family:=qwen3_vl",
        "-p", "remote_max_pixels:=200000",
        "-p", f"depth_window:={WINDOW}",
    )
    try:
        # The start-up line names the node's outputs, ~/detections among them with the feature.
        assert wait_until(lambda: " up: cameras " in log_path.read_text(errors="replace"), 20), (
            log_path.read_text(errors="replace"))
        if "~/detections" not in log_path.read_text(errors="replace"):
            pytest.skip("robobrain_node was built without the cargo feature vision_msgs "
                        "(scripts/setup.sh adds it where vision_msgs is found)")
        asker = DetectionAsker(ros_client, NAME)
        answer(fake, "[(500, 250)]")
        # The camera's frame, depth and CameraInfo have arrived, and the subscriptions are
        # matched: an answer came back on both topics.
        assert wait_until(lambda: asker.ask(task="pointing").result.has_3d, 30, 0.5), (
            log_path.read_text(errors="replace"))
        assert wait_until(
            lambda: asker.ask(task="pointing").success and wait_until(
                lambda: asker.flat.count() and asker.solid.count(), 2),
            30,
        ), "nothing arrived on ~/detections and ~/detections_3d"

        def settled():
            counts = (asker.flat.count(), asker.solid.count())
            time.sleep(0.5)
            return counts == (asker.flat.count(), asker.solid.count())

        # The warm-up answers' arrays are all in before the tests count theirs.
        assert wait_until(settled, 10)
        yield asker
        asker.close()
    finally:
        code = stop_process(process)
        assert code == 0, f"exit code {code}; log:\n{log_path.read_text(errors='replace')}"


def stamp(header):
    return (header.stamp.sec, header.stamp.nanosec, header.frame_id)


def assert_headers(result, flat, solid):
    """Every array and detection carries the Result's header: the colour frame's."""
    expected = stamp(result.header)
    assert expected[2] == FRAME and expected[:2] != (0, 0), expected
    assert stamp(result.frames[0].header) == expected
    for array in (flat, solid):
        assert stamp(array.header) == expected
        assert all(stamp(d.header) == expected for d in array.detections)


def hypothesis(detection):
    (only,) = detection.results
    return only.hypothesis.class_id, only.hypothesis.score


def test_points_are_boxes_of_size_zero_in_pixels_and_in_3d(asker, fake):
    answer(fake, "[(500, 250), (250, 500)]")
    result, flat, solid = asker.answered(task="pointing")
    assert [(p.x, p.y) for p in result.points] == [(160.0, 60.0), (80.0, 120.0)]
    assert_headers(result, flat, solid)
    assert [d.id for d in flat.detections] == ["points[0]", "points[1]"]
    assert [
        (d.bbox.center.position.x, d.bbox.center.position.y, d.bbox.center.theta,
         d.bbox.size_x, d.bbox.size_y)
        for d in flat.detections
    ] == [(160.0, 60.0, 0.0, 0.0, 0.0), (80.0, 120.0, 0.0, 0.0, 0.0)]
    assert all(hypothesis(d) == (PROMPT, 1.0) for d in flat.detections)

    assert result.has_3d and all(p.valid for p in result.points_3d), result.missing_3d
    assert [d.id for d in solid.detections] == ["points[0]", "points[1]"]
    for (u, v), detection, located in zip(
        [(160.0, 60.0), (80.0, 120.0)], solid.detections, result.points_3d
    ):
        (depth,) = window_depths(u, v)  # both well inside one surface
        assert_near(detection.bbox.center.position, truth(u, v, depth))
        assert detection.bbox.center.position == located.position
        size = detection.bbox.size
        assert (size.x, size.y, size.z) == (0.0, 0.0, 0.0)
        assert detection.bbox.center.orientation.w == 1.0
        assert hypothesis(detection) == (PROMPT, 1.0)
        assert detection.results[0].pose.pose == detection.bbox.center


def test_a_box_is_its_corners_in_pixels_and_its_extent_in_3d(asker, fake):
    # On the scene's box top (0.7 m), clear of its edges: pixels (144, 108) to (176, 132).
    answer(fake, "[450, 450, 550, 550]")
    result, flat, solid = asker.answered(task="grounding")
    (box,) = result.boxes
    corners = (box.x_min, box.y_min, box.x_max, box.y_max)
    assert corners == pytest.approx((144, 108, 176, 132), abs=1e-4)
    assert_headers(result, flat, solid)
    (detection,) = flat.detections
    assert detection.id == "boxes[0]" and hypothesis(detection) == (PROMPT, 1.0)
    bbox = detection.bbox
    # Exactly the Result's box, as centre and size.
    assert (bbox.center.position.x, bbox.center.position.y, bbox.size_x, bbox.size_y) == (
        (box.x_min + box.x_max) / 2, (box.y_min + box.y_max) / 2,
        box.x_max - box.x_min, box.y_max - box.y_min)
    assert (bbox.center.position.x, bbox.center.position.y, bbox.size_x, bbox.size_y) == (
        pytest.approx((160.0, 120.0, 32.0, 24.0), abs=1e-4))

    (located,) = result.boxes_3d
    assert located.extent_valid, located.reason
    (detection,) = solid.detections
    assert detection.id == "boxes[0]"
    assert_near(detection.bbox.center.position, truth(160.0, 120.0, 0.7))
    size = detection.bbox.size
    assert abs(size.x - 32 / F * 0.7) < 0.01 and abs(size.y - 24 / F * 0.7) < 0.01, size
    assert size.z < 0.01, size
    assert detection.bbox.center.position == located.extent_center
    assert size == located.extent_size


def test_an_answer_without_geometry_still_gets_its_two_empty_arrays(asker, fake):
    answer(fake, "A brown box on a grey table.")
    result, flat, solid = asker.answered(task="general")
    assert result.answer == "A brown box on a grey table."
    assert_headers(result, flat, solid)
    assert not flat.detections and not solid.detections
    # An answer that is not coordinates: nothing parsed, nothing detected.
    answer(fake, "I cannot see a box.")
    result, flat, solid = asker.answered(task="pointing")
    assert not result.parsed and not result.points
    assert_headers(result, flat, solid)
    assert not flat.detections and not solid.detections


def test_an_inline_image_has_2d_detections_and_an_empty_3d_array(asker, fake):
    image = picture_message()  # 333x250, no depth: 3-D is impossible
    image.header.stamp.sec, image.header.stamp.nanosec = 1234, 5678
    answer(fake, "[(500, 250)]")
    result, flat, solid = asker.answered(task="pointing", image=image, camera="")
    assert not result.has_3d and "sent inline" in result.missing_3d
    expected = (1234, 5678, "remote_camera")
    assert stamp(result.header) == expected
    for array in (flat, solid):
        assert stamp(array.header) == expected
    (detection,) = flat.detections
    assert stamp(detection.header) == expected
    assert [(p.x, p.y) for p in result.points] == [(166.5, 62.5)]
    assert (detection.bbox.center.position.x, detection.bbox.center.position.y) == (166.5, 62.5)
    assert not solid.detections
