# SPDX-License-Identifier: Apache-2.0
# Copyright 2026 the robobrain authors
"""config/robobrain.yaml and launch/brain.launch.py only use parameters the node declares.

The node is the source of truth: `robobrain_node --print-params` prints its declared
parameters (name, type, default, description) without starting ROS. The launch file itself can
only be executed where the `launch` and `launch_ros` packages exist (a ROS 2 distro; not on
PyPI): that part is skipped elsewhere, the static checks always run.
"""

import ast
import importlib.util
import subprocess

import pytest
import yaml

from conftest import REPO, node_binary

LAUNCH_FILE = REPO / "launch" / "brain.launch.py"


def installed(package):
    """True for an installed package; the repo's own launch/ folder is a namespace package
    named 'launch' when the tests run from the repo root, and does not count."""
    spec = importlib.util.find_spec(package)
    return spec is not None and spec.origin not in (None, "namespace")


@pytest.fixture(scope="module")
def declared():
    output = subprocess.run(
        [str(node_binary()), "--print-params"],
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    ).stdout
    rows = [line.split("\t") for line in output.splitlines() if line.strip()]
    assert rows and all(len(row) == 4 for row in rows), output
    return {name: (kind, default) for name, kind, default, _ in rows}


YAML_TYPES = {"string": str, "string_array": list, "integer": int, "double": float, "bool": bool}


def test_every_yaml_parameter_is_declared_with_its_type(declared):
    config = yaml.safe_load((REPO / "config" / "robobrain.yaml").read_text())
    parameters = config["/**"]["ros__parameters"]
    assert set(parameters) == set(
        declared
    ), "config/robobrain.yaml should list every parameter once"
    for name, value in parameters.items():
        kind, _ = declared[name]
        assert isinstance(value, YAML_TYPES[kind]), f"{name}: {value!r} is not a {kind}"


def launch_module_constant(name):
    tree = ast.parse(LAUNCH_FILE.read_text())
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            getattr(t, "id", None) == name for t in node.targets
        ):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{name} not found in {LAUNCH_FILE}")


def load_launch_module():
    """The launch file as a module; its helpers need only `launch`'s names at import, so
    stand-ins are enough where the ROS launch packages are not installed."""
    import sys
    import types

    stubs = {}
    for name in ("ament_index_python", "ament_index_python.packages", "launch", "launch.actions",
                 "launch.substitutions", "launch_ros", "launch_ros.actions"):
        if not installed(name.split(".")[0]):
            module = types.ModuleType(name)
            for attr in (
                "get_package_share_directory",
                "LaunchDescription",
                "DeclareLaunchArgument",
                "OpaqueFunction",
                "LaunchConfiguration",
                "Node",
                "LifecycleNode",
            ):
                setattr(module, attr, None)
            stubs[name] = module
    saved = {name: sys.modules.get(name) for name in stubs}
    sys.modules.update(stubs)
    try:
        spec = importlib.util.spec_from_file_location("brain_launch", LAUNCH_FILE)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        for name, old in saved.items():
            if old is None:
                sys.modules.pop(name, None)
            else:
                sys.modules[name] = old


def test_launch_arguments_are_declared_parameters_of_the_same_type(declared):
    arguments = launch_module_constant("PARAMETER_ARGUMENTS")
    # What a user commonly sets on the command line (issue: every one of these is an argument).
    for name in ("device", "quantization", "gpu_layers", "max_image_pixels", "max_new_tokens",
                 "camera_topics", "image_qos", "model_path"):
        assert name in arguments, f"no launch argument {name}"
    for name, (kind, description) in arguments.items():
        assert name in declared, f"launch argument {name} is not a node parameter"
        assert (
            kind == declared[name][0]
        ), f"{name}: launch says {kind}, the node {declared[name][0]}"
        assert description
    launch_only = launch_module_constant("LAUNCH_ARGUMENTS")
    assert set(launch_only) == {
        "params_file", "node_name", "namespace", "log_level", "lifecycle"
    }
    assert not set(launch_only) & set(declared)


def test_launch_arguments_reach_the_node_typed_and_only_when_given(declared):
    module = load_launch_module()
    overrides = module.node_overrides({
        "model_path": "/models/rb", "device": "cpu", "gpu_layers": "-1", "max_new_tokens": " 64 ",
        "camera_topics": "['/a/image_raw', '/b/image_raw/compressed']", "quantization": "",
    })
    assert overrides == {
        "model_path": "/models/rb", "device": "cpu", "gpu_layers": -1, "max_new_tokens": 64,
        "camera_topics": ["/a/image_raw", "/b/image_raw/compressed"],
    }
    assert module.node_overrides({}) == {}
    with pytest.raises(ValueError, match="max_image_pixels:='lots' is not an integer"):
        module.node_overrides({"max_image_pixels": "lots"})
    # Every override is what the node would accept from a YAML file: the declared type.
    for name, value in overrides.items():
        assert isinstance(value, YAML_TYPES[declared[name][0]]), (name, value)


def test_launch_file_compiles_and_names_the_node_executable():
    source = LAUNCH_FILE.read_text()
    compile(source, str(LAUNCH_FILE), "exec")
    assert 'executable="robobrain_node"' in source and 'package="robobrain"' in source


@pytest.mark.skipif(
    not installed("launch") or not installed("launch_ros"),
    reason="launch/launch_ros come with a ROS 2 distro, not from PyPI",
)
def test_launch_description_builds(declared):
    spec = importlib.util.spec_from_file_location("brain_launch", LAUNCH_FILE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    description = module.generate_launch_description()
    assert description.entities
    names = {getattr(entity, "name", None) for entity in description.entities}
    assert set(module.PARAMETER_ARGUMENTS) | set(module.LAUNCH_ARGUMENTS) <= names, names
