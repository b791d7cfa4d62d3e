#!/usr/bin/env python3
"""Writes a RoboBrain-shaped checkpoint folder of RANDOM weights (2.0: Qwen2.5-VL 3B/7B; 2.5:
Qwen3-VL 4B/8B), for measuring loading (the int8 cache, host RAM) and speed where the real
checkpoints cannot be downloaded.

    python scripts/make_random_checkpoint.py OUT_DIR [--size 3b|7b|rb25-4b|rb25-8b] [--layers N]
        [--device cuda]

The architecture comes from the Rust core's configs (ROBOBRAIN_3B/7B_CONFIG in
src/models/qwen2_5_vl/config.rs, ROBOBRAIN25_4B/8B_CONFIG in src/models/qwen3_vl/config.rs), the
image limits from the published preprocessor configs; the tokenizer and generation files come
from the family's tiny test checkpoint, so the special token ids are set to that tokenizer's.
Needs torch and transformers. Its answers are noise.
"""

import argparse
import json
import re
import shutil
from pathlib import Path

import torch
import transformers

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures"
COPIED = [
    "tokenizer.json",
    "tokenizer_config.json",
    "chat_template.json",
    "generation_config.json",
    "video_preprocessor_config.json",
]
TOKEN_IDS = [
    "bos_token_id",
    "eos_token_id",
    "pad_token_id",
    "vision_start_token_id",
    "vision_end_token_id",
    "vision_token_id",
    "image_token_id",
    "video_token_id",
]
# Per family: the Rust source holding the configs, the constant's prefix, transformers' classes,
# the tiny checkpoint (tokenizer) and the published checkpoints' image limits (the tiny
# checkpoints' own are far smaller).
FAMILIES = {
    "qwen2_5_vl": dict(
        source="src/models/qwen2_5_vl/config.rs",
        prefix="ROBOBRAIN_",
        tiny="tiny",
        classes=("Qwen2_5_VLConfig", "Qwen2_5_VLForConditionalGeneration"),
        image_limits=dict(min_pixels=3136, max_pixels=12845056),
    ),
    "qwen3_vl": dict(
        source="src/models/qwen3_vl/config.rs",
        prefix="ROBOBRAIN25_",
        tiny="rb25/tiny",
        classes=("Qwen3VLConfig", "Qwen3VLForConditionalGeneration"),
        image_limits=dict(size={"shortest_edge": 65536, "longest_edge": 16777216}),
    ),
}
SIZES = {"3b": ("qwen2_5_vl", "3B"), "7b": ("qwen2_5_vl", "7B"),
         "rb25-4b": ("qwen3_vl", "4B"), "rb25-8b": ("qwen3_vl", "8B")}


def rust_config(family, size):
    name = f"{family['prefix']}{size}_CONFIG"
    source = (REPO / family["source"]).read_text()
    match = re.search(rf'{name}: &str = r#"(.*?)"#;', source, re.S)
    assert match, f"no {name} in {family['source']}"
    return json.loads(match.group(1))


def set_token_ids(config, tiny):
    """The tiny tokenizer's special ids, at the level (top, text_config) where each config has
    them."""
    for level, tiny_level in [
        (config, tiny),
        (config.get("text_config"), tiny.get("text_config")),
    ]:
        if level is None or tiny_level is None:
            continue
        for key in TOKEN_IDS:
            if key in tiny_level:
                level[key] = tiny_level[key]


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("out", type=Path)
    parser.add_argument("--size", default="3b", choices=list(SIZES))
    parser.add_argument(
        "--layers", type=int, default=0, help="fewer decoder layers (0 = as the real model)"
    )
    parser.add_argument("--device", default="cuda" if torch.cuda.is_available() else "cpu")
    args = parser.parse_args()

    family_name, size = SIZES[args.size]
    family = FAMILIES[family_name]
    tiny_dir = FIXTURES / family["tiny"]
    config = rust_config(family, size)
    set_token_ids(config, json.loads((tiny_dir / "config.json").read_text()))
    vision = config.pop("vision_config")
    if "text_config" in config:
        text = config.pop("text_config")
        top_level = config
    else:
        # The 2.0 configs are in the flat 4.x layout; transformers 5 reads the decoder's fields
        # only from text_config (flat ones would silently fall back to its defaults).
        text = dict(config)
        top_level = {k: config[k] for k in ["architectures", "model_type", *TOKEN_IDS]
                     if k in config}
    if args.layers:
        # Qwen3-VL adds each deepstack feature set to one of the first decoder layers; robobrain
        # refuses a config with fewer layers than sets.
        sets = len(vision.get("deepstack_visual_indexes", []))
        assert (
            args.layers >= sets
        ), f"--layers {args.layers}: this shape needs at least {sets} (deepstack)"
        text["num_hidden_layers"] = args.layers
    config_class, model_class = (getattr(transformers, name) for name in family["classes"])
    hf_config = config_class(**top_level, text_config=text, vision_config=vision)
    assert hf_config.text_config.hidden_size == text["hidden_size"], "text_config not applied"
    torch.manual_seed(0)
    with torch.device(args.device):
        model = model_class(hf_config).to(torch.bfloat16)
    args.out.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(args.out, max_shard_size="4GB")
    for name in COPIED:
        if (tiny_dir / name).exists():
            shutil.copy(tiny_dir / name, args.out / name)
    preprocessor = json.loads((tiny_dir / "preprocessor_config.json").read_text())
    preprocessor.update(family["image_limits"])
    (args.out / "preprocessor_config.json").write_text(json.dumps(preprocessor, indent=2))
    count = sum(p.numel() for p in model.parameters())
    print(
        json.dumps(
            {
                "out": str(args.out),
                "model_type": hf_config.model_type,
                "parameters": count,
                "layers": hf_config.text_config.num_hidden_layers,
                "vision_depth": hf_config.vision_config.depth,
            }
        )
    )


if __name__ == "__main__":
    main()
