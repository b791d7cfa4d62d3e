// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! How many threads candle's CPU kernels use.
//!
//! candle (0.11) counts the machine's physical cores by itself, so a container limited to 2 of
//! 64 cores, or a node pinned to a few cores beside a controller, would start 64 threads. The
//! default here is what the process may use: `std::thread::available_parallelism`, which reads
//! the affinity mask and a cgroup v2 CPU quota.

/// Sets the thread count for candle and rayon: `requested`, else `RAYON_NUM_THREADS` when set,
/// else what the process may use. Returns the count. Call it before the first tensor operation
/// and before other threads start (candle and rayon read it once, from the environment).
pub fn configure_cpu_threads(requested: Option<usize>) -> usize {
    let from_env = std::env::var("RAYON_NUM_THREADS")
        .ok()
        .and_then(|v| v.trim().parse::<usize>().ok());
    let threads = requested
        .or(from_env)
        .filter(|&n| n > 0)
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    // Edition 2021: set_var is safe; it runs at start, before any thread reads the environment.
    std::env::set_var("RAYON_NUM_THREADS", threads.to_string());
    threads
}

/// The count candle's CPU kernels use now.
pub fn cpu_threads() -> usize {
    candle_core::utils::get_num_threads()
}
