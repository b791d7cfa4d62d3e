//! Qwen2.5-VL (the architecture of RoboBrain 2.0) in candle.
//!
//! - [`config`]: `config.json` in both the transformers 4.x and 5 layouts.
//! - [`vision`]: the vision tower (patches -> one embedding per merged 2x2 patch).
//! - [`text`]: the decoder with multimodal rotary positions and a KV cache.
//! - [`weights`]: loading at f32 / bf16 / f16 / int8 (Q8_0), with [`progress`] reports.
//!
//! [`Qwen25VlModel`] joins them: image embeddings replace the `<|image_pad|>` tokens, and
//! [`rope_index`] gives every prompt token its (t, h, w) position as transformers'
//! `get_rope_index` does.

pub mod config;
pub mod cpu_gemm;
pub mod ops;
pub mod progress;
pub mod text;
pub mod vision;
pub mod vnni_gemm;
pub mod weights;

use candle_core::{Result, Tensor};

pub use config::{Config, TextConfig, VisionConfig};
pub use text::{split_after, Offload};
pub use weights::{Precision, Weights};

/// Per-axis positions of a prompt and the offset decoding continues from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RopeIndex {
    /// `positions[axis][i]` for axis t, h, w.
    pub positions: [Vec<i64>; 3],
    /// Token `n` generated after the prompt sits at `n + delta` on every axis (`rope_deltas`).
    pub delta: i64,
}

/// Positions of `ids`: text tokens count up on all three axes; each run of image tokens gets
/// t = start, h = start + row, w = start + column over its merged grid, and the text after it
/// resumes at start + max(merged rows, merged columns).
pub fn rope_index(
    ids: &[u32],
    image_token_id: u32,
    grids: &[[usize; 3]],
    spatial_merge_size: usize,
) -> Result<RopeIndex> {
    let mut positions: [Vec<i64>; 3] = Default::default();
    let mut grids = grids.iter();
    let mut next = 0i64;
    let mut i = 0;
    while i < ids.len() {
        if ids[i] != image_token_id {
            for axis in &mut positions {
                axis.push(next);
            }
            next += 1;
            i += 1;
            continue;
        }
        let &[t, h, w] = grids
            .next()
            .ok_or_else(|| candle_core::Error::Msg("more image token runs than images".into()))?;
        let (mh, mw) = (h / spatial_merge_size, w / spatial_merge_size);
        let count = t * mh * mw;
        if ids[i..].len() < count || ids[i..i + count].iter().any(|&id| id != image_token_id) {
            candle_core::bail!("an image needs {count} consecutive image tokens in the prompt");
        }
        for frame in 0..t {
            for y in 0..mh {
                for x in 0..mw {
                    positions[0].push(next + frame as i64);
                    positions[1].push(next + y as i64);
                    positions[2].push(next + x as i64);
                }
            }
        }
        next += mh.max(mw) as i64;
        i += count;
    }
    if grids.next().is_some() {
        candle_core::bail!("more images than image token runs in the prompt");
    }
    let max = positions
        .iter()
        .flat_map(|a| a.iter().copied())
        .max()
        .unwrap_or(-1);
    Ok(RopeIndex {
        delta: max + 1 - ids.len() as i64,
        positions,
    })
}

/// The whole model: vision tower + text decoder.
#[derive(Debug, Clone)]
pub struct Qwen25VlModel {
    pub vision: vision::VisionModel,
    pub text: text::TextModel,
    pub config: Config,
}

impl Qwen25VlModel {
    /// `w` points at the checkpoint root. Published checkpoints name the parts `visual.*`,
    /// `model.*` and `lm_head.*`; transformers 5 saves `model.visual.*` and
    /// `model.language_model.*`. Both are accepted.
    pub fn new(config: &Config, w: Weights) -> Result<Self> {
        Self::with_offload(config, w, None)
    }

    /// As [`Qwen25VlModel::new`], with the decoder split by `offload` (which points at the
    /// checkpoint root too): the vision tower and the embedding always stay on `w`'s device.
    pub fn with_offload(config: &Config, w: Weights, offload: Option<Offload>) -> Result<Self> {
        let (vision_prefix, text_prefix) = if w.contains("model.visual.patch_embed.proj.weight") {
            ("model.visual", "model.language_model")
        } else {
            ("visual", "model")
        };
        let untied_head = (!config.tie_word_embeddings || w.contains("lm_head.weight"))
            .then(|| offload.as_ref().map_or(&w, |o| &o.weights).pp("lm_head"));
        Ok(Self {
            vision: vision::VisionModel::new(&config.vision, w.pp(vision_prefix))?,
            text: text::TextModel::new(
                &config.text,
                w.pp(text_prefix),
                untied_head,
                offload.map(|o| o.pp(text_prefix)),
            )?,
            config: config.clone(),
        })
    }

    /// Vision tower for one image: `pixel_values` (on any device) -> its image embeddings.
    /// The tower's device copy of the pixels is freed after its patch embedding; on the same
    /// device the caller's tensor shares it.
    pub fn encode_image(&self, pixel_values: &Tensor, grid: [usize; 3]) -> Result<Tensor> {
        let device = self.text.device().clone();
        self.vision
            .forward(pixel_values.to_device(&device)?, &[grid])
    }

    /// Starts a fresh sequence: positions of `ids`, prompt embeddings (image rows placed at the
    /// image tokens) and the decoder over them, in chunks of the decoder's prefill chunk
    /// ([`text::PREFILL_CHUNK`]: see [`text::TextModel::forward`]). Leaves the KV cache filled
    /// for decoding; returns the logits (all positions or the last) and the positions (for the
    /// decode offset).
    pub fn prefill(
        &mut self,
        ids: &[u32],
        image_embeds: Option<&Tensor>,
        grids: &[[usize; 3]],
        all_logits: bool,
    ) -> Result<(Tensor, RopeIndex)> {
        let cfg = &self.config;
        let rope = rope_index(
            ids,
            cfg.image_token_id,
            grids,
            cfg.vision.spatial_merge_size,
        )?;
        let embeds = self.embed_prompt(ids, image_embeds)?;
        self.text.clear_kv_cache();
        let logits = self.text.forward(&embeds, &rope.positions, all_logits)?;
        Ok((logits, rope))
    }

    /// Embeddings of `ids` with the rows of `image_embeds` placed, in order, at the image tokens.
    pub fn embed_prompt(&self, ids: &[u32], image_embeds: Option<&Tensor>) -> Result<Tensor> {
        let text = self.text.embed(ids)?;
        let Some(image) = image_embeds else {
            return Ok(text);
        };
        let image = image.to_dtype(text.dtype())?;
        let n_image = image.dim(0)?;
        let image_slots = ids
            .iter()
            .filter(|&&id| id == self.config.image_token_id)
            .count();
        if image_slots != n_image {
            candle_core::bail!("the prompt has {image_slots} image tokens but the images gave {n_image} embeddings");
        }
        // Gather from [text rows; image rows]: one index_select instead of a scatter.
        let mut next_image = ids.len() as u32;
        let source: Vec<u32> = ids
            .iter()
            .enumerate()
            .map(|(i, &id)| {
                if id == self.config.image_token_id {
                    next_image += 1;
                    next_image - 1
                } else {
                    i as u32
                }
            })
            .collect();
        let source = Tensor::from_vec(source, ids.len(), text.device())?;
        Tensor::cat(&[&text, &image], 0)?.index_select(&source, 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rope_index_of_text_image_text() {
        // 2 text tokens, a 1 x 4 x 6 grid (2 x 3 merged), 2 text tokens.
        let img = 9;
        let ids = [1, 2, img, img, img, img, img, img, 3, 4];
        let r = rope_index(&ids, img, &[[1, 4, 6]], 2).unwrap();
        assert_eq!(r.positions[0], vec![0, 1, 2, 2, 2, 2, 2, 2, 5, 6]);
        assert_eq!(r.positions[1], vec![0, 1, 2, 2, 2, 3, 3, 3, 5, 6]);
        assert_eq!(r.positions[2], vec![0, 1, 2, 3, 4, 2, 3, 4, 5, 6]);
        assert_eq!(r.delta, 7 - 10);
        assert!(rope_index(&ids[..5], img, &[[1, 4, 6]], 2).is_err());
        assert!(rope_index(&ids, img, &[], 2).is_err());
    }
}
