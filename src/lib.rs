//! robobrain: BAAI RoboBrain 2.0 (a Qwen2.5-VL model) for ROS 2 robots.
//!
//! The core (everything but [`ros`]) builds and tests without ROS:
//! - [`model`]: Qwen2.5-VL in candle (vision tower, text decoder, config).
//! - [`preprocess`]: camera images to `pixel_values` exactly as transformers does it.
//! - [`tasks`]: RoboBrain task prompts and answer parsing.
//! - [`engine`]: checkpoint loading, quantization, prompt building, generation, the memory plan
//!   and the load policy.
//! - [`remote`]: the remote backend, an OpenAI-compatible VLM server (vLLM, SGLang, llama-server)
//!   answering instead of the local engine.
//! - [`measure`]: benchmarks and memory checks, GPU and host memory figures, query statistics,
//!   and a counting allocator for measured memory peaks on the CPU.
//! - [`ros`]: the r2r node (cargo feature `ros`).

pub mod engine;
pub mod measure;
pub mod models;
pub mod preprocess;
pub mod quant;
pub mod remote;
pub mod tasks;

#[cfg(feature = "ros")]
pub mod ros;
