#!/usr/bin/env python3
"""Writes a RoboBrain2.0-shaped checkpoint folder of RANDOM weights, for measuring loading (the
int8 cache, host RAM) on a GPU machine where the real checkpoints cannot be downloaded.

    python scripts/make_random_checkpoint.py OUT_DIR [--size 3b|7b] [--layers N] [--device cuda]

The architecture comes from the Rust core's RoboBrain 3B/7B configs (src/model/config.rs), the
image limits from the published preprocessor config; the tokenizer and generation files come from
the tiny test checkpoint, so the special token ids are set to that tokenizer's. Needs torch and transformers. Its answers are noise.
"""

import argparse
import json
import re
import shutil
from pathlib import Path

import torch
from transformers import Qwen2_5_VLConfig, Qwen2_5_VLForConditionalGeneration

REPO = Path(__file__).resolve().parents[1]
TINY = REPO / "tests" / "fixtures" / "tiny"
COPIED = ["tokenizer.json", "tokenizer_config.json", "chat_template.json", "generation_config.json"]
# The published checkpoints' image limits (Qwen2.5-VL's): the tiny checkpoint's own are far smaller.
MIN_PIXELS, MAX_PIXELS = 3136, 12845056
TOKEN_IDS = ["bos_token_id", "eos_token_id", "pad_token_id", "vision_start_token_id", "vision_end_token_id",
             "vision_token_id", "image_token_id", "video_token_id"]


def rust_config(size):
    source = (REPO / "src" / "model" / "config.rs").read_text()
    match = re.search(rf'ROBOBRAIN_{size.upper()}_CONFIG: &str = r#"(.*?)"#;', source, re.S)
    assert match, f"no ROBOBRAIN_{size.upper()}_CONFIG in src/model/config.rs"
    return json.loads(match.group(1))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("--size", default="3b", choices=["3b", "7b"])
    parser.add_argument("--layers", type=int, default=0, help="fewer decoder layers (0 = as the real model)")
    parser.add_argument("--device", default="cuda" if torch.cuda.is_available() else "cpu")
    args = parser.parse_args()

    config = rust_config(args.size)
    tiny = json.loads((TINY / "config.json").read_text())
    for key in TOKEN_IDS:
        config[key] = tiny[key]
    if args.layers:
        config["num_hidden_layers"] = args.layers
    # The Rust configs are in the flat 4.x layout; transformers 5 reads the decoder's fields only
    # from text_config (flat ones would silently fall back to its defaults).
    vision = config.pop("vision_config")
    top_level = {k: config[k] for k in ["architectures", "model_type", *TOKEN_IDS] if k in config}
    hf_config = Qwen2_5_VLConfig(**top_level, text_config=dict(config), vision_config=vision)
    assert hf_config.text_config.hidden_size == config["hidden_size"], "text_config not applied"
    torch.manual_seed(0)
    with torch.device(args.device):
        model = Qwen2_5_VLForConditionalGeneration(hf_config).to(torch.bfloat16)
    args.out.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(args.out, max_shard_size="4GB")
    for name in COPIED:
        if (TINY / name).exists():
            shutil.copy(TINY / name, args.out / name)
    preprocessor = json.loads((TINY / "preprocessor_config.json").read_text())
    preprocessor.update(min_pixels=MIN_PIXELS, max_pixels=MAX_PIXELS)
    (args.out / "preprocessor_config.json").write_text(json.dumps(preprocessor, indent=2))
    count = sum(p.numel() for p in model.parameters())
    print(json.dumps({"out": str(args.out), "parameters": count, "layers": hf_config.text_config.num_hidden_layers}))


if __name__ == "__main__":
    main()
