#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
# Copyright 2026 the robobrain authors
"""Ask robobrain once and print the answer: through the ~/query service, or with --stream through
the ~/query_stream action, printing the text as it is generated.

    ros2 run robobrain query --task pointing --prompt "the red square" [--camera /camera/image_raw]
    ros2 run robobrain query --stream --task general --prompt "What is on the table?"
    ros2 run robobrain query --task pointing --prompt "the mug" --image snapshot.jpg

(installed as lib/robobrain/query; from a clone, `python scripts/query.py ...` in the
environment of scripts/ros-env.sh). Exit status 0 when the node answered, 1 when it refused or
failed (success: False, with its reason), 2 when it was not there or did not answer in time.
Built on the robobrain_client package (docs/clients.md).
"""

import argparse
import os
import sys

import rclpy
from robobrain_client import QueryFailed, ask, compressed_image_from, stream


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--node", default="robobrain", help="name of the robobrain node")
    parser.add_argument("--task", default="pointing")
    parser.add_argument("--prompt", default="the red square")
    parser.add_argument("--camera", default="", help="camera topic (empty: the node's default)")
    parser.add_argument(
        "--cameras",
        default="",
        help="general only: several camera topics, comma-separated, in prompt order",
    )
    parser.add_argument(
        "--image",
        default="",
        help="a JPEG or PNG file, sent inline (compressed_image) instead of a camera's frame",
    )
    parser.add_argument("--thinking", action="store_true")
    parser.add_argument("--max-image-age", type=float, default=0.0, help="seconds; 0 = any age")
    parser.add_argument(
        "--temperature",
        type=float,
        default=0.0,
        help="0 = greedy (default); RoboBrain's upstream uses 0.7",
    )
    parser.add_argument(
        "--top-k", type=int, default=-1, help="-1 = the node's (the checkpoint's); 0 = no limit"
    )
    parser.add_argument(
        "--top-p", type=float, default=-1.0, help="-1 = the node's (the checkpoint's)"
    )
    parser.add_argument(
        "--repetition-penalty", type=float, default=-1.0, help="-1 = the node's (the checkpoint's)"
    )
    parser.add_argument(
        "--seed", type=int, default=-1, help="-1 = a fresh one (printed with the answer)"
    )
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds to wait for the node")
    parser.add_argument("--stream", action="store_true", help="use the ~/query_stream action")
    args = parser.parse_args()
    inline = {}
    if args.image:
        try:
            inline["compressed_image"] = compressed_image_from(args.image)
        except (OSError, ValueError) as unreadable:
            parser.error(f"--image: {unreadable}")

    rclpy.init()
    node = rclpy.create_node("robobrain_query_cli")
    fields = dict(
        cameras=[c.strip() for c in args.cameras.split(",") if c.strip()],
        thinking=args.thinking,
        max_image_age=args.max_image_age,
        temperature=args.temperature,
        top_k=args.top_k,
        top_p=args.top_p,
        repetition_penalty=args.repetition_penalty,
        seed=args.seed,
        **inline,
    )
    try:
        if args.stream:
            result = streamed(node, args, fields)
        else:
            result = ask(
                node,
                args.task,
                args.prompt,
                args.camera,
                timeout=args.timeout,
                server=args.node,
                **fields,
            )
    except QueryFailed as failed:
        print("success: False")
        print(f"error:   {failed.error}")
        return 1
    except TimeoutError as late:
        print(late, file=sys.stderr)
        return 2
    finally:
        node.destroy_node()
        rclpy.try_shutdown()
    print_result(result)
    return 0


def streamed(node, args, fields):
    """Prints the text as it is generated; Ctrl-C cancels the goal (the node stops generating
    after the current token) and the node's answer to that follows."""
    answer = stream(
        node, args.task, args.prompt, args.camera, timeout=args.timeout, server=args.node, **fields
    )
    shown = ""
    try:
        for _ in answer:
            # Print what is new; a re-decoded multi-byte character may change the tail.
            text = answer.text
            common = len(os.path.commonprefix([shown, text]))
            print(text[common:] if common == len(shown) else "\n" + text, end="", flush=True)
            shown = text
    except KeyboardInterrupt:
        answer.cancel()
    print()
    return answer.result()


def print_result(result):
    print("success: True")
    print("error:   ")
    print(f"answer:  {result.answer}")
    print(f"points:  {[(p.x, p.y) for p in result.points]}")
    print(f"boxes:   {[(b.x_min, b.y_min, b.x_max, b.y_max) for b in result.boxes]}")
    print(f"trajectory: {[(p.x, p.y) for p in result.trajectory]}")
    if result.has_3d:

        def located(position, valid, reason):
            return (
                (round(position.x, 3), round(position.y, 3), round(position.z, 3))
                if valid
                else reason
            )

        points = [located(p.position, p.valid, p.reason) for p in result.points_3d]
        trajectory = [located(p.position, p.valid, p.reason) for p in result.trajectory_3d]
        centres = [located(b.center, b.valid, b.reason) for b in result.boxes_3d]
        print(
            f"3-D ({result.header.frame_id}, metres): points {points}, trajectory {trajectory}, "
            f"box centres {centres}"
        )
    else:
        print(f"3-D:     none ({result.missing_3d})")
    print(f"frames:  {[(f.camera, f.width, f.height) for f in result.frames]}")
    print(f"tokens:  {result.prompt_tokens} prompt, {result.generated_tokens} generated")
    s = result.sampling
    print(
        f"sampling: temperature {s.temperature:g}, top_k {s.top_k}, top_p {s.top_p:g}, "
        f"repetition_penalty {s.repetition_penalty:g}, seed {s.seed}"
    )


if __name__ == "__main__":
    sys.exit(main())
