# SPDX-License-Identifier: Apache-2.0
# Copyright 2026 the robobrain authors
"""The robobrain_client helper (python/robobrain_client) against the node with the tiny checkpoint,
and its LLM tool description against the interface it describes.

The node runs the tiny model (random weights) on the CPU in f32, a camera publishes
tests/fixtures/images/image_1.png; the helper is used as a planner would: from a node that an
executor spins in another thread (the session's client), and from a node that nobody spins (the
helper spins it). About 15 s on 2 cores, most of it the node loading the model.
"""

import json
import threading
import time

import pytest
import rclpy
from robobrain_msgs.action import Query as QueryAction
from robobrain_msgs.msg import Result
from robobrain_msgs.srv import Query
from sensor_msgs.msg import Image

from robobrain_client import (
    QueryFailed,
    ask,
    ask_async,
    call_tool,
    make_request,
    stream,
    tool_description,
)
from conftest import REPO, start_node, stop_process, wait_until
from test_tasks import TINY, picture_message

CAMERA = "/e2e_clients/image_raw"
NAME = "robobrain_clients"
PROMPT = "the red mug"
NEW_TOKENS = 6


@pytest.fixture(scope="module")
def served(ros_client, image_qos, tmp_path_factory):
    """The node with the tiny model, a camera publishing the picture, and a first answer."""
    log_path = tmp_path_factory.mktemp("clients") / "node.log"
    process = start_node(
        "-p",
        f"camera_topics:=[{CAMERA}]",
        "-p",
        f"model_path:={TINY}",
        "-p",
        "device:=cpu",
        "-p",
        "quantization:=f32",
        "-p",
        f"max_new_tokens:={NEW_TOKENS}",
        name=NAME,
        log_path=log_path,
    )
    node = ros_client.node
    publisher = node.create_publisher(Image, CAMERA, image_qos)
    stop = threading.Event()

    def publish():
        while not stop.is_set():
            publisher.publish(picture_message(node))
            stop.wait(0.2)

    thread = threading.Thread(target=publish, daemon=True)
    thread.start()

    def first_answer():
        try:
            return ask(node, "general", PROMPT, camera=CAMERA, timeout=10, server=NAME)
        except QueryFailed:  # model still loading, no frame yet
            assert process.poll() is None, log_path.read_text(errors="replace")
            return None

    try:
        assert wait_until(first_answer, timeout=60, interval=0.3), log_path.read_text(
            errors="replace"
        )
        yield node
    finally:
        stop.set()
        thread.join(timeout=5)
        node.destroy_publisher(publisher)
        code = stop_process(process)
    assert code == 0, f"exit code {code}; log:\n{log_path.read_text(errors='replace')}"


def test_ask_from_a_node_spun_elsewhere_answers_about_the_camera(served):
    result = ask(served, "pointing", PROMPT, camera=CAMERA, timeout=60, server=NAME)
    assert isinstance(result, Result)
    assert result.task == "pointing" and result.prompt == PROMPT
    assert (result.image_width, result.image_height) == (333, 250)
    assert [f.camera for f in result.frames] == [CAMERA]
    assert result.generated_tokens == NEW_TOKENS and result.quantization == "f32"


def test_ask_spins_a_node_that_nobody_spins(served):
    planner = rclpy.create_node("robobrain_clients_unspun")
    try:
        assert planner.executor is None
        result = ask(
            planner, "general", "What is on the table?", timeout=60, server=NAME, max_new_tokens=2
        )
        # No camera named: the node's first camera.
        assert result.generated_tokens == 2 and [f.camera for f in result.frames] == [CAMERA]
    finally:
        planner.destroy_node()


def test_fields_pass_through_and_the_seed_reproduces(served):
    fields = dict(camera=CAMERA, timeout=60, server=NAME, temperature=0.9, seed=1234)
    first = ask(served, "general", PROMPT, **fields)
    again = ask(served, "general", PROMPT, **fields)
    assert first.sampling.temperature == pytest.approx(0.9) and first.sampling.seed == 1234
    assert first.answer == again.answer


def test_the_nodes_refusal_is_raised_with_its_words(served):
    with pytest.raises(QueryFailed) as refused:
        ask(served, "juggling", PROMPT, timeout=20, server=NAME)
    assert "unknown task 'juggling'" in refused.value.error
    with pytest.raises(QueryFailed) as refused:
        ask(served, "pointing", PROMPT, camera="/not/a/camera", timeout=20, server=NAME)
    assert "/not/a/camera" in refused.value.error


def test_a_missing_node_is_a_timeout_on_time(served):
    started = time.monotonic()
    with pytest.raises(TimeoutError, match="/nobody_here/query"):
        ask(served, "general", PROMPT, timeout=1.0, server="nobody_here")
    assert time.monotonic() - started < 3.0


def test_unknown_fields_are_refused_before_sending():
    with pytest.raises(ValueError, match="no field 'colour'"):
        make_request("general", PROMPT, colour="red")
    goal = make_request("general", PROMPT, message_type=QueryAction.Goal, max_new_tokens=3)
    assert isinstance(goal, QueryAction.Goal) and goal.max_new_tokens == 3 and goal.top_k == -1


def test_a_burst_deeper_than_the_default_reply_queue_is_all_answered(served):
    # 40 calls in flight at once: with ROS's default client QoS (10 replies kept) replies that
    # arrive together can be dropped and their futures never complete. Every one must come back,
    # answered or refused as queue full.
    futures = [
        ask_async(served, "general", PROMPT, server=NAME, max_new_tokens=1, timeout_ms=30000)
        for _ in range(40)
    ]
    assert wait_until(
        lambda: all(f.done() for f in futures), timeout=90
    ), f"{sum(not f.done() for f in futures)} of 40 calls never answered"
    responses = [f.result() for f in futures]
    assert all(r.success or "queue is full" in r.error for r in responses), {
        r.error for r in responses
    }
    assert sum(r.success for r in responses) >= 1


def test_stream_yields_growing_feedback_then_the_result(served):
    answer = stream(served, "general", PROMPT, camera=CAMERA, timeout=60, server=NAME)
    feedback = list(answer)
    result = answer.result()
    assert feedback, "no feedback"
    counts = [f.tokens_generated for f in feedback]
    assert counts == sorted(counts) and counts[0] >= 1 and counts[-1] <= NEW_TOKENS
    assert result.generated_tokens == NEW_TOKENS and result.frames[0].camera == CAMERA
    # The same query over the service gives the same (greedy) answer.
    assert (
        ask(served, "general", PROMPT, camera=CAMERA, timeout=60, server=NAME).answer
        == result.answer
    )


def test_stream_from_a_node_that_nobody_spins(served):
    planner = rclpy.create_node("robobrain_clients_unspun_stream")
    try:
        answer = stream(planner, "general", PROMPT, timeout=60, server=NAME, max_new_tokens=3)
        assert [f.tokens_generated for f in answer][-1] <= 3
        assert answer.result().generated_tokens == 3
    finally:
        planner.destroy_node()


def test_stream_cancel_stops_the_goal(served):
    # 3000 tokens take the tiny model many seconds: long enough to cancel midway.
    answer = stream(served, "general", PROMPT, timeout=60, server=NAME, max_new_tokens=3000)
    for feedback in answer:
        if feedback.tokens_generated >= 2:
            answer.cancel()
            break
    with pytest.raises(QueryFailed, match="cancel"):
        answer.result()


def test_stream_refusal_is_raised(served):
    answer = stream(served, "juggling", PROMPT, timeout=20, server=NAME)
    assert list(answer) == []
    with pytest.raises(QueryFailed, match="unknown task 'juggling'"):
        answer.result()


def test_call_tool_answers_in_json(served):
    reply = call_tool(
        served,
        json.dumps({"task": "pointing", "prompt": PROMPT, "camera": CAMERA, "max_new_tokens": 3}),
        timeout=60,
        server=NAME,
    )
    assert reply["success"], reply["error"]
    text = json.dumps(reply)  # all of it plain JSON
    result = json.loads(text)["result"]
    assert result["task"] == "pointing" and result["generated_tokens"] == 3
    assert result["frames"][0]["camera"] == CAMERA and result["image_width"] == 333
    assert set(result) == set(Result.get_fields_and_field_types())


def test_call_tool_reports_bad_arguments_and_refusals_as_failures(served):
    unknown = call_tool(
        served, {"task": "general", "prompt": PROMPT, "colour": "red"}, server=NAME
    )
    assert not unknown["success"] and "no field 'colour'" in unknown["error"]
    mistyped = call_tool(
        served, {"task": "general", "prompt": PROMPT, "max_new_tokens": "many"}, server=NAME
    )
    assert not mistyped["success"] and "invalid arguments" in mistyped["error"]
    refused = call_tool(served, {"task": "juggling", "prompt": PROMPT}, timeout=20, server=NAME)
    assert refused == {"success": False, "error": refused["error"], "result": None}
    assert "unknown task 'juggling'" in refused["error"]


# The tool description ------------------------------------------------------------------------

INTEGER_RANGES = {
    "uint8": (0, 2**8 - 1),
    "uint32": (0, 2**32 - 1),
    "int32": (-(2**31), 2**31 - 1),
    "int64": None,
}


def message_class(type_name):
    package, name = type_name.split("/")
    module = __import__(f"{package}.msg", fromlist=[name])
    return getattr(module, name)


def check_schema(schema, ros_type, path, deep=True):
    """Fails unless `schema` (JSON Schema) describes values of `ros_type` (a rosidl type name, as
    get_fields_and_field_types gives it); nested messages recursively when `deep`."""
    kind = schema.get("type")
    if ros_type.startswith("sequence<"):
        assert kind == "array", f"{path}: {ros_type} needs type array, not {kind}"
        check_schema(schema["items"], ros_type[len("sequence<"):-1], f"{path}[]", deep)
    elif ros_type == "string":
        assert kind == "string", f"{path}: string, not {kind}"
    elif ros_type == "boolean":
        assert kind == "boolean", f"{path}: boolean, not {kind}"
    elif ros_type in ("float", "double"):
        assert kind == "number", f"{path}: number, not {kind}"
    elif ros_type in INTEGER_RANGES:
        assert kind == "integer", f"{path}: {ros_type} needs type integer, not {kind}"
        limits = INTEGER_RANGES[ros_type]
        if limits:
            assert (
                schema.get("minimum"),
                schema.get("maximum"),
            ) == limits, f"{path}: {ros_type} range"
    elif "/" in ros_type:
        kinds = kind if isinstance(kind, list) else [kind]
        assert "object" in kinds, f"{path}: {ros_type} needs type object, not {kind}"
        if deep or "properties" in schema:
            fields = message_class(ros_type).get_fields_and_field_types()
            assert set(schema["properties"]) == set(
                fields
            ), (f"{path}: properties {sorted(schema['properties'])} != fields of {ros_type} "
                f"{sorted(fields)}")
            assert (
                schema.get("additionalProperties") is False or not deep
            ), f"{path}: extra properties allowed"
            for name, field_type in fields.items():
                check_schema(schema["properties"][name], field_type, f"{path}.{name}", deep)
    else:
        raise AssertionError(f"{path}: no JSON type known for {ros_type}")


def test_tool_parameters_are_exactly_the_query_request():
    tool = tool_description()
    assert tool["name"] and len(tool["description"]) > 100
    parameters = tool["parameters"]
    assert parameters["type"] == "object" and parameters["additionalProperties"] is False
    fields = Query.Request.get_fields_and_field_types()
    assert list(parameters["properties"]) == list(
        fields
    ), "every request field, in order, and no other"
    for name, field_type in fields.items():
        check_schema(parameters["properties"][name], field_type, name)
    assert set(parameters["required"]) == {"task", "prompt"}
    # The defaults the schema promises are the interface's.
    request = Query.Request()
    for name, schema in parameters["properties"].items():
        if "default" in schema:
            value = getattr(request, name)
            assert schema["default"] == (
                list(value) if isinstance(value, list) else pytest.approx(value)
            ), name


def test_tool_task_names_are_the_services():
    documented = next(
        line
        for line in (REPO / "robobrain_msgs" / "srv" / "Query.srv").read_text().splitlines()
        if line.startswith("string task")
    )
    tasks = [task.strip() for task in documented.split("#", 1)[1].split("|")]
    assert tool_description()["parameters"]["properties"]["task"]["enum"] == tasks


def test_tool_result_is_the_service_response():
    returns = tool_description()["returns"]
    assert "success" in returns["description"] and "error" in returns["description"]
    schema = returns["schema"]
    assert set(schema["properties"]) == set(Query.Response.get_fields_and_field_types())
    check_schema(schema["properties"]["success"], "boolean", "success")
    check_schema(schema["properties"]["error"], "string", "error")
    # One level deep: every Result field with its JSON type.
    check_schema(schema["properties"]["result"], "robobrain_msgs/Result", "result", deep=False)
