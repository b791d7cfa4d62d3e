// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! robobrain: BAAI's RoboBrain embodied vision-language models (RoboBrain 2.0 on Qwen2.5-VL,
//! RoboBrain 2.5 on Qwen3-VL) for ROS 2 robots. docs/architecture.md has the layers.
//!
//! The core (everything but [`ros`]) builds and tests without ROS:
//! - [`quant`]: the int8 format and its kernels.
//! - [`models`]: the model families in candle, one folder each, and the layers they share.
//! - [`preprocess`]: camera images to `pixel_values` exactly as transformers does it.
//! - [`engine`]: checkpoint loading, prompt building, generation, the memory plan and the load
//!   policy.
//! - [`tasks`]: RoboBrain task prompts and answer parsing, and one query through the engine.
//! - [`camera`]: camera geometry: an answer's pixels in 3-D from a CameraInfo and a depth image.
//! - [`remote`]: the remote backend, an OpenAI-compatible VLM server (vLLM, SGLang, llama-server)
//!   answering instead of the local engine.
//! - [`measure`]: GPU and host memory figures, query statistics, and a counting allocator for
//!   measured memory peaks on the CPU.
//! - [`bench`]: benchmarks and memory checks on checkpoints or random weights.
//! - [`ros`]: the r2r node (cargo feature `ros`).

pub mod bench;
pub mod camera;
pub mod cli;
pub mod engine;
pub mod measure;
pub mod models;
pub mod preprocess;
pub mod quant;
pub mod remote;
pub mod tasks;

#[cfg(feature = "ros")]
pub mod ros;
