#!/usr/bin/env python3
"""Call robobrain's ~/query service once and print the response.

    python scripts/query.py --task pointing --prompt "the red square" [--camera /camera/image_raw]

Needs the environment of scripts/ros-env.sh (rclpy and the robobrain interfaces).
"""

import argparse
import sys
import time

import rclpy
from robobrain.srv import Query


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--node", default="robobrain", help="name of the robobrain node")
    parser.add_argument("--task", default="pointing")
    parser.add_argument("--prompt", default="the red square")
    parser.add_argument("--camera", default="", help="camera topic (empty: the node's default)")
    parser.add_argument("--thinking", action="store_true")
    parser.add_argument("--max-image-age", type=float, default=0.0, help="seconds; 0 = any age")
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds to wait for the node")
    args = parser.parse_args()

    rclpy.init()
    node = rclpy.create_node("robobrain_query_cli")
    client = node.create_client(Query, f"/{args.node}/query")
    try:
        if not client.wait_for_service(timeout_sec=args.timeout):
            print(f"service /{args.node}/query not available after {args.timeout} s", file=sys.stderr)
            return 2
        request = Query.Request(
            task=args.task,
            prompt=args.prompt,
            camera=args.camera,
            thinking=args.thinking,
            max_image_age=args.max_image_age,
        )
        future = client.call_async(request)
        deadline = time.monotonic() + args.timeout
        while not future.done() and time.monotonic() < deadline:
            rclpy.spin_once(node, timeout_sec=0.1)
        if not future.done():
            print(f"no answer within {args.timeout} s", file=sys.stderr)
            return 2
        response = future.result()
        result = response.result
        print(f"success: {response.success}")
        print(f"error:   {response.error}")
        if response.success:
            print(f"answer:  {result.answer}")
            print(f"points:  {[(p.x, p.y) for p in result.points]}")
            print(f"boxes:   {[(b.x_min, b.y_min, b.x_max, b.y_max) for b in result.boxes]}")
            print(f"trajectory: {[(p.x, p.y) for p in result.trajectory]}")
            print(f"tokens:  {result.prompt_tokens} prompt, {result.generated_tokens} generated")
        return 0
    finally:
        node.destroy_node()
        rclpy.try_shutdown()


if __name__ == "__main__":
    sys.exit(main())
