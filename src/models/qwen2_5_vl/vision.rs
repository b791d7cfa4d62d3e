// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! The Qwen2.5-VL vision tower: patch embedding, 2D rotary positions, window attention with a few
//! full-attention blocks, and the 2x2 patch merger that produces one text-sized embedding per
//! merged patch.
//!
//! Patch order: the image processor emits patches in 2x2 merge-block order. The tower reorders
//! them window by window (4x4 merged patches per window for the released models) so that window
//! attention works on contiguous runs, and undoes the reordering after the merger.

use candle_core::{Device, Module, Result, Tensor};
use candle_nn::RmsNorm;

use super::config::VisionConfig;
use crate::models::vision_common::{
    self, mlp_width, patch_positions, rotary_inv_freq, row_chunks, VisionAttention, VisionRotary,
};
pub use crate::models::vision_common::{VisionTiling, VISION_ATTENTION_TILE, VISION_ROW_CHUNK};
use crate::models::weights::{Linear, Weights};
use crate::models::Precision;

/// Conv3d with kernel = stride = (temporal, patch, patch) and no bias: a linear map of the
/// flattened 1176-long patch rows produced by the image processor.
#[derive(Debug, Clone)]
struct PatchEmbed {
    weight_t: Tensor,
}

impl PatchEmbed {
    fn new(cfg: &VisionConfig, w: Weights) -> Result<Self> {
        let shape = (
            cfg.hidden_size,
            cfg.in_channels,
            cfg.temporal_patch_size,
            cfg.patch_size,
            cfg.patch_size,
        );
        let weight = w.pp("proj").get(shape, "weight")?;
        let weight_t = weight
            .reshape((cfg.hidden_size, cfg.patch_input_len()))?
            .t()?
            .contiguous()?;
        Ok(Self { weight_t })
    }

    fn forward(&self, patches: &Tensor) -> Result<Tensor> {
        patches
            .to_dtype(self.weight_t.dtype())?
            .matmul(&self.weight_t)
    }
}

#[derive(Debug, Clone)]
struct VisionMlp {
    gate_proj: Linear,
    up_proj: Linear,
    down_proj: Linear,
}

impl VisionMlp {
    fn new(cfg: &VisionConfig, w: Weights) -> Result<Self> {
        let (h, i) = (cfg.hidden_size, cfg.intermediate_size);
        // At int8 on the CPU the intermediate may be widened with zeros onto candle's fast
        // kernel (cpu_gemm::int8_cpu_mlp_width); the weights as loaded (and cached) keep the
        // checkpoint's shapes.
        let wide = vision_mlp_width(cfg, w.precision(), w.device());
        Ok(Self {
            gate_proj: w.pp("gate_proj").linear(h, i, true)?.widened(wide, h)?,
            up_proj: w.pp("up_proj").linear(h, i, true)?.widened(wide, h)?,
            down_proj: w.pp("down_proj").linear(i, h, true)?.widened(h, wide)?,
        })
    }
}

impl Module for VisionMlp {
    fn forward(&self, xs: &Tensor) -> Result<Tensor> {
        let gate = self.gate_proj.forward(xs)?.silu()?;
        self.down_proj.forward(&(gate * self.up_proj.forward(xs)?)?)
    }
}

/// The width of the vision MLP's intermediate as it runs at `precision` on `device`.
pub fn vision_mlp_width(cfg: &VisionConfig, precision: Precision, device: &Device) -> usize {
    mlp_width(cfg.intermediate_size, cfg.hidden_size, precision, device)
}

type VisionBlock = vision_common::VisionBlock<RmsNorm, VisionMlp>;

fn vision_block(cfg: &VisionConfig, w: Weights) -> Result<VisionBlock> {
    Ok(VisionBlock {
        norm1: w.pp("norm1").rms_norm(cfg.hidden_size, 1e-6)?,
        norm2: w.pp("norm2").rms_norm(cfg.hidden_size, 1e-6)?,
        attn: VisionAttention::new(cfg.hidden_size, cfg.num_heads, w.pp("attn"))?,
        mlp: VisionMlp::new(cfg, w.pp("mlp"))?,
    })
}

/// RMSNorm -> group 2x2 neighbours -> Linear -> GELU -> Linear to the text hidden size.
#[derive(Debug, Clone)]
struct PatchMerger {
    ln_q: RmsNorm,
    fc1: Linear,
    fc2: Linear,
    merged_dim: usize,
}

impl PatchMerger {
    fn new(cfg: &VisionConfig, w: Weights) -> Result<Self> {
        let merged_dim = cfg.hidden_size * cfg.spatial_merge_size * cfg.spatial_merge_size;
        Ok(Self {
            ln_q: w.pp("ln_q").rms_norm(cfg.hidden_size, 1e-6)?,
            fc1: w.pp("mlp.0").linear(merged_dim, merged_dim, true)?,
            fc2: w
                .pp("mlp.2")
                .linear(merged_dim, cfg.out_hidden_size, true)?,
            merged_dim,
        })
    }
}

impl PatchMerger {
    /// `xs` [N, hidden] -> [N / unit, out_hidden], about `row_chunk` patch rows (whole merge
    /// units) at a time so that the norm and fc1 intermediates exist for one chunk only.
    fn forward(&self, xs: &Tensor, row_chunk: usize) -> Result<Tensor> {
        let (n, hidden) = xs.dims2()?;
        let unit = self.merged_dim / hidden;
        let chunk = row_chunk.min(n).next_multiple_of(unit);
        let mut out = Vec::new();
        for (start, rows) in row_chunks(0, n, chunk) {
            let x = self
                .ln_q
                .forward(&xs.narrow(0, start, rows)?)?
                .reshape(((), self.merged_dim))?;
            // nn.GELU() in the reference: the exact erf form, not the tanh approximation.
            out.push(self.fc2.forward(&self.fc1.forward(&x)?.gelu_erf()?)?);
        }
        Tensor::cat(&out, 0)
    }
}

/// Where each patch goes and which patches attend to each other, for a list of images.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WindowLayout {
    /// Merged-patch indices in window order (a permutation of 0..total merged patches).
    pub window_index: Vec<usize>,
    /// Patch-level `[start, end)` runs of the windowed blocks (empty windows skipped).
    pub window_segments: Vec<(usize, usize)>,
    /// Patch-level `[start, end)` run of each image (frame) for the full-attention blocks.
    pub image_segments: Vec<(usize, usize)>,
}

impl WindowLayout {
    /// As transformers' `get_vision_window_index`: merged grids padded to whole windows, windows
    /// read row-major, padding dropped.
    pub fn new(grids: &[[usize; 3]], cfg: &VisionConfig) -> Self {
        let merge = cfg.spatial_merge_size;
        let unit = merge * merge;
        let side = cfg.merged_window_side();
        let mut window_index = Vec::new();
        let mut window_segments = Vec::new();
        let mut image_segments = Vec::new();
        let (mut merged_offset, mut patch_offset) = (0usize, 0usize);
        for &[t, h, w] in grids {
            let (mh, mw) = (h / merge, w / merge);
            for frame in 0..t {
                let frame_base = merged_offset + frame * mh * mw;
                for wy in 0..mh.div_ceil(side) {
                    for wx in 0..mw.div_ceil(side) {
                        let start = patch_offset;
                        for y in wy * side..((wy + 1) * side).min(mh) {
                            for x in wx * side..((wx + 1) * side).min(mw) {
                                window_index.push(frame_base + y * mw + x);
                                patch_offset += unit;
                            }
                        }
                        if patch_offset > start {
                            window_segments.push((start, patch_offset));
                        }
                    }
                }
                // Full attention spans one frame's h*w patches, as cu_seqlens does.
                let frame_start = patch_offset - mh * mw * unit;
                image_segments.push((frame_start, patch_offset));
            }
            merged_offset += t * mh * mw;
        }
        Self {
            window_index,
            window_segments,
            image_segments,
        }
    }
}

#[derive(Debug, Clone)]
pub struct VisionModel {
    patch_embed: PatchEmbed,
    blocks: Vec<VisionBlock>,
    merger: PatchMerger,
    inv_freq: Vec<f32>,
    cfg: VisionConfig,
    tiling: VisionTiling,
}

impl VisionModel {
    pub fn new(cfg: &VisionConfig, w: Weights) -> Result<Self> {
        let blocks = (0..cfg.depth)
            .map(|i| vision_block(cfg, w.pp(format!("blocks.{i}"))))
            .collect::<Result<Vec<_>>>()?;
        // Each axis (h, w) rotates a quarter of the head dim's frequency pairs.
        let inv_freq = rotary_inv_freq(cfg.head_dim(), cfg.rope_theta);
        Ok(Self {
            patch_embed: PatchEmbed::new(cfg, w.pp("patch_embed"))?,
            blocks,
            merger: PatchMerger::new(cfg, w.pp("merger"))?,
            inv_freq,
            cfg: cfg.clone(),
            tiling: VisionTiling::default(),
        })
    }

    /// Tiles and chunks other than the defaults (tests use small ones on the tiny fixture).
    pub fn set_tiling(&mut self, tiling: VisionTiling) -> Result<()> {
        self.tiling = tiling.checked()?;
        Ok(())
    }

    pub fn tiling(&self) -> VisionTiling {
        self.tiling
    }

    /// `pixel_values` [patches, 1176] for the images of `grids` ([t, h, w] in patches) ->
    /// one embedding per merged patch [patches / 4, out_hidden], in the processor's order.
    /// Taken by value and dropped after the patch embedding: on a GPU it is the device copy
    /// (50 MB of f32 rows at 1932x1092), which would otherwise live through every block.
    pub fn forward(&self, pixel_values: Tensor, grids: &[[usize; 3]]) -> Result<Tensor> {
        let device = pixel_values.device().clone();
        let unit = self.cfg.spatial_merge_size * self.cfg.spatial_merge_size;
        let layout = WindowLayout::new(grids, &self.cfg);
        let expected: usize = grids.iter().map(|g| g[0] * g[1] * g[2]).sum();
        let (patches, _) = pixel_values.dims2()?;
        if patches != expected {
            candle_core::bail!(
                "pixel_values has {patches} patches but the grids describe {expected}"
            );
        }
        let window_index = Tensor::from_vec(
            layout
                .window_index
                .iter()
                .map(|&i| i as u32)
                .collect::<Vec<_>>(),
            layout.window_index.len(),
            &device,
        )?;
        // Reorders rows in whole merge units: [N, D] -> [N/unit, unit, D] -> pick -> [N, D].
        let to_windows = |xs: &Tensor| -> Result<Tensor> {
            let (n, d) = xs.dims2()?;
            xs.reshape((n / unit, unit * d))?
                .index_select(&window_index, 0)?
                .reshape((n, d))
        };

        let rotary = {
            // Scoped so that only the reordered copy stays.
            let positions = patch_positions(grids, self.cfg.spatial_merge_size);
            let natural = VisionRotary::new(&self.inv_freq, &positions, &device)?;
            VisionRotary {
                cos: to_windows(&natural.cos)?,
                sin: to_windows(&natural.sin)?,
            }
        };

        let embedded = self.patch_embed.forward(&pixel_values)?;
        drop(pixel_values);
        let mut xs = to_windows(&embedded)?;
        drop(embedded);
        for (i, block) in self.blocks.iter().enumerate() {
            let segments = if self.cfg.fullatt_block_indexes.contains(&i) {
                &layout.image_segments
            } else {
                &layout.window_segments
            };
            xs = block.forward(&xs, &rotary, segments, self.tiling)?;
        }
        let merged = self.merger.forward(&xs, self.tiling.row_chunk)?;
        drop(xs);
        // Back to the processor's order: row j of `merged` belongs at window_index[j].
        let mut inverse = vec![0u32; layout.window_index.len()];
        for (j, &i) in layout.window_index.iter().enumerate() {
            inverse[i] = j as u32;
        }
        let inverse = Tensor::from_vec(inverse, layout.window_index.len(), &device)?;
        merged.index_select(&inverse, 0)
    }
}

/// Number of image tokens (merged patches) a grid produces.
pub fn merged_tokens(grid: [usize; 3], spatial_merge_size: usize) -> usize {
    grid[0] * grid[1] * grid[2] / (spatial_merge_size * spatial_merge_size)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tiny_vision() -> VisionConfig {
        serde_json::from_str(r#"{"hidden_size": 64, "num_heads": 4, "out_hidden_size": 64}"#)
            .unwrap()
    }

    #[test]
    fn window_layout_pads_partial_windows_like_transformers() {
        // Merged grid 5 x 7 with 4 x 4 windows: windows of 16, 12, 4 and 3 merged patches.
        let layout = WindowLayout::new(&[[1, 10, 14]], &tiny_vision());
        let sizes: Vec<usize> = layout
            .window_segments
            .iter()
            .map(|(s, e)| (e - s) / 4)
            .collect();
        assert_eq!(sizes, vec![16, 12, 4, 3]);
        assert_eq!(layout.window_index[..5], [0, 1, 2, 3, 7]);
        assert_eq!(layout.window_index[16..19], [4, 5, 6]);
        assert_eq!(layout.image_segments, vec![(0, 140)]);
        let mut sorted = layout.window_index.clone();
        sorted.sort();
        assert_eq!(sorted, (0..35).collect::<Vec<_>>());
    }
}
