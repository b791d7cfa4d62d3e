"""config/robobrain.yaml and launch/brain.launch.py only use parameters the node declares.

The node is the source of truth: `robobrain_node --print-params` prints its declared
parameters (name, type, default, description) without starting ROS. The launch file itself can
only be executed where the `launch` and `launch_ros` packages exist (a ROS 2 distro; not on
PyPI): that part is skipped elsewhere, the static checks always run.
"""

import ast
import importlib.util
import subprocess
from pathlib import Path

import pytest
import yaml

from conftest import REPO, node_binary

LAUNCH_FILE = REPO / "launch" / "brain.launch.py"


@pytest.fixture(scope="module")
def declared():
    output = subprocess.run(
        [str(node_binary()), "--print-params"], capture_output=True, text=True, timeout=30, check=True
    ).stdout
    rows = [line.split("\t") for line in output.splitlines() if line.strip()]
    assert rows and all(len(row) == 4 for row in rows), output
    return {name: (kind, default) for name, kind, default, _ in rows}


YAML_TYPES = {"string": str, "string_array": list, "integer": int, "double": float, "bool": bool}


def test_every_yaml_parameter_is_declared_with_its_type(declared):
    config = yaml.safe_load((REPO / "config" / "robobrain.yaml").read_text())
    parameters = config["/**"]["ros__parameters"]
    assert set(parameters) == set(declared), "config/robobrain.yaml should list every parameter once"
    for name, value in parameters.items():
        kind, _ = declared[name]
        assert isinstance(value, YAML_TYPES[kind]), f"{name}: {value!r} is not a {kind}"


def launch_module_constant(name):
    tree = ast.parse(LAUNCH_FILE.read_text())
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == name for t in node.targets):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{name} not found in {LAUNCH_FILE}")


def test_launch_file_overrides_only_declared_parameters(declared):
    overridable = launch_module_constant("OVERRIDABLE_PARAMETERS")
    assert set(overridable) <= set(declared), overridable
    # Every override the launch file builds is named in OVERRIDABLE_PARAMETERS.
    source = LAUNCH_FILE.read_text()
    written = {n.slice.value for n in ast.walk(ast.parse(source)) if isinstance(n, ast.Subscript)
               and isinstance(n.value, ast.Name) and n.value.id == "overrides"
               and isinstance(n.slice, ast.Constant)}
    assert written == set(overridable), written


def test_launch_file_compiles_and_names_the_node_executable():
    source = LAUNCH_FILE.read_text()
    compile(source, str(LAUNCH_FILE), "exec")
    assert 'executable="robobrain_node"' in source and 'package="robobrain"' in source


@pytest.mark.skipif(
    importlib.util.find_spec("launch") is None or importlib.util.find_spec("launch_ros") is None,
    reason="launch/launch_ros come with a ROS 2 distro, not from PyPI",
)
def test_launch_description_builds(declared):
    spec = importlib.util.spec_from_file_location("brain_launch", LAUNCH_FILE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    description = module.generate_launch_description()
    assert description.entities
    overrides = module.node_overrides("/models/rb", "['/a/image_raw', '/b/image_raw/compressed']")
    assert overrides == {"model_path": "/models/rb", "camera_topics": ["/a/image_raw", "/b/image_raw/compressed"]}
    assert set(overrides) <= set(declared)
