// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! Qwen3-VL's tensors and workspace for the memory plan ([`crate::models::sizing`]).

use super::config::Config;
use super::vision::vision_mlp_width;
use crate::models::decoder;
use crate::models::sizing::{push_linear, TensorSpec, Workspace, WorkspaceLimits};
use crate::models::vision_common::{VISION_ATTENTION_TILE, VISION_ROW_CHUNK};

/// Every tensor the model loads, with Linear biases and norms (weight and bias) as vectors.
pub fn tensor_specs(cfg: &Config) -> Vec<TensorSpec> {
    let v = &cfg.vision;
    let (vh, vi) = (v.hidden_size, v.intermediate_size);
    let mut specs = vec![
        TensorSpec::dense(vh, v.patch_input_len()),
        TensorSpec::vector(vh),
        TensorSpec::dense(v.num_position_embeddings, vh),
    ];
    let layer_norm = |specs: &mut Vec<TensorSpec>, dim: usize| {
        specs.extend([TensorSpec::vector(dim), TensorSpec::vector(dim)]);
    };
    for _ in 0..v.depth {
        layer_norm(&mut specs, vh);
        layer_norm(&mut specs, vh);
        push_linear(&mut specs, 3 * vh, vh, true);
        push_linear(&mut specs, vh, vh, true);
        push_linear(&mut specs, vi, vh, true);
        push_linear(&mut specs, vh, vi, true);
    }
    let merged = v.merged_dim();
    let merger = |specs: &mut Vec<TensorSpec>, norm_dim: usize| {
        layer_norm(specs, norm_dim);
        push_linear(specs, merged, merged, true);
        push_linear(specs, v.out_hidden_size, merged, true);
    };
    merger(&mut specs, vh);
    for _ in &v.deepstack_visual_indexes {
        merger(&mut specs, merged);
    }
    specs.extend(decoder::tensor_specs(
        &cfg.decoder(),
        cfg.tie_word_embeddings,
    ));
    specs
}

/// The vision tower at the largest image, N patches, phase by phase as VisionModel::forward and
/// its blocks run, and the decoder's prefill ([`decoder::prefill_workspace`], which holds the
/// DeepStack feature sets beside the prompt's embeddings). The pixel rows: on the CPU the
/// caller's processed image holds them to the end of the query; on a GPU they stay in host
/// memory and the tower frees its device copy after the patch embedding. All along: the rotary
/// cos/sin (f32), the position taps, the block input and the DeepStack feature sets made so far.
/// Then the largest of
/// - patch embedding: the device copy of the pixel rows (GPU), the embedded rows so far, and
///   one row chunk's product, its four gathered f32 position rows, their weighted sum and the
///   sum of both;
/// - q/k/v: the f32 queries, keys and values of the chunks done so far with one row chunk's
///   norm and fused qkv (before and after its bias), or joining them (4 x N x hidden, f32);
/// - attention: q/k/v and the tiles' mixed rows, with one tile's f32 scores and probabilities
///   (heads x tile x N each: every block attends over the whole frame);
/// - row-wise layers: the mixed rows and the output rows so far, with one row chunk's
///   residual, norm and the MLP's two intermediate-wide tensors (fc1 and its GELU);
/// - a merger (the main one or a DeepStack one): one row chunk's norm, fc1 and GELU rows, and
///   the merged rows so far with their join.
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
    let tokens = patches / merge;
    let rows = patches.min(VISION_ROW_CHUNK as u64);
    let tile = patches.min(VISION_ATTENTION_TILE as u64);
    let out_hidden = v.out_hidden_size as u64;
    let deepstack_sets = cfg.deepstack_sets() as u64;
    let pixel_rows = patches * v.patch_input_len() as u64 * f32_bytes;
    let held_pixel_rows = if limits.on_gpu { 0 } else { pixel_rows };
    // Host memory (index and weight per tap): on a GPU only a row chunk's copy is there.
    let position_taps = if limits.on_gpu {
        rows * 4 * (4 + f32_bytes)
    } else {
        patches * 4 * (4 + f32_bytes)
    };
    let vision_frame = held_pixel_rows
        + position_taps
        + patches * (v.head_dim() as u64 * f32_bytes + vh * act)
        + deepstack_sets * tokens * out_hidden * act;
    let vision_embed = (pixel_rows - held_pixel_rows)
        + patches * vh * act
        + rows * (2 * vh * act + 6 * vh * f32_bytes);
    let vision_qkv = ((patches - rows) * 3 * vh * f32_bytes + rows * 7 * vh * act)
        .max(4 * patches * vh * f32_bytes)
        + limits.dequantized(&[(3 * vh, vh)]);
    let vision_attention = patches * (3 * vh * f32_bytes + vh * act)
        + 2 * v.num_heads as u64 * tile * patches * f32_bytes;
    let vision_rows = (2 * patches - rows) * vh * act
        + rows * (2 * vh + 2 * vi) * act
        + limits.dequantized(&[(vh, vh), (vi, vh), (vh, vi)]);
    let merged = vh * merge;
    let vision_merger = rows * 3 * vh * act
        + 2 * tokens * out_hidden * act
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
        prefill: decoder::prefill_workspace(
            &cfg.decoder(),
            limits,
            held_pixel_rows,
            cfg.deepstack_sets(),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::models::sizing::Part;
    use crate::models::Precision;

    fn parse(json: &str) -> Config {
        Config::from_value(&serde_json::from_str(json).unwrap()).unwrap()
    }

    /// Parameter counts of the released shapes, by arithmetic (Qwen3-VL-4B: 4.44 B;
    /// Qwen3-VL-8B: 8.77 B).
    #[test]
    fn released_shapes_have_their_parameter_counts() {
        let count =
            |cfg: &Config| -> u64 { tensor_specs(cfg).iter().map(|s| s.rows * s.cols).sum() };
        let b4 = count(&parse(super::super::config::ROBOBRAIN25_4B_CONFIG));
        let b8 = count(&parse(super::super::config::ROBOBRAIN25_8B_CONFIG));
        assert!((4_400_000_000..4_500_000_000).contains(&b4), "{b4}");
        assert!((8_700_000_000..8_800_000_000).contains(&b8), "{b8}");
        let specs = tensor_specs(&parse(super::super::config::ROBOBRAIN25_8B_CONFIG));
        assert_eq!(specs.iter().filter(|s| s.part == Part::Head).count(), 2);
    }

    #[test]
    fn deepstack_sets_are_held_through_prefill() {
        let cfg = parse(super::super::config::ROBOBRAIN25_4B_CONFIG);
        let limits = WorkspaceLimits {
            precision: Precision::F32,
            on_gpu: false,
            image_tokens: 300,
            prompt_tokens: 400,
        };
        let with = workspace(&cfg, &limits);
        let mut without = cfg.clone();
        without.vision.deepstack_visual_indexes.clear();
        let without = workspace(&without, &limits);
        assert_eq!(with.prefill - without.prefill, 3 * 300 * 2560 * 4);
        assert!(with.vision > without.vision);
    }
}
