// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! Qwen2.5-VL's tensors and workspace for the memory plan ([`crate::models::sizing`]).

use super::config::Config;
use super::vision::{vision_mlp_width, VISION_ATTENTION_TILE, VISION_ROW_CHUNK};
use crate::models::decoder;
use crate::models::sizing::{push_linear, TensorSpec, Workspace, WorkspaceLimits};

/// Every tensor the model loads, with Linear biases and norms as vectors.
pub fn tensor_specs(cfg: &Config) -> Vec<TensorSpec> {
    let v = &cfg.vision;
    let mut specs = vec![TensorSpec::dense(v.hidden_size, v.patch_input_len())];
    for _ in 0..v.depth {
        specs.extend([
            TensorSpec::vector(v.hidden_size),
            TensorSpec::vector(v.hidden_size),
        ]);
        push_linear(&mut specs, 3 * v.hidden_size, v.hidden_size, true);
        push_linear(&mut specs, v.hidden_size, v.hidden_size, true);
        push_linear(&mut specs, v.intermediate_size, v.hidden_size, true);
        push_linear(&mut specs, v.intermediate_size, v.hidden_size, true);
        push_linear(&mut specs, v.hidden_size, v.intermediate_size, true);
    }
    let merged = v.hidden_size * v.spatial_merge_size * v.spatial_merge_size;
    specs.push(TensorSpec::vector(v.hidden_size));
    push_linear(&mut specs, merged, merged, true);
    push_linear(&mut specs, v.out_hidden_size, merged, true);
    specs.extend(decoder::tensor_specs(
        &cfg.decoder(),
        cfg.tie_word_embeddings,
    ));
    specs
}

/// The vision tower at the largest image, N patches, phase by phase as VisionModel::forward and
/// VisionBlock::forward run (measured against this on the CPU: `robobrain memcheck`,
/// docs/benchmarks.md), and the decoder's prefill ([`decoder::prefill_workspace`]). The pixel
/// rows: on the CPU the caller's processed image holds them to the end of the query; on a GPU
/// they stay in host memory and the tower frees its device copy after the patch embedding. All
/// along: the rotary cos/sin (f32) and the block input. Then the largest of
/// - patch embedding: the device copy of the pixel rows (GPU) and the embedding before its
///   reordering into windows;
/// - q/k/v: the f32 queries, keys and values of the chunks done so far with one row chunk's
///   norm and fused qkv (before and after its bias), or joining them (4 x N x hidden, f32);
/// - attention: q/k/v and the tiles' mixed rows, with one tile's f32 scores and probabilities
///   (heads x tile x N each: a full-attention block's keys are every patch of the frame);
/// - row-wise layers: the mixed rows and the output rows so far, with one row chunk's
///   residual, norm and the MLP's three intermediate-wide tensors;
/// - merger: one row chunk's norm, fc1 and GELU rows, and the merged rows so far with their
///   join.
pub fn workspace(cfg: &Config, limits: &WorkspaceLimits) -> Workspace {
    let (act, f32_bytes) = (limits.activation_bytes(), 4u64);
    let v = &cfg.vision;
    // The vision MLP's intermediate as it runs (widened with zeros at int8 on some CPUs).
    let vi = if limits.on_gpu {
        v.intermediate_size
    } else {
        vision_mlp_width(v, limits.precision, &candle_core::Device::Cpu)
    };
    let (vh, vi) = (v.hidden_size as u64, vi as u64);
    let merge = (v.spatial_merge_size * v.spatial_merge_size) as u64;
    let patches = limits.image_tokens as u64 * merge;
    let rows = patches.min(VISION_ROW_CHUNK as u64);
    let tile = patches.min(VISION_ATTENTION_TILE as u64);
    let pixel_rows = patches * v.patch_input_len() as u64 * f32_bytes;
    let held_pixel_rows = if limits.on_gpu { 0 } else { pixel_rows };
    let vision_frame = held_pixel_rows + patches * (v.head_dim() as u64 * f32_bytes + vh * act);
    let vision_embed = (pixel_rows - held_pixel_rows) + patches * vh * act;
    let vision_qkv = ((patches - rows) * 3 * vh * f32_bytes + rows * 7 * vh * act)
        .max(4 * patches * vh * f32_bytes)
        + limits.dequantized(&[(3 * vh, vh)]);
    let vision_attention = patches * (3 * vh * f32_bytes + vh * act)
        + 2 * v.num_heads as u64 * tile * patches * f32_bytes;
    let vision_rows = (2 * patches - rows) * vh * act
        + rows * (2 * vh + 3 * vi) * act
        + limits.dequantized(&[(vh, vh), (vi, vh), (vh, vi)]);
    let merged = vh * merge;
    let out_hidden = v.out_hidden_size as u64;
    let vision_merger = rows * 3 * vh * act
        + 2 * (patches / merge) * out_hidden * act
        + limits.dequantized(&[(merged, merged), (out_hidden, merged)]);
    let vision = vision_frame
        + [
            vision_embed,
            vision_qkv,
            vision_attention,
            vision_rows,
            vision_merger,
        ]
        .into_iter()
        .max()
        .unwrap_or(0);
    Workspace {
        vision,
        prefill: decoder::prefill_workspace(&cfg.decoder(), limits, held_pixel_rows, 0),
    }
}
