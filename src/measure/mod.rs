// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! Measurements of the running process.
//!
//! - [`alloc`]: a counting global allocator (live bytes and their peak), registered by the
//!   `robobrain` binary only, so that the library stays allocator-neutral.
//! - [`gpu`]: NVML figures (memory, utilization, this process's share) and a peak sampler.
//! - [`host_memory`]: the process's resident anonymous memory.
//! - [`stats`]: the query service's latency and throughput figures for /diagnostics.

pub mod alloc;
pub mod gpu;
pub mod host_memory;
pub mod stats;
