# SPDX-License-Identifier: Apache-2.0
# Copyright 2026 the robobrain authors
"""An inline sensor_msgs/CompressedImage in a request (`compressed_image`: planners over Wi-Fi
send JPEG), through ~/query, ~/query_stream, the robobrain_client helper and scripts/query.py,
and what a careless or hostile caller may put in it.

The node runs the tiny checkpoint on the CPU (f32) with a camera topic nobody publishes, so every
answer about an image is about the inline one. The picture is tests/fixtures/images/image_1.png
(333 x 250), sent as JPEG and as PNG. About 20 s on 2 cores, most of it the node loading the
model and the CLI's start.
"""

import io
import os
import subprocess
import sys
import time

import pytest
from PIL import Image as PilImage
from rclpy.action import ActionClient
from robobrain_msgs.action import Query as QueryAction
from robobrain_msgs.srv import Query
from sensor_msgs.msg import CompressedImage, Image

from conftest import REPO, connect_action, start_node, stop_process, wait_until
from robobrain_client import ask, compressed_image_from
from test_hostile import MAX_DECODED_PIXELS, jpeg_bomb, png_bomb
from test_tasks import PICTURE, TINY

NAME = "robobrain_compressed"
CAMERA = "/e2e_compressed/image_raw"
WIDTH, HEIGHT = 333, 250
FRAME_ID = "planner_camera"


def picture_bytes(fmt):
    buffer = io.BytesIO()
    PilImage.open(PICTURE).convert("RGB").save(buffer, format=fmt)
    return buffer.getvalue()


def compressed(fmt, data, frame_id=FRAME_ID, sec=1700000000, nanosec=250):
    message = CompressedImage()
    message.header.frame_id = frame_id
    message.header.stamp.sec, message.header.stamp.nanosec = sec, nanosec
    message.format, message.data = fmt, data
    return message


class Served:
    def __init__(self, ros_client, log_path):
        self.ros = ros_client
        self.log_path = log_path
        self.process = start_node(
            "-p", f"camera_topics:=[{CAMERA}]",
            "-p", f"model_path:={TINY}",
            "-p", "device:=cpu",
            "-p", "quantization:=f32",
            "-p", "max_new_tokens:=4",
            name=NAME,
            log_path=log_path,
        )
        node = ros_client.node
        self.client = node.create_client(Query, f"/{NAME}/query")
        self.action = ActionClient(node, QueryAction, f"/{NAME}/query_stream")
        assert self.client.wait_for_service(timeout_sec=30), self.log()
        connect_action(self.action)
        # A text-only general question needs no frame: answered once the model is loaded.
        assert wait_until(
            lambda: self.ask(task="general", prompt="ready?", timeout_ms=5000).success,
            timeout=60,
            interval=0.3,
        ), self.log()

    def log(self):
        return self.log_path.read_text(errors="replace")

    def ask(self, timeout=40, **fields):
        request = Query.Request(task="pointing", prompt="the red mug")
        for key, value in fields.items():
            setattr(request, key, value)
        return self.ros.call(self.client, request, timeout=timeout)

    def goal(self, **fields):
        goal = QueryAction.Goal(task="pointing", prompt="the red mug")
        for key, value in fields.items():
            setattr(goal, key, value)
        sent = self.action.send_goal_async(goal)
        assert wait_until(sent.done, timeout=20), "goal not answered"
        handle = sent.result()
        assert handle.accepted
        result = handle.get_result_async()
        assert wait_until(result.done, timeout=40), "no result"
        return result.result().result

    def close(self):
        self.ros.node.destroy_client(self.client)
        self.action.destroy()
        code = stop_process(self.process)
        assert code == 0, f"exit code {code}; log:\n{self.log()}"


@pytest.fixture(scope="module")
def served(ros_client, tmp_path_factory):
    node = Served(ros_client, tmp_path_factory.mktemp("compressed") / "node.log")
    yield node
    node.close()


def assert_about_the_inline_picture(result, sec=1700000000, nanosec=250):
    frames = [(f.camera, f.header.frame_id, f.width, f.height) for f in result.frames]
    assert frames == [("inline", FRAME_ID, WIDTH, HEIGHT)]
    assert (result.image_width, result.image_height) == (WIDTH, HEIGHT)
    assert result.header.frame_id == FRAME_ID
    assert (result.header.stamp.sec, result.header.stamp.nanosec) == (sec, nanosec)
    # Inline images have no depth: said so, not guessed.
    assert not result.has_3d and "inline" in result.missing_3d


@pytest.mark.parametrize("fmt, pil_format", [("jpeg", "JPEG"), ("png", "PNG")])
def test_a_compressed_image_is_answered_over_the_service(served, fmt, pil_format):
    response = served.ask(compressed_image=compressed(fmt, picture_bytes(pil_format)))
    assert response.success, response.error
    assert_about_the_inline_picture(response.result)
    assert response.result.generated_tokens == 4


def test_a_compressed_image_is_answered_over_the_action(served):
    result = served.goal(
        compressed_image=compressed("rgb8; jpeg compressed bgr8", picture_bytes("JPEG"), nanosec=7)
    )
    assert result.success, result.error
    assert_about_the_inline_picture(result.result, nanosec=7)


def test_the_client_helper_and_the_cli_send_a_jpeg_file(served, tmp_path):
    path = tmp_path / "snapshot.jpg"
    path.write_bytes(picture_bytes("JPEG"))
    stamp = served.ros.node.get_clock().now().to_msg()
    message = compressed_image_from(path, frame_id=FRAME_ID, stamp=stamp)
    assert message.format == "jpeg"
    result = ask(served.ros.node, "pointing", "the red mug", compressed_image=message,
                 timeout=40, server=NAME)
    assert_about_the_inline_picture(result, stamp.sec, stamp.nanosec)
    with pytest.raises(ValueError, match="not a JPEG or PNG"):
        compressed_image_from(b"GIF89a")

    cli = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "query.py"), "--node", NAME, "--task", "pointing",
         "--prompt", "the red mug", "--image", str(path), "--timeout", "40"],
        capture_output=True, text=True, timeout=90, env=dict(os.environ),
    )
    assert cli.returncode == 0, cli.stdout + cli.stderr
    assert f"frames:  [('inline', {WIDTH}, {HEIGHT})]" in cli.stdout, cli.stdout
    bad = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "query.py"), "--image", str(REPO / "README.md")],
        capture_output=True, text=True, timeout=60,
    )
    assert bad.returncode == 2 and "--image: not a JPEG or PNG file" in bad.stderr, bad.stderr


def test_hostile_compressed_images_are_refused_and_the_node_lives(served):
    too_large = (
        "bad compressed_image: image too large: {w}x{h} = {p} pixels, the limit "
        f"(max_decoded_image_pixels) is {MAX_DECODED_PIXELS}"
    )
    truncated = picture_bytes("JPEG")[:300]
    image = Image(width=2, height=2, encoding="rgb8", step=6, data=bytes(12))
    cases = [
        # Bombs: refused from their headers, before any pixel is decoded.
        (dict(compressed_image=compressed("png", png_bomb(60000, 60000))),
         too_large.format(w=60000, h=60000, p=60000 * 60000)),
        (dict(compressed_image=compressed("jpeg", jpeg_bomb(60000, 60000))),
         too_large.format(w=60000, h=60000, p=60000 * 60000)),
        (dict(compressed_image=compressed("tiff", picture_bytes("PNG"))),
         "unsupported compressed_image.format 'tiff': supported are jpeg and png "
         "(empty: read from the data's signature)"),
        (dict(compressed_image=compressed("jpeg", picture_bytes("JPEG")), image=image),
         "give either image or compressed_image, not both"),
        (dict(compressed_image=compressed("jpeg", picture_bytes("JPEG")), task="general",
              cameras=[CAMERA]),
         "give either an inline image or a cameras list, not both"),
    ]
    for fields, expected in cases:
        started = time.monotonic()
        response = served.ask(timeout_ms=10000, **fields)
        assert not response.success and response.error == expected, response.error
        assert time.monotonic() - started < 5, f"{expected}: answered too slowly"
    for fmt, data in [("jpeg", truncated), ("jpeg", b"\xff\xd8\xff garbage"),
                      ("png", b"\x89PNG\r\n\x1a\n" + bytes(40)), ("jpeg", picture_bytes("PNG"))]:
        response = served.ask(compressed_image=compressed(fmt, data))
        assert not response.success, fmt
        assert response.error.startswith(f"bad compressed_image: could not decode {fmt} image"), (
            response.error
        )
    # The action refuses the same way.
    result = served.goal(compressed_image=compressed("png", png_bomb(60000, 60000)))
    assert not result.success
    assert result.error == too_large.format(w=60000, h=60000, p=60000 * 60000)
    assert served.process.poll() is None, served.log()
    response = served.ask(compressed_image=compressed("png", picture_bytes("PNG")))
    assert response.success, response.error
