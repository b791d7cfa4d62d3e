// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! What a model family tells the memory plan about itself, before anything is loaded: every
//! tensor as the loader will place it ([`TensorSpec`]) and what one query holds at once besides
//! weights and KV cache ([`Workspace`]). The family computes both next to its layers
//! (`<family>/sizing.rs`); the engine's plan sums them and owns fit, remedies and `auto`.

use crate::quant::{vnni_gemm, Precision, Q8_0_BLOCK, Q8_0_BLOCK_BYTES, Q8_0_ROW_MULTIPLE};

/// Which part of the model a tensor belongs to: with `gpu_layers`, the decoder layers past the
/// first N and the head go to the CPU, the rest stays on the GPU.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// Vision tower and token embedding.
    Front,
    /// Decoder layer i.
    Layer(usize),
    /// Final norm and an untied output head.
    Head,
}

/// One matrix or vector of the model as the loader will place it.
#[derive(Debug, Clone, Copy)]
pub struct TensorSpec {
    pub rows: u64,
    pub cols: u64,
    /// A Linear weight (or the embedding) that Q8_0 may hold.
    pub quantizable: bool,
    /// Looked up row by row (the embedding), not multiplied: never packed for a kernel.
    pub looked_up: bool,
    pub part: Part,
}

impl TensorSpec {
    /// A Linear weight [rows, cols] of the front part.
    pub fn matrix(rows: usize, cols: usize) -> Self {
        Self {
            rows: rows as u64,
            cols: cols as u64,
            quantizable: true,
            looked_up: false,
            part: Part::Front,
        }
    }

    /// A bias or norm weight of `len`.
    pub fn vector(len: usize) -> Self {
        Self {
            rows: 1,
            cols: len as u64,
            quantizable: false,
            ..Self::matrix(1, len)
        }
    }

    /// A dense matrix that is never quantized (a patch embedding, a position table).
    pub fn dense(rows: usize, cols: usize) -> Self {
        Self {
            quantizable: false,
            ..Self::matrix(rows, cols)
        }
    }

    /// The token embedding [vocab, hidden], quantized only when its rows need no padding (it is
    /// looked up, not multiplied, so it can't be padded like a Linear input).
    pub fn embedding(vocab: usize, hidden: usize) -> Self {
        Self {
            quantizable: hidden.is_multiple_of(Q8_0_ROW_MULTIPLE),
            looked_up: true,
            ..Self::matrix(vocab, hidden)
        }
    }

    /// The embedding as a tied output head multiplies it.
    pub fn tied_head(vocab: usize, hidden: usize) -> Self {
        Self {
            looked_up: false,
            ..Self::embedding(vocab, hidden)
        }
    }

    pub fn bytes(&self, precision: Precision) -> u64 {
        if precision == Precision::Int8 && self.quantizable {
            // Linear inputs are zero-padded (see Weights::linear).
            let padded = self.cols.next_multiple_of(Q8_0_ROW_MULTIPLE as u64);
            self.rows * (padded / Q8_0_BLOCK as u64) * Q8_0_BLOCK_BYTES as u64
        } else {
            self.rows * self.cols * precision.activation_dtype().size_in_bytes() as u64
        }
    }

    /// Bytes on the CPU: an int8 product matrix there is packed for the VNNI kernel where the
    /// CPU has it ([`vnni_gemm::packed_bytes`], 36 bytes per 32 weights, not 34).
    pub fn host_bytes(&self, precision: Precision) -> u64 {
        if self.packed_on_cpu(precision) {
            let padded = self.cols.next_multiple_of(Q8_0_ROW_MULTIPLE as u64);
            vnni_gemm::packed_bytes(self.rows as usize, padded as usize) as u64
        } else {
            self.bytes(precision)
        }
    }

    pub fn packed_on_cpu(&self, precision: Precision) -> bool {
        precision == Precision::Int8
            && self.quantizable
            && !self.looked_up
            && vnni_gemm::available()
    }

    /// Bytes on the main device (the CPU when there is no GPU).
    pub fn main_bytes(&self, precision: Precision, main_on_cpu: bool) -> u64 {
        if main_on_cpu {
            self.host_bytes(precision)
        } else {
            self.bytes(precision)
        }
    }
}

/// Appends a Linear layer's weight [out, inp] and, with `bias`, its bias.
pub fn push_linear(specs: &mut Vec<TensorSpec>, out: usize, inp: usize, bias: bool) {
    specs.push(TensorSpec::matrix(out, inp));
    if bias {
        specs.push(TensorSpec::vector(out));
    }
}

/// The limits one query's workspace is computed for.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct WorkspaceLimits {
    pub precision: Precision,
    pub on_gpu: bool,
    /// Image tokens of the largest image.
    pub image_tokens: usize,
    /// Prompt tokens at the longest prompt (image tokens and text).
    pub prompt_tokens: usize,
}

impl WorkspaceLimits {
    /// Bytes of one activation value.
    pub fn activation_bytes(&self) -> u64 {
        self.precision.activation_dtype().size_in_bytes() as u64
    }

    /// Bytes of one KV cache value on the planned device.
    pub fn kv_bytes(&self) -> u64 {
        self.precision.kv_cache_dtype(self.on_gpu).size_in_bytes() as u64
    }

    /// int8 prefill on the GPU multiplies with a dequantized f32 copy of each weight (candle's
    /// dequantize-mul-mat path, forced by default: see [`crate::quant::KernelOptions`]); it
    /// exists during that one product, so a phase adds the largest copy among the products it
    /// runs. Single rows (decode, the output head at the last position) use the vector kernel
    /// without it.
    pub fn dequantized(&self, matrices: &[(u64, u64)]) -> u64 {
        if self.on_gpu && self.precision == Precision::Int8 {
            let padded = |cols: u64| cols.next_multiple_of(Q8_0_ROW_MULTIPLE as u64);
            matrices
                .iter()
                .map(|&(r, c)| r * padded(c) * 4)
                .max()
                .unwrap_or(0)
        } else {
            0
        }
    }
}

/// What one query holds at once besides weights and KV cache, stage by stage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Workspace {
    /// The vision tower at the largest image.
    pub vision: u64,
    /// Prefill at the longest prompt.
    pub prefill: u64,
}
