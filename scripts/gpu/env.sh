# SPDX-License-Identifier: Apache-2.0
# Copyright 2026 the robobrain authors
# Sourced by scripts/gpu-check.sh and scripts/gpu/int8-diagnose.sh on a GPU machine: picks the
# robobrain binary (unpacking BINARY.gz when only that was carried) and the CUDA 13 run-time
# libraries (a PyTorch install's nvidia wheels, the driver). Sets `bin` and `out`.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
bin="${1:-$root/.carry/robobrain}"
out="${2:-${OUT:-$root/gpu-check-out}}"
mkdir -p "$out"
if [[ ! -x "$bin" && -f "$bin.gz" ]]; then
    gunzip -c "$bin.gz" >/tmp/robobrain && chmod +x /tmp/robobrain && bin=/tmp/robobrain
fi
[[ -x "$bin" ]] || { echo "no robobrain binary at $bin" >&2; exit 2; }
# The CUDA 13 run-time libraries of the nvidia wheels of whichever Python has them (PyTorch's),
# and the driver's libraries where the NVIDIA container toolkit mounts them.
cuda_wheel_libs=$(python3 - 2>/dev/null <<'PY'
import glob, site, sysconfig
bases = {sysconfig.get_paths()["purelib"], *site.getsitepackages()}
for base in sorted(bases):
    for lib in glob.glob(f"{base}/nvidia/cu13/lib"):
        print(lib)
PY
)
for dir in $cuda_wheel_libs /usr/local/nvidia/lib64; do
    [[ -d "$dir" ]] && LD_LIBRARY_PATH="$dir${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
done
export LD_LIBRARY_PATH RUST_BACKTRACE=0
