# SPDX-License-Identifier: Apache-2.0
# Copyright 2026 the robobrain authors
"""The `cuda` builds of the robobrain CLI and node, on a machine without a GPU (CI).

scripts/test.sh compiles them as CI can (`CUDA_BUILD_PROFILE=ci scripts/build-cuda.sh` for the
CLI, `ROBOBRAIN_CUDA=ci scripts/setup.sh` for the node: the PyPI CUDA toolchain, candle-kernels
compiled for speed of compilation) and passes their paths in ROBOBRAIN_CUDA_BIN and
ROBOBRAIN_CUDA_NODE_BIN. With no GPU here, they run against the stand-in toolkit's stub
`libcuda.so.1`, whose every driver call answers CUDA_ERROR_NO_DEVICE: what a machine whose
driver finds no GPU answers. So these tests check what CI can check:
- the binaries start, and link the CUDA driver, runtime and cuBLAS (the feature is really in);
- asking for the GPU fails with a clear error naming the device and the driver's answer, never
  a panic or a crash, and the node keeps serving and says why on /diagnostics;
- `quantization: auto` on such a machine runs on the CPU;
- the CPU path gives exactly the answers of the core (non-CUDA) build.
Kernels and speed need a GPU: scripts/gpu-check.sh.
"""

import json
import os
import subprocess
from pathlib import Path

import numpy as np
import pytest
from diagnostic_msgs.msg import DiagnosticArray
from PIL import Image as PilImage
from robobrain_msgs.srv import Query
from sensor_msgs.msg import Image

from conftest import REPO, start_node, stop_process, wait_until

TINY = REPO / "tests" / "fixtures" / "tiny"
PICTURE = REPO / "tests" / "fixtures" / "images" / "image_1.png"

CUDA_BIN = os.environ.get("ROBOBRAIN_CUDA_BIN")
CUDA_NODE_BIN = os.environ.get("ROBOBRAIN_CUDA_NODE_BIN")
NOT_BUILT = "not built: scripts/test.sh builds it unless ROBOBRAIN_SKIP_CUDA=1"
needs_cli = pytest.mark.skipif(not CUDA_BIN, reason=f"ROBOBRAIN_CUDA_BIN {NOT_BUILT}")
needs_node = pytest.mark.skipif(not CUDA_NODE_BIN, reason=f"ROBOBRAIN_CUDA_NODE_BIN {NOT_BUILT}")


def core_binary():
    target = Path(os.environ.get("CARGO_TARGET_DIR", REPO / "target"))
    return Path(os.environ.get("ROBOBRAIN_CLI_BIN", target / "debug" / "robobrain"))


@pytest.fixture(scope="module")
def no_gpu_env(tmp_path_factory):
    """Environment in which the CUDA binary loads: the wheels' runtime libraries and the stub
    driver under the name the loader looks for (libcuda.so.1)."""
    toolkit = Path(os.environ.get("ROBOBRAIN_CUDA_TOOLKIT", REPO / ".cuda-toolkit"))
    stub = toolkit / "lib64" / "stubs" / "libcuda.so"
    assert stub.is_file(), f"{stub} missing: scripts/build-cuda.sh makes it"
    wheel_libs = (toolkit / "bin").resolve().parent / "lib"
    assert (wheel_libs).is_dir(), f"{wheel_libs}: the CUDA wheels' libraries are missing"
    driver_dir = tmp_path_factory.mktemp("no-gpu-driver")
    (driver_dir / "libcuda.so.1").symlink_to(stub)
    env = dict(os.environ)
    env["LD_LIBRARY_PATH"] = os.pathsep.join(
        [str(driver_dir), str(wheel_libs), env.get("LD_LIBRARY_PATH", "")]
    )
    return env


def run(binary, *args, env=None):
    return subprocess.run(
        [str(binary), *map(str, args)], capture_output=True, text=True, timeout=300, env=env
    )


def infer(binary, precision, device, env=None, cache_dir=None):
    args = [
        "infer", "--json", "--model", TINY, "--image", PICTURE, "--task", "pointing",
        "--prompt", "the red mug", "--precision", precision, "--device", device,
        "--max-new-tokens", 10,
    ]
    args += ["--cache-dir", cache_dir] if cache_dir else ["--no-cache"]
    return run(binary, *args, env=env)


def linked_libraries(binary):
    return subprocess.run(
        ["readelf", "-d", binary], capture_output=True, text=True, check=True
    ).stdout


@needs_cli
def test_the_binary_links_the_cuda_libraries_and_starts(no_gpu_env):
    needed = linked_libraries(CUDA_BIN)
    for library in ["libcuda.so.1", "libcudart.so", "libcublas.so"]:
        assert library in needed, f"the cuda build does not link {library}:\n{needed}"
    usage = run(CUDA_BIN, "--help", env=no_gpu_env)
    assert usage.returncode == 0, usage.stderr
    assert "Usage: robobrain" in usage.stdout and "infer" in usage.stdout, usage.stdout


@needs_cli
@pytest.mark.parametrize("command", ["infer", "memcheck"])
def test_asking_for_the_gpu_without_one_is_a_clear_error(no_gpu_env, command, tmp_path):
    if command == "infer":
        done = infer(CUDA_BIN, "int8", "cuda:0", env=no_gpu_env, cache_dir=tmp_path)
    else:
        done = run(CUDA_BIN, "memcheck", "--model", TINY, "--precision", "int8",
                   "--device", "cuda:0", "--sizes", "64x48", "--new-tokens", 2, env=no_gpu_env)
    assert done.returncode != 0, f"{command} on a machine without a GPU succeeded:\n{done.stdout}"
    message = done.stderr
    assert "cannot open CUDA device 0" in message, message
    assert "CUDA_ERROR_NO_DEVICE" in message, message
    assert "panicked" not in message and "Segmentation" not in message, message
    assert not any(tmp_path.iterdir()), "nothing should be written when the GPU cannot be opened"


@needs_cli
@pytest.mark.parametrize("precision", ["f32", "int8"])
def test_the_cpu_path_answers_like_the_core_build(no_gpu_env, precision):
    core = infer(core_binary(), precision, "cpu")
    assert core.returncode == 0, core.stderr
    cuda_build = infer(CUDA_BIN, precision, "cpu", env=no_gpu_env)
    assert cuda_build.returncode == 0, cuda_build.stderr
    core, cuda_build = json.loads(core.stdout), json.loads(cuda_build.stdout)
    assert cuda_build["tokens"] == core["tokens"]
    assert cuda_build["raw_output"] == core["raw_output"]
    assert cuda_build["result"] == core["result"]
    assert len(core["tokens"]) == 10


# The node -------------------------------------------------------------------------------------

def picture_message():
    pixels = np.asarray(PilImage.open(PICTURE).convert("RGB"))
    image = Image(height=pixels.shape[0], width=pixels.shape[1], encoding="rgb8")
    image.step = image.width * 3
    image.data = pixels.tobytes()
    return image


class CudaNode:
    """The cuda-built node on the tiny checkpoint, with config/robobrain.yaml's defaults (int8
    on cuda) unless told otherwise, and its latest Model status."""

    def __init__(self, ros_client, tmp_path, name, env, *params):
        self.ros_client, self.name = ros_client, name
        self.log_path = tmp_path / f"{name}.log"
        self.model = {}
        self.subscription = ros_client.node.create_subscription(
            DiagnosticArray, "/diagnostics", self.on_diagnostics, 10
        )
        self.process = start_node(
            "-p", f"model_path:={TINY}", "-p", "diagnostics_period:=0.3",
            "-p", f"cache_dir:={tmp_path / 'cache'}", "-p", "max_new_tokens:=6", *params,
            name=name, log_path=self.log_path, binary=CUDA_NODE_BIN, env=env,
        )
        self.client = ros_client.node.create_client(Query, f"/{name}/query")

    def on_diagnostics(self, array):
        for status in array.status:
            if status.name == f"{self.name}: Model":
                self.model = {
                    "message": status.message,
                    **{kv.key: kv.value for kv in status.values},
                }

    def log(self):
        return self.log_path.read_text(errors="replace")

    def settled_model_status(self):
        settled = wait_until(lambda: self.model.get("state") in ("ready", "unavailable"), 30)
        assert settled, f"Model status {self.model}; log:\n{self.log()}"
        return dict(self.model)

    def ask(self):
        request = Query.Request()
        request.task = "general"
        request.prompt = "What is on the table?"
        request.image = picture_message()
        return self.ros_client.call(self.client, request, timeout=30)

    def stop(self):
        self.ros_client.node.destroy_subscription(self.subscription)
        self.ros_client.node.destroy_client(self.client)
        code = stop_process(self.process)
        assert code == 0, f"node exit code {code}; log:\n{self.log()}"


@needs_node
def test_the_node_is_built_with_cuda():
    assert "libcuda.so.1" in linked_libraries(CUDA_NODE_BIN)


@needs_node
def test_node_without_a_gpu_says_why_and_keeps_serving(ros_client, tmp_path, no_gpu_env):
    node = CudaNode(ros_client, tmp_path, "robobrain_cuda_nogpu", no_gpu_env)
    try:
        status = node.settled_model_status()
        assert status["state"] == "unavailable", status
        for words in ("cannot open CUDA device 0", "CUDA_ERROR_NO_DEVICE"):
            assert words in status["message"], status
        for _ in range(2):  # refused with the reason, and still answering
            response = node.ask()
            assert response.success is False
            assert "CUDA_ERROR_NO_DEVICE" in response.error, response.error
        assert node.process.poll() is None, node.log()
    finally:
        node.stop()
    assert "panicked" not in node.log()


@needs_node
def test_node_with_auto_quantization_and_no_gpu_runs_on_the_cpu(ros_client, tmp_path, no_gpu_env):
    node = CudaNode(
        ros_client, tmp_path, "robobrain_cuda_auto", no_gpu_env, "-p", "quantization:=auto"
    )
    try:
        status = node.settled_model_status()
        assert status["state"] == "ready", f"{status}; log:\n{node.log()}"
        assert status["quantization"] == "f32", status
        response = node.ask()
        assert response.success is True, response.error
        assert response.result.generated_tokens == 6
    finally:
        node.stop()
    assert "quantization auto runs the model on the CPU" in node.log()
