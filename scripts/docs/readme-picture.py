#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
# Copyright 2026 the robobrain authors
"""Makes docs/images/annotated.png, the README's picture: how the node draws answers on
`~/annotated` (the same drawing as `robobrain infer --annotate`), on demo_camera's synthetic scene.

The answers are scripted (tests/e2e/fake_openai_server.py serving RoboBrain 2.5's 0-1000 grid):
the only checkpoint in this repository has random weights, so a picture of its answers would show
nothing. Run in the shell of scripts/ros-env.sh after scripts/setup.sh and
`cargo build --bin robobrain`:

    python scripts/docs/readme-picture.py [--out docs/images/annotated.png]
"""

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import rclpy
from PIL import Image as PilImage
from sensor_msgs.msg import Image

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "tests" / "e2e"))
from processes import Server, http_json  # noqa: E402

TARGET = Path(os.environ.get("CARGO_TARGET_DIR", REPO / "target")) / "debug"
MODEL = "fake/RoboBrain2.5-8B"
# On the scene's 960x540 frame the box spans the grid's 400-600 both ways.
ANSWERS = [
    ("grounding", "the box", "[400, 400, 600, 600]"),
    ("pointing", "points on the top of the box", "[(500, 500), (440, 450), (560, 550)]"),
    (
        "trajectory",
        "reach the top of the box",
        "[(150, 900, 0.9), (300, 760, 0.85), (420, 640, 0.8), (500, 500, 0.7)]",
    ),
]


def scene_frame(path):
    """One colour frame of `demo_camera --depth` (the synthetic scene), saved as PNG."""
    topic = "/readme_picture/image_raw"
    camera = subprocess.Popen(
        [str(TARGET / "demo_camera"), "--topic", topic, "--width", "960", "--height", "540",
         "--depth"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    rclpy.init()
    node = rclpy.create_node("readme_picture")
    frames = []
    node.create_subscription(Image, topic, frames.append, 10)
    deadline = time.monotonic() + 20
    while not frames and time.monotonic() < deadline:
        rclpy.spin_once(node, timeout_sec=0.2)
    camera.terminate()
    camera.wait(timeout=10)
    if not frames:
        sys.exit("no frame from demo_camera in 20 s")
    frame = frames[0]
    pixels = np.frombuffer(bytes(frame.data), np.uint8).reshape(frame.height, frame.width, 3)
    PilImage.fromarray(pixels).save(path)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", default=str(REPO / "docs" / "images" / "annotated.png"))
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="readme-picture-"))
    scene = work / "scene.png"
    scene_frame(scene)
    server = Server(
        lambda port: [
            sys.executable, str(REPO / "tests" / "e2e" / "fake_openai_server.py"), str(port), MODEL
        ],
        work / "server.log",
    )
    server.start()

    def control(settings):
        http_json(f"{server.url}/control", settings)

    try:
        control({"factor": 32})
        panels = []
        for task, prompt, answer in ANSWERS:
            control({"mode": "scripted", "answer": answer})
            drawn = work / f"{task}.png"
            subprocess.run(
                [str(TARGET / "robobrain"), "infer", "--backend", "remote",
                 "--remote-url", f"{server.url}/v1", "--remote-model", MODEL,
                 "--remote-model-family", "qwen3_vl", "--task", task, "--prompt", prompt,
                 "--image", str(scene), "--annotate", str(drawn)],
                check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            )
            panels.append(PilImage.open(drawn).convert("RGB").resize((480, 270), PilImage.LANCZOS))
    finally:
        server.stop()
    picture = PilImage.new("RGB", (480 * len(panels) + 8 * (len(panels) - 1), 270), "white")
    for i, panel in enumerate(panels):
        picture.paste(panel, (i * (480 + 8), 0))
    picture.save(args.out, optimize=True)
    print(args.out)


if __name__ == "__main__":
    main()
