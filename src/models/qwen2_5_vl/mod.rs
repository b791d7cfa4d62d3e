// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! Qwen2.5-VL (the architecture of RoboBrain 2.0) in candle.
//!
//! - [`config`]: `config.json` in both the transformers 4.x and 5 layouts.
//! - [`vision`]: the vision tower (patches -> one embedding per merged 2x2 patch).
//! - [`sizing`]: its tensors and workspace for the memory plan.
//!
//! The text decoder is the shared [`crate::models::decoder`] with q/k/v biases and contiguous
//! M-RoPE sections.

pub mod config;
pub mod sizing;
pub mod vision;

use candle_core::{Result, Tensor};

pub use config::{Config, TextConfig, VisionConfig};

use crate::models::{Offload, TextModel, Weights};

/// The whole model: vision tower + text decoder.
#[derive(Debug, Clone)]
pub struct Qwen25VlModel {
    pub vision: vision::VisionModel,
    pub text: TextModel,
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
            text: TextModel::new(
                &config.decoder(),
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
}
