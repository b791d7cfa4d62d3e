#!/usr/bin/env python3
"""Ask robobrain once and print the answer: through the ~/query service, or with --stream through
the ~/query_stream action, printing the text as it is generated.

    python scripts/query.py --task pointing --prompt "the red square" [--camera /camera/image_raw]
    python scripts/query.py --stream --task general --prompt "What is on the table?"

Needs the environment of scripts/ros-env.sh (rclpy and the robobrain interfaces).
"""

import argparse
import sys
import time

import rclpy
from rclpy.action import ActionClient
from robobrain.action import Query as QueryAction
from robobrain.srv import Query


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--node", default="robobrain", help="name of the robobrain node")
    parser.add_argument("--task", default="pointing")
    parser.add_argument("--prompt", default="the red square")
    parser.add_argument("--camera", default="", help="camera topic (empty: the node's default)")
    parser.add_argument("--cameras", default="",
                        help="general only: several camera topics, comma-separated, in prompt order")
    parser.add_argument("--thinking", action="store_true")
    parser.add_argument("--max-image-age", type=float, default=0.0, help="seconds; 0 = any age")
    parser.add_argument("--temperature", type=float, default=0.0, help="0 = greedy (default); RoboBrain's upstream uses 0.7")
    parser.add_argument("--top-k", type=int, default=-1, help="-1 = the node's (the checkpoint's); 0 = no limit")
    parser.add_argument("--top-p", type=float, default=-1.0, help="-1 = the node's (the checkpoint's)")
    parser.add_argument("--repetition-penalty", type=float, default=-1.0, help="-1 = the node's (the checkpoint's)")
    parser.add_argument("--seed", type=int, default=-1, help="-1 = a fresh one (printed with the answer)")
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds to wait for the node")
    parser.add_argument("--stream", action="store_true", help="use the ~/query_stream action")
    args = parser.parse_args()

    rclpy.init()
    node = rclpy.create_node("robobrain_query_cli")
    fields = dict(
        task=args.task,
        prompt=args.prompt,
        camera=args.camera,
        cameras=[c.strip() for c in args.cameras.split(",") if c.strip()],
        thinking=args.thinking,
        max_image_age=args.max_image_age,
        temperature=args.temperature,
        top_k=args.top_k,
        top_p=args.top_p,
        repetition_penalty=args.repetition_penalty,
        seed=args.seed,
    )
    deadline = time.monotonic() + args.timeout
    try:
        if args.stream:
            return stream(node, args.node, QueryAction.Goal(**fields), deadline)
        return call(node, args.node, Query.Request(**fields), deadline)
    finally:
        node.destroy_node()
        rclpy.try_shutdown()


def spin_until(node, done, deadline):
    """Spins until done() or the deadline; True when done."""
    while not done() and time.monotonic() < deadline:
        rclpy.spin_once(node, timeout_sec=0.1)
    return done()


def call(node, name, request, deadline):
    client = node.create_client(Query, f"/{name}/query")
    if not client.wait_for_service(timeout_sec=max(0.0, deadline - time.monotonic())):
        print(f"service /{name}/query not available", file=sys.stderr)
        return 2
    future = client.call_async(request)
    if not spin_until(node, future.done, deadline):
        print("no answer in time", file=sys.stderr)
        return 2
    print_outcome(future.result())
    return 0


def print_outcome(outcome):
    """The service response and the action result have the same three fields."""
    result = outcome.result
    print(f"success: {outcome.success}")
    print(f"error:   {outcome.error}")
    if outcome.success:
        print(f"answer:  {result.answer}")
        print(f"points:  {[(p.x, p.y) for p in result.points]}")
        print(f"boxes:   {[(b.x_min, b.y_min, b.x_max, b.y_max) for b in result.boxes]}")
        print(f"trajectory: {[(p.x, p.y) for p in result.trajectory]}")
        if result.has_3d:
            def located(position, valid, reason):
                return (round(position.x, 3), round(position.y, 3), round(position.z, 3)) if valid else reason
            points = [located(p.position, p.valid, p.reason) for p in result.points_3d]
            trajectory = [located(p.position, p.valid, p.reason) for p in result.trajectory_3d]
            centres = [located(b.center, b.valid, b.reason) for b in result.boxes_3d]
            print(f"3-D ({result.header.frame_id}, metres): points {points}, trajectory {trajectory}, "
                  f"box centres {centres}")
        else:
            print(f"3-D:     none ({result.missing_3d})")
        print(f"frames:  {[(f.camera, f.width, f.height) for f in result.frames]}")
        print(f"tokens:  {result.prompt_tokens} prompt, {result.generated_tokens} generated")
        s = result.sampling
        print(f"sampling: temperature {s.temperature:g}, top_k {s.top_k}, top_p {s.top_p:g}, "
              f"repetition_penalty {s.repetition_penalty:g}, seed {s.seed}")


def stream(node, name, goal, deadline):
    client = ActionClient(node, QueryAction, f"/{name}/query_stream")
    if not client.wait_for_server(timeout_sec=max(0.0, deadline - time.monotonic())):
        print(f"action /{name}/query_stream not available", file=sys.stderr)
        return 2
    shown = [0]

    def on_feedback(message):
        # Print only what is new; a re-decoded multi-byte character may change the tail.
        text = message.feedback.text_so_far
        print(text[shown[0]:], end="", flush=True)
        shown[0] = len(text)

    sent = client.send_goal_async(goal, feedback_callback=on_feedback)
    if not spin_until(node, sent.done, deadline) or not sent.result().accepted:
        print("goal not accepted", file=sys.stderr)
        return 2
    result = sent.result().get_result_async()
    try:
        spin_until(node, result.done, deadline)
    except KeyboardInterrupt:
        # Ctrl-C cancels the goal: the node stops generating after the current token.
        cancelled = sent.result().cancel_goal_async()
        spin_until(node, lambda: cancelled.done() and result.done(), time.monotonic() + 10)
    print()
    if not result.done():
        print("no answer in time", file=sys.stderr)
        return 2
    print_outcome(result.result().result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
