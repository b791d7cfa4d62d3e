// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! The Qwen3-VL vision tower: patch embedding (with bias), a learned position table
//! bilinearly interpolated to the image's patch grid, 2-D rotary positions, full-attention
//! LayerNorm blocks, the 2x2 patch merger, and the DeepStack mergers that turn the output of
//! a few inner blocks into feature sets for the decoder's first layers.
//!
//! Patches stay in the processor's 2x2 merge-block order throughout (no windows to reorder
//! into); every block attends over each frame as a whole, in tiles of query rows, and the
//! row-wise layers run in chunks of rows ([`VisionTiling`]).

use candle_core::{DType, Device, Module, Result, Tensor};

use super::config::VisionConfig;
use crate::models::vision_common::{
    self, frame_segments, mlp_width, patch_positions, rotary_inv_freq, row_chunks, VisionAttention,
    VisionRotary, VisionTiling,
};
use crate::models::weights::{LayerNorm, Linear, Weights};
use crate::models::Precision;

/// Conv3d with kernel = stride = (temporal, patch, patch) and a bias: a linear map of the
/// flattened 1536-long patch rows produced by the image processor.
#[derive(Debug, Clone)]
struct PatchEmbed {
    weight_t: Tensor,
    bias: Tensor,
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
        let w = w.pp("proj");
        let weight_t = w
            .get(shape, "weight")?
            .reshape((cfg.hidden_size, cfg.patch_input_len()))?
            .t()?
            .contiguous()?;
        Ok(Self {
            weight_t,
            bias: w.get(cfg.hidden_size, "bias")?,
        })
    }

    fn forward(&self, patches: &Tensor) -> Result<Tensor> {
        patches
            .to_dtype(self.weight_t.dtype())?
            .matmul(&self.weight_t)?
            .broadcast_add(&self.bias)
    }
}

/// Where each patch reads the learned position table: four rows and their bilinear weights.
#[derive(Debug, Clone, PartialEq)]
pub struct PositionTaps {
    /// Per patch, 4 row indices of the table (side x side, row-major).
    pub indices: Vec<u32>,
    /// Per patch, the 4 weights.
    pub weights: Vec<f32>,
}

impl PositionTaps {
    /// As transformers' `get_vision_interpolation_indices_and_weights` (bilinear,
    /// align_corners): patch row r of an h-patch-high image samples the table at
    /// r x (side - 1) / (h - 1), between rows floor and floor + 1 (clamped to the table), with
    /// weights 1 - distance; columns alike; the 2 x 2 taps are the products. Patches in the
    /// processor's merge-block order, every frame alike. In f32 as transformers computes them.
    pub fn new(grids: &[[usize; 3]], side: usize, merge: usize) -> Self {
        let axis = |index: usize, size: usize| -> [(u32, f32); 2] {
            let src = (index as f32 * (side - 1) as f32) / (size.max(2) - 1) as f32;
            let floor = src.floor();
            [0.0f32, 1.0].map(|offset| {
                let tap = (floor + offset).clamp(0.0, (side - 1) as f32) as u32;
                let distance = ((src - floor) - offset).abs();
                (tap, (1.0 - distance).max(0.0))
            })
        };
        let positions = patch_positions(grids, merge);
        let mut sizes = Vec::with_capacity(positions.len());
        for &[t, h, w] in grids {
            sizes.extend(std::iter::repeat_n((h, w), t * h * w));
        }
        let mut indices = Vec::with_capacity(4 * positions.len());
        let mut weights = Vec::with_capacity(4 * positions.len());
        for (&(row, col), &(h, w)) in positions.iter().zip(&sizes) {
            let rows = axis(row as usize, h);
            let cols = axis(col as usize, w);
            for (row_tap, row_weight) in rows {
                for (col_tap, col_weight) in cols {
                    indices.push(row_tap * side as u32 + col_tap);
                    weights.push(row_weight * col_weight);
                }
            }
        }
        Self { indices, weights }
    }
}

/// The learned position table, [side x side, hidden].
#[derive(Debug, Clone)]
struct PositionEmbedding {
    table: Tensor,
}

impl PositionEmbedding {
    /// The embeddings of patches `start..start + rows` of `taps`: [rows, hidden] in the
    /// table's dtype (summed in f32).
    fn rows(&self, taps: &PositionTaps, start: usize, rows: usize) -> Result<Tensor> {
        let device = self.table.device();
        let (_, hidden) = self.table.dims2()?;
        let at = 4 * start..4 * (start + rows);
        let indices = Tensor::new(&taps.indices[at.clone()], device)?;
        let weights = Tensor::from_slice(&taps.weights[at], (rows, 4, 1), device)?;
        self.table
            .index_select(&indices, 0)?
            .to_dtype(DType::F32)?
            .reshape((rows, 4, hidden))?
            .broadcast_mul(&weights)?
            .sum(1)?
            .to_dtype(self.table.dtype())
    }
}

/// linear_fc1 -> GELU (tanh approximation) -> linear_fc2, with biases.
#[derive(Debug, Clone)]
struct VisionMlp {
    fc1: Linear,
    fc2: Linear,
}

impl VisionMlp {
    fn new(cfg: &VisionConfig, w: Weights) -> Result<Self> {
        let (h, i) = (cfg.hidden_size, cfg.intermediate_size);
        // At int8 on the CPU the intermediate may be widened with zeros onto candle's fast
        // kernel (gelu(0) = 0, so the added rows give nothing); the loaded weights keep the
        // checkpoint's shapes.
        let wide = vision_mlp_width(cfg, w.precision(), w.device());
        Ok(Self {
            fc1: w.pp("linear_fc1").linear(h, i, true)?.widened(wide, h)?,
            fc2: w.pp("linear_fc2").linear(i, h, true)?.widened(h, wide)?,
        })
    }
}

impl Module for VisionMlp {
    fn forward(&self, xs: &Tensor) -> Result<Tensor> {
        // gelu_pytorch_tanh: candle's gelu is the tanh approximation.
        self.fc2.forward(&self.fc1.forward(xs)?.gelu()?)
    }
}

/// The width of the vision MLP's intermediate as it runs at `precision` on `device`.
pub fn vision_mlp_width(cfg: &VisionConfig, precision: Precision, device: &Device) -> usize {
    mlp_width(cfg.intermediate_size, cfg.hidden_size, precision, device)
}

type VisionBlock = vision_common::VisionBlock<LayerNorm, VisionMlp>;

fn vision_block(cfg: &VisionConfig, w: Weights) -> Result<VisionBlock> {
    Ok(VisionBlock {
        norm1: w.pp("norm1").layer_norm(cfg.hidden_size, 1e-6)?,
        norm2: w.pp("norm2").layer_norm(cfg.hidden_size, 1e-6)?,
        attn: VisionAttention::new(cfg.hidden_size, cfg.num_heads, w.pp("attn"))?,
        mlp: VisionMlp::new(cfg, w.pp("mlp"))?,
    })
}

/// LayerNorm, group 2x2 neighbours, linear_fc1, GELU (erf), linear_fc2 to the text hidden
/// size. The main merger normalizes each patch (over hidden); the DeepStack mergers
/// (`use_postshuffle_norm`) normalize each group of four (over 4 x hidden).
#[derive(Debug, Clone)]
struct PatchMerger {
    norm: LayerNorm,
    fc1: Linear,
    fc2: Linear,
    merged_dim: usize,
    postshuffle_norm: bool,
}

impl PatchMerger {
    fn new(cfg: &VisionConfig, postshuffle_norm: bool, w: Weights) -> Result<Self> {
        let merged_dim = cfg.merged_dim();
        let norm_dim = if postshuffle_norm {
            merged_dim
        } else {
            cfg.hidden_size
        };
        Ok(Self {
            norm: w.pp("norm").layer_norm(norm_dim, 1e-6)?,
            fc1: w.pp("linear_fc1").linear(merged_dim, merged_dim, true)?,
            fc2: w
                .pp("linear_fc2")
                .linear(merged_dim, cfg.out_hidden_size, true)?,
            merged_dim,
            postshuffle_norm,
        })
    }

    /// `xs` [N, hidden] -> [N / unit, out_hidden], about `row_chunk` patch rows (whole merge
    /// units) at a time so that the norm and fc1 intermediates exist for one chunk only.
    fn forward(&self, xs: &Tensor, row_chunk: usize) -> Result<Tensor> {
        let (n, hidden) = xs.dims2()?;
        let unit = self.merged_dim / hidden;
        let chunk = row_chunk.min(n).next_multiple_of(unit);
        let mut out = Vec::new();
        for (start, rows) in row_chunks(0, n, chunk) {
            let x = xs.narrow(0, start, rows)?;
            let x = if self.postshuffle_norm {
                self.norm.forward(&x.reshape(((), self.merged_dim))?)?
            } else {
                self.norm.forward(&x)?.reshape(((), self.merged_dim))?
            };
            // nn.GELU() in the reference: the exact erf form, not the tanh approximation.
            out.push(self.fc2.forward(&self.fc1.forward(&x)?.gelu_erf()?)?);
        }
        Tensor::cat(&out, 0)
    }
}

/// What the tower gives for some images: one embedding per merged patch, and one feature set
/// of the same shape per DeepStack block.
#[derive(Debug, Clone)]
pub struct VisionOutput {
    /// [patches / 4, out_hidden].
    pub embeds: Tensor,
    /// Per DeepStack set, in the order the decoder layers take them: [patches / 4, out_hidden].
    pub deepstack: Vec<Tensor>,
}

#[derive(Debug, Clone)]
pub struct VisionModel {
    patch_embed: PatchEmbed,
    pos_embed: PositionEmbedding,
    blocks: Vec<VisionBlock>,
    merger: PatchMerger,
    /// One per entry of `deepstack_visual_indexes`, in its order.
    deepstack_mergers: Vec<PatchMerger>,
    inv_freq: Vec<f32>,
    cfg: VisionConfig,
    tiling: VisionTiling,
}

impl VisionModel {
    pub fn new(cfg: &VisionConfig, w: Weights) -> Result<Self> {
        let blocks = (0..cfg.depth)
            .map(|i| vision_block(cfg, w.pp(format!("blocks.{i}"))))
            .collect::<Result<Vec<_>>>()?;
        let deepstack_mergers = (0..cfg.deepstack_visual_indexes.len())
            .map(|k| PatchMerger::new(cfg, true, w.pp(format!("deepstack_merger_list.{k}"))))
            .collect::<Result<Vec<_>>>()?;
        let table = w
            .pp("pos_embed")
            .get((cfg.num_position_embeddings, cfg.hidden_size), "weight")?;
        Ok(Self {
            patch_embed: PatchEmbed::new(cfg, w.pp("patch_embed"))?,
            pos_embed: PositionEmbedding { table },
            blocks,
            merger: PatchMerger::new(cfg, false, w.pp("merger"))?,
            deepstack_mergers,
            inv_freq: rotary_inv_freq(cfg.head_dim(), cfg.rope_theta),
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

    /// `pixel_values` [patches, 1536] for the images of `grids` ([t, h, w] in patches, h and w
    /// multiples of the merge size) -> the merged embeddings and DeepStack feature sets, in the
    /// processor's order. Taken by value and dropped after the patch embedding (on a GPU it is
    /// the device copy).
    pub fn forward(&self, pixel_values: Tensor, grids: &[[usize; 3]]) -> Result<VisionOutput> {
        let device = pixel_values.device().clone();
        let merge = self.cfg.spatial_merge_size;
        let expected: usize = grids.iter().map(|g| g[0] * g[1] * g[2]).sum();
        let (patches, _) = pixel_values.dims2()?;
        if patches != expected {
            candle_core::bail!(
                "pixel_values has {patches} patches but the grids describe {expected}"
            );
        }
        if let Some(g) = grids
            .iter()
            .find(|g| g[1] % merge != 0 || g[2] % merge != 0)
        {
            candle_core::bail!("grid {g:?}: height and width must be multiples of {merge}");
        }
        let rotary = VisionRotary::new(&self.inv_freq, &patch_positions(grids, merge), &device)?;
        let segments = frame_segments(grids);

        // Patch embedding plus interpolated positions, a row chunk at a time.
        let mut xs = {
            let taps = PositionTaps::new(grids, self.cfg.position_grid_side(), merge);
            let mut rows = Vec::new();
            for (start, len) in row_chunks(0, patches, self.tiling.row_chunk) {
                let embedded = self
                    .patch_embed
                    .forward(&pixel_values.narrow(0, start, len)?)?;
                let positions = self.pos_embed.rows(&taps, start, len)?;
                rows.push((embedded + positions)?);
            }
            drop(pixel_values);
            Tensor::cat(&rows, 0)?
        };

        let indexes = &self.cfg.deepstack_visual_indexes;
        let mut deepstack = Vec::with_capacity(indexes.len());
        for (i, block) in self.blocks.iter().enumerate() {
            xs = block.forward(&xs, &rotary, &segments, self.tiling)?;
            // As transformers: the merger of the index's position in the list, the feature
            // sets in block order.
            if let Some(k) = indexes.iter().position(|&b| b == i) {
                deepstack.push(self.deepstack_mergers[k].forward(&xs, self.tiling.row_chunk)?);
            }
        }
        let embeds = self.merger.forward(&xs, self.tiling.row_chunk)?;
        Ok(VisionOutput { embeds, deepstack })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// transformers' taps for a 1 x 4 x 6 grid on a 3 x 3 table (computed by
    /// `get_vision_interpolation_indices_and_weights(torch.tensor([[1, 4, 6]]), 3,
    /// align_corners=True, spatial_merge_size=2)`): rows at 0, 2/3, 4/3, 2; columns at 0, 0.4,
    /// 0.8, 1.2, 1.6, 2.
    #[test]
    fn position_taps_follow_transformers_on_a_small_grid() {
        let taps = PositionTaps::new(&[[1, 4, 6]], 3, 2);
        assert_eq!(taps.indices.len(), 24 * 4);
        // Patch 0: (row 0, col 0) -> table (0, 0) with weight 1.
        assert_eq!(taps.indices[..4], [0, 1, 3, 4]);
        assert_eq!(taps.weights[..4], [1.0, 0.0, 0.0, 0.0]);
        // Patch 3: (row 1, col 1) in the first merge block: src rows 2/3, cols 0.4.
        let (r, c) = (2.0f32 / 3.0, 2.0f32 / 5.0);
        assert_eq!(taps.indices[12..16], [0, 1, 3, 4]);
        let expected = [(1.0 - r) * (1.0 - c), (1.0 - r) * c, r * (1.0 - c), r * c];
        for (got, want) in taps.weights[12..16].iter().zip(expected) {
            assert!((got - want).abs() < 1e-6, "{:?}", &taps.weights[12..16]);
        }
        // The last patch (row 3, col 5) sits on the table's corner (2, 2): its +1 taps clamp
        // to the edge with weight 0.
        let last = 23 * 4;
        assert_eq!(taps.indices[last..], [8, 8, 8, 8]);
        assert_eq!(taps.weights[last..], [1.0, 0.0, 0.0, 0.0]);
        for patch in taps.weights.chunks(4) {
            assert!((patch.iter().sum::<f32>() - 1.0).abs() < 1e-6);
        }
        // One-patch-wide axes sample the table's first row/column, as clamp(size - 1, min=1).
        let single = PositionTaps::new(&[[1, 2, 2]], 4, 2);
        assert_eq!(single.indices[..4], [0, 1, 4, 5]);
        assert_eq!(single.weights[..4], [1.0, 0.0, 0.0, 0.0]);
    }
}
