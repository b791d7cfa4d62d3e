#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Copyright 2026 the robobrain authors
# The demo: sets everything up (scripts/setup.sh), starts robobrain_node with the demo camera,
# asks one sample query, prints /diagnostics, and keeps running until Ctrl-C.
#
#   scripts/demo.sh [MODEL_PATH]
#
# MODEL_PATH is a RoboBrain 2.0 checkpoint folder; without one the demo runs the bundled tiny
# checkpoint (random weights: its answers are random text) on the CPU. DEMO_DEVICE (cpu|cuda;
# default cpu for the tiny model, cuda for a real one) and DEMO_QUANTIZATION (default f32 for the
# tiny model, int8 for a real one) override. A real checkpoint on cuda builds the node with the
# cuda feature (ROBOBRAIN_CUDA=1 scripts/setup.sh: about 25 minutes the first time). DEMO_SECONDS=N
# stops after N s.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
say() { printf '\033[1mdemo:\033[0m %s\n' "$*" >&2; }

if [[ -n "${1:-}" && "${DEMO_DEVICE:-cuda}" == cuda ]]; then
    # A real checkpoint on the GPU: the node needs the cuda feature (setup.sh, ROBOBRAIN_CUDA).
    export ROBOBRAIN_CUDA="${ROBOBRAIN_CUDA:-1}"
fi
scripts/setup.sh
# shellcheck source=ros-env.sh
. scripts/ros-env.sh
bin="${CARGO_TARGET_DIR:-$root/target}/debug"
if [[ -n "${1:-}" ]]; then
    model_path="$1" device="${DEMO_DEVICE:-cuda}" quantization="${DEMO_QUANTIZATION:-int8}"
else
    model_path="$root/tests/fixtures/tiny" device="${DEMO_DEVICE:-cpu}" quantization="${DEMO_QUANTIZATION:-f32}"
    say "no MODEL_PATH given: the bundled tiny checkpoint (random weights, random answers)"
fi

pids=()
stop_all() {
    for pid in "${pids[@]}"; do kill -INT "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap stop_all EXIT
trap 'exit 0' INT TERM

say "starting robobrain_node (config/robobrain.yaml) and demo_camera on /camera/image_raw (with the synthetic scene's depth and CameraInfo), and two small cameras for a question over both"
# The small cameras: several images share the token budget of one max_image_pixels image (the
# tiny checkpoint's is 64 tokens, 224x224); two 160x120 frames take 24 tokens each.
node_args=(--ros-args --params-file config/robobrain.yaml -p "model_path:=$model_path"
    -p "device:=$device" -p "quantization:=$quantization"
    -p "camera_topics:=[/camera/image_raw,/camera_left/image_raw,/camera_right/image_raw]")
"$bin/robobrain_node" "${node_args[@]}" &
pids+=($!)
"$bin/demo_camera" --topic /camera/image_raw --rate 5 --width 1280 --height 720 --depth &
pids+=($!)
for side in left right; do
    "$bin/demo_camera" --topic "/camera_$side/image_raw" --rate 2 --width 160 --height 120 \
        --frame-id "camera_$side" --ros-args -r "__node:=demo_camera_$side" &
    pids+=($!)
done
sleep 2

say "sample query: pointing 'the red square'"
python scripts/query.py --task pointing --prompt "the red square" --max-image-age 2 || true
say "streamed query (action ~/query_stream): general 'What is in this picture?'"
python scripts/query.py --stream --task general --prompt "What is in this picture?" || true
say "a question over two cameras: general 'What differs between these two views?'"
python scripts/query.py --task general --prompt "What differs between these two views?" \
    --cameras /camera_left/image_raw,/camera_right/image_raw || true
say "answers are also published on /robobrain/results, drawn on /robobrain/annotated (rqt_image_view), in 3-D on /robobrain/markers (RViz)"
say "/diagnostics (watch them live with: rqt --standalone rqt_runtime_monitor)"
python scripts/diagnostics.py || true

if [[ -n "${DEMO_SECONDS:-}" ]]; then
    sleep "$DEMO_SECONDS"
else
    say "running; press Ctrl-C to stop"
    wait
fi
