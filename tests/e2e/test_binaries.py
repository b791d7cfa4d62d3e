# SPDX-License-Identifier: Apache-2.0
# Copyright 2026 the robobrain authors
"""robobrain_node and demo_camera as a shell user meets them: usage on --help, the version on
--version, unknown flags refused before any ROS work (ROS's own arguments, from --ros-args up to a
lone --, passed through), a stdout that is closed or full survived, and frame sizes checked before
anything is allocated; camera_topics refused at start when a name repeats or is not a topic
name. About 2 s.
"""

import os
import subprocess
import tomllib

import pytest

from conftest import REPO, node_binary
from test_spatial import demo_camera_binary

VERSION = tomllib.loads((REPO / "Cargo.toml").read_text())["package"]["version"]


def run(binary, *args, stdout=subprocess.PIPE):
    return subprocess.run([str(binary), *args], stdout=stdout, stderr=subprocess.PIPE, text=True,
                          timeout=20)


def closed_pipe_run(binary, *args):
    """`binary args` writing into a pipe whose reader is gone (as `| head -1` leaves it)."""
    reader, writer = os.pipe()
    os.close(reader)
    try:
        return run(binary, *args, stdout=writer)
    finally:
        os.close(writer)


def full_run(binary, *args):
    with open("/dev/full", "w") as full:
        return run(binary, *args, stdout=full)


@pytest.fixture(scope="module", params=["robobrain_node", "demo_camera"])
def binary(request):
    path = node_binary() if request.param == "robobrain_node" else demo_camera_binary()
    if not path.is_file():
        pytest.skip(f"{path} not built (scripts/setup.sh builds it)")
    return request.param, path


def test_help_version_and_unknown_flags(binary):
    name, path = binary
    usage = run(path, "--help")
    assert usage.returncode == 0, usage.stderr
    assert f"Usage: {name}" in usage.stdout and "--ros-args" in usage.stdout, usage.stdout
    version = run(path, "--version")
    assert (version.returncode, version.stdout.strip()) == (0, f"{name} {VERSION}"), version
    # ROS's arguments are not the binary's: --version still answers, and nothing starts.
    version = run(path, "--version", "--ros-args", "-p", "some_parameter:=1")
    assert version.stdout.strip() == f"{name} {VERSION}", version
    after_ros = ["--ros-args", "-p", "a:=1", "--", "--no-such-flag"]
    for unknown in (["--no-such-flag"], ["extra"], after_ros):
        refused = run(path, *unknown)
        assert refused.returncode == 2, f"{unknown}: {refused}"
        assert "unexpected argument" in refused.stderr, refused.stderr
    for closed in (closed_pipe_run, full_run):
        done = closed(path, "--help")
        assert done.returncode == 0 and "panicked" not in done.stderr, done


def test_print_params_survives_a_closed_or_full_stdout():
    path = node_binary()
    listing = run(path, "--print-params")
    assert listing.returncode == 0 and listing.stdout.count("\n") > 20, listing
    # After the ROS section (ended by --), the arguments are the node's again.
    table = run(path, "--ros-args", "-p", "a:=1", "--", "--print-params", "--markdown")
    assert table.stdout.startswith("| parameter |"), table
    for args in (["--print-params"], ["--print-params", "--markdown"]):
        closed = closed_pipe_run(path, *args)
        assert (closed.returncode, closed.stderr) == (0, ""), closed
        full = full_run(path, *args)
        assert full.returncode == 1, full
        assert "writing the parameters: No space left on device" in full.stderr, full.stderr
        assert "panicked" not in full.stderr
    assert run(path, "--markdown").returncode == 2  # only with --print-params


def test_demo_camera_checks_the_frame_size_before_allocating():
    path = demo_camera_binary()
    if not path.is_file():
        pytest.skip(f"{path} not built (scripts/setup.sh builds it)")
    side = run(path, "--width", "100000", "--height", "100000")
    assert side.returncode == 2 and "100000 is not in 1..=16384" in side.stderr, side
    area = run(path, "--width", "16000", "--height", "16000")
    assert area.returncode == 1, area
    assert "256000000 pixels" in area.stderr, area.stderr
    assert "at most 67108864 pixels" in area.stderr, area.stderr
    assert run(path, "--width", "0").returncode == 2
    assert run(path, "--depth-topic", "/d").returncode == 2  # only with --depth


@pytest.mark.parametrize("topics, expected", [
    ("[/a/image_raw, /a/image_raw]", "parameter camera_topics lists '/a/image_raw' twice"),
    ("[/a/image raw]", "parameter camera_topics: '/a/image raw' is not a valid topic name"),
    ("[/a/1image]",
     "parameter camera_topics: '/a/1image' is not a valid topic name: a part starts with a digit"),
])
def test_bad_camera_topics_are_refused_at_start_naming_the_parameter(topics, expected):
    path = node_binary()
    started = run(path, "--ros-args", "-p", f"camera_topics:={topics}", "-r", "__node:=bad_topics")
    assert started.returncode == 1, started
    assert expected in started.stderr, started.stderr
    assert "RCL_RET" not in started.stderr
