#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Copyright 2026 the robobrain authors
# int8 numerics on a GPU under candle's two families of Q8_0 kernels. candle 0.11.1's fast
# MMVQ/MMQ kernels gave all-NaN logits on an H200 with CUDA 13.0 (2026-11-26); its
# dequantize-mul-mat kernels, robobrain's default since, were right. Runs the tiny checkpoint at
# f32 and int8 on the GPU with each family, then the 3B-shaped random model's int8-vs-bf16 logits.
#
#   scripts/gpu/int8-diagnose.sh [BINARY] [OUTPUT_DIR]     (defaults as scripts/gpu-check.sh)
set -uo pipefail
# shellcheck source=env.sh
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"

summary() {  # name of a bench JSON -> one line per precision
    python3 - "$1" <<'PY' 2>&1
import json, sys
d = json.load(open(sys.argv[1]))
for r in d["results"]:
    print("  %s: vs first %s, non-finite %s" % (r["precision"], r["logits_relative_error_vs_first"], r["logits_non_finite"]))
PY
}
tiny() {  # label, env assignments...
    local label="$1"; shift
    env "$@" "$bin" bench --model "$root/tests/fixtures/tiny" --precision f32,int8 --device cuda:0 \
        --sizes 333x250 --new-tokens 2 --compare-logits yes >"$out/tiny-$label.json" 2>"$out/tiny-$label.err" \
        || { echo "tiny $label failed: $(tail -2 "$out/tiny-$label.err")"; return; }
    echo "tiny $label:"; summary "$out/tiny-$label.json"
}
tiny default
tiny fast-qmatmul ROBOBRAIN_CANDLE_FAST_QMATMUL=1
tiny dequantize-all CANDLE_DEQUANTIZE_ALL=1
for label in default fast-qmatmul; do
    flags=(RUST_BACKTRACE=0)
    [[ $label == fast-qmatmul ]] && flags+=(ROBOBRAIN_CANDLE_FAST_QMATMUL=1)
    started=$SECONDS
    env "${flags[@]}" "$bin" bench --random 3b --precision bf16,int8 --device cuda:0 --sizes 640x480 \
        --new-tokens 16 --compare-logits yes >"$out/3b-$label.json" 2>"$out/3b-$label.err" \
        || { echo "3b $label failed: $(tail -2 "$out/3b-$label.err")"; continue; }
    echo "3b $label ($((SECONDS - started)) s):"; summary "$out/3b-$label.json"
done
rm -f "$out"/*.err
