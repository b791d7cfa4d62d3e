#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Copyright 2026 the robobrain authors
# GPU check for a machine with an NVIDIA GPU and no Rust: runs a `robobrain` binary built with
# `--features cuda` (scripts/build-cuda.sh) on RoboBrain2.0-3B-shaped random weights.
#
#   scripts/gpu-check.sh [BINARY] [OUTPUT_DIR]
#
# BINARY defaults to .carry/robobrain (or .carry/robobrain.gz, unpacked), OUTPUT_DIR to $OUT or
# ./gpu-check-out. Writes one JSON file per step and prints a summary. Each precision is measured
# in its own process, so one precision's cached GPU memory never inflates another's figures.
# Exits non-zero when a step fails.
#
# The one entry point for a GPU session: it also runs scripts/gpu/cache-offload-check.sh (the int8
# cache and partial offload on CUDA, seconds), and with GPU_CHECK_INT8_DIAGNOSE=1
# scripts/gpu/int8-diagnose.sh (candle's two Q8_0 kernel families on the tiny checkpoint).
set -uo pipefail
# shellcheck source=gpu/env.sh
. "$(dirname "${BASH_SOURCE[0]}")/gpu/env.sh"

failed=0
step() {
    local name="$1"; shift
    local started=$SECONDS
    if "$bin" "$@" >"$out/$name.json" 2>"$out/$name.err"; then
        echo "gpu-check: $name ok ($((SECONDS - started)) s)"
        [[ -s "$out/$name.err" ]] || rm -f "$out/$name.err"
    else
        echo "gpu-check: $name FAILED ($((SECONDS - started)) s):"; tail -5 "$out/$name.err"
        failed=1
    fi
}

nvidia-smi --query-gpu=name,driver_version,memory.total,memory.used --format=csv | tee "$out/gpu.csv"
sizes=640x480,1920x1080
step memcheck-int8 memcheck --random 3b --precision int8 --device cuda:0 --sizes "$sizes" --new-tokens 16
# The plan (`robobrain plan`, what the node checks at start) against the measured process peak
# (NVML), per image size, each in a process of its own, answers as long as the node's default
# max_new_tokens (256). The plan is asked for a 5.6 GiB card (5734 MiB free), the target.
for size in 640x480 1920x1080; do
    pixels=$(( ${size%x*} * ${size#*x} ))
    step "plan-int8-$size" plan --random 3b --gpu-mib 5734 --precision int8 --max-image-pixels "$pixels" --json
    step "memcheck-int8-$size" memcheck --random 3b --precision int8 --device cuda:0 --sizes "$size" --new-tokens 256
done
# candle's fast Q8_0 kernels (MMVQ/MMQ), off by default since they gave NaN logits before int8
# rows were padded to a multiple of 64: speed, and logits against bf16 in the same process.
ROBOBRAIN_CANDLE_FAST_QMATMUL=1 step bench-int8-fast bench --random 3b --precision int8 --device cuda:0 --sizes "$sizes" --new-tokens 64
ROBOBRAIN_CANDLE_FAST_QMATMUL=1 step logits-int8-fast-vs-bf16 bench --random 3b --precision bf16,int8 --device cuda:0 \
    --sizes 640x480 --new-tokens 2 --compare-logits yes
step bench-int8 bench --random 3b --precision int8 --device cuda:0 --sizes "$sizes" --new-tokens 64
# The same with TF32 tensor cores for int8's f32 GEMMs (prefill, vision): off by default until
# these two runs say what it gains (speed) and costs (the logits check below).
ROBOBRAIN_TF32=1 step bench-int8-tf32 bench --random 3b --precision int8 --device cuda:0 --sizes "$sizes" --new-tokens 64
ROBOBRAIN_TF32=1 step logits-int8-tf32-vs-bf16 bench --random 3b --precision bf16,int8 --device cuda:0 \
    --sizes 640x480 --new-tokens 2 --compare-logits yes
step bench-bf16 bench --random 3b --precision bf16 --device cuda:0 --sizes "$sizes" --new-tokens 64
# Same random model at both precisions in one process: int8's last-position logits against bf16's.
step logits-int8-vs-bf16 bench --random 3b --precision bf16,int8 --device cuda:0 --sizes 640x480 \
    --new-tokens 2 --compare-logits yes
# RoboBrain 2.5 (Qwen3-VL): the 4B shape at int8 (speed, memory against the plan for the 5.6 GiB
# card with the layers that fit it), and int8's logits against bf16 on the same random model.
step rb25-plan-int8 plan --random rb25-4b --gpu-mib 5734 --precision int8 --max-image-pixels 307200 --json
step rb25-memcheck-int8 memcheck --random rb25-4b --precision int8 --device cuda:0 --sizes 640x480 --new-tokens 256
step rb25-bench-int8 bench --random rb25-4b --precision int8 --device cuda:0 --sizes "$sizes" --new-tokens 64
step rb25-logits-int8-vs-bf16 bench --random rb25-4b --precision bf16,int8 --device cuda:0 --sizes 640x480 \
    --new-tokens 2 --compare-logits yes
step rb25-tiny-cuda bench --model "$root/tests/fixtures/rb25/tiny" --precision f32,bf16,int8 --device cuda:0 \
    --sizes 333x250 --new-tokens 4 --compare-logits yes
# The tiny test checkpoint on the GPU: each precision's logits against f32 on the same device.
step tiny-cuda bench --model "$root/tests/fixtures/tiny" --precision f32,bf16,int8 --device cuda:0 \
    --sizes 333x250 --new-tokens 4 --compare-logits yes

here="$(dirname "${BASH_SOURCE[0]}")"
started=$SECONDS
if "$here/gpu/cache-offload-check.sh" "$bin" "$out/cache-offload" >"$out/cache-offload.log" 2>&1; then
    echo "gpu-check: cache-offload ok ($((SECONDS - started)) s)"
else
    echo "gpu-check: cache-offload FAILED:"; tail -5 "$out/cache-offload.log"; failed=1
fi
if [[ "${GPU_CHECK_INT8_DIAGNOSE:-0}" == 1 ]]; then
    "$here/gpu/int8-diagnose.sh" "$bin" "$out/int8-diagnose" || failed=1
fi

# Bound on int8's logits against bf16's (relative L2 over the vocabulary); the tiny test model
# measures 0.04 against f32 on the CPU (tests/model_parity.rs).
python3 - "$out" 0.1 <<'EOF' || failed=1
import json, pathlib, sys
out = pathlib.Path(sys.argv[1])
def load(name):
    try:
        return json.loads((out / f"{name}.json").read_text())
    except Exception:
        return None
for name in ("bench-int8", "bench-int8-tf32", "bench-int8-fast", "bench-bf16", "rb25-bench-int8"):
    report = load(name)
    for r in (report or {}).get("results", []):
        host = r.get("host", {})
        print(f"{name}: load {r['load_seconds']:.1f} s, weights {r['weight_bytes'] / 2**30:.2f} GiB, "
              f"process after load {r['process_mib_after_load']} MiB, peak {r['peak_process_mib']} MiB; "
              f"host anon MiB before/after load/peak {host.get('anon_mib_before_load')}/"
              f"{host.get('anon_mib_after_load')}/{host.get('peak_anon_mib')}; "
              f"decode operations per token and layer {r.get('decode_operations_per_layer')}")
        for run in r["runs"]:
            t = run["timings"]
            print(f"  {run['image']}: {run['image_tokens']} image tokens, vision {t['vision_ms']:.0f} ms, "
                  f"prefill {t['prefill_ms']:.0f} ms, decode {run['decode_tokens_per_second']:.1f} tok/s, "
                  f"process {run['process_mib_after']} MiB")
bound, status = float(sys.argv[2]), 0
for name in ("logits-int8-vs-bf16", "logits-int8-tf32-vs-bf16", "logits-int8-fast-vs-bf16",
             "rb25-logits-int8-vs-bf16"):
    report = load(name)
    for r in (report or {}).get("results", []):
        err, bad = r["logits_relative_error_vs_first"], r.get("logits_non_finite")
        print(f"{name}: {r['precision']} relative L2 {err} (bound {bound}), non-finite values {bad}")
        if err is None or err > bound or bad:
            status = 1
for name in ("tiny-cuda", "rb25-tiny-cuda"):
    for r in (load(name) or {}).get("results", []):
        print(f"{name}, {r['precision']} vs f32: relative L2 {r['logits_relative_error_vs_first']}, "
              f"non-finite {r.get('logits_non_finite')}")
mem = load("memcheck-int8")
if mem:
    print("memcheck int8 ok:", mem["ok"], "refused:", mem["refused"], "peak MiB:", mem["peak_process_mib"])
# Targets (issue 9): peak <= 5.0 GiB at 1920x1080 and <= 4.7 GiB at 640x480, within 10% of the plan.
for size, target_gib in (("640x480", 4.7), ("1920x1080", 5.0)):
    plan, mem = load(f"plan-int8-{size}"), load(f"memcheck-int8-{size}")
    if not plan or not mem or mem.get("peak_process_mib") is None:
        print(f"plan vs peak at {size}: missing figures")
        continue
    planned, peak = plan["total_bytes"] / 2**20, mem["peak_process_mib"]
    print(f"plan vs peak at {size}: planned {planned:.0f} MiB (fits a 5.6 GiB card: {plan['fits']}), "
          f"measured peak {peak} MiB ({(peak - planned) / planned * 100:+.1f}%), target <= {target_gib} GiB: "
          f"{'met' if peak <= target_gib * 1024 else 'NOT met'}")
sys.exit(status)
EOF
exit "$failed"
