# SPDX-License-Identifier: Apache-2.0
# Copyright 2026 the robobrain authors
"""The CMake install (docs/install.md, "Plain CMake") on the PyPI prefix, and the node it installs.

Configures, builds and installs the two packages with plain cmake into one temporary prefix, as
colcon's merged install would: robobrain_msgs first (the interfaces, no Rust), then the node
package against it, with no flag for the PyPI prefix (the CMakeLists have to find out by
themselves). Then checks the installed tree, starts the INSTALLED node from the installed
prefix's environment and asks it through the installed clients (`query`, `diagnostics`: what
`ros2 run robobrain ...` runs; ros2cli is not on PyPI, so they are run directly).

So that cargo recompiles nothing, its step is pointed at the target folder scripts/setup.sh built
(CARGO_TARGET_DIR: the folder of ROBOBRAIN_NODE_BIN) and at setup.sh's interface prefix
(ROBOBRAIN_NODE_AMENT_PREFIX_PATH; r2r regenerates and recompiles its bindings whenever its
AMENT_PREFIX_PATH changes). That prefix holds the interfaces built from the same
robobrain_msgs files. The build of the interfaces and the install are the real thing. The node
then runs with setup.sh's interface prefix (and the source tree's robobrain_client) taken out of
the environment and <prefix>/local_setup.bash sourced, so its interface libraries, the Python
interfaces and clients and the default parameters all come from the installed prefix. About
35-60 s on 2 cores, most of it robobrain_msgs' C/C++/Python build. The
default cargo step (against the fresh prefix itself) differs only in that path and costs a
rebuild of r2r's bindings (about 2 minutes): not run here. The last test runs
scripts/test/launch-check.sh on the installed prefix where launch/launch_ros are installed, and is
skipped (saying why) where they are not, as on PyPI's ROS.
"""

import os
import re
import subprocess
import time

import pytest
import yaml

from conftest import REPO, node_binary, start_node, stop_process, wait_until

TINY = REPO / "tests" / "fixtures" / "tiny"
NAME = "robobrain_installed"
PYTHON = "python3.11"
# scripts/setup.sh's features: vision_msgs too where scripts/ros-env.sh found the package, as the
# CMake build finds it on the same AMENT_PREFIX_PATH.
VISION_MSGS_PREFIX = os.environ.get("ROBOBRAIN_VISION_MSGS_PREFIX", "")
FEATURES = "ros,vision_msgs" if VISION_MSGS_PREFIX else "ros"


def run(command, log, timeout, env=None):
    """Runs a command, appending its output to `log`; fails with the output's tail if it fails."""
    started = time.monotonic()
    done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, env=env)
    output = done.stdout + done.stderr
    with open(log, "a") as file:
        file.write(f"$ {' '.join(map(str, command))}\n{output}\n")
    assert done.returncode == 0, f"{command[:3]} failed ({done.returncode}):\n{output[-4000:]}"
    return output, time.monotonic() - started


@pytest.fixture(scope="module")
def install(tmp_path_factory):
    """Configure, build and install into a fresh prefix; returns (prefix, outputs, seconds)."""
    work = tmp_path_factory.mktemp("install")
    build, prefix, log = work / "build", work / "prefix", work / "cmake.log"
    target = node_binary().parent.parent
    assert (
        target / "debug" / "robobrain_node"
    ).is_file(), f"no node in {target}: run scripts/setup.sh"
    env = dict(os.environ, CARGO_TARGET_DIR=str(target))
    msgs_configure, t_msgs_configure = run(
        [
            "cmake",
            "-S",
            REPO / "robobrain_msgs",
            "-B",
            work / "build-msgs",
            f"-DCMAKE_INSTALL_PREFIX={prefix}",
            "-DBUILD_TESTING=OFF",
        ],
        log,
        timeout=120,
        env=env,
    )
    _, t_msgs_build = run(
        ["cmake", "--build", work / "build-msgs", f"-j{os.cpu_count() or 2}"],
        log,
        timeout=600,
        env=env,
    )
    run(["cmake", "--install", work / "build-msgs"], log, timeout=120, env=env)
    configure, t_configure = run(
        [
            "cmake",
            "-S",
            REPO,
            "-B",
            build,
            f"-DCMAKE_INSTALL_PREFIX={prefix}",
            # robobrain_msgs from `prefix`, before setup.sh's copy that the environment names (the
            # environment stays as it is: r2r's build script reruns whenever CMAKE_PREFIX_PATH
            # changes).
            f"-DCMAKE_PREFIX_PATH={prefix}",
            "-DROBOBRAIN_CARGO_PROFILE=dev",
            "-DROBOBRAIN_CARGO_FEATURES=ros",  # the build setup.sh made, even where nvcc exists
            "-DBUILD_TESTING=OFF",
            "-DAMENT_CMAKE_ENVIRONMENT_GENERATION=ON",
            f"-DROBOBRAIN_NODE_AMENT_PREFIX_PATH={os.environ['AMENT_PREFIX_PATH']}",
        ],
        log,
        timeout=120,
        env=env,
    )
    cache = (build / "CMakeCache.txt").read_text()
    assert (
        f"robobrain_msgs_DIR:PATH={prefix}/share/robobrain_msgs/cmake" in cache
    ), "robobrain_msgs not from the prefix"
    built, t_build = run(
        ["cmake", "--build", build, f"-j{os.cpu_count() or 2}"], log, timeout=600, env=env
    )
    installed, t_install = run(["cmake", "--install", build], log, timeout=600, env=env)
    seconds = {
        "msgs configure": t_msgs_configure,
        "msgs build": t_msgs_build,
        "configure": t_configure,
        "build": t_build,
        "install": t_install,
    }
    print(", ".join(f"{step} {t:.1f} s" for step, t in seconds.items()) + f"; log {log}")
    outputs = {
        "msgs configure": msgs_configure,
        "configure": configure,
        "build": built,
        "install": installed,
    }
    return prefix, outputs, seconds


def test_configure_finds_the_pypi_prefix_and_says_which_device_it_installs(install):
    _, outputs, _ = install
    assert (
        "is a ROS 2 prefix from PyPI wheels: applying cmake/pypi-prefix-fixes.cmake"
        in outputs["msgs configure"]
    )
    configure = outputs["configure"]
    assert "is a ROS 2 prefix from PyPI wheels: the node links libpython" in configure
    assert "installing config/robobrain.yaml with device: cpu" in configure, configure
    found = f"robobrain_node: vision_msgs found in {VISION_MSGS_PREFIX}"
    assert (found in configure) == bool(VISION_MSGS_PREFIX), configure


def test_cargo_reuses_the_target_folder(install):
    _, outputs, seconds = install
    output = outputs["install"]
    assert f"robobrain_node: cargo (profile dev, features {FEATURES})" in output, output
    compiled = re.findall(r"^\s+Compiling ([\w-]+) v\d", output, re.MULTILINE)  # cargo's lines
    assert not [crate for crate in compiled if crate != "robobrain"], (
        f"cargo recompiled {compiled}: the install step's environment or arguments differ from "
        f"scripts/setup.sh's build\n{output[-3000:]}"
    )
    assert seconds["install"] < 120, seconds


def test_installed_tree(install):
    prefix, _, _ = install
    share = prefix / "share" / "robobrain"
    for path in (
        share / "launch" / "brain.launch.py",
        share / "config" / "robobrain.yaml",
        share / "package.xml",
        share / "local_setup.bash",
        share / "tools" / "query.json",
        prefix / "share" / "ament_index" / "resource_index" / "packages" / "robobrain",
        prefix / "share" / "ament_index" / "resource_index" / "packages" / "robobrain_msgs",
        prefix / "share" / "robobrain_msgs" / "package.xml",
        prefix / "local_setup.bash",
        prefix / "setup.bash",
        prefix / "lib" / PYTHON / "site-packages" / "robobrain_msgs" / "srv" / "_query.py",
        prefix / "lib" / PYTHON / "site-packages" / "robobrain_msgs" / "action" / "_query.py",
        prefix / "lib" / PYTHON / "site-packages" / "robobrain_client" / "__init__.py",
        prefix / "lib" / PYTHON / "site-packages" / "robobrain_client" / "query_tool.json",
        prefix / "lib" / "librobobrain_msgs__rosidl_typesupport_c.so",
    ):
        assert path.is_file(), f"{path} not installed"
    assert (share / "launch" / "brain.launch.py").read_bytes() == (
        REPO / "launch" / "brain.launch.py"
    ).read_bytes()
    packaged = REPO / "python" / "robobrain_client" / "query_tool.json"
    assert (share / "tools" / "query.json").read_bytes() == packaged.read_bytes()
    # The node package holds no interfaces of its own any more.
    assert not (prefix / "lib" / PYTHON / "site-packages" / "robobrain").exists()
    for client in ("query", "diagnostics"):  # what `ros2 run robobrain <client>` runs
        path = prefix / "lib" / "robobrain" / client
        assert path.is_file() and os.access(
            path, os.X_OK
        ), f"{path} not installed as an executable"
        assert path.read_text().startswith("#!/usr/bin/env python3"), path
    for binary in ("robobrain_node", "demo_camera"):
        path = prefix / "lib" / "robobrain" / binary
        assert path.is_file() and os.access(
            path, os.X_OK
        ), f"{path} not installed as an executable"
        # The PyPI prefix's librcl needs libpython in the process (docs/install.md).
        needed = subprocess.run(
            ["readelf", "-d", path], capture_output=True, text=True, timeout=30
        ).stdout
        assert "libpython3" in needed, f"{binary} does not link libpython:\n{needed}"


def test_installed_default_parameters_fit_a_cpu_build(install):
    prefix, _, _ = install
    source = yaml.safe_load((REPO / "config" / "robobrain.yaml").read_text())["/**"][
        "ros__parameters"
    ]
    text = (prefix / "share" / "robobrain" / "config" / "robobrain.yaml").read_text()
    installed = yaml.safe_load(text)["/**"]["ros__parameters"]
    assert source["device"] == "cuda", "the source config/robobrain.yaml should keep device: cuda"
    assert installed["device"] == "cpu", text
    assert {k: v for k, v in installed.items() if k != "device"} == {
        k: v for k, v in source.items() if k != "device"
    }


@pytest.fixture(scope="module")
def installed_env(install):
    """scripts/ros-env.sh's environment without setup.sh's interface prefix (and without the
    source tree's robobrain_client), then the installed prefix's local_setup.bash."""
    prefix, _, _ = install
    iface = os.environ.get("ROBOBRAIN_IFACE_PREFIX", str(REPO / "build" / "interfaces-install"))
    source_clients = str(REPO / "python")
    base = dict(os.environ)
    for var in ("AMENT_PREFIX_PATH", "CMAKE_PREFIX_PATH", "LD_LIBRARY_PATH", "PYTHONPATH"):
        base[var] = ":".join(
            p
            for p in base.get(var, "").split(":")
            if p and not p.startswith(iface) and p.rstrip("/") != source_clients
        )
    done = subprocess.run(
        ["bash", "-c", '. "$0/local_setup.bash" && env -0', str(prefix)],
        env=base,
        capture_output=True,
        timeout=30,
    )
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    env = dict(item.split("=", 1) for item in done.stdout.decode().split("\0") if "=" in item)
    assert env["AMENT_PREFIX_PATH"].split(":")[0] == str(prefix), env["AMENT_PREFIX_PATH"]
    assert all(
        iface not in env.get(var, "")
        for var in ("AMENT_PREFIX_PATH", "LD_LIBRARY_PATH", "PYTHONPATH")
    )
    assert source_clients not in env.get("PYTHONPATH", "").split(":")
    return env


def test_installed_python_interfaces(install, installed_env):
    prefix, _, _ = install
    done = subprocess.run(
        [
            "python3",
            "-c",
            "import robobrain_msgs, robobrain_msgs.srv, robobrain_msgs.msg, "
            "robobrain_msgs.action; "
            "import robobrain_client; robobrain_client.tool_description(); "
            "robobrain_msgs.srv.Query.Request(task='general'); "
            "print(robobrain_msgs.__file__); print(robobrain_client.__file__)",
        ],
        env=installed_env,
        cwd="/",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    for path in done.stdout.split():
        assert path.startswith(str(prefix)), done.stdout


def test_installed_node_answers_from_the_installed_prefix(
    install, installed_env, ros_client, tmp_path
):
    """The installed node with the installed default parameters (device: cpu there) and the tiny
    model in f32 answers a text-only query."""
    from robobrain_msgs.srv import Query

    prefix, _, _ = install
    clients = prefix / "lib" / "robobrain"
    log_path = tmp_path / "installed_node.log"
    process = start_node(
        "-p",
        f"model_path:={TINY}",
        "-p",
        "quantization:=f32",
        "-p",
        "max_new_tokens:=4",
        name=NAME,
        log_path=log_path,
        binary=prefix / "lib" / "robobrain" / "robobrain_node",
        params_file=prefix / "share" / "robobrain" / "config" / "robobrain.yaml",
        env=installed_env,
    )
    try:
        client = ros_client.node.create_client(Query, f"/{NAME}/query")
        answers = []

        def answered():
            assert (
                process.poll() is None
            ), f"the installed node died: {log_path.read_text(errors='replace')}"
            response = ros_client.call(
                client, Query.Request(task="general", prompt="the red mug"), timeout=30
            )
            answers.append(response)
            return response.success

        # The model loads on a thread of its own after the service is up: ask until it answers.
        last_error = answers[-1].error if answers else "none"
        assert wait_until(
            answered, timeout=60, interval=0.5
        ), f"no answer: {last_error}\n{log_path.read_text(errors='replace')}"
        result = answers[-1].result
        assert result.generated_tokens >= 1 and result.quantization == "f32", result
        # The installed clients, as `ros2 run robobrain query|diagnostics` runs them.
        for extra in ([], ["--stream"]):
            done = subprocess.run(
                [
                    clients / "query",
                    "--node",
                    NAME,
                    "--task",
                    "general",
                    "--prompt",
                    "the red mug",
                    "--timeout",
                    "30",
                    *extra,
                ],
                env=installed_env,
                cwd="/",
                capture_output=True,
                text=True,
                timeout=60,
            )
            assert done.returncode == 0 and "success: True" in done.stdout, (
                extra,
                done.stdout,
                done.stderr,
            )
            assert "tokens:  " in done.stdout, done.stdout
        refused = subprocess.run(
            [clients / "query", "--node", NAME, "--task", "juggling", "--timeout", "30"],
            env=installed_env,
            cwd="/",
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert refused.returncode == 1 and "unknown task 'juggling'" in refused.stdout, refused
        done = subprocess.run(
            [clients / "diagnostics", "--node", NAME, "--timeout", "20"],
            env=installed_env,
            cwd="/",
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 0, done.stderr
        assert f"{NAME}: Model: ready" in done.stdout, done.stdout
    finally:
        code = stop_process(process)
    assert code == 0, f"exit code {code} on SIGINT; log:\n{log_path.read_text(errors='replace')}"


def launch_installed(env):
    """launch and launch_ros importable in `env` (run away from the clone: its launch/ folder
    would pass for the package)."""
    done = subprocess.run(
        [
            "python3",
            "-c",
            "import sys, launch, launch_ros; sys.exit(launch.__file__ is None or "
            "launch_ros.__file__ is None)",
        ],
        env=env,
        cwd="/",
        capture_output=True,
        timeout=60,
    )
    return done.returncode == 0


@pytest.mark.parametrize("lifecycle", [False, True], ids=["node", "lifecycle_node"])
def test_launch_check_from_the_installed_prefix(install, installed_env, lifecycle):
    """scripts/test/launch-check.sh: brain.launch.py from the installed prefix (ros2 launch, or
    launch.LaunchService without ros2cli), one query answered, SIGINT, exit 0; with lifecycle,
    as launch_ros' LifecycleNode with autostart false, configured and activated by the script."""
    if not launch_installed(installed_env):
        pytest.skip(
            "launch/launch_ros are not installed (they come with a ROS 2 distro, not from PyPI): "
            "scripts/test/launch-check.sh not run"
        )
    prefix, _, _ = install
    done = subprocess.run(
        [str(REPO / "scripts" / "test" / "launch-check.sh"), str(prefix)],
        env={**installed_env, "LAUNCH_CHECK_LIFECYCLE": "1" if lifecycle else "0"},
        capture_output=True,
        text=True,
        timeout=240,
    )
    if done.returncode == 77:
        pytest.skip(done.stderr.strip())
    assert (
        done.returncode == 0
    ), f"launch check failed ({done.returncode}):\n{done.stdout}\n{done.stderr}"
    assert "passed: answered, stopped by SIGINT, exit status 0" in done.stderr
