# SPDX-License-Identifier: Apache-2.0
# Copyright 2026 the robobrain authors
"""robobrain_node end to end, through a real ROS 2 client (rclpy) on this machine.

Covers: queries against a 1280x720 rgb8 camera and a jpeg CompressedImage camera answered with
the honest "no model loaded" error; each kind of bad request refused with its own error while
the node keeps answering; /diagnostics telling the truth about the GPU (none here) and the
camera rate; clean exit on SIGINT and SIGTERM.
"""

import io
import signal
import threading
import time

import numpy as np
import pytest
from diagnostic_msgs.msg import DiagnosticArray, DiagnosticStatus
from robobrain_msgs.srv import Query
from sensor_msgs.msg import CompressedImage, Image

from conftest import (
    JPEG_TOPIC,
    NODE_NAME,
    OLD_TOPIC,
    RGB_TOPIC,
    start_node,
    stop_process,
    wait_until,
    waiting_for_frames,
)

RGB_RATE_HZ = 10.0
JPEG_RATE_HZ = 5.0
WIDTH, HEIGHT = 1280, 720

JPEG_WIDTH, JPEG_HEIGHT = 640, 480


def jpeg_bytes():
    """A 640x480 JPEG like a compressed camera stream would carry."""
    from PIL import Image as PilImage

    picture = PilImage.new("RGB", (JPEG_WIDTH, JPEG_HEIGHT), (30, 140, 200))
    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG", quality=85)
    return buffer.getvalue()


def stamp_now(node, seconds_ago=0.0):
    now = node.get_clock().now().to_msg()
    total = now.sec + now.nanosec * 1e-9 - seconds_ago
    now.sec = int(total)
    now.nanosec = int((total - int(total)) * 1e9)
    return now


def rgb_frame(node, seconds_ago=0.0):
    image = Image()
    image.header.stamp = stamp_now(node, seconds_ago)
    image.header.frame_id = "e2e_camera"
    image.width, image.height = WIDTH, HEIGHT
    image.encoding = "rgb8"
    image.step = WIDTH * 3
    pixels = np.zeros((HEIGHT, WIDTH, 3), dtype=np.uint8)
    pixels[:, :, 0] = np.arange(WIDTH, dtype=np.uint32)[None, :] * 255 // WIDTH
    pixels[:, :, 1] = 128
    image.data = pixels.tobytes()
    return image


@pytest.fixture(scope="module")
def cameras(ros_client, running_node, image_qos):
    """Publishes the rgb8 and jpeg cameras at fixed rates, and one 10 s old frame on OLD_TOPIC;
    yields when each frame went out (monotonic seconds, per topic): under load this process may
    publish slower than it means to, and the node's rate is checked against what it was sent."""
    node = ros_client.node
    published = {RGB_TOPIC: [], JPEG_TOPIC: []}
    rgb_publisher = node.create_publisher(Image, RGB_TOPIC, image_qos)
    jpeg_publisher = node.create_publisher(CompressedImage, JPEG_TOPIC, image_qos)
    old_publisher = node.create_publisher(Image, OLD_TOPIC, image_qos)
    stop = threading.Event()
    frame = rgb_frame(node)
    jpeg = CompressedImage(format="jpeg", data=jpeg_bytes())
    jpeg.header.frame_id = "e2e_jpeg_camera"

    def publish_rgb():
        period = 1.0 / RGB_RATE_HZ
        next_time = time.monotonic()
        while not stop.is_set():
            frame.header.stamp = stamp_now(node)
            rgb_publisher.publish(frame)
            published[RGB_TOPIC].append(time.monotonic())
            next_time += period
            stop.wait(max(0.0, next_time - time.monotonic()))

    def publish_jpeg_and_old():
        period = 1.0 / JPEG_RATE_HZ
        next_time = time.monotonic()
        while not stop.is_set():
            jpeg.header.stamp = stamp_now(node)
            jpeg_publisher.publish(jpeg)
            published[JPEG_TOPIC].append(time.monotonic())
            old_publisher.publish(rgb_frame(node, seconds_ago=10.0))
            next_time += period
            stop.wait(max(0.0, next_time - time.monotonic()))

    threads = [
        threading.Thread(target=f, daemon=True) for f in (publish_rgb, publish_jpeg_and_old)
    ]
    for thread in threads:
        thread.start()
    yield published
    stop.set()
    for thread in threads:
        thread.join(timeout=5)


@pytest.fixture(scope="module")
def query(ros_client, cameras):
    client = ros_client.node.create_client(Query, f"/{NODE_NAME}/query")

    def ask(**fields):
        request = Query.Request()
        request.task = "pointing"
        request.prompt = "the red cup"
        for key, value in fields.items():
            setattr(request, key, value)
        return ros_client.call(client, request)

    # Wait (bounded) until every camera has delivered a frame to the node.
    for camera in (RGB_TOPIC, JPEG_TOPIC, OLD_TOPIC):
        answered = wait_until(
            lambda: not waiting_for_frames(ask(camera=camera).error),
            timeout=30,
            interval=0.2,
        )
        assert answered, f"no frame from {camera} reached the node within 30 s"
    return ask


def assert_no_model_error(response):
    assert response.success is False
    assert response.error.startswith("no model loaded:"), response.error
    assert "model_path is not set" in response.error, response.error


def test_valid_query_on_rgb8_camera_says_no_model_loaded(query):
    response = query(camera=RGB_TOPIC, task="pointing")
    assert_no_model_error(response)
    assert response.result.task == "pointing"
    assert response.result.prompt == "the red cup"


def test_default_camera_is_the_first_topic(query):
    assert_no_model_error(query(camera=""))


def test_valid_query_on_jpeg_camera_says_no_model_loaded(query):
    assert_no_model_error(
        query(camera=JPEG_TOPIC, task="grounding", thinking=True, max_image_age=5.0)
    )


def test_general_question_and_every_task_name_are_accepted(query):
    for task in ("general", "pointing", "affordance", "trajectory", "grounding", " Grounding "):
        assert_no_model_error(query(task=task, camera=RGB_TOPIC))


def test_valid_inline_image_is_used(query):
    image = Image(width=3, height=2, encoding="bgr8", step=12)
    image.data = bytes(range(24))
    assert_no_model_error(query(image=image, camera="/not/a/camera/but/ignored"))


def inline(encoding, width, height, step, size):
    image = Image(width=width, height=height, encoding=encoding, step=step)
    image.data = bytes(size)
    return image


BAD_REQUESTS = {
    "unknown task": (dict(task="dance"), "unknown task 'dance'"),
    "empty prompt": (dict(prompt="   "), "empty prompt"),
    "unknown camera": (dict(camera="/no/such/camera"), "unknown camera '/no/such/camera'"),
    "stale frame": (
        dict(camera=OLD_TOPIC, max_image_age=2.0),
        f"stale frame on camera '{OLD_TOPIC}'",
    ),
    "truncated inline image": (
        dict(image=inline("rgb8", 10, 10, 30, 299)),
        "bad inline image: image data is truncated",
    ),
    "unsupported inline encoding": (
        dict(image=inline("yuv422", 4, 4, 8, 32)),
        "bad inline image: unsupported image encoding 'yuv422'",
    ),
    "inline step too small": (
        dict(image=inline("rgb8", 5, 1, 14, 14)),
        "bad inline image: image step 14 is smaller",
    ),
    "negative temperature": (dict(temperature=-1.0), "temperature must be >= 0"),
    "top_k below -1": (dict(top_k=-2), "top_k must be >= 0 (0 = no limit), or -1"),
    "top_p of 0": (dict(top_p=0.0), "top_p must be in (0, 1]"),
    "top_p above 1": (dict(top_p=1.5), "top_p must be in (0, 1]"),
    "repetition_penalty of 0": (dict(repetition_penalty=0.0), "repetition_penalty must be > 0"),
    "negative seed": (dict(seed=-7), "seed must be >= 0, or -1 for a fresh one"),
}


@pytest.mark.parametrize("case", list(BAD_REQUESTS))
def test_bad_request_gets_its_own_error_and_node_keeps_answering(query, case):
    fields, expected = BAD_REQUESTS[case]
    response = query(**fields)
    assert response.success is False
    assert expected in response.error, f"{case}: {response.error!r}"
    assert not response.error.startswith("no model loaded"), response.error
    # The node is still alive and still validates correctly.
    assert_no_model_error(query(camera=RGB_TOPIC))


def test_old_frame_is_accepted_when_any_age_is_allowed(query):
    assert_no_model_error(query(camera=OLD_TOPIC, max_image_age=0.0))


@pytest.fixture(scope="module")
def diagnostics(ros_client, query):
    """The latest status of each name on /diagnostics, after a few seconds of camera traffic;
    `.received`: when each arrived (monotonic seconds)."""
    latest = Snapshot()
    lock = threading.Lock()

    def on_array(array):
        with lock:
            for status in array.status:
                latest[status.name] = status
                latest.received[status.name] = time.monotonic()

    subscription = ros_client.node.create_subscription(
        DiagnosticArray, "/diagnostics", on_array, 10
    )
    # The rate window is 5 s; let it fill with steady traffic.
    time.sleep(6.0)
    camera_name = f"{NODE_NAME}: Camera {RGB_TOPIC}"
    assert wait_until(lambda: camera_name in latest, timeout=10), f"no diagnostics: {list(latest)}"
    with lock:
        snapshot = Snapshot(latest)
        snapshot.received = dict(latest.received)
    ros_client.node.destroy_subscription(subscription)
    return snapshot


class Snapshot(dict):
    """Statuses by name, with when each arrived."""

    def __init__(self, *args):
        super().__init__(*args)
        self.received = {}


def published_rate(times, until, window=5.0):
    """Frames per second the test published in the `window` seconds before `until`, reckoned as
    the node reckons its arrivals: frames after the first over the span from first to last."""
    sent = [t for t in times if until - window < t <= until]
    return (len(sent) - 1) / (sent[-1] - sent[0]) if len(sent) >= 2 else 0.0


def values(status):
    return {kv.key: kv.value for kv in status.values}


def test_diagnostics_names_follow_diagnostic_updater(diagnostics):
    expected = {
        f"{NODE_NAME}: GPU",
        f"{NODE_NAME}: Model",
        f"{NODE_NAME}: Backend",
        f"{NODE_NAME}: Query service",
    }
    expected |= {f"{NODE_NAME}: Camera {t}" for t in (RGB_TOPIC, JPEG_TOPIC, OLD_TOPIC)}
    assert expected <= set(diagnostics), sorted(diagnostics)
    assert all(s.hardware_id for s in diagnostics.values())


def test_backend_status_says_local_by_default(diagnostics):
    backend = diagnostics[f"{NODE_NAME}: Backend"]
    assert values(backend)["backend"] == "local" and backend.message.startswith("local"), backend


def test_gpu_status_is_truthful_without_a_gpu(diagnostics):
    gpu = diagnostics[f"{NODE_NAME}: GPU"]
    try:
        import ctypes

        ctypes.CDLL("libnvidia-ml.so.1")
        has_nvml = True
    except OSError:
        has_nvml = False
    if has_nvml:
        assert values(gpu)["available"] == "true", gpu
        assert int(values(gpu)["total MiB"]) > 0
    else:
        assert gpu.level == DiagnosticStatus.WARN, gpu
        assert "NVML unavailable" in gpu.message, gpu.message
        assert values(gpu)["available"] == "false"


def test_model_status_says_not_configured(diagnostics):
    model = diagnostics[f"{NODE_NAME}: Model"]
    assert model.level == DiagnosticStatus.WARN, model
    assert "not configured" in model.message


def test_camera_status_rate_is_near_published(diagnostics, cameras):
    # Against what this test published in the node's 5 s window before the status arrived,
    # reckoned as the node reckons it (its Python publisher lags under load).
    def node_and_sent(topic):
        name = f"{NODE_NAME}: Camera {topic}"
        sent = published_rate(cameras[topic], diagnostics.received[name])
        return float(values(diagnostics[name])["rate Hz"]), sent

    rate, sent = node_and_sent(RGB_TOPIC)
    assert abs(rate - sent) <= 0.25 * sent + 0.4, (rate, sent)
    assert sent >= 0.5 * RGB_RATE_HZ, f"this test published at {sent} Hz, not {RGB_RATE_HZ}"
    # The small reliable JPEG topic beside 40 MB/s of raw frames loses samples in Fast DDS when
    # the machine is loaded (measured with three busy processes on two cores: 0.4-4.6 Hz arrived
    # of 5 Hz published, with and without the node's memory profile, while the raw topics kept
    # 8-10 Hz and 3-5 Hz): what arrives is the middleware's, so only the count is checked here,
    # never above what was sent.
    rate, sent = node_and_sent(JPEG_TOPIC)
    assert 0 < rate <= 1.15 * sent + 0.4, (rate, sent)
    rgb = diagnostics[f"{NODE_NAME}: Camera {RGB_TOPIC}"]
    rgb_values = values(rgb)
    assert rgb.level == DiagnosticStatus.OK, rgb
    assert rgb_values["encoding"] == "rgb8"
    assert rgb_values["size"] == f"{WIDTH}x{HEIGHT}"
    jpeg = values(diagnostics[f"{NODE_NAME}: Camera {JPEG_TOPIC}"])
    assert jpeg["encoding"] == "jpeg"
    # Compressed frames reveal their size once a query has decoded one.
    assert jpeg["size"] == f"{JPEG_WIDTH}x{JPEG_HEIGHT}", jpeg
    old = diagnostics[f"{NODE_NAME}: Camera {OLD_TOPIC}"]
    assert old.level == DiagnosticStatus.WARN and "stale" in old.message, old


def test_query_service_status_counts_failures(diagnostics):
    service = diagnostics[f"{NODE_NAME}: Query service"]
    counts = values(service)
    # The query fixture has asked at least once per camera before diagnostics are read.
    assert int(counts["queries served"]) >= 3
    assert int(counts["queries failed"]) == int(counts["queries served"])
    assert service.level == DiagnosticStatus.WARN


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_signal_stops_the_node_with_exit_code_zero(ros_client, tmp_path, sig):
    log_path = tmp_path / "node.log"
    process = start_node(name=f"robobrain_signal_{sig.name.lower()}", log_path=log_path)
    ready = wait_until(
        lambda: "now active" in log_path.read_text(errors="replace") or process.poll() is not None,
        20,
    )
    assert ready and process.poll() is None, log_path.read_text(errors="replace")
    assert stop_process(process, sig) == 0, log_path.read_text(errors="replace")


@pytest.mark.parametrize(
    "param, expected",
    [
        ("image_qos:=fast", "image_qos = 'fast'"),
        (
            "top_p:=1.5",
            "parameter top_p must be in (0, 1] (1 = no nucleus limit), got 1.5, or -1 for the "
            "checkpoint's value",
        ),
        ("repetition_penalty:=0.0", "parameter repetition_penalty must be > 0"),
        ("top_k:=-3", "parameter top_k = -3 is out of range [-1,"),
    ],
)
def test_bad_parameter_fails_at_start_with_a_clear_message(tmp_path, param, expected):
    log_path = tmp_path / "node.log"
    process = start_node("-p", param, name="robobrain_bad_param", log_path=log_path)
    code = wait_until(lambda: process.poll() is not None, 20)
    stop_process(process)
    log = log_path.read_text(errors="replace")
    assert code and process.returncode != 0, log
    assert expected in log, log
