// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! What the Qwen vision towers share: the 2-D rotary embedding of patch positions, attention
//! over runs of patches in tiles of query rows, row-wise layers in chunks of rows
//! ([`VisionTiling`]), and the int8 width of their MLPs on the CPU.

use candle_core::{DType, Device, Module, Result, Tensor};

use super::weights::{Linear, Weights};
use super::Precision;
use crate::quant::cpu_gemm;

/// Query rows per attention tile in the vision tower. A full-attention block sees every patch
/// of a frame (10,764 at 1932x1092), so one tile's f32 scores and probabilities take
/// 2 x 16 heads x 64 x 10,764 x 4 B = 88 MB; the 1024-row chunks used before took 1.4 GB
/// (scores and probabilities), and the whole matrix would be 15 GB. Windowed blocks see 64
/// patches per window, so their tiles are the windows themselves. On the CPU (2 shared cores,
/// 3B widths, 4 blocks, f32) the tiles with the row chunks below took 11.6-12.3 s at 1280x720
/// against 20.2-21.7 s for 1024-row chunks and whole-frame rows (docs/benchmarks.md).
pub const VISION_ATTENTION_TILE: usize = 64;

/// Patch rows per chunk of the row-wise parts of a vision block (norms, qkv, output projection,
/// MLP) and of the merger: their intermediates exist for one chunk at a time, 1024 x (3 x 3420
/// MLP + 2 x 1280) x 4 B = 52 MB at the 3B width, where a 1080p frame's 10,764 patches at once
/// took 10,764 x (3 x 3420 + 4 x 1280) x 4 B = 0.66 GB. Large enough that the matrix products
/// stay efficient.
pub const VISION_ROW_CHUNK: usize = 1024;

/// How the vision tower tiles its work; the defaults are the constants above, and tests use
/// small values so that the tiny fixture spans several tiles and chunks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VisionTiling {
    /// Query rows per attention tile ([`VISION_ATTENTION_TILE`]).
    pub attention_tile: usize,
    /// Rows per chunk of the row-wise layers ([`VISION_ROW_CHUNK`]).
    pub row_chunk: usize,
}

impl Default for VisionTiling {
    fn default() -> Self {
        Self {
            attention_tile: VISION_ATTENTION_TILE,
            row_chunk: VISION_ROW_CHUNK,
        }
    }
}

impl VisionTiling {
    /// Refuses tiles or chunks of no rows.
    pub fn checked(self) -> Result<Self> {
        if self.attention_tile == 0 || self.row_chunk == 0 {
            candle_core::bail!("vision tiling {self:?}: tiles and chunks need at least one row");
        }
        Ok(self)
    }
}

/// `[start, start + len)` runs of at most `chunk` rows covering `start..end`.
pub fn row_chunks(start: usize, end: usize, chunk: usize) -> impl Iterator<Item = (usize, usize)> {
    (start..end)
        .step_by(chunk.max(1))
        .map(move |s| (s, chunk.max(1).min(end - s)))
}

/// The width of a vision MLP's intermediate (`intermediate` wide, between projections from and
/// to `hidden`) as it runs at `precision` on `device`: at int8 on the CPU it may be widened
/// with zeros onto candle's fast kernel ([`cpu_gemm::int8_cpu_mlp_width`]), which changes
/// nothing in the output for activations that map 0 to 0 (silu, gelu).
pub fn mlp_width(
    intermediate: usize,
    hidden: usize,
    precision: Precision,
    device: &Device,
) -> usize {
    if precision == Precision::Int8 && device.is_cpu() {
        cpu_gemm::int8_cpu_mlp_width(intermediate, hidden)
    } else {
        intermediate
    }
}

/// cos/sin of the 2-D rotary embedding for every patch, [N, head_dim / 2] in f32.
pub struct VisionRotary {
    pub cos: Tensor,
    pub sin: Tensor,
}

/// The inverse frequencies of each axis (h, w): a quarter of the head dim's frequency pairs
/// each, as transformers' vision rotary embedding (`dim = head_dim / 2`).
pub fn rotary_inv_freq(head_dim: usize, theta: f64) -> Vec<f32> {
    let spatial_dim = head_dim / 2;
    (0..spatial_dim)
        .step_by(2)
        .map(|i| 1.0 / theta.powf(i as f64 / spatial_dim as f64) as f32)
        .collect()
}

/// (h, w) position of every patch of `grids` in the processor's merge-block order (blocks of
/// `merge` x `merge` patches, read row-major), every frame alike.
pub fn patch_positions(grids: &[[usize; 3]], merge: usize) -> Vec<(u32, u32)> {
    let mut positions = Vec::new();
    for &[t, h, w] in grids {
        for _ in 0..t {
            for by in 0..h / merge {
                for bx in 0..w / merge {
                    for dy in 0..merge {
                        for dx in 0..merge {
                            positions.push(((by * merge + dy) as u32, (bx * merge + dx) as u32));
                        }
                    }
                }
            }
        }
    }
    positions
}

impl VisionRotary {
    /// The angles of `positions`: the h frequencies then the w frequencies of each patch.
    pub fn new(inv_freq: &[f32], positions: &[(u32, u32)], device: &Device) -> Result<Self> {
        let quarter = inv_freq.len();
        let mut angles = Vec::with_capacity(positions.len() * quarter * 2);
        for &(h, w) in positions {
            angles.extend(inv_freq.iter().map(|f| h as f32 * f));
            angles.extend(inv_freq.iter().map(|f| w as f32 * f));
        }
        let angles = Tensor::from_vec(angles, (positions.len(), quarter * 2), device)?;
        Ok(Self {
            cos: angles.cos()?,
            sin: angles.sin()?,
        })
    }
}

/// Queries, keys and values of every patch: [heads, N, head_dim] each, in f32 (the rotary is
/// applied in f32 as the reference does, and attention runs in f32).
pub struct QueryKeyValue {
    q: Tensor,
    k: Tensor,
    v: Tensor,
}

/// A vision block's attention: fused q/k/v with biases, 2-D rotary, softmax attention within
/// runs of patches, output projection with bias.
#[derive(Debug, Clone)]
pub struct VisionAttention {
    qkv: Linear,
    pub proj: Linear,
    num_heads: usize,
    head_dim: usize,
}

impl VisionAttention {
    pub fn new(hidden: usize, num_heads: usize, w: Weights) -> Result<Self> {
        Ok(Self {
            qkv: w.pp("qkv").linear(hidden, 3 * hidden, true)?,
            proj: w.pp("proj").linear(hidden, hidden, true)?,
            num_heads,
            head_dim: hidden / num_heads,
        })
    }

    /// q, k, v of `xs` [N, hidden] after `norm`, computed `row_chunk` rows at a time so that
    /// the normed rows and the fused qkv output exist for one chunk only.
    pub fn query_key_value(
        &self,
        xs: &Tensor,
        norm: &impl Module,
        rotary: &VisionRotary,
        row_chunk: usize,
    ) -> Result<QueryKeyValue> {
        let (n, _) = xs.dims2()?;
        let (mut qs, mut ks, mut vs) = (Vec::new(), Vec::new(), Vec::new());
        for (start, rows) in row_chunks(0, n, row_chunk) {
            let qkv = self
                .qkv
                .forward(&norm.forward(&xs.narrow(0, start, rows)?)?)?
                .reshape((rows, 3, self.num_heads, self.head_dim))?;
            // [heads, rows, head_dim] each.
            let split = |i: usize| -> Result<Tensor> {
                qkv.narrow(1, i, 1)?
                    .squeeze(1)?
                    .transpose(0, 1)?
                    .contiguous()
            };
            let (cos, sin) = (
                rotary.cos.narrow(0, start, rows)?,
                rotary.sin.narrow(0, start, rows)?,
            );
            qs.push(rotate(&split(0)?, &cos, &sin)?);
            ks.push(rotate(&split(1)?, &cos, &sin)?);
            vs.push(split(2)?.to_dtype(DType::F32)?);
        }
        // One list at a time, each freed once joined: a single extra [heads, N, head_dim].
        let join = |parts: Vec<Tensor>| Tensor::cat(&parts, 1);
        Ok(QueryKeyValue {
            q: join(qs)?,
            k: join(ks)?,
            v: join(vs)?,
        })
    }

    /// Attention of every `[start, end)` run of `segments` over itself, `tile` query rows at a
    /// time: one tile's scores are [heads, tile, run length]. Returns the mixed rows before the
    /// output projection, [rows, hidden] in `dtype`, one tensor per tile in patch order.
    pub fn mix(
        &self,
        qkv: &QueryKeyValue,
        segments: &[(usize, usize)],
        tile: usize,
        dtype: DType,
    ) -> Result<Vec<Tensor>> {
        let scale = 1.0 / (self.head_dim as f64).sqrt();
        let mut rows_out = Vec::new();
        for &(start, end) in segments {
            let len = end - start;
            let k_t = qkv.k.narrow(1, start, len)?.t()?;
            let v = qkv.v.narrow(1, start, len)?;
            for (tile_start, rows) in row_chunks(start, end, tile) {
                let q = qkv.q.narrow(1, tile_start, rows)?;
                let probs = {
                    let scores = (q.matmul(&k_t)? * scale)?;
                    candle_nn::ops::softmax_last_dim(&scores)?
                };
                let mixed = probs.matmul(&v)?; // [heads, rows, head_dim]
                drop(probs);
                rows_out.push(
                    mixed
                        .transpose(0, 1)?
                        .reshape((rows, self.num_heads * self.head_dim))?
                        .to_dtype(dtype)?,
                );
            }
        }
        Ok(rows_out)
    }

    /// The attention of `xs` [N, hidden] (after `norm`) within `segments`, before the output
    /// projection: [N, hidden] in the dtype of `xs`. What lives at once: q/k/v (3 x N x hidden,
    /// f32) while the tiles' mixed rows (N x hidden) accumulate, and one tile or row chunk.
    pub fn mixed_rows(
        &self,
        xs: &Tensor,
        norm: &impl Module,
        rotary: &VisionRotary,
        segments: &[(usize, usize)],
        tiling: VisionTiling,
    ) -> Result<Tensor> {
        let qkv = self.query_key_value(xs, norm, rotary, tiling.row_chunk)?;
        let tiles = self.mix(&qkv, segments, tiling.attention_tile, xs.dtype())?;
        drop(qkv);
        Tensor::cat(&tiles, 0)
    }
}

/// `x` [heads, rows, head_dim] rotated by cos/sin [rows, head_dim / 2], in f32.
fn rotate(x: &Tensor, cos: &Tensor, sin: &Tensor) -> Result<Tensor> {
    let x = x.to_dtype(DType::F32)?.unsqueeze(0)?;
    candle_nn::rotary_emb::rope(&x, &cos.contiguous()?, &sin.contiguous()?)?.squeeze(0)
}

/// Patch-level `[start, end)` run of each frame of `grids` (patches counted in order): the
/// runs full attention spans, as transformers' `cu_seqlens`.
pub fn frame_segments(grids: &[[usize; 3]]) -> Vec<(usize, usize)> {
    let mut segments = Vec::new();
    let mut start = 0;
    for &[t, h, w] in grids {
        for _ in 0..t {
            segments.push((start, start + h * w));
            start += h * w;
        }
    }
    segments
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patch_positions_follow_merge_blocks_and_frames_are_runs() {
        let p = patch_positions(&[[1, 2, 4]], 2);
        assert_eq!(
            p,
            vec![
                (0, 0),
                (0, 1),
                (1, 0),
                (1, 1),
                (0, 2),
                (0, 3),
                (1, 2),
                (1, 3)
            ]
        );
        assert_eq!(
            frame_segments(&[[2, 2, 4], [1, 4, 4]]),
            vec![(0, 8), (8, 16), (16, 32)]
        );
        let inv_freq = rotary_inv_freq(16, 10_000.0);
        for (got, want) in inv_freq.iter().zip([1.0, 0.1, 0.01, 0.001]) {
            assert!((got - want).abs() <= want * 1e-6, "{inv_freq:?}");
        }
        assert_eq!(inv_freq.len(), 4);
    }
}

/// A vision transformer block: norm, attention within each image's segments, residual, norm,
/// MLP, residual. The families differ in the norm (RMSNorm, LayerNorm) and the MLP (SwiGLU,
/// GELU), which they build; the block runs the same for both.
#[derive(Debug, Clone)]
pub struct VisionBlock<Norm, Mlp> {
    pub norm1: Norm,
    pub norm2: Norm,
    pub attn: VisionAttention,
    pub mlp: Mlp,
}

impl<Norm: Module, Mlp: Module> VisionBlock<Norm, Mlp> {
    /// What lives at once for N patches: `xs`, q/k/v (3 x N x hidden, f32) while the tiles'
    /// mixed rows (N x hidden) accumulate, then `xs`, the mixed rows and the output rows; the
    /// rest is one attention tile or one row chunk.
    pub fn forward(
        &self,
        xs: &Tensor,
        rotary: &VisionRotary,
        segments: &[(usize, usize)],
        tiling: VisionTiling,
    ) -> Result<Tensor> {
        let (n, _) = xs.dims2()?;
        let mixed = self
            .attn
            .mixed_rows(xs, &self.norm1, rotary, segments, tiling)?;
        // Output projection, residual, MLP, residual: row-wise, one chunk at a time.
        let mut out = Vec::new();
        for (start, rows) in row_chunks(0, n, tiling.row_chunk) {
            let attn = self.attn.proj.forward(&mixed.narrow(0, start, rows)?)?;
            let x = (xs.narrow(0, start, rows)? + attn)?;
            out.push((&x + self.mlp.forward(&self.norm2.forward(&x)?)?)?);
        }
        drop(mixed);
        Tensor::cat(&out, 0)
    }
}
