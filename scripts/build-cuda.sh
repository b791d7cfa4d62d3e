#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Copyright 2026 the robobrain authors
# Builds the `robobrain` CLI with the `cuda` feature on a machine without a GPU or a system CUDA
# toolkit, using NVIDIA's CUDA 13.0 build tools from PyPI. Idempotent: re-running reuses the venv,
# the stand-in toolkit and the cargo target folder. See docs/cuda-build.md.
#
# Environment:
#   CUDA_COMPUTE_CAP   GPU architecture to compile kernels for (default: this machine's GPU per
#                      nvidia-smi, else 90: H100/H200, sm_90a)
#   CARGO_TARGET_DIR   cargo's target folder (default: target/)
#   CUDA_VENV          venv for the wheels (default: <repo>/.venv-cuda)
#   CUDA_STANDIN       stand-in toolkit folder (default: <repo>/.cuda-toolkit)
#   PYTHON             python used to create the venv (default: python3)
#   CUDAFORGE_THREADS  parallel nvcc jobs for candle-kernels (default: number of cores)
#   NICE               niceness for cargo (default 0; e.g. NICE=19 on a shared machine)
#   CUDA_BUILD_PROFILE release (default): the binary to run on a GPU, kernels fully optimised.
#                      ci: a compile check (CI, scripts/test.sh): dev profile, sharing the test
#                      build's dependencies, and candle-kernels' device code compiled with
#                      `nvcc -Ofc=max` (fast compile, slow kernels): about 4x less nvcc time.
#                      Never benchmark or ship a ci binary.
#   CUDA_BUILD_FEATURES cargo features (default cuda; scripts/test.sh builds with ros,cuda in a
#                      ROS shell, so that the CLI shares every compiled crate with the node)
#   BUILD_ONLY_ENV=1   set up the toolkit and print the env exports, but do not run cargo
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"

if [ -z "${CUDA_COMPUTE_CAP:-}" ]; then
  # This machine's GPU when it has one (building on the robot), else the H100/H200.
  detected=$(nvidia-smi --query-gpu=compute_cap --format=csv,noheader 2>/dev/null | head -1 | tr -d ' .' || true)
  export CUDA_COMPUTE_CAP=${detected:-90}
fi
venv=${CUDA_VENV:-$repo/.venv-cuda}
tk=${CUDA_STANDIN:-$repo/.cuda-toolkit}
py=${PYTHON:-python3}

# Pinned together: nvcc alone would pull crt/nvvm 13.5, which cudarc 0.19 does not know and which
# a CUDA 13.0 driver (580) may reject. nvrtc: cudarc (feature nvrtc, dynamic-linking) emits -lnvrtc.
WHEELS=(
  nvidia-cuda-nvcc==13.0.88
  nvidia-cuda-crt==13.0.88
  nvidia-nvvm==13.0.88
  nvidia-cuda-runtime==13.0.96
  nvidia-cuda-cccl==13.0.85
  nvidia-cublas==13.0.2.14
  nvidia-curand==10.4.0.35
  nvidia-cuda-nvrtc==13.0.88
)

log() { echo "[build-cuda] $*" >&2; }

# 1. venv with the wheels (outside git: /.venv* is ignored)
if [ ! -x "$venv/bin/python" ]; then
  log "creating venv $venv"
  "$py" -m venv "$venv"
fi
stamp="$venv/.cuda-wheels"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "${WHEELS[*]}" ]; then
  log "installing ${WHEELS[*]}"
  "$venv/bin/python" -m pip install --disable-pip-version-check -q "${WHEELS[@]}"
  echo "${WHEELS[*]}" > "$stamp"
fi
cu=$("$venv/bin/python" -c 'import os, nvidia; print(os.path.join(list(nvidia.__path__)[0], "cu13"))')
[ -x "$cu/bin/nvcc" ] || { log "nvcc not found under $cu/bin"; exit 1; }

# 2. stand-in toolkit: bin/include/nvvm -> wheel, lib64 with unversioned .so links, stub libcuda
mkdir -p "$tk/lib64/stubs"
for d in bin include nvvm; do ln -sfn "$cu/$d" "$tk/$d"; done
for l in cudart cublas cublasLt curand nvrtc; do
  f=$(ls "$cu/lib/lib$l.so."* 2>/dev/null | grep -E "/lib$l\.so\.[0-9]+$" | head -1 || true)
  [ -n "$f" ] || { log "lib$l.so.N not found in $cu/lib"; exit 1; }
  ln -sfn "$f" "$tk/lib64/lib$l.so"
done
stub_c="$tk/lib64/stubs/libcuda_stub.c"
if [ ! -f "$tk/lib64/stubs/libcuda.so" ] || [ "$repo/Cargo.lock" -nt "$tk/lib64/stubs/libcuda.so" ]; then
  cargo fetch --locked >/dev/null 2>&1 || cargo fetch >/dev/null
  "$repo/scripts/cuda/gen-libcuda-stub.sh" "$stub_c"
  gcc -shared -fPIC -O0 -Wl,-soname,libcuda.so.1 -o "$tk/lib64/stubs/libcuda.so" "$stub_c"
  log "compiled stub $tk/lib64/stubs/libcuda.so (SONAME libcuda.so.1)"
fi

# 3. environment
export CUDA_HOME="$tk" CUDA_ROOT="$tk" CUDA_PATH="$tk"
export PATH="$tk/bin:$PATH"
export CUDAFORGE_THREADS=${CUDAFORGE_THREADS:-$(nproc)}
nvcc_ver=$(nvcc --version | sed -n 's/.*release \([0-9.]*\),.*/\1/p')
[ "$nvcc_ver" = "13.0" ] || { log "expected nvcc 13.0, found $nvcc_ver ($(command -v nvcc))"; exit 1; }
log "nvcc $nvcc_ver at $(command -v nvcc); CUDA_COMPUTE_CAP=$CUDA_COMPUTE_CAP CUDAFORGE_THREADS=$CUDAFORGE_THREADS"

# 4. the build profile
profile=${CUDA_BUILD_PROFILE:-release}
case "$profile" in
  release) cargo_profile=(--release); out=release ;;
  ci)
    # nvcc reads NVCC_APPEND_FLAGS itself. candle-kernels' build script does not rerun when
    # it changes, so the fast-compiled kernels need a build folder of their own: a profile
    # setting of no consequence for candle-kernels' Rust code (it only holds the PTX text)
    # gives them one, apart from a dev build of the node with CUDA (setup.sh, ROBOBRAIN_CUDA=1)
    # in the same target folder. Everything that does not depend on candle-kernels is shared
    # with the core build.
    export NVCC_APPEND_FLAGS="${NVCC_APPEND_FLAGS:+$NVCC_APPEND_FLAGS }-Ofc=max"
    ci_cargo_config='profile.dev.package.candle-kernels.opt-level=2'
    cargo_profile=(--config "$ci_cargo_config"); out=debug ;;
  *) log "CUDA_BUILD_PROFILE=$profile: expected release or ci"; exit 2 ;;
esac
if [ "${BUILD_ONLY_ENV:-0}" = 1 ]; then
  # CUDA_RUNTIME_LIB: the wheels' libcudart/libcublas/..., which a binary built here needs at
  # run time where no system CUDA provides them (setup.sh links it in as the node's rpath).
  # With CUDA_BUILD_PROFILE=ci also the fast-compile flags, and CUDA_CI_CARGO_CONFIG for
  # cargo's --config (the ci kernels' own build folder).
  echo "export CUDA_HOME=$tk CUDA_ROOT=$tk CUDA_PATH=$tk PATH=$tk/bin:\$PATH CUDA_COMPUTE_CAP=$CUDA_COMPUTE_CAP CUDAFORGE_THREADS=$CUDAFORGE_THREADS CUDA_RUNTIME_LIB=$cu/lib"
  if [ "$profile" = ci ]; then
    echo "export NVCC_APPEND_FLAGS='$NVCC_APPEND_FLAGS' CUDA_CI_CARGO_CONFIG='$ci_cargo_config'"
  fi
  exit 0
fi

# 5. build
start=$(date +%s)
nice -n "${NICE:-0}" cargo build "${cargo_profile[@]}" --features "${CUDA_BUILD_FEATURES:-cuda}" --bin robobrain
bin="${CARGO_TARGET_DIR:-$repo/target}/$out/robobrain"
log "built in $(( $(date +%s) - start )) s: $bin"
echo "$bin"
