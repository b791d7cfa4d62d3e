#!/usr/bin/env python3
"""Generate the tiny Qwen2.5-VL test checkpoint and the reference outputs the Rust tests check.

Not run by CI: its outputs are committed under tests/fixtures/. Re-run it only to change the
fixtures (then commit them with the script), in a venv with torch, transformers, tokenizers,
safetensors, numpy and pillow:

    python scripts/make_fixtures.py [--out tests/fixtures]

What it writes
- images/image_0.png (200x150) and images/image_1.png (333x250): synthetic RGB scenes whose
  sizes are not multiples of 28; image_1 is larger than the tiny max_pixels, so it is scaled down.
- tiny/: a random-weight Qwen2.5-VL checkpoint in the layout real RoboBrain 2.0 checkpoints use
  (flat config.json as saved by transformers 4.x, `visual.*` / `model.*` weight names, sharded
  safetensors with an index), a tiny byte-level BPE tokenizer carrying the Qwen special tokens,
  preprocessor_config.json and generation_config.json.
- reference/generation.json: transformers' composition of generation_config with generate()
  keywords (what its logits processors apply), and 40-token continuations with the checkpoint's
  own generation_config (greedy, and RoboBrain's upstream do_sample=True, temperature=0.7).
  `--generation-only` rewrites just this file.
- reference/multi_image.safetensors and .json: a prompt with both images (input ids, each
  image's pixel_values, grids, 3-axis positions, logits of every position, 16 greedy tokens).
  `--multi-image-only` rewrites just these.
- reference/reference.safetensors and reference/reference.json: what transformers computes for
  three cases (two images with different prompts, and a text-only prompt): pixel_values,
  image_grid_thw, input_ids, 3-axis position ids and rope delta, prefill logits of every
  position, greedy continuations of 16 tokens (plain, and with repetition_penalty 1.5).

The model is deliberately small but exercises every path of the real one: several vision blocks
with a full-attention one among windowed ones, grids that need window padding, GQA in the text
decoder, tied embeddings, M-RoPE with unequal sections, a vision MLP width that is not a multiple
of 32 (Q8_0 blocks), and a padded vocabulary.
"""

import argparse
import json
import math
import shutil
from pathlib import Path

import numpy as np
import torch
from PIL import Image, ImageDraw
from safetensors.torch import save_file
from tokenizers import Regex, Tokenizer, decoders, models, normalizers, pre_tokenizers, trainers

import transformers
from transformers import (
    PreTrainedTokenizerFast,
    Qwen2_5_VLConfig,
    Qwen2_5_VLForConditionalGeneration,
)
from transformers.models.qwen2_vl.image_processing_pil_qwen2_vl import Qwen2VLImageProcessorPil

SEED = 20261126
# Qwen2's pre-tokenizer split pattern (byte-level BPE on top of it).
QWEN_SPLIT = (
    r"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n]*"
    r"|\s*[\r\n]+|\s+(?!\S)|\s+"
)
# The Qwen special tokens in their real order (151643.. in the real vocabulary).
SPECIAL_TOKENS = [
    "<|endoftext|>", "<|im_start|>", "<|im_end|>", "<|object_ref_start|>", "<|object_ref_end|>",
    "<|box_start|>", "<|box_end|>", "<|quad_start|>", "<|quad_end|>", "<|vision_start|>",
    "<|vision_end|>", "<|vision_pad|>", "<|image_pad|>", "<|video_pad|>",
]
BASE_VOCAB = 400
VOCAB_SIZE = 416  # padded past the tokenizer's 414 entries, as Qwen pads 151665 -> 151936

CHAT_TEMPLATE = (
    "{% set image_count = namespace(value=0) %}{% for message in messages %}"
    "{% if loop.first and message['role'] != 'system' %}<|im_start|>system\nYou are a helpful "
    "assistant.<|im_end|>\n{% endif %}"
    "<|im_start|>{{ message['role'] }}\n"
    "{% if message['content'] is string %}{{ message['content'] }}<|im_end|>\n"
    "{% else %}{% for content in message['content'] %}"
    "{% if content['type'] == 'image' or 'image' in content "
    "%}<|vision_start|><|image_pad|><|vision_end|>"
    "{% elif 'text' in content %}{{ content['text'] }}{% endif %}{% endfor %}<|im_end|>\n{% endif "
    "%}"
    "{% endfor %}{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}"
)

CORPUS = [
    "You are a helpful assistant.",
    "Please provide the bounding box coordinate of the region this sentence describes: the red "
    "mug.",
    "You are a robot using the joint control. The task is \"pick up the cup\". Please predict up "
    "to 10 key trajectory points to complete the task.",
    "Your answer should be formatted as a list of tuples, i.e. [(x1, y1), (x2, y2), ...], where "
    "each tuple contains the x and y coordinates of a point satisfying the conditions above.",
    "The coordinates should indicate the normalized pixel locations of the points in the image.",
    "Please predict a possible affordance area of the end effector.",
    "What is on the table? There is a red mug, a blue box and a green ball near the robot arm.",
    "Point to the handle of the drawer. [(120, 45), (130, 52)] [[10, 20], [30, 40]] [12, 34, 56, "
    "78]",
]

IMAGE_CASES = [
    # (case name, image size (w, h), user text)
    ("image_0", (200, 150), "What is on the table?"),
    (
        "image_1",
        (333, 250),
        "Point to the red mug. Your answer should be formatted as a list of tuples, i.e. "
        "[(x1, y1), (x2, y2), ...], where each tuple contains the x and y coordinates of a point "
        "satisfying the conditions above. The coordinates should indicate the normalized pixel "
        "locations of the points in the image.",
    ),
]
TEXT_CASE = ("text_only", None, "Describe a robot arm in one sentence.")
NEW_TOKENS = 16


def make_tokenizer() -> Tokenizer:
    tok = Tokenizer(models.BPE(unk_token=None, fuse_unk=False, byte_fallback=False))
    tok.normalizer = normalizers.NFC()
    tok.pre_tokenizer = pre_tokenizers.Sequence(
        [
            pre_tokenizers.Split(Regex(QWEN_SPLIT), behavior="isolated", invert=False),
            pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=False),
        ]
    )
    tok.decoder = decoders.ByteLevel(add_prefix_space=False, use_regex=False)
    trainer = trainers.BpeTrainer(
        vocab_size=BASE_VOCAB,
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
        special_tokens=[],
    )
    tok.train_from_iterator(CORPUS * 4, trainer=trainer)
    assert tok.get_vocab_size() <= BASE_VOCAB, tok.get_vocab_size()
    tok.add_special_tokens(SPECIAL_TOKENS)
    return tok


def make_image(size, seed) -> Image.Image:
    """A synthetic scene: smooth background, a few shapes, mild noise (exercises the resampler)."""
    w, h = size
    rng = np.random.default_rng(seed)
    yy, xx = np.mgrid[0:h, 0:w]
    bg = np.stack(
        [
            128 + 100 * np.sin(xx / w * 3.1 + seed),
            128 + 100 * np.cos(yy / h * 2.3),
            128 + 60 * np.sin((xx + yy) / (w + h) * 6.0),
        ],
        axis=-1,
    )
    bg += rng.normal(0, 12, size=bg.shape)
    img = Image.fromarray(np.clip(bg, 0, 255).astype(np.uint8), "RGB")
    draw = ImageDraw.Draw(img)
    draw.rectangle([w * 0.1, h * 0.2, w * 0.35, h * 0.6], fill=(220, 30, 30))
    draw.ellipse([w * 0.55, h * 0.5, w * 0.8, h * 0.9], fill=(30, 200, 60))
    draw.line([0, h - 1, w - 1, 0], fill=(10, 10, 240), width=3)
    return img


def tiny_config(tok: Tokenizer) -> dict:
    """config.json in the flat layout of real RoboBrain 2.0 / Qwen2.5-VL checkpoints."""
    ids = {t: tok.token_to_id(t) for t in SPECIAL_TOKENS}
    return {
        "architectures": ["Qwen2_5_VLForConditionalGeneration"],
        "model_type": "qwen2_5_vl",
        "attention_dropout": 0.0,
        "bos_token_id": ids["<|endoftext|>"],
        "eos_token_id": ids["<|im_end|>"],
        "pad_token_id": ids["<|endoftext|>"],
        "vision_start_token_id": ids["<|vision_start|>"],
        "vision_end_token_id": ids["<|vision_end|>"],
        "vision_token_id": ids["<|vision_pad|>"],
        "image_token_id": ids["<|image_pad|>"],
        "video_token_id": ids["<|video_pad|>"],
        "hidden_act": "silu",
        "hidden_size": 64,
        "initializer_range": 0.02,
        "intermediate_size": 96,
        "max_position_embeddings": 4096,
        "max_window_layers": 3,
        "num_attention_heads": 4,
        "num_hidden_layers": 3,
        "num_key_value_heads": 2,
        "rms_norm_eps": 1e-06,
        "rope_theta": 1000000.0,
        "rope_scaling": {"type": "mrope", "mrope_section": [2, 3, 3]},
        "sliding_window": 4096,
        "use_sliding_window": False,
        "tie_word_embeddings": True,
        "torch_dtype": "float32",
        "use_cache": True,
        "vocab_size": VOCAB_SIZE,
        "vision_config": {
            "depth": 4,
            "hidden_act": "silu",
            "hidden_size": 64,
            "intermediate_size": 40,
            "num_heads": 4,
            "in_chans": 3,
            "out_hidden_size": 64,
            "patch_size": 14,
            "spatial_merge_size": 2,
            "spatial_patch_size": 14,
            "window_size": 112,
            "fullatt_block_indexes": [2],
            "tokens_per_second": 2,
            "temporal_patch_size": 2,
        },
    }


def randomize(model: torch.nn.Module, gen: torch.Generator) -> None:
    """Re-draw every weight so activations stay O(1) and logits are decisive (margins >> f32
    noise)."""
    with torch.no_grad():
        for name, p in model.named_parameters():
            if p.ndim == 1 and ("norm" in name or "ln_q" in name):
                p.copy_(1.0 + 0.1 * torch.randn(p.shape, generator=gen))
            elif p.ndim == 1:
                p.copy_(0.05 * torch.randn(p.shape, generator=gen))
            elif "embed_tokens" in name:
                # Small next to what the layers add: with tied embeddings a large embedding makes
                # every position predict its own input token (a degenerate greedy continuation).
                p.copy_(0.25 * torch.randn(p.shape, generator=gen))
            else:
                fan_in = math.prod(p.shape[1:])
                gain = 2.0 if name.endswith(("o_proj.weight", "down_proj.weight")) else 1.0
                p.copy_(gain * torch.randn(p.shape, generator=gen) / math.sqrt(fan_in))


def to_legacy_names(state: dict) -> dict:
    """transformers 5 names -> the names in published Qwen2.5-VL / RoboBrain 2.0 checkpoints."""
    out = {}
    for name, t in state.items():
        if name == "lm_head.weight":
            continue  # tied to the embedding; the published 3B checkpoint relies on tying too
        if name.startswith("model.visual."):
            name = "visual." + name[len("model.visual."):]
        elif name.startswith("model.language_model."):
            name = "model." + name[len("model.language_model."):]
        out[name] = t.contiguous()
    return out


def save_sharded(state: dict, folder: Path) -> None:
    """Two shards plus model.safetensors.index.json, as Hugging Face saves large checkpoints."""
    names = sorted(state)
    shards = {
        "model-00001-of-00002.safetensors": [n for n in names if n.startswith("visual.")],
        "model-00002-of-00002.safetensors": [n for n in names if not n.startswith("visual.")],
    }
    weight_map = {}
    for file, keys in shards.items():
        save_file({k: state[k] for k in keys}, str(folder / file), metadata={"format": "pt"})
        weight_map.update({k: file for k in keys})
    total = sum(t.numel() * t.element_size() for t in state.values())
    (folder / "model.safetensors.index.json").write_text(
        json.dumps({"metadata": {"total_size": total}, "weight_map": weight_map}, indent=2) + "\n"
    )


def write_json(path: Path, obj) -> None:
    path.write_text(json.dumps(obj, indent=2) + "\n")


def process_inputs(image_processor, hf_tokenizer, image_pad_id, prompt, image) -> dict:
    """What Qwen2_5_VLProcessor does (it can't be built here without torchvision's video
    processor): image features, one <|image_pad|> per merged patch, tokenization, and the
    mm_token_type_ids without which transformers 5 silently uses 1-D positions."""
    inputs = {}
    if image is not None:
        features = image_processor(images=[image], return_tensors="pt")
        inputs["pixel_values"] = features["pixel_values"]
        inputs["image_grid_thw"] = features["image_grid_thw"]
        n_pads = int(features["image_grid_thw"][0].prod()) // 4
        prompt = prompt.replace("<|image_pad|>", "<|image_pad|>" * n_pads)
    input_ids = torch.tensor([hf_tokenizer(prompt)["input_ids"]])
    inputs["input_ids"] = input_ids
    inputs["attention_mask"] = torch.ones_like(input_ids)
    inputs["mm_token_type_ids"] = (input_ids == image_pad_id).to(torch.int32)
    return inputs


# Decoding as transformers composes it (reference/generation.json) -------------------------------
# Generation configs to compose with, as generation_config.json would hold them (None: no file).
GENERATION_CONFIGS = {
    "published_qwen": {"do_sample": True, "temperature": 0.1, "top_k": 1, "top_p": 0.001,
                       "repetition_penalty": 1.05},
    "greedy_with_penalty": {"do_sample": False, "repetition_penalty": 1.1},
    "sampling_without_limits": {"do_sample": True, "temperature": 0.6},
    "explicit_nulls": {"do_sample": True, "temperature": None, "top_k": None, "top_p": None,
                       "repetition_penalty": None},
    "no_file": None,
}
# (name, node parameters, request fields) in robobrain's terms: temperature 0 = greedy.
SAMPLING_OVERRIDES = [
    ("config_only", {}, {}),
    ("upstream_call", {}, {"temperature": 0.7}),
    ("request_greedy", {}, {"temperature": 0.0}),
    (
        "node_limits_request_temperature",
        {"top_k": 5, "top_p": 0.9, "repetition_penalty": 1.2},
        {"temperature": 0.7},
    ),
    (
        "request_over_node",
        {"top_k": 5},
        {"temperature": 0.7, "top_k": 0, "repetition_penalty": 1.0},
    ),
    ("node_penalty_request_greedy", {"repetition_penalty": 1.3}, {"temperature": 0.0}),
    (
        "request_everything",
        {},
        {"temperature": 1.0, "top_k": 3, "top_p": 1.0, "repetition_penalty": 1.05},
    ),
]
CONTINUATION_TOKENS = 40


def as_generate_kwargs(overrides: dict) -> dict:
    """robobrain's override fields as generate() keywords: temperature 0 is do_sample=False, any
    other temperature do_sample=True with it."""
    kwargs = {k: v for k, v in overrides.items() if k != "temperature"}
    if "temperature" in overrides:
        t = overrides["temperature"]
        kwargs.update({"do_sample": False} if t == 0 else {"do_sample": True, "temperature": t})
    return kwargs


def effective_sampling(model, kwargs: dict) -> dict:
    """What generate(**kwargs) really applies: read from the logits processors it builds."""
    from transformers.generation.logits_process import (
        RepetitionPenaltyLogitsProcessor, TemperatureLogitsWarper, TopKLogitsWarper,
        TopPLogitsWarper)
    config, _ = model._prepare_generation_config(None, **kwargs)
    processors = model._get_logits_processor(
        config,
        input_ids_seq_length=4,
        device="cpu",
        model_kwargs={"attention_mask": torch.ones(1, 4)},
    )
    found = {type(p): p for p in processors}
    assert set(found) <= {
        RepetitionPenaltyLogitsProcessor,
        TemperatureLogitsWarper,
        TopKLogitsWarper,
        TopPLogitsWarper,
    }, f"unexpected processors {list(found)}"
    do_sample = bool(config.do_sample)
    return {
        "do_sample": do_sample,
        # 1.0 when sampling without a temperature warper; 0 stands for greedy.
        "temperature": (found[TemperatureLogitsWarper].temperature
                        if TemperatureLogitsWarper in found else 1.0) if do_sample else 0.0,
        "top_k": found[TopKLogitsWarper].top_k if TopKLogitsWarper in found else None,
        "top_p": found[TopPLogitsWarper].top_p if TopPLogitsWarper in found else None,
        "repetition_penalty": (found[RepetitionPenaltyLogitsProcessor].penalty
                               if RepetitionPenaltyLogitsProcessor in found else 1.0),
    }


def write_generation_reference(out: Path) -> None:
    """reference/generation.json from the checkpoint in out/tiny: transformers' composition of a
    generation_config with generate() keywords (what its logits processors apply), and the
    continuations of the reference prompts with the checkpoint's own generation_config: greedy
    (do_sample=False, so its repetition_penalty 1.05 applies) and RoboBrain's upstream call
    (do_sample=True, temperature=0.7, so its top_k 1 applies too)."""
    from transformers import GenerationConfig

    tiny = out / "tiny"
    model = Qwen2_5_VLForConditionalGeneration.from_pretrained(
        str(tiny), dtype=torch.float32, attn_implementation="eager").eval()
    checkpoint_generation = model.generation_config
    reference = json.loads((out / "reference" / "reference.json").read_text())

    composition = []
    for config_name, config in GENERATION_CONFIGS.items():
        model.generation_config = GenerationConfig(**(config or {}))
        for name, node, request in SAMPLING_OVERRIDES:
            kwargs = as_generate_kwargs({**node, **request})
            composition.append({
                "generation_config": config_name,
                "overrides": name,
                "node": node,
                "request": request,
                "generate_kwargs": kwargs,
                "effective": effective_sampling(model, kwargs),
            })
    model.generation_config = checkpoint_generation

    preprocessor = json.loads((tiny / "preprocessor_config.json").read_text())
    image_processor = Qwen2VLImageProcessorPil(
        min_pixels=preprocessor["min_pixels"], max_pixels=preprocessor["max_pixels"])
    hf_tokenizer = PreTrainedTokenizerFast(
        tokenizer_file=str(tiny / "tokenizer.json"),
        eos_token="<|im_end|>",
        pad_token="<|endoftext|>",
    )
    image_pad = reference["special_token_ids"]["<|image_pad|>"]
    eos = set(checkpoint_generation.eos_token_id)
    continuations = {}
    for name, case in reference["cases"].items():
        image = Image.open(out / case["image"]).convert("RGB") if "image" in case else None
        inputs = process_inputs(image_processor, hf_tokenizer, image_pad, case["prompt"], image)
        assert inputs["input_ids"].shape[1] == case["num_prompt_tokens"], name
        runs = {}
        for run, kwargs in (("greedy", {"do_sample": False}),
                            ("upstream", {"do_sample": True, "temperature": 0.7})):
            torch.manual_seed(SEED)
            with torch.no_grad():
                sequence = model.generate(**inputs, max_new_tokens=CONTINUATION_TOKENS, **kwargs)
            tokens = sequence[0, inputs["input_ids"].shape[1]:].tolist()
            # The answer stops before an end-of-sequence token, as robobrain reports it.
            stop = next((i for i, t in enumerate(tokens) if t in eos), None)
            runs[run] = {
                "tokens": tokens if stop is None else tokens[:stop],
                "stopped_at_eos": stop is not None,
            }
        continuations[name] = runs
    write_json(out / "reference" / "generation.json", {
        "generator": "scripts/make_fixtures.py",
        "transformers_version": transformers.__version__,
        "checkpoint_generation_config": {
            k: getattr(checkpoint_generation, k)
            for k in ("do_sample", "temperature", "top_k", "top_p", "repetition_penalty")},
        "max_new_tokens": CONTINUATION_TOKENS,
        "composition": composition,
        "continuations": continuations,
    })
    for name, runs in continuations.items():
        print(name, "greedy with the checkpoint's config:", runs["greedy"]["tokens"],
              "upstream call equal:", runs["greedy"] == runs["upstream"])


# Two images in one prompt (reference/multi_image.*): RoboBrain's general task takes several
# camera views at once; transformers places each image's tokens in turn and continues the
# M-RoPE positions after each.
MULTI_IMAGE_TEXT = "What differs between the two pictures?"
MULTI_IMAGE_TOKENS = 16


def write_multi_image_reference(out: Path) -> None:
    tiny = out / "tiny"
    model = Qwen2_5_VLForConditionalGeneration.from_pretrained(
        str(tiny), dtype=torch.float32, attn_implementation="eager").eval()
    reference = json.loads((out / "reference" / "reference.json").read_text())
    preprocessor = json.loads((tiny / "preprocessor_config.json").read_text())
    image_processor = Qwen2VLImageProcessorPil(
        min_pixels=preprocessor["min_pixels"], max_pixels=preprocessor["max_pixels"])
    hf_tokenizer = PreTrainedTokenizerFast(
        tokenizer_file=str(tiny / "tokenizer.json"),
        eos_token="<|im_end|>",
        pad_token="<|endoftext|>",
    )
    ids = reference["special_token_ids"]
    images = [
        Image.open(out / "images" / f"{name}.png").convert("RGB")
        for name in ("image_0", "image_1")
    ]
    content = [{"type": "image"}, {"type": "image"}, {"type": "text", "text": MULTI_IMAGE_TEXT}]
    prompt = hf_tokenizer.apply_chat_template(
        [{"role": "user", "content": content}], chat_template=CHAT_TEMPLATE, tokenize=False,
        add_generation_prompt=True)
    # As Qwen2_5_VLProcessor: every image's features, each placeholder expanded to its own count.
    features = image_processor(images=images, return_tensors="pt")
    grids = features["image_grid_thw"]
    expanded = prompt
    for grid in grids:
        expanded = expanded.replace(
            "<|image_pad|>", "<|placeholder|>" * (int(grid.prod()) // 4), 1
        )
    expanded = expanded.replace("<|placeholder|>", "<|image_pad|>")
    input_ids = torch.tensor([hf_tokenizer(expanded)["input_ids"]])
    inputs = {
        "pixel_values": features["pixel_values"],
        "image_grid_thw": grids,
        "input_ids": input_ids,
        "attention_mask": torch.ones_like(input_ids),
        "mm_token_type_ids": (input_ids == ids["<|image_pad|>"]).to(torch.int32),
    }
    eos = reference["eos_token_ids"]
    with torch.no_grad():
        logits = model(**inputs).logits[0]
        greedy = model.generate(
            **inputs,
            do_sample=False,
            repetition_penalty=1.0,
            max_new_tokens=MULTI_IMAGE_TOKENS,
            eos_token_id=eos,
            pad_token_id=eos[1],
            temperature=None,
            top_p=None,
            top_k=None,
        )[0, input_ids.shape[1]:]
    position_ids, delta = model.model.get_rope_index(
        input_ids, mm_token_type_ids=inputs["mm_token_type_ids"], image_grid_thw=grids)
    assert len(greedy) == MULTI_IMAGE_TOKENS, "EOS in the two-image continuation"
    patches = [int(g.prod()) for g in grids]
    pixels = features["pixel_values"].float()
    tensors = {
        "input_ids": input_ids[0].clone(),
        "pixel_values_0": pixels[: patches[0]].clone(),
        "pixel_values_1": pixels[patches[0]:].clone(),
        "grid_thw": grids.clone(),
        "position_ids": position_ids[:, 0, :].clone(),
        "logits": logits.clone(),
        "greedy_tokens": greedy.clone(),
    }
    save_file(tensors, str(out / "reference" / "multi_image.safetensors"))
    write_json(out / "reference" / "multi_image.json", {
        "generator": "scripts/make_fixtures.py",
        "transformers_version": transformers.__version__,
        "prompt": prompt,
        "user_text": MULTI_IMAGE_TEXT,
        "images": ["images/image_0.png", "images/image_1.png"],
        "grid_thw": grids.tolist(),
        "num_prompt_tokens": int(input_ids.shape[1]),
        "rope_delta": int(delta[0, 0]),
        "greedy_tokens": greedy.tolist(),
    })
    print(
        "two images:",
        int(input_ids.shape[1]),
        "tokens, grids",
        grids.tolist(),
        "greedy",
        greedy.tolist(),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--out", default=str(Path(__file__).resolve().parent.parent / "tests" / "fixtures")
    )
    parser.add_argument(
        "--generation-only",
        action="store_true",
        help="keep the checkpoint and the other references; rewrite reference/generation.json",
    )
    parser.add_argument(
        "--multi-image-only",
        action="store_true",
        help="keep the checkpoint and the other references; rewrite reference/multi_image.*",
    )
    args = parser.parse_args()
    out = Path(args.out)
    if args.generation_only:
        write_generation_reference(out)
        return
    if args.multi_image_only:
        write_multi_image_reference(out)
        return
    tiny, ref_dir, img_dir = out / "tiny", out / "reference", out / "images"
    for d in (tiny, ref_dir, img_dir):
        shutil.rmtree(d, ignore_errors=True)
        d.mkdir(parents=True)

    torch.manual_seed(SEED)
    gen = torch.Generator().manual_seed(SEED)

    # Tokenizer ------------------------------------------------------------------------------
    tok = make_tokenizer()
    tok.save(str(tiny / "tokenizer.json"))
    ids = {t: tok.token_to_id(t) for t in SPECIAL_TOKENS}
    write_json(
        tiny / "tokenizer_config.json",
        {
            "tokenizer_class": "Qwen2TokenizerFast",
            "model_max_length": 4096,
            "eos_token": "<|im_end|>",
            "pad_token": "<|endoftext|>",
            "bos_token": None,
            "errors": "replace",
            "split_special_tokens": False,
            "clean_up_tokenization_spaces": False,
            "chat_template": CHAT_TEMPLATE,
        },
    )
    write_json(tiny / "chat_template.json", {"chat_template": CHAT_TEMPLATE})

    # Configs --------------------------------------------------------------------------------
    cfg_dict = tiny_config(tok)
    write_json(tiny / "config.json", cfg_dict)
    preprocessor = {
        "min_pixels": 3136,
        "max_pixels": 50176,
        "patch_size": 14,
        "temporal_patch_size": 2,
        "merge_size": 2,
        "image_mean": [0.48145466, 0.4578275, 0.40821073],
        "image_std": [0.26862954, 0.26130258, 0.27577711],
        "image_processor_type": "Qwen2VLImageProcessor",
        "processor_class": "Qwen2_5_VLProcessor",
    }
    write_json(tiny / "preprocessor_config.json", preprocessor)
    eos_ids = [ids["<|im_end|>"], ids["<|endoftext|>"]]
    write_json(
        tiny / "generation_config.json",
        {
            "bos_token_id": ids["<|endoftext|>"],
            "pad_token_id": ids["<|endoftext|>"],
            "do_sample": True,
            "eos_token_id": eos_ids,
            "repetition_penalty": 1.05,
            "temperature": 0.1,
            "top_k": 1,
            "top_p": 0.001,
            "transformers_version": transformers.__version__,
        },
    )

    # Model: random weights saved in the published layout, then loaded back from that folder so
    # the reference comes from exactly what the Rust side reads.
    config = Qwen2_5_VLConfig(**cfg_dict)
    model = Qwen2_5_VLForConditionalGeneration(config).to(torch.float32)
    randomize(model, gen)
    save_sharded(to_legacy_names(model.state_dict()), tiny)
    model = Qwen2_5_VLForConditionalGeneration.from_pretrained(
        str(tiny), dtype=torch.float32, attn_implementation="eager"
    ).eval()
    assert torch.equal(model.lm_head.weight, model.model.language_model.embed_tokens.weight)

    image_processor = Qwen2VLImageProcessorPil(
        min_pixels=preprocessor["min_pixels"], max_pixels=preprocessor["max_pixels"]
    )
    hf_tokenizer = PreTrainedTokenizerFast(
        tokenizer_file=str(tiny / "tokenizer.json"),
        eos_token="<|im_end|>",
        pad_token="<|endoftext|>",
    )

    def process(prompt, image):
        return process_inputs(image_processor, hf_tokenizer, ids["<|image_pad|>"], prompt, image)

    tensors, cases = {}, {}
    for index, (name, size, text) in enumerate(IMAGE_CASES + [TEXT_CASE]):
        content = ([{"type": "image"}] if size else []) + [{"type": "text", "text": text}]
        messages = [{"role": "user", "content": content}]
        prompt = hf_tokenizer.apply_chat_template(
            messages, chat_template=CHAT_TEMPLATE, tokenize=False, add_generation_prompt=True
        )
        if size:
            image = make_image(size, seed=index + 1)
            image.save(img_dir / f"{name}.png")
        else:
            image = None
        inputs = process(prompt, image)
        input_ids = inputs["input_ids"]
        with torch.no_grad():
            logits = model(**inputs).logits[0]
            gen_kwargs = dict(do_sample=False, max_new_tokens=NEW_TOKENS, eos_token_id=eos_ids,
                              pad_token_id=eos_ids[1], temperature=None, top_p=None, top_k=None)
            run = model.generate(**inputs, repetition_penalty=1.0, output_scores=True,
                                 return_dict_in_generate=True, **gen_kwargs)
            greedy = run.sequences[0, input_ids.shape[1]:]
            # The smallest top-1/top-2 gap over the continuation: how far f32 noise is from
            # flipping a greedy choice.
            min_margin = min(
                float(s[0].topk(2).values[0] - s[0].topk(2).values[1]) for s in run.scores
            )
            greedy_rp = model.generate(**inputs, repetition_penalty=1.5, **gen_kwargs)[
                0, input_ids.shape[1]:
            ]
        assert (
            len(greedy) == NEW_TOKENS and len(greedy_rp) == NEW_TOKENS
        ), "EOS in a reference continuation"
        top2 = logits[-1].topk(2).values
        record = {
            "prompt": prompt,
            "user_text": text,
            "num_prompt_tokens": int(input_ids.shape[1]),
            "greedy_tokens": greedy.tolist(),
            "greedy_text": hf_tokenizer.decode(greedy),
            "greedy_repetition_penalty_1_5_tokens": greedy_rp.tolist(),
            "last_logit_top2_margin": float(top2[0] - top2[1]),
            "greedy_min_top2_margin": min_margin,
        }
        tensors[f"{name}.input_ids"] = input_ids[0].clone()
        tensors[f"{name}.logits"] = logits.clone()
        tensors[f"{name}.greedy_tokens"] = greedy.clone()
        tensors[f"{name}.greedy_rp15_tokens"] = greedy_rp.clone()
        if size:
            grid = inputs["image_grid_thw"]
            position_ids, delta = model.model.get_rope_index(
                input_ids, mm_token_type_ids=inputs["mm_token_type_ids"], image_grid_thw=grid
            )
            tensors[f"{name}.pixel_values"] = inputs["pixel_values"].float().clone()
            tensors[f"{name}.grid_thw"] = grid[0].clone()
            tensors[f"{name}.position_ids"] = position_ids[:, 0, :].clone()
            grid_t, grid_h, grid_w = grid[0].tolist()
            record.update(
                image=f"images/{name}.png",
                original_size_wh=list(size),
                resized_size_wh=[grid_w * 14, grid_h * 14],
                grid_thw=[grid_t, grid_h, grid_w],
                num_image_tokens=grid_t * grid_h * grid_w // 4,
                rope_delta=int(delta[0, 0]),
            )
        cases[name] = record

    save_file(tensors, str(ref_dir / "reference.safetensors"))
    write_json(
        ref_dir / "reference.json",
        {
            "generator": "scripts/make_fixtures.py",
            "seed": SEED,
            "transformers_version": transformers.__version__,
            "torch_version": torch.__version__,
            "tokenizers_version": __import__("tokenizers").__version__,
            "image_processor": "Qwen2VLImageProcessorPil (PIL bicubic)",
            "attn_implementation": "eager",
            "special_token_ids": ids,
            "eos_token_ids": eos_ids,
            "cases": cases,
        },
    )
    for name, record in cases.items():
        print(name, record["num_prompt_tokens"], "tokens; greedy:", record["greedy_tokens"],
              "margin", round(record["last_logit_top2_margin"], 3))
    write_generation_reference(out)
    write_multi_image_reference(out)


if __name__ == "__main__":
    main()
