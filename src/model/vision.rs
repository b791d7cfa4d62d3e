//! The Qwen2.5-VL vision tower: patch embedding, 2D rotary positions, window attention with a few
//! full-attention blocks, and the 2x2 patch merger that produces one text-sized embedding per
//! merged patch.
//!
//! Patch order: the image processor emits patches in 2x2 merge-block order. The tower reorders
//! them window by window (4x4 merged patches per window for the released models) so that window
//! attention works on contiguous runs, and undoes the reordering after the merger.

use candle_core::{DType, Device, Module, Result, Tensor};
use candle_nn::RmsNorm;

use super::config::VisionConfig;
use super::weights::{Linear, Weights};

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
        Ok(Self {
            gate_proj: w.pp("gate_proj").linear(h, i, true)?,
            up_proj: w.pp("up_proj").linear(h, i, true)?,
            down_proj: w.pp("down_proj").linear(i, h, true)?,
        })
    }
}

impl Module for VisionMlp {
    fn forward(&self, xs: &Tensor) -> Result<Tensor> {
        let gate = self.gate_proj.forward(xs)?.silu()?;
        self.down_proj.forward(&(gate * self.up_proj.forward(xs)?)?)
    }
}

/// Query rows per attention chunk (see [`crate::engine::memory::VISION_ATTENTION_CHUNK`]).
const ATTENTION_QUERY_CHUNK: usize = crate::engine::memory::VISION_ATTENTION_CHUNK;

#[derive(Debug, Clone)]
struct VisionAttention {
    qkv: Linear,
    proj: Linear,
    num_heads: usize,
    head_dim: usize,
}

impl VisionAttention {
    fn new(cfg: &VisionConfig, w: Weights) -> Result<Self> {
        let h = cfg.hidden_size;
        Ok(Self {
            qkv: w.pp("qkv").linear(h, 3 * h, true)?,
            proj: w.pp("proj").linear(h, h, true)?,
            num_heads: cfg.num_heads,
            head_dim: cfg.head_dim(),
        })
    }

    /// `xs` [N, hidden]; attention is restricted to each `[start, end)` run of `segments`.
    fn forward(
        &self,
        xs: &Tensor,
        rotary: &VisionRotary,
        segments: &[(usize, usize)],
    ) -> Result<Tensor> {
        let (n, hidden) = xs.dims2()?;
        let dtype = xs.dtype();
        let qkv = self
            .qkv
            .forward(xs)?
            .reshape((n, 3, self.num_heads, self.head_dim))?;
        // [heads, N, head_dim] each; rotary is applied in f32 as the reference does.
        let split = |i: usize| -> Result<Tensor> {
            qkv.narrow(1, i, 1)?
                .squeeze(1)?
                .transpose(0, 1)?
                .contiguous()
        };
        let q = rotary.apply(&split(0)?)?;
        let k = rotary.apply(&split(1)?)?;
        let v = split(2)?.to_dtype(DType::F32)?;
        let scale = 1.0 / (self.head_dim as f64).sqrt();
        let mut outputs = Vec::with_capacity(segments.len());
        for &(start, end) in segments {
            let len = end - start;
            let k_t = k.narrow(1, start, len)?.t()?;
            let v = v.narrow(1, start, len)?;
            // Queries in chunks: a full-attention block at 1080p sees 10764 patches, whose whole
            // score matrix (16 heads, f32) would take 7.4 GB; a chunk of 1024 rows takes 0.7 GB.
            for chunk_start in (start..end).step_by(ATTENTION_QUERY_CHUNK) {
                let rows = ATTENTION_QUERY_CHUNK.min(end - chunk_start);
                let q = q.narrow(1, chunk_start, rows)?;
                let scores = (q.matmul(&k_t)? * scale)?;
                let probs = candle_nn::ops::softmax_last_dim(&scores)?;
                outputs.push(probs.matmul(&v)?);
            }
        }
        let attn = Tensor::cat(&outputs, 1)?; // [heads, N, head_dim]
        let attn = attn
            .transpose(0, 1)?
            .reshape((n, hidden))?
            .to_dtype(dtype)?;
        self.proj.forward(&attn)
    }
}

#[derive(Debug, Clone)]
struct VisionBlock {
    norm1: RmsNorm,
    norm2: RmsNorm,
    attn: VisionAttention,
    mlp: VisionMlp,
}

impl VisionBlock {
    fn new(cfg: &VisionConfig, w: Weights) -> Result<Self> {
        Ok(Self {
            norm1: w.pp("norm1").rms_norm(cfg.hidden_size, 1e-6)?,
            norm2: w.pp("norm2").rms_norm(cfg.hidden_size, 1e-6)?,
            attn: VisionAttention::new(cfg, w.pp("attn"))?,
            mlp: VisionMlp::new(cfg, w.pp("mlp"))?,
        })
    }

    fn forward(
        &self,
        xs: &Tensor,
        rotary: &VisionRotary,
        segments: &[(usize, usize)],
    ) -> Result<Tensor> {
        let xs = (xs
            + self
                .attn
                .forward(&self.norm1.forward(xs)?, rotary, segments)?)?;
        &xs + self.mlp.forward(&self.norm2.forward(&xs)?)?
    }
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

impl Module for PatchMerger {
    fn forward(&self, xs: &Tensor) -> Result<Tensor> {
        let xs = self.ln_q.forward(xs)?.reshape(((), self.merged_dim))?;
        // nn.GELU() in the reference: the exact erf form, not the tanh approximation.
        self.fc2.forward(&self.fc1.forward(&xs)?.gelu_erf()?)
    }
}

/// cos/sin of the 2D rotary embedding for every patch, already in window order.
struct VisionRotary {
    cos: Tensor,
    sin: Tensor,
}

impl VisionRotary {
    /// `x` [heads, N, head_dim] -> rotated, in f32.
    fn apply(&self, x: &Tensor) -> Result<Tensor> {
        let x = x.to_dtype(DType::F32)?.unsqueeze(0)?;
        candle_nn::rotary_emb::rope(&x, &self.cos, &self.sin)?.squeeze(0)
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
}

impl VisionModel {
    pub fn new(cfg: &VisionConfig, w: Weights) -> Result<Self> {
        let blocks = (0..cfg.depth)
            .map(|i| VisionBlock::new(cfg, w.pp(format!("blocks.{i}"))))
            .collect::<Result<Vec<_>>>()?;
        // Each axis (h, w) rotates a quarter of the head dim's frequency pairs.
        let spatial_dim = cfg.head_dim() / 2;
        let inv_freq = (0..spatial_dim)
            .step_by(2)
            .map(|i| 1.0 / cfg.rope_theta.powf(i as f64 / spatial_dim as f64) as f32)
            .collect();
        Ok(Self {
            patch_embed: PatchEmbed::new(cfg, w.pp("patch_embed"))?,
            blocks,
            merger: PatchMerger::new(cfg, w.pp("merger"))?,
            inv_freq,
            cfg: cfg.clone(),
        })
    }

    /// (h, w) position of every patch in the processor's 2x2 merge-block order.
    fn patch_positions(&self, grids: &[[usize; 3]]) -> Vec<(u32, u32)> {
        let m = self.cfg.spatial_merge_size;
        let mut positions = Vec::new();
        for &[t, h, w] in grids {
            for _ in 0..t {
                for by in 0..h / m {
                    for bx in 0..w / m {
                        for dy in 0..m {
                            for dx in 0..m {
                                positions.push(((by * m + dy) as u32, (bx * m + dx) as u32));
                            }
                        }
                    }
                }
            }
        }
        positions
    }

    fn rotary(&self, positions: &[(u32, u32)], device: &Device) -> Result<VisionRotary> {
        let quarter = self.inv_freq.len();
        let mut angles = Vec::with_capacity(positions.len() * quarter * 2);
        for &(h, w) in positions {
            angles.extend(self.inv_freq.iter().map(|f| h as f32 * f));
            angles.extend(self.inv_freq.iter().map(|f| w as f32 * f));
        }
        let angles = Tensor::from_vec(angles, (positions.len(), quarter * 2), device)?;
        Ok(VisionRotary {
            cos: angles.cos()?,
            sin: angles.sin()?,
        })
    }

    /// `pixel_values` [patches, 1176] for the images of `grids` ([t, h, w] in patches) ->
    /// one embedding per merged patch [patches / 4, out_hidden], in the processor's order.
    pub fn forward(&self, pixel_values: &Tensor, grids: &[[usize; 3]]) -> Result<Tensor> {
        let device = pixel_values.device();
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
            device,
        )?;
        // Reorders rows in whole merge units: [N, D] -> [N/unit, unit, D] -> pick -> [N, D].
        let to_windows = |xs: &Tensor| -> Result<Tensor> {
            let (n, d) = xs.dims2()?;
            xs.reshape((n / unit, unit * d))?
                .index_select(&window_index, 0)?
                .reshape((n, d))
        };

        let positions = self.patch_positions(grids);
        let rotary = self.rotary(&positions, device)?;
        let rotary = VisionRotary {
            cos: to_windows(&rotary.cos)?,
            sin: to_windows(&rotary.sin)?,
        };

        let mut xs = to_windows(&self.patch_embed.forward(pixel_values)?)?;
        for (i, block) in self.blocks.iter().enumerate() {
            let segments = if self.cfg.fullatt_block_indexes.contains(&i) {
                &layout.image_segments
            } else {
                &layout.window_segments
            };
            xs = block.forward(&xs, &rotary, segments)?;
        }
        let merged = self.merger.forward(&xs)?;
        // Back to the processor's order: row j of `merged` belongs at window_index[j].
        let mut inverse = vec![0u32; layout.window_index.len()];
        for (j, &i) in layout.window_index.iter().enumerate() {
            inverse[i] = j as u32;
        }
        let inverse = Tensor::from_vec(inverse, layout.window_index.len(), device)?;
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
