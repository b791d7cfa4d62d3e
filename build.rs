// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
// Nothing to build: this script exists for the [build-dependencies] pin in Cargo.toml.
fn main() {
    println!("cargo::rerun-if-changed=build.rs");
}
