#!/usr/bin/env python3
"""Converts the tiny test checkpoint (tests/fixtures/tiny) to GGUF for llama.cpp's llama-server:
the text model and its vision projector (mmproj), both f32, into tests/fixtures/tiny-gguf, with
SOURCE.json recording the sha256 of every source file and the converter used (a test checks that
the GGUF files are current).

    scripts/build-llama-server.sh      # unpacks llama.cpp (convert_hf_to_gguf.py, gguf-py)
    python scripts/make_gguf_fixtures.py LLAMA_CPP_SRC

Needs torch and transformers (the converter imports them); CI does not run this, it uses the
committed files.

Two things of the tiny checkpoint that llama.cpp's converter does not take as they are, and how
they are met here without changing the checkpoint:
- its tokenizer is a 400-token BPE with Qwen2's pre-tokenizer regex: the converter recognises
  pre-tokenizers by the hash of a sample text's tokens, which only a full Qwen2 vocabulary gives,
  so the pre-tokenizer is named ("qwen2") instead of guessed;
- the converter imports sentencepiece before it looks for a tokenizer.model (Qwen has none): an
  empty stand-in module satisfies that import.
"""

import argparse
import hashlib
import json
import runpy
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TINY = REPO / "tests" / "fixtures" / "tiny"
OUT = REPO / "tests" / "fixtures" / "tiny-gguf"
# Everything of the checkpoint the converter reads.
SOURCES = ["config.json", "tokenizer.json", "tokenizer_config.json", "chat_template.json",
           "generation_config.json", "preprocessor_config.json", "model.safetensors.index.json",
           "model-00001-of-00002.safetensors", "model-00002-of-00002.safetensors"]


def source_hashes():
    return {name: hashlib.sha256((TINY / name).read_bytes()).hexdigest() for name in SOURCES}


def convert(llama_src: Path, extra_args):
    with tempfile.TemporaryDirectory() as stub:
        (Path(stub) / "sentencepiece.py").write_text("class SentencePieceProcessor:\n    pass\n")
        sys.path[:0] = [str(llama_src), str(llama_src / "gguf-py"), stub]
        import conversion.base as base  # the converter's package, from llama_src

        base.TextModel.get_vocab_base_pre = lambda self, tokenizer: "qwen2"
        argv = sys.argv
        sys.argv = ["convert_hf_to_gguf.py", str(TINY), "--outtype", "f32", *extra_args]
        try:
            runpy.run_path(str(llama_src / "convert_hf_to_gguf.py"), run_name="__main__")
        except SystemExit as exit_:
            if exit_.code not in (None, 0):
                raise
        finally:
            sys.argv = argv


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("llama_src", type=Path, help="llama.cpp's source tree (vendor/llama.cpp of the sdist)")
    parser.add_argument("--llama-cpp-python", default="0.3.36", help="the sdist version, for SOURCE.json")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    convert(args.llama_src, ["--outfile", str(OUT / "model-f32.gguf")])
    convert(args.llama_src, ["--outfile", str(OUT / "mmproj-f32.gguf"), "--mmproj"])
    record = {
        "converter": f"convert_hf_to_gguf.py of llama-cpp-python {args.llama_cpp_python} (vendor/llama.cpp)",
        "source": "tests/fixtures/tiny",
        "sha256": source_hashes(),
    }
    (OUT / "SOURCE.json").write_text(json.dumps(record, indent=2) + "\n")
    for name in ["model-f32.gguf", "mmproj-f32.gguf"]:
        print(f"{OUT / name}: {(OUT / name).stat().st_size} bytes")


if __name__ == "__main__":
    main()
