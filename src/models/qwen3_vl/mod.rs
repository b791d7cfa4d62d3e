// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! Qwen3-VL (the architecture of RoboBrain 2.5) in candle.
//!
//! - [`config`]: `config.json` in the published (transformers 4.57) and transformers 5 layouts.
//! - [`vision`]: the vision tower (patches -> one embedding per merged 2x2 patch, and the
//!   DeepStack feature sets).
//! - [`sizing`]: its tensors and workspace for the memory plan.
//!
//! The text decoder is the shared [`crate::models::decoder`] with per-head q/k RMSNorm, no
//! biases, an explicit head_dim, interleaved M-RoPE and DeepStack additions after its first
//! layers.

pub mod config;
pub mod sizing;
pub mod vision;

use candle_core::{Result, Tensor};

pub use config::{Config, TextConfig, VisionConfig};

use crate::models::{ImageFeatures, Offload, TextModel, Weights};

/// Where the parts live in a checkpoint (published and transformers 5 alike).
const VISION_PREFIX: &str = "model.visual";
const TEXT_PREFIX: &str = "model.language_model";

/// The whole model: vision tower + text decoder.
#[derive(Debug, Clone)]
pub struct Qwen3VlModel {
    pub vision: vision::VisionModel,
    pub text: TextModel,
    pub config: Config,
}

impl Qwen3VlModel {
    /// `w` points at the checkpoint root (`model.visual.*`, `model.language_model.*`,
    /// `lm_head.*`).
    pub fn new(config: &Config, w: Weights) -> Result<Self> {
        Self::with_offload(config, w, None)
    }

    /// As [`Qwen3VlModel::new`], with the decoder split by `offload` (which points at the
    /// checkpoint root too): the vision tower and the embedding always stay on `w`'s device.
    /// The head is tied to the embedding when the config says so and the checkpoint has no
    /// `lm_head.weight`.
    pub fn with_offload(config: &Config, w: Weights, offload: Option<Offload>) -> Result<Self> {
        let untied_head = (!config.tie_word_embeddings || w.contains("lm_head.weight"))
            .then(|| offload.as_ref().map_or(&w, |o| &o.weights).pp("lm_head"));
        Ok(Self {
            vision: vision::VisionModel::new(&config.vision, w.pp(VISION_PREFIX))?,
            text: TextModel::new(
                &config.decoder(),
                w.pp(TEXT_PREFIX),
                untied_head,
                offload.map(|o| o.pp(TEXT_PREFIX)),
            )?,
            config: config.clone(),
        })
    }

    /// Vision tower for one image: `pixel_values` (on any device) -> its image embeddings and
    /// DeepStack feature sets. The tower's device copy of the pixels is freed after its patch
    /// embedding; on the same device the caller's tensor shares it.
    pub fn encode_image(&self, pixel_values: &Tensor, grid: [usize; 3]) -> Result<ImageFeatures> {
        let device = self.text.device().clone();
        let out = self
            .vision
            .forward(pixel_values.to_device(&device)?, &[grid])?;
        Ok(ImageFeatures {
            embeds: out.embeds,
            deepstack: out.deepstack,
        })
    }
}
