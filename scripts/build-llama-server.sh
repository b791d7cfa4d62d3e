#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Copyright 2026 the robobrain authors
# Builds llama.cpp's `llama-server` (with its multimodal library, mtmd) for the CPU, for the
# remote-backend tests (tests/e2e/test_remote.py). llama.cpp's sources come from the
# llama-cpp-python sdist on PyPI (its vendor/llama.cpp), pinned by version and hash below: PyPI is
# the only place CI can fetch from, and a pinned sdist makes every build use the same server.
#
# The build (about 10 minutes on 2 cores) is cached: under $ROBOBRAIN_LLAMA_CACHE if set, else
# /var/cache/robobrain/llama-server when that is writable, else target/llama-server in the clone.
# A cached build is reused only when it was made from the same sdist with the same cmake settings
# (a stamp file records both); anything else rebuilds from scratch.
#
# Prints the path of the llama-server binary on stdout (progress goes to stderr). Also leaves the
# unpacked llama.cpp source tree (gguf-py, convert_hf_to_gguf.py) under $cache/src.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
say() { printf '\033[1mllama-server:\033[0m %s\n' "$*" >&2; }

version=0.3.36
sha256=832db0699007f1be95a7e41ef12e88926b02ba836461e36a36372db2760c1a2e
# No curl/OpenSSL (the tests serve files from disk), no web UI (its default build downloads a
# prebuilt UI), no native CPU tuning (a cached build must run on any x86-64 machine of CI's kind).
cmake_args=(
    -DCMAKE_BUILD_TYPE=Release -DBUILD_SHARED_LIBS=OFF -DGGML_NATIVE=OFF
    -DLLAMA_CURL=OFF -DLLAMA_OPENSSL=OFF -DLLAMA_BUILD_UI=OFF -DLLAMA_USE_PREBUILT_UI=OFF
    -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF -DLLAMA_BUILD_APP=OFF
    -DLLAMA_BUILD_TOOLS=ON -DLLAMA_BUILD_SERVER=ON
)

if [[ -n "${ROBOBRAIN_LLAMA_CACHE:-}" ]]; then
    cache="$ROBOBRAIN_LLAMA_CACHE"
elif mkdir -p /var/cache/robobrain/llama-server 2>/dev/null && [[ -w /var/cache/robobrain/llama-server ]]; then
    cache=/var/cache/robobrain/llama-server
else
    cache="${CARGO_TARGET_DIR:-$root/target}/llama-server"
fi
mkdir -p "$cache"
stamp="llama-cpp-python $version $sha256 ${cmake_args[*]}"
bin="$cache/build/bin/llama-server"
if [[ -x "$bin" && -f "$cache/stamp" && "$(cat "$cache/stamp")" == "$stamp" && -d "$cache/src/gguf-py" ]]; then
    say "cached build: $bin"
    echo "$bin"
    exit 0
fi

say "building llama-server from llama-cpp-python $version's vendor/llama.cpp into $cache"
started=$SECONDS
rm -rf "$cache/build" "$cache/src" "$cache/stamp"
sdist="$cache/llama_cpp_python-$version.tar.gz"
if [[ ! -f "$sdist" ]] || ! echo "$sha256  $sdist" | sha256sum --check --quiet 2>/dev/null; then
    rm -f "$sdist"
    download="$(mktemp -d)"
    # pip prepares the sdist's metadata even for a download (it fetches the build backend,
    # scikit-build-core, from PyPI for that); nothing is built or installed.
    python3 -m pip download --quiet --no-deps --no-binary :all: \
        -d "$download" "llama-cpp-python==$version" >&2
    mv "$download/llama_cpp_python-$version.tar.gz" "$sdist"
    rm -rf "$download"
fi
echo "$sha256  $sdist" | sha256sum --check --quiet || {
    say "$sdist does not have the pinned sha256 $sha256"
    exit 1
}
unpack="$(mktemp -d)"
tar -xzf "$sdist" -C "$unpack" "llama_cpp_python-$version/vendor/llama.cpp"
mv "$unpack/llama_cpp_python-$version/vendor/llama.cpp" "$cache/src"
rm -rf "$unpack"

jobs="${ROBOBRAIN_LLAMA_JOBS:-$(nproc)}"
cmake -S "$cache/src" -B "$cache/build" "${cmake_args[@]}" >"$cache/cmake.log" 2>&1 || {
    tail -40 "$cache/cmake.log" >&2
    exit 1
}
cmake --build "$cache/build" --target llama-server -j "$jobs" >"$cache/build.log" 2>&1 || {
    tail -40 "$cache/build.log" >&2
    exit 1
}
echo "$stamp" >"$cache/stamp"
say "built in $((SECONDS - started)) s: $bin"
echo "$bin"
