# SPDX-License-Identifier: Apache-2.0
# Copyright 2026 the robobrain authors
"""The node's parameters at run time through the standard parameter services, as `ros2 param
list/get/set/describe` and rqt_reconfigure use them (rcl_interfaces services called from rclpy):
a live parameter takes effect on the next query, one that decides how the model is loaded is
refused with the reason, a bad value is refused as at start, and max_new_tokens may not go
above the value the memory plan was made for.
"""

import subprocess

import pytest
from rcl_interfaces.msg import Parameter, ParameterType, ParameterValue
from rcl_interfaces.srv import DescribeParameters, GetParameters, ListParameters, SetParameters
from robobrain_msgs.srv import Query

from conftest import REPO, node_binary, start_node, stop_process

TINY = REPO / "tests" / "fixtures" / "tiny"
NAME = "robobrain_live_params"


@pytest.fixture(scope="module")
def live_node(ros_client, tmp_path_factory):
    log_path = tmp_path_factory.mktemp("live") / "node.log"
    process = start_node(
        "-p", f"model_path:={TINY}", "-p", "device:=cpu", "-p", "quantization:=f32",
        "-p", "max_new_tokens:=12",
        name=NAME, log_path=log_path,
    )
    yield process, log_path
    code = stop_process(process)
    assert code == 0, f"exit code {code}; log:\n{log_path.read_text(errors='replace')}"


def call(ros_client, service_type, name, request):
    client = ros_client.node.create_client(service_type, f"/{NAME}/{name}")
    try:
        return ros_client.call(client, request, timeout=30)
    finally:
        ros_client.node.destroy_client(client)


def value_of(python_value):
    if isinstance(python_value, bool):
        return ParameterValue(type=ParameterType.PARAMETER_BOOL, bool_value=python_value)
    if isinstance(python_value, int):
        return ParameterValue(type=ParameterType.PARAMETER_INTEGER, integer_value=python_value)
    if isinstance(python_value, float):
        return ParameterValue(type=ParameterType.PARAMETER_DOUBLE, double_value=python_value)
    return ParameterValue(type=ParameterType.PARAMETER_STRING, string_value=python_value)


def set_parameter(ros_client, name, python_value):
    request = SetParameters.Request(
        parameters=[Parameter(name=name, value=value_of(python_value))]
    )
    return call(ros_client, SetParameters, "set_parameters", request).results[0]


def get_parameter(ros_client, name):
    return call(
        ros_client, GetParameters, "get_parameters", GetParameters.Request(names=[name])
    ).values[0]


def query(ros_client, **fields):
    client = ros_client.node.create_client(Query, f"/{NAME}/query")
    try:
        request = Query.Request(task="general", prompt="Describe a robot arm.", **fields)
        return ros_client.call(client, request, timeout=60)
    finally:
        ros_client.node.destroy_client(client)


def test_every_declared_parameter_is_listed_and_described(ros_client, live_node):
    declared = [
        line.split("\t")[0]
        for line in subprocess.run([str(node_binary()), "--print-params"], capture_output=True,
                                   text=True, check=True, timeout=30).stdout.splitlines()
        if line.strip()
    ]
    listed = call(
        ros_client, ListParameters, "list_parameters", ListParameters.Request()
    ).result.names
    assert set(declared) <= set(listed), set(declared) - set(listed)
    described = call(ros_client, DescribeParameters, "describe_parameters",
                     DescribeParameters.Request(names=["max_new_tokens", "top_k"])).descriptors
    assert all(d.description for d in described), described
    assert get_parameter(ros_client, "max_new_tokens").integer_value == 12
    assert get_parameter(ros_client, "quantization").string_value == "f32"


def test_a_live_parameter_takes_effect_on_the_next_query(ros_client, live_node):
    assert query(ros_client).result.sampling.repetition_penalty == pytest.approx(1.05)
    result = set_parameter(ros_client, "repetition_penalty", 1.3)
    assert result.successful, result.reason
    result = set_parameter(ros_client, "max_new_tokens", 4)
    assert result.successful, result.reason
    answer = query(ros_client)
    assert answer.success, answer.error
    assert answer.result.sampling.repetition_penalty == pytest.approx(1.3)
    assert 0 < answer.result.generated_tokens <= 4
    assert get_parameter(ros_client, "repetition_penalty").double_value == pytest.approx(1.3)
    # Back to the checkpoint's value.
    assert set_parameter(ros_client, "repetition_penalty", -1.0).successful
    assert query(ros_client).result.sampling.repetition_penalty == pytest.approx(1.05)


@pytest.mark.parametrize("name, value, expected", [
    ("quantization", "int8", "quantization cannot change while the node runs"),
    ("model_path", "/elsewhere", "restart the node"),
    ("top_p", 5.0, "top_p must be in (0, 1]"),
    ("query_timeout_ms", 0, "query_timeout_ms = 0 is out of range"),
    ("max_new_tokens", 100, "above 12, the value the memory plan was made for"),
    # A floor on periods: 1e-9 once made /diagnostics run at 1,263 messages/s.
    ("diagnostics_period", 1e-9,
     "diagnostics_period = 0.000000001 must be a positive number of seconds, 0.1 to"),
    # A bound on strings sent in every diagnostic status.
    ("hardware_id", "x" * 100_000, "hardware_id is 100000 characters long; at most 256"),
    ("no_such_parameter", 1, "robobrain has no parameter 'no_such_parameter'"),
])
def test_a_refused_change_says_why_and_changes_nothing(
    ros_client, live_node, name, value, expected
):
    before = get_parameter(ros_client, name)
    result = set_parameter(ros_client, name, value)
    assert not result.successful
    assert expected in result.reason, result.reason
    assert get_parameter(ros_client, name) == before
    # The node still answers.
    assert query(ros_client).success
