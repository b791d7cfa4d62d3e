// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! The int8 format and the kernels that multiply it: a leaf that the model layers import and
//! that imports nothing of them.
//!
//! - [`Precision`]: how weights are stored on the device.
//! - Q8_0 ([`Q8_0_BLOCK`], [`Q8_0_BLOCK_BYTES`], [`Q8_0_ROW_MULTIPLE`]): candle's block format.
//! - [`vnni_gemm`]: the AVX-512 VNNI kernel over packed weights; [`cpu_gemm`]: the dequantizing
//!   GEMM and the MLP widening for CPUs without it.
//! - [`KernelOptions`]: the kernel switches, read from the environment once at a binary's start
//!   ([`KernelOptions::from_env`]) and installed for the process ([`KernelOptions::install`]).

pub mod cpu_gemm;
pub mod vnni_gemm;

use std::sync::atomic::{AtomicBool, Ordering};

use candle_core::DType;

/// How weights are stored on the device.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    /// Full precision: the CPU reference.
    F32,
    BF16,
    F16,
    /// candle Q8_0 for every Linear (inputs zero-padded to a multiple of 64 where needed) and
    /// the token embedding (shared with a tied output head); activations in f32.
    Int8,
}

impl Precision {
    pub fn name(self) -> &'static str {
        match self {
            Precision::F32 => "f32",
            Precision::BF16 => "bf16",
            Precision::F16 => "f16",
            Precision::Int8 => "int8",
        }
    }

    /// The dtype activations (and unquantized weights) use.
    pub fn activation_dtype(self) -> DType {
        match self {
            Precision::F32 | Precision::Int8 => DType::F32,
            Precision::BF16 => DType::BF16,
            Precision::F16 => DType::F16,
        }
    }

    /// The dtype of a decoder layer's KV cache on a GPU (`on_gpu`) or the CPU. int8 keeps f32
    /// activations, but its keys and values go to bf16 on a GPU: half the cache (0.12 of the
    /// 0.24 GiB at the node's default limits for the 3B model) for logits within the int8
    /// bound (tests/model_parity.rs measures it). On the CPU they stay f32: candle's CPU bf16
    /// matmul is the slow path (issue 11 measured 0.15 tokens/s for bf16 decode).
    pub fn kv_cache_dtype(self, on_gpu: bool) -> DType {
        match self {
            Precision::Int8 if on_gpu => DType::BF16,
            other => other.activation_dtype(),
        }
    }
}

impl std::str::FromStr for Precision {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "f32" | "float32" => Ok(Precision::F32),
            "bf16" | "bfloat16" => Ok(Precision::BF16),
            "f16" | "fp16" | "float16" => Ok(Precision::F16),
            "int8" | "q8_0" | "q8" => Ok(Precision::Int8),
            other => Err(format!(
                "unknown precision '{other}': expected int8, bf16, f16 or f32"
            )),
        }
    }
}

impl std::fmt::Display for Precision {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// Q8_0 quantizes blocks of this many values along a matrix row (the input dimension).
pub const Q8_0_BLOCK: usize = 32;

/// Row length (input size) every Q8_0 matrix is padded to a multiple of. candle's CUDA
/// matrix-vector kernel (DMMV, used for every decoded token) walks a row 64 values per step
/// without a bound check, so a row of 32 or 96 values reads past its end: the next row's weights
/// and whatever lies after the input vector. Measured on an H100: the tiny test model's decode
/// (MLP width 96) changed from run to run. The real RoboBrain sizes are multiples of 64 already,
/// except the vision MLP's 3420 (padded to 3456, 1% more for those matrices).
pub const Q8_0_ROW_MULTIPLE: usize = 2 * Q8_0_BLOCK;

/// Bytes of one Q8_0 block: an f16 scale and [`Q8_0_BLOCK`] int8 values.
pub const Q8_0_BLOCK_BYTES: usize = 2 + Q8_0_BLOCK;

/// Which kernels take int8 products (and, on CUDA, f32 GEMMs): the switches a benchmark flips
/// for side-by-side runs. The defaults are what a deployment runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KernelOptions {
    /// The AVX-512 VNNI kernel ([`vnni_gemm`]) where the CPU has it (`ROBOBRAIN_CPU_VNNI=0`
    /// turns it off).
    pub cpu_vnni: bool,
    /// The dequantizing GEMM ([`cpu_gemm`]) for shapes candle's kernel runs slowly
    /// (`ROBOBRAIN_CPU_INT8_GEMM=0` turns it off).
    pub cpu_dequantized_gemm: bool,
    /// Widening an int8 MLP on the CPU onto candle's fast shapes
    /// ([`cpu_gemm::int8_cpu_mlp_width`]; `ROBOBRAIN_CPU_WIDEN=0` turns it off).
    pub cpu_widen: bool,
    /// candle's fast CUDA Q8_0 kernels (MMVQ/MMQ) instead of its dequantize-mul-mat ones
    /// (`ROBOBRAIN_CANDLE_FAST_QMATMUL=1`): they gave all-NaN logits on an H200 with CUDA 13.0
    /// (docs/benchmarks.md), so they stay off unless asked for, to re-test them.
    pub cuda_fast_qmatmul: bool,
    /// TF32 tensor cores for f32 cuBLAS GEMMs (`ROBOBRAIN_TF32=1`): int8 prefill multiplies f32
    /// activations with dequantized f32 weights. Off until measured on a GPU.
    pub cuda_tf32: bool,
}

impl Default for KernelOptions {
    fn default() -> Self {
        Self {
            cpu_vnni: true,
            cpu_dequantized_gemm: true,
            cpu_widen: true,
            cuda_fast_qmatmul: false,
            cuda_tf32: false,
        }
    }
}

static CPU_VNNI: AtomicBool = AtomicBool::new(true);
static CPU_DEQUANTIZED_GEMM: AtomicBool = AtomicBool::new(true);
static CPU_WIDEN: AtomicBool = AtomicBool::new(true);
static CUDA_FAST_QMATMUL: AtomicBool = AtomicBool::new(false);
static CUDA_TF32: AtomicBool = AtomicBool::new(false);

impl KernelOptions {
    /// The switches as the environment sets them (see each field), the defaults otherwise.
    pub fn from_env() -> Self {
        Self::from_lookup(|name| std::env::var(name).ok())
    }

    /// [`Self::from_env`] over any lookup (tests).
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Self {
        let is = |name: &str, value: &str| lookup(name).is_some_and(|v| v == value);
        Self {
            cpu_vnni: !is("ROBOBRAIN_CPU_VNNI", "0"),
            cpu_dequantized_gemm: !is("ROBOBRAIN_CPU_INT8_GEMM", "0"),
            cpu_widen: !is("ROBOBRAIN_CPU_WIDEN", "0"),
            cuda_fast_qmatmul: is("ROBOBRAIN_CANDLE_FAST_QMATMUL", "1"),
            cuda_tf32: is("ROBOBRAIN_TF32", "1"),
        }
    }

    /// Makes these the process's switches (the kernels read them at every product; models
    /// loaded before keep the packing they were loaded with).
    pub fn install(self) {
        CPU_VNNI.store(self.cpu_vnni, Ordering::Relaxed);
        CPU_DEQUANTIZED_GEMM.store(self.cpu_dequantized_gemm, Ordering::Relaxed);
        CPU_WIDEN.store(self.cpu_widen, Ordering::Relaxed);
        CUDA_FAST_QMATMUL.store(self.cuda_fast_qmatmul, Ordering::Relaxed);
        CUDA_TF32.store(self.cuda_tf32, Ordering::Relaxed);
    }

    /// The switches in force: the defaults until a binary installs others.
    pub fn current() -> Self {
        Self {
            cpu_vnni: CPU_VNNI.load(Ordering::Relaxed),
            cpu_dequantized_gemm: CPU_DEQUANTIZED_GEMM.load(Ordering::Relaxed),
            cpu_widen: CPU_WIDEN.load(Ordering::Relaxed),
            cuda_fast_qmatmul: CUDA_FAST_QMATMUL.load(Ordering::Relaxed),
            cuda_tf32: CUDA_TF32.load(Ordering::Relaxed),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kernel_options_from_the_environment() {
        let none = KernelOptions::from_lookup(|_| None);
        assert_eq!(none, KernelOptions::default());
        let all = KernelOptions::from_lookup(|name| {
            Some(if name.contains("CPU") { "0" } else { "1" }.to_string())
        });
        assert_eq!(
            all,
            KernelOptions {
                cpu_vnni: false,
                cpu_dequantized_gemm: false,
                cpu_widen: false,
                cuda_fast_qmatmul: true,
                cuda_tf32: true,
            }
        );
    }
}
