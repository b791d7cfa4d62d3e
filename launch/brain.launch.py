"""Start robobrain_node with config/robobrain.yaml.

    ros2 launch robobrain brain.launch.py model_path:=/models/RoboBrain2.0-7B \
        camera_topics:="['/camera/color/image_raw']"

Launch arguments:
  model_path     checkpoint folder (empty: the value in the parameter file)
  camera_topics  list of camera topics, e.g. "['/cam/image_raw', '/cam2/image_raw/compressed']"
                 (empty: the value in the parameter file)
  params_file    parameter file (default: share/robobrain/config/robobrain.yaml)
  node_name      name of the node (default robobrain; services live under /<node_name>/)
"""

import os

from ament_index_python.packages import get_package_share_directory
from launch import LaunchDescription
from launch.actions import DeclareLaunchArgument, OpaqueFunction
from launch.substitutions import LaunchConfiguration
from launch_ros.actions import Node

# Launch arguments that become node parameters when given (non-empty).
OVERRIDABLE_PARAMETERS = ("model_path", "camera_topics")


def parse_topic_list(text):
    """'[/a, /b]', "['/a', '/b']" or '/a,/b' -> ['/a', '/b']."""
    stripped = text.strip().strip("[]")
    return [t.strip().strip("'\"") for t in stripped.split(",") if t.strip().strip("'\"")]


def node_overrides(model_path, camera_topics):
    """Parameters passed on top of the parameter file, from the launch arguments."""
    overrides = {}
    if model_path:
        overrides["model_path"] = model_path
    if camera_topics:
        overrides["camera_topics"] = parse_topic_list(camera_topics)
    return overrides


def _robobrain_node(context):
    overrides = node_overrides(
        LaunchConfiguration("model_path").perform(context),
        LaunchConfiguration("camera_topics").perform(context),
    )
    parameters = [LaunchConfiguration("params_file").perform(context)]
    if overrides:
        parameters.append(overrides)
    return [
        Node(
            package="robobrain",
            executable="robobrain_node",
            name=LaunchConfiguration("node_name").perform(context),
            output="screen",
            parameters=parameters,
        )
    ]


def generate_launch_description():
    default_params = os.path.join(
        get_package_share_directory("robobrain"), "config", "robobrain.yaml"
    )
    return LaunchDescription(
        [
            DeclareLaunchArgument("model_path", default_value="", description="checkpoint folder"),
            DeclareLaunchArgument(
                "camera_topics", default_value="", description="list of camera topics"
            ),
            DeclareLaunchArgument(
                "params_file", default_value=default_params, description="parameter file"
            ),
            DeclareLaunchArgument("node_name", default_value="robobrain", description="node name"),
            OpaqueFunction(function=_robobrain_node),
        ]
    )
