# SPDX-License-Identifier: Apache-2.0
# Copyright 2026 the robobrain authors
"""Start robobrain_node with config/robobrain.yaml, launch arguments on top.

    ros2 launch robobrain brain.launch.py model_path:=/models/RoboBrain2.0-3B device:=cpu \
        camera_topics:="['/camera/color/image_raw']"
    ros2 launch robobrain brain.launch.py --show-args      # every argument with its meaning
    ros2 launch robobrain brain.launch.py lifecycle:=true autostart:=false  # lifecycle manager

Each parameter argument is passed to the node only when given (not empty); everything else comes
from params_file. The node checks every value and refuses a bad one by name at start.
"""

import os

from ament_index_python.packages import get_package_share_directory
from launch import LaunchDescription
from launch.actions import DeclareLaunchArgument, OpaqueFunction
from launch.substitutions import LaunchConfiguration
from launch_ros.actions import LifecycleNode, Node

# Launch arguments that become node parameters when given: the node's parameter type (as
# `robobrain_node --print-params` prints it; an end-to-end test checks they agree) and what to
# say in --show-args.
PARAMETER_ARGUMENTS = {
    "model_path": ("string", "checkpoint folder (Hugging Face layout) of RoboBrain 2.0 or 2.5"),
    "backend": (
        "string",
        "local (model_path in this process) or remote (an OpenAI-compatible server)",
    ),
    "remote_url": (
        "string",
        "backend remote: the server's API base up to /v1, e.g. http://gpu-server:8000/v1",
    ),
    "remote_model": ("string", "backend remote: the model name the server serves"),
    "remote_model_family": (
        "string",
        "backend remote: the served model's model_type, qwen2_5_vl (RoboBrain 2.0) or qwen3_vl "
        "(RoboBrain 2.5)",
    ),
    "device": ("string", "cuda or cpu"),
    "autostart": (
        "bool",
        "configure and activate at start; false: unconfigured until a lifecycle manager drives it",
    ),
    "use_sim_time": ("bool", "follow /clock (a simulator, or ros2 bag play --clock)"),
    "quantization": (
        "string",
        "int8 (candle Q8_0), bf16, f16, f32 or auto (the best that fits the GPU)",
    ),
    "gpu_layers": ("integer", "text decoder layers on the GPU, the rest on the CPU; -1 = all"),
    "max_image_pixels": (
        "integer",
        "largest image the model sees, in pixels after resizing (2109744 = 1932x1092)",
    ),
    "max_new_tokens": ("integer", "generation limit of a query that asks for 0"),
    "camera_topics": (
        "string_array",
        "camera topics, e.g. \"['/cam/image_raw', '/cam2/image_raw/compressed']\"",
    ),
    "image_qos": ("string", "reliable or best_effort for the camera subscriptions"),
    "depth_topics": (
        "string_array",
        "aligned depth topic per camera, in camera_topics' order; 'auto' derives it, 'none' turns "
        "it off",
    ),
    "camera_info_topics": (
        "string_array",
        "CameraInfo topic per camera, in camera_topics' order; 'auto' derives it, 'none' turns it "
        "off",
    ),
}
# Launch arguments of the launch itself.
LAUNCH_ARGUMENTS = {
    "params_file": "parameter file (default: share/robobrain/config/robobrain.yaml)",
    "node_name": "name of the node; its services live under /<namespace>/<node_name>/",
    "namespace": "namespace of the node (default: none)",
    "log_level": "debug, info, warn, error or fatal (default: info)",
    "lifecycle": "true: start it as launch_ros' LifecycleNode, whose transitions launch events "
    "can drive (the node is a managed node either way; default: false)",
}


def parse_topic_list(text):
    """'[/a, /b]', "['/a', '/b']" or '/a,/b' -> ['/a', '/b']."""
    stripped = text.strip().strip("[]")
    return [t.strip().strip("'\"") for t in stripped.split(",") if t.strip().strip("'\"")]


def parameter_value(name, kind, text):
    """A launch argument's text as the node's parameter type; a clear error when it is not."""
    if kind == "string_array":
        return parse_topic_list(text)
    if kind == "integer":
        try:
            return int(text)
        except ValueError:
            raise ValueError(f"launch argument {name}:={text!r} is not an integer") from None
    if kind == "bool":
        if text.lower() in ("true", "false"):
            return text.lower() == "true"
        raise ValueError(f"launch argument {name}:={text!r} is not true or false")
    return text


def node_overrides(values):
    """The parameters given as launch arguments (`values`: name -> text), typed for the node."""
    return {
        name: parameter_value(name, kind, values[name].strip())
        for name, (kind, _) in PARAMETER_ARGUMENTS.items()
        if values.get(name, "").strip()
    }


def _robobrain_node(context):
    values = {name: LaunchConfiguration(name).perform(context) for name in PARAMETER_ARGUMENTS}
    overrides = node_overrides(values)
    parameters = [LaunchConfiguration("params_file").perform(context)]
    if overrides:
        parameters.append(overrides)
    namespace = LaunchConfiguration("namespace").perform(context)
    log_level = LaunchConfiguration("log_level").perform(context)
    lifecycle = parameter_value(
        "lifecycle", "bool", LaunchConfiguration("lifecycle").perform(context) or "false"
    )
    common = dict(
        package="robobrain",
        executable="robobrain_node",
        name=LaunchConfiguration("node_name").perform(context),
        output="screen",
        parameters=parameters,
        ros_arguments=["--log-level", log_level] if log_level else [],
    )
    if lifecycle:
        # LifecycleNode requires a namespace ("" is the root).
        return [LifecycleNode(namespace=namespace, **common)]
    return [Node(namespace=namespace or None, **common)]


def generate_launch_description():
    default_params = os.path.join(
        get_package_share_directory("robobrain"), "config", "robobrain.yaml"
    )
    defaults = {"params_file": default_params, "node_name": "robobrain", "lifecycle": "false"}
    arguments = [
        DeclareLaunchArgument(
            name, default_value="", description=f"{description} (empty: the parameter file's)"
        )
        for name, (_, description) in PARAMETER_ARGUMENTS.items()
    ] + [
        DeclareLaunchArgument(name, default_value=defaults.get(name, ""), description=description)
        for name, description in LAUNCH_ARGUMENTS.items()
    ]
    return LaunchDescription(arguments + [OpaqueFunction(function=_robobrain_node)])
