"""The `cuda` build of the robobrain CLI, on a machine without a GPU (CI).

scripts/test.sh builds it with `CUDA_BUILD_PROFILE=ci scripts/build-cuda.sh` (the PyPI CUDA
toolchain, candle-kernels compiled for speed of compilation) and passes its path in
ROBOBRAIN_CUDA_BIN. With no GPU here, the binary runs against the stand-in toolkit's stub
`libcuda.so.1`, whose every driver call answers CUDA_ERROR_NO_DEVICE: what a machine whose
driver finds no GPU answers. So these tests check what CI can check:
- the binary starts, and links the CUDA driver, runtime and cuBLAS (the feature is really in);
- asking it for the GPU fails with a clear error naming the device and the driver's answer,
  never a panic or a crash;
- its CPU path gives exactly the answers of the core (non-CUDA) build.
Kernels and speed need a GPU: scripts/gpu-check.sh.
"""

import json
import os
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
TINY = REPO / "tests" / "fixtures" / "tiny"
PICTURE = REPO / "tests" / "fixtures" / "images" / "image_1.png"

CUDA_BIN = os.environ.get("ROBOBRAIN_CUDA_BIN")
pytestmark = pytest.mark.skipif(
    not CUDA_BIN,
    reason="ROBOBRAIN_CUDA_BIN is not set (scripts/test.sh sets it unless ROBOBRAIN_SKIP_CUDA=1)",
)


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
        "infer", "--model", TINY, "--image", PICTURE, "--task", "pointing",
        "--prompt", "the red mug", "--precision", precision, "--device", device,
        "--max-new-tokens", 10,
    ]
    args += ["--cache-dir", cache_dir] if cache_dir else ["--no-cache"]
    return run(binary, *args, env=env)


def test_the_binary_links_the_cuda_libraries_and_starts(no_gpu_env):
    needed = subprocess.run(
        ["readelf", "-d", CUDA_BIN], capture_output=True, text=True, check=True
    ).stdout
    for library in ["libcuda.so.1", "libcudart.so", "libcublas.so"]:
        assert library in needed, f"the cuda build does not link {library}:\n{needed}"
    usage = run(CUDA_BIN, "--help", env=no_gpu_env)
    assert usage.returncode == 0, usage.stderr
    assert "robobrain infer" in usage.stdout + usage.stderr


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
