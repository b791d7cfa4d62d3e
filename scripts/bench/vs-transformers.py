#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
# Copyright 2026 the robobrain authors
"""robobrain against transformers on the CPU, side by side: the same checkpoint, image, prompt,
thread count and answer length, medians of several runs, one JSON table with the ratios.

    python scripts/bench/vs-transformers.py --model DIR --image FILE [--prompt TEXT]
        [--new-tokens 32] [--threads N] [--runs 3] [--robobrain target/release/robobrain]
        [--precisions int8,f32] [--torch-precisions bf16,f32]

Not run by CI. Set-up, in a scratch venv (torch and transformers are large):

    python3 -m venv /tmp/venv-bench
    /tmp/venv-bench/bin/pip install torch transformers tokenizers safetensors pillow numpy
    cargo build --release --bin robobrain
    /tmp/venv-bench/bin/python scripts/bench/vs-transformers.py --model /path/to/RoboBrain2.0-3B \\
        --image tests/fixtures/images/image_1.png

A checkpoint of random weights at the 3B shape (no download needed):
`python scripts/fixtures/make_random_checkpoint.py /tmp/rb3b [--layers N]`;
RoboBrain 2.5's 4B shape:
`--size rb25-4b`. The transformers class and image processor settings follow the checkpoint's
config.json `model_type` (qwen2_5_vl, qwen3_vl) and preprocessor_config.json. Random weights
rarely stop early; each side generates exactly --new-tokens (transformers with min_new_tokens,
robobrain's answer length is reported and checked).

What is measured, per run: vision + prefill (the time to the first token: robobrain's
vision_ms + prefill_ms, transformers' generate() of one token), decode tokens per second (the
tokens after the first over the rest of the time) and the peak RSS of each side's process
(loading included; each precision in a process of its own).
"""

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def robobrain_runs(args, precision):
    runs = []
    for _ in range(args.runs):
        command = [
            args.robobrain,
            "--threads",
            str(args.threads),
            "infer",
            "--json",
            "--model",
            args.model,
            "--image",
            args.image,
            "--prompt",
            args.prompt,
            "--precision",
            precision,
            "--max-new-tokens",
            str(args.new_tokens),
            "--no-cache",
        ]
        started = time.monotonic()
        with tempfile.TemporaryFile("w+") as stdout, tempfile.TemporaryFile("w+") as stderr:
            child = subprocess.Popen(command, stdout=stdout, stderr=stderr)
            # wait4: this child's own peak RSS (kB on Linux).
            _, status, usage = os.wait4(child.pid, 0)
            child.returncode = os.waitstatus_to_exitcode(status)
            stdout.seek(0)
            stderr.seek(0)
            if child.returncode != 0:
                sys.exit(f"robobrain {precision} failed:\n{stderr.read()}")
            out = json.loads(stdout.read())
        t = out["timings_ms"]
        runs.append({
            "vision_prefill_s": (t["vision_ms"] + t["prefill_ms"]) / 1000,
            "decode_tokens_per_s": out["decode_tokens_per_second"],
            "generated_tokens": out["generated_tokens"],
            "peak_rss_gib": usage.ru_maxrss / 2**20,
            **({"prompt_tokens": out["prompt_tokens"]} if "prompt_tokens" in out else {}),
            "wall_s": time.monotonic() - started,
        })
    return runs


# Per checkpoint family (config.json's model_type): transformers' class and the system block
# robobrain's prompt has when none is given (src/models/dialect.rs: Qwen3-VL's template writes
# none).
FAMILIES = {
    "qwen2_5_vl": ("Qwen2_5_VLForConditionalGeneration",
                   "<|im_start|>system\nYou are a helpful assistant.<|im_end|>\n"),
    "qwen3_vl": ("Qwen3VLForConditionalGeneration", ""),
}


def image_processor(model_dir):
    """The Qwen2-VL PIL image processor with the checkpoint's settings: the pixel limits
    (`min_pixels`/`max_pixels` in 2.0's preprocessor config, `size` in Qwen3-VL's), the patch
    (14 or 16: the resize factor is patch x merge), mean and std."""
    from transformers.models.qwen2_vl.image_processing_pil_qwen2_vl import Qwen2VLImageProcessorPil

    preprocessor = json.loads((Path(model_dir) / "preprocessor_config.json").read_text())
    settings = {k: preprocessor[k] for k in ["size", "min_pixels", "max_pixels", "patch_size",
                                             "temporal_patch_size", "merge_size", "image_mean",
                                             "image_std"] if k in preprocessor}
    if "size" not in settings:
        settings.setdefault("min_pixels", 3136)
        settings.setdefault("max_pixels", 12845056)
    return Qwen2VLImageProcessorPil(**settings), preprocessor.get("merge_size", 2)


def transformers_runs(args, precision):
    import torch
    import transformers
    from PIL import Image
    from transformers import PreTrainedTokenizerFast

    torch.set_num_threads(args.threads)
    dtype = {"bf16": torch.bfloat16, "f32": torch.float32}[precision]
    model_type = json.loads((Path(args.model) / "config.json").read_text())["model_type"]
    class_name, system = FAMILIES[model_type]
    model = getattr(transformers, class_name).from_pretrained(args.model, dtype=dtype).eval()
    processor, merge = image_processor(args.model)
    tokenizer = PreTrainedTokenizerFast(tokenizer_file=str(Path(args.model) / "tokenizer.json"))
    # The prompt robobrain renders for task general, thinking off (src/engine/prompt.rs).
    prompt = (
        f"{system}<|im_start|>user\n"
        f"<|vision_start|><|image_pad|><|vision_end|>{args.prompt}<|im_end|>\n"
        "<|im_start|>assistant\n"
    )
    features = processor(images=[Image.open(args.image).convert("RGB")], return_tensors="pt")
    pads = int(features["image_grid_thw"][0].prod()) // merge**2
    ids = torch.tensor(
        [tokenizer(prompt.replace("<|image_pad|>", "<|image_pad|>" * pads))["input_ids"]]
    )
    image_pad = tokenizer.convert_tokens_to_ids("<|image_pad|>")
    inputs = {
        "input_ids": ids,
        "attention_mask": torch.ones_like(ids),
        "mm_token_type_ids": (ids == image_pad).to(torch.int32),
        "pixel_values": features["pixel_values"].to(dtype),
        "image_grid_thw": features["image_grid_thw"],
    }
    greedy = dict(do_sample=False, temperature=None, top_p=None, top_k=None)
    runs = []
    with torch.no_grad():
        for _ in range(args.runs):
            started = time.monotonic()
            model.generate(**inputs, max_new_tokens=1, min_new_tokens=1, **greedy)
            first = time.monotonic() - started
            started = time.monotonic()
            model.generate(
                **inputs, max_new_tokens=args.new_tokens, min_new_tokens=args.new_tokens, **greedy
            )
            total = time.monotonic() - started
            runs.append({
                "vision_prefill_s": first,
                "decode_tokens_per_s": (args.new_tokens - 1) / max(total - first, 1e-9),
                "generated_tokens": args.new_tokens,
                "peak_rss_gib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20,
                "prompt_tokens": int(ids.shape[1]),
            })
    del model
    return runs


def medians(runs):
    keys = [k for k in runs[0] if isinstance(runs[0][k], (int, float))]
    return {k: statistics.median(r[k] for r in runs) for k in keys}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", required=True)
    parser.add_argument("--image", required=True)
    parser.add_argument("--prompt", default="Describe the scene.")
    parser.add_argument("--new-tokens", type=int, default=32)
    parser.add_argument("--threads", type=int, default=len(os.sched_getaffinity(0)))
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--robobrain", default=str(REPO / "target" / "release" / "robobrain"))
    parser.add_argument("--precisions", default="int8,f32")
    parser.add_argument("--torch-precisions", default="bf16,f32")
    parser.add_argument("--torch-worker", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.torch_worker:
        # One torch precision in a process of its own, so that its peak RSS is its own.
        print(json.dumps(transformers_runs(args, args.torch_worker)))
        return

    rows = {}
    for precision in args.precisions.split(","):
        rows[f"robobrain {precision}"] = medians(robobrain_runs(args, precision))
    for precision in args.torch_precisions.split(","):
        worker = subprocess.run(
            [sys.executable, __file__, *sys.argv[1:], "--torch-worker", precision],
            capture_output=True, text=True, timeout=3600,
        )
        if worker.returncode != 0:
            sys.exit(f"transformers {precision} failed:\n{worker.stderr}")
        rows[f"transformers {precision}"] = medians(
            json.loads(worker.stdout.strip().splitlines()[-1])
        )
    baseline = rows.get("transformers bf16") or next(iter(rows.values()))
    for name, row in rows.items():
        row["vision_prefill_vs_transformers_bf16"] = (
            row["vision_prefill_s"] / baseline["vision_prefill_s"]
        )
        row["decode_vs_transformers_bf16"] = (
            row["decode_tokens_per_s"] / baseline["decode_tokens_per_s"]
        )
    print(json.dumps({
        "model": args.model, "image": args.image, "prompt": args.prompt,
        "new_tokens": args.new_tokens, "threads": args.threads, "runs": args.runs,
        "machine": {"cpus": os.cpu_count(), "affinity": len(os.sched_getaffinity(0))},
        "rows": rows,
    }, indent=2))


if __name__ == "__main__":
    main()
