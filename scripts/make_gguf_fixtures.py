#!/usr/bin/env python3
"""Converts the tiny test checkpoints to GGUF for llama.cpp's llama-server: the text model and its
vision projector (mmproj), both f32, with SOURCE.json recording the sha256 of every source file
and the converter used (tests check that the GGUF files are current):

- rb20: tests/fixtures/tiny (RoboBrain 2.0, Qwen2.5-VL) into tests/fixtures/tiny-gguf;
- rb25: tests/fixtures/rb25/tiny (RoboBrain 2.5, Qwen3-VL: tied head, DeepStack) into
  tests/fixtures/rb25-gguf.

    scripts/build-llama-server.sh      # unpacks llama.cpp (convert_hf_to_gguf.py, gguf-py)
    python scripts/make_gguf_fixtures.py LLAMA_CPP_SRC [--checkpoint rb20|rb25 ...]

Both by default. Needs torch and transformers (the converter imports them); CI does not run this,
it uses the committed files.

Two things of the tiny checkpoints that llama.cpp's converter does not take as they are, and how
they are met here without changing the checkpoints (the same for both):
- their tokenizer is a 400-token BPE with Qwen2's pre-tokenizer regex: the converter recognises
  pre-tokenizers by the hash of a sample text's tokens, which only a full Qwen2 vocabulary gives,
  so the pre-tokenizer is named ("qwen2", which llama.cpp uses for Qwen3 too) instead of guessed;
- the converter imports sentencepiece before it looks for a tokenizer.model (Qwen has none): an
  empty stand-in module satisfies that import.
The tiny Qwen3-VL needs nothing more: the converter (conversion/qwen3vl.py) writes its DeepStack
layers and mrope sections, leaves out the tied head (llama.cpp then reads token_embd), and
derives the vision image_size from num_position_embeddings (64: an 8x8 grid of 16-pixel patches,
128 pixels; llama.cpp interpolates it for other sizes). Its warning "Unknown RoPE type: default"
is harmless: rope_scaling only carries the mrope sections, which it writes.
"""

import argparse
import hashlib
import json
import runpy
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures"
# Everything of a checkpoint the converter reads.
SOURCES = ["config.json", "tokenizer.json", "tokenizer_config.json", "chat_template.json",
           "generation_config.json", "preprocessor_config.json", "model.safetensors.index.json",
           "model-00001-of-00002.safetensors", "model-00002-of-00002.safetensors"]
# name: (checkpoint, GGUF folder), both under tests/fixtures.
CHECKPOINTS = {
    "rb20": ("tiny", "tiny-gguf"),
    "rb25": ("rb25/tiny", "rb25-gguf"),
}


def source_hashes(checkpoint: Path):
    return {name: hashlib.sha256((checkpoint / name).read_bytes()).hexdigest() for name in SOURCES}


def convert(llama_src: Path, checkpoint: Path, extra_args):
    with tempfile.TemporaryDirectory() as stub:
        (Path(stub) / "sentencepiece.py").write_text("class SentencePieceProcessor:\n    pass\n")
        sys.path[:0] = [str(llama_src), str(llama_src / "gguf-py"), stub]
        import conversion.base as base  # the converter's package, from llama_src

        base.TextModel.get_vocab_base_pre = lambda self, tokenizer: "qwen2"
        argv = sys.argv
        sys.argv = ["convert_hf_to_gguf.py", str(checkpoint), "--outtype", "f32", *extra_args]
        try:
            runpy.run_path(str(llama_src / "convert_hf_to_gguf.py"), run_name="__main__")
        except SystemExit as exit_:
            if exit_.code not in (None, 0):
                raise
        finally:
            sys.argv = argv


def make(llama_src: Path, name: str, sdist: str):
    source, out = CHECKPOINTS[name]
    checkpoint, out = FIXTURES / source, FIXTURES / out
    out.mkdir(parents=True, exist_ok=True)
    convert(llama_src, checkpoint, ["--outfile", str(out / "model-f32.gguf")])
    convert(llama_src, checkpoint, ["--outfile", str(out / "mmproj-f32.gguf"), "--mmproj"])
    record = {
        "converter": f"convert_hf_to_gguf.py of llama-cpp-python {sdist} (vendor/llama.cpp)",
        "source": f"tests/fixtures/{source}",
        "sha256": source_hashes(checkpoint),
    }
    (out / "SOURCE.json").write_text(json.dumps(record, indent=2) + "\n")
    for file in ["model-f32.gguf", "mmproj-f32.gguf"]:
        print(f"{out / file}: {(out / file).stat().st_size} bytes")


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "llama_src", type=Path, help="llama.cpp's source tree (vendor/llama.cpp of the sdist)"
    )
    parser.add_argument("--checkpoint", choices=sorted(CHECKPOINTS), action="append",
                        help="convert only this checkpoint (repeatable; default: all of them)")
    parser.add_argument(
        "--llama-cpp-python", default="0.3.36", help="the sdist version, for SOURCE.json"
    )
    args = parser.parse_args()
    for name in args.checkpoint or list(CHECKPOINTS):
        make(args.llama_src, name, args.llama_cpp_python)


if __name__ == "__main__":
    main()
