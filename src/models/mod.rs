// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! The model families robobrain runs, as candle-transformers and mistral.rs lay them out: one
//! folder per family with its serde `Config` and small modules built by `new(cfg, vb)`, and the
//! layers the families share beside them.
//!
//! - [`qwen2_5_vl`]: Qwen2.5-VL, the architecture of RoboBrain 2.0.
//! - [`qwen3_vl`]: Qwen3-VL, the architecture of RoboBrain 2.5.
//! - [`decoder`]: the Qwen text decoder with multimodal rotary positions and a KV cache.
//! - [`vision_common`]: what the vision towers share (2-D rotary, tiled attention).
//! - [`positions`]: every prompt token's (t, h, w) position.
//! - [`weights`]: loading at f32 / bf16 / f16 / int8 (Q8_0), with [`progress`] reports;
//!   [`ops`]: the decoder's operation count; [`sizing`]: what a family tells the memory plan.
//!
//! The engine drives a [`VlModel`] and reads a [`ModelConfig`]; [`Family`] (config.json's
//! `model_type`) is the one place that says which family a checkpoint is. Nothing outside this
//! folder names a family.

pub mod decoder;
mod dialect;
pub mod ops;
pub mod positions;
pub mod progress;
pub mod qwen2_5_vl;
pub mod qwen3_vl;
pub mod sizing;
pub mod vision_common;
pub mod weights;

use candle_core::{Result, Tensor};
use serde_json::Value;

pub use decoder::{DecoderConfig, Deepstack, TextModel, PREFILL_CHUNK};
pub use dialect::{CoordinateFrame, TaskDialect};
pub use positions::{rope_index, RopeIndex};
pub use sizing::{TensorSpec, Workspace, WorkspaceLimits};
pub use vision_common::VisionTiling;
pub use weights::{Precision, Weights};

/// A model family: the architecture a checkpoint's config.json names in `model_type`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Family {
    /// RoboBrain 2.0 (3B, 7B, 32B).
    Qwen25Vl,
    /// RoboBrain 2.5 (4B, 8B).
    Qwen3Vl,
}

impl Family {
    /// Every family this build runs.
    pub const ALL: [Family; 2] = [Family::Qwen25Vl, Family::Qwen3Vl];

    /// The `model_type` in config.json.
    pub fn model_type(self) -> &'static str {
        match self {
            Family::Qwen25Vl => "qwen2_5_vl",
            Family::Qwen3Vl => "qwen3_vl",
        }
    }

    /// The architecture's name.
    pub fn architecture(self) -> &'static str {
        match self {
            Family::Qwen25Vl => "Qwen2.5-VL",
            Family::Qwen3Vl => "Qwen3-VL",
        }
    }

    /// The RoboBrain release built on this family.
    pub fn robobrain_release(self) -> &'static str {
        match self {
            Family::Qwen25Vl => "RoboBrain 2.0",
            Family::Qwen3Vl => "RoboBrain 2.5",
        }
    }

    pub fn from_model_type(model_type: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.model_type() == model_type)
    }
}

/// Serialised as its `model_type`, like [`std::fmt::Display`].
impl serde::Serialize for Family {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.model_type())
    }
}

impl std::fmt::Display for Family {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.model_type())
    }
}

/// `config.json` could not be read as a configuration of a family this build runs.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("config.json is not valid JSON: {0}")]
    Json(#[from] serde_json::Error),
    #[error(
        "config.json describes {found}, not a model family robobrain runs ({})",
        known_families()
    )]
    UnknownFamily { found: String },
    #[error("config.json is inconsistent: {0}")]
    Inconsistent(String),
}

fn known_families() -> String {
    Family::ALL
        .iter()
        .map(|f| {
            format!(
                "model_type \"{}\": {}, {}",
                f.model_type(),
                f.architecture(),
                f.robobrain_release()
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// A checkpoint's configuration, whatever its family.
#[derive(Debug, Clone, PartialEq)]
pub enum ModelConfig {
    Qwen25Vl(qwen2_5_vl::Config),
    Qwen3Vl(qwen3_vl::Config),
}

impl ModelConfig {
    /// Parses the text of a `config.json`: its `model_type` picks the family, which reads the
    /// rest (in every layout the family accepts).
    pub fn from_json(text: &str) -> std::result::Result<Self, ConfigError> {
        let root: Value = serde_json::from_str(text)?;
        let model_type = root.get("model_type").and_then(Value::as_str).unwrap_or("");
        match Family::from_model_type(model_type) {
            Some(Family::Qwen25Vl) => Ok(Self::Qwen25Vl(qwen2_5_vl::Config::from_value(&root)?)),
            Some(Family::Qwen3Vl) => Ok(Self::Qwen3Vl(qwen3_vl::Config::from_value(&root)?)),
            None => {
                let architectures = root
                    .get("architectures")
                    .map(|a| a.to_string())
                    .unwrap_or_else(|| "none".into());
                let found = if model_type.is_empty() {
                    format!("no model_type (architectures: {architectures})")
                } else {
                    format!("model_type \"{model_type}\" (architectures: {architectures})")
                };
                Err(ConfigError::UnknownFamily { found })
            }
        }
    }

    pub fn family(&self) -> Family {
        match self {
            ModelConfig::Qwen25Vl(_) => Family::Qwen25Vl,
            ModelConfig::Qwen3Vl(_) => Family::Qwen3Vl,
        }
    }

    /// The text decoder as the shared layers build it.
    pub fn decoder(&self) -> DecoderConfig {
        match self {
            ModelConfig::Qwen25Vl(c) => c.decoder(),
            ModelConfig::Qwen3Vl(c) => c.decoder(),
        }
    }

    pub fn num_layers(&self) -> usize {
        self.decoder().num_layers
    }

    pub fn text_hidden_size(&self) -> usize {
        self.decoder().hidden_size
    }

    pub fn tokens(&self) -> SpecialTokens {
        let (image, vision_start, vision_end) = match self {
            ModelConfig::Qwen25Vl(c) => (
                c.image_token_id,
                c.vision_start_token_id,
                c.vision_end_token_id,
            ),
            ModelConfig::Qwen3Vl(c) => (
                c.image_token_id,
                c.vision_start_token_id,
                c.vision_end_token_id,
            ),
        };
        SpecialTokens {
            image,
            vision_start,
            vision_end,
        }
    }

    /// Pixels per side of one image token (patch x spatial merge: 28 for Qwen2.5-VL, 32 for
    /// Qwen3-VL).
    pub fn image_factor(&self) -> usize {
        match self {
            ModelConfig::Qwen25Vl(c) => c.vision.patch_size * c.vision.spatial_merge_size,
            ModelConfig::Qwen3Vl(c) => c.vision.patch_size * c.vision.spatial_merge_size,
        }
    }

    /// Patches merged per side into one image token (2 for both families).
    pub fn spatial_merge_size(&self) -> usize {
        match self {
            ModelConfig::Qwen25Vl(c) => c.vision.spatial_merge_size,
            ModelConfig::Qwen3Vl(c) => c.vision.spatial_merge_size,
        }
    }

    /// Every tensor the model loads, as the loader places it.
    pub fn tensor_specs(&self) -> Vec<TensorSpec> {
        match self {
            ModelConfig::Qwen25Vl(c) => qwen2_5_vl::sizing::tensor_specs(c),
            ModelConfig::Qwen3Vl(c) => qwen3_vl::sizing::tensor_specs(c),
        }
    }

    /// The output head reuses the token embedding.
    pub fn tie_word_embeddings(&self) -> bool {
        match self {
            ModelConfig::Qwen25Vl(c) => c.tie_word_embeddings,
            ModelConfig::Qwen3Vl(c) => c.tie_word_embeddings,
        }
    }

    /// What one query holds at once besides weights and KV cache.
    pub fn workspace(&self, limits: &WorkspaceLimits) -> Workspace {
        match self {
            ModelConfig::Qwen25Vl(c) => qwen2_5_vl::sizing::workspace(c, limits),
            ModelConfig::Qwen3Vl(c) => qwen3_vl::sizing::workspace(c, limits),
        }
    }

    /// The same model with another vocabulary and image tokens (measurements that need a
    /// small one: the vocabulary only sizes the embedding and the logits).
    pub fn with_vocabulary(&self, vocab_size: usize, tokens: SpecialTokens) -> Self {
        match self {
            ModelConfig::Qwen25Vl(c) => {
                let mut c = c.clone();
                c.text.vocab_size = vocab_size;
                c.image_token_id = tokens.image;
                c.vision_start_token_id = tokens.vision_start;
                c.vision_end_token_id = tokens.vision_end;
                ModelConfig::Qwen25Vl(c)
            }
            ModelConfig::Qwen3Vl(c) => {
                let mut c = c.clone();
                c.text.vocab_size = vocab_size;
                c.image_token_id = tokens.image;
                c.vision_start_token_id = tokens.vision_start;
                c.vision_end_token_id = tokens.vision_end;
                ModelConfig::Qwen3Vl(c)
            }
        }
    }

    /// The same shapes with `layers` decoder layers and at most as many vision blocks (random
    /// models for measurements at reduced depth).
    pub fn with_depth(&self, layers: usize) -> Self {
        match self {
            ModelConfig::Qwen25Vl(c) => ModelConfig::Qwen25Vl(c.with_depth(layers)),
            ModelConfig::Qwen3Vl(c) => ModelConfig::Qwen3Vl(c.with_depth(layers)),
        }
    }
}

/// The token ids a prompt's images are written with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SpecialTokens {
    /// One per image token (`<|image_pad|>`).
    pub image: u32,
    pub vision_start: u32,
    pub vision_end: u32,
}

/// What the vision tower gives for one or more images: one embedding per image token, and the
/// DeepStack feature sets of families that have them (one per decoder layer they feed).
#[derive(Debug, Clone)]
pub struct ImageFeatures {
    pub embeds: Tensor,
    pub deepstack: Vec<Tensor>,
}

impl ImageFeatures {
    /// Several images' features in prompt order as one (None for none).
    pub fn join(mut images: Vec<ImageFeatures>) -> Result<Option<ImageFeatures>> {
        if images.len() <= 1 {
            return Ok(images.pop());
        }
        let embeds: Vec<&Tensor> = images.iter().map(|i| &i.embeds).collect();
        let levels = images[0].deepstack.len();
        let deepstack = (0..levels)
            .map(|level| {
                let sets: Vec<&Tensor> = images.iter().map(|i| &i.deepstack[level]).collect();
                Tensor::cat(&sets, 0)
            })
            .collect::<Result<_>>()?;
        Ok(Some(ImageFeatures {
            embeds: Tensor::cat(&embeds, 0)?,
            deepstack,
        }))
    }
}

/// A loaded model of any family: what the engine drives.
#[derive(Debug, Clone)]
pub struct VlModel {
    config: ModelConfig,
    inner: FamilyModel,
}

#[derive(Debug, Clone)]
enum FamilyModel {
    Qwen25Vl(qwen2_5_vl::Qwen25VlModel),
    Qwen3Vl(qwen3_vl::Qwen3VlModel),
}

impl VlModel {
    /// `w` points at the checkpoint root; `offload` (pointing there too) puts the decoder
    /// layers past its `main_layers`, the final norm and the head on its device.
    pub fn new(config: &ModelConfig, w: Weights, offload: Option<Offload>) -> Result<Self> {
        let inner = match config {
            ModelConfig::Qwen25Vl(c) => {
                FamilyModel::Qwen25Vl(qwen2_5_vl::Qwen25VlModel::with_offload(c, w, offload)?)
            }
            ModelConfig::Qwen3Vl(c) => {
                FamilyModel::Qwen3Vl(qwen3_vl::Qwen3VlModel::with_offload(c, w, offload)?)
            }
        };
        Ok(Self {
            config: config.clone(),
            inner,
        })
    }

    pub fn config(&self) -> &ModelConfig {
        &self.config
    }

    pub fn family(&self) -> Family {
        self.config.family()
    }

    /// The vision tower for one image: `pixel_values` (on any device) -> its features.
    pub fn encode_image(&self, pixel_values: &Tensor, grid: [usize; 3]) -> Result<ImageFeatures> {
        match &self.inner {
            FamilyModel::Qwen25Vl(m) => Ok(ImageFeatures {
                embeds: m.encode_image(pixel_values, grid)?,
                deepstack: Vec::new(),
            }),
            FamilyModel::Qwen3Vl(m) => m.encode_image(pixel_values, grid),
        }
    }

    /// Starts a fresh sequence: positions of `ids`, prompt embeddings (image rows placed at the
    /// image tokens) and the decoder over them, in chunks. Leaves the KV cache filled for
    /// decoding; returns the logits (all positions or the last) and the positions (for the
    /// decode offset).
    pub fn prefill(
        &mut self,
        ids: &[u32],
        images: Option<&ImageFeatures>,
        grids: &[[usize; 3]],
        all_logits: bool,
    ) -> Result<(Tensor, RopeIndex)> {
        let tokens = self.config.tokens();
        let merge = self.config.spatial_merge_size();
        let rope = rope_index(ids, tokens.image, grids, merge)?;
        let text = self.text_mut();
        let embeds = place_image_rows(
            &text.embed(ids)?,
            ids,
            tokens.image,
            images.map(|i| &i.embeds),
        )?;
        let deepstack = images
            .filter(|i| !i.deepstack.is_empty())
            .map(|i| Deepstack {
                features: i.deepstack.clone(),
                positions: image_positions(ids, tokens.image),
            });
        text.clear_kv_cache();
        let logits = text.forward_with(&embeds, &rope.positions, all_logits, deepstack.as_ref())?;
        Ok((logits, rope))
    }

    /// One decoded token at `position` (on every axis) after what the cache holds: logits
    /// [1, vocab].
    pub fn decode_step(&mut self, token: u32, position: i64) -> Result<Tensor> {
        let text = self.text_mut();
        let embed = text.embed(&[token])?;
        text.forward(
            &embed,
            &[vec![position], vec![position], vec![position]],
            false,
        )
    }

    /// The shared text decoder (KV cache, prefill chunk, operation count).
    pub fn text(&self) -> &TextModel {
        match &self.inner {
            FamilyModel::Qwen25Vl(m) => &m.text,
            FamilyModel::Qwen3Vl(m) => &m.text,
        }
    }

    pub fn text_mut(&mut self) -> &mut TextModel {
        match &mut self.inner {
            FamilyModel::Qwen25Vl(m) => &mut m.text,
            FamilyModel::Qwen3Vl(m) => &mut m.text,
        }
    }

    /// Other tiles for the vision tower's attention and row-wise layers.
    pub fn set_vision_tiling(&mut self, tiling: VisionTiling) -> Result<()> {
        match &mut self.inner {
            FamilyModel::Qwen25Vl(m) => m.vision.set_tiling(tiling),
            FamilyModel::Qwen3Vl(m) => m.vision.set_tiling(tiling),
        }
    }

    pub fn vision_tiling(&self) -> VisionTiling {
        match &self.inner {
            FamilyModel::Qwen25Vl(m) => m.vision.tiling(),
            FamilyModel::Qwen3Vl(m) => m.vision.tiling(),
        }
    }
}

/// Prompt positions of the image tokens, ascending.
fn image_positions(ids: &[u32], image_token_id: u32) -> Vec<u32> {
    ids.iter()
        .enumerate()
        .filter(|&(_, &id)| id == image_token_id)
        .map(|(i, _)| i as u32)
        .collect()
}

/// `text` (the embeddings of `ids`) with the rows of `image` placed, in order, at the image
/// tokens.
pub fn place_image_rows(
    text: &Tensor,
    ids: &[u32],
    image_token_id: u32,
    image: Option<&Tensor>,
) -> Result<Tensor> {
    let Some(image) = image else {
        return Ok(text.clone());
    };
    let image = image.to_dtype(text.dtype())?;
    let n_image = image.dim(0)?;
    let image_slots = ids.iter().filter(|&&id| id == image_token_id).count();
    if image_slots != n_image {
        candle_core::bail!(
            "the prompt has {image_slots} image tokens but the images gave {n_image} embeddings"
        );
    }
    // Gather from [text rows; image rows]: one index_select instead of a scatter.
    let mut next_image = ids.len() as u32;
    let source: Vec<u32> = ids
        .iter()
        .enumerate()
        .map(|(i, &id)| {
            if id == image_token_id {
                next_image += 1;
                next_image - 1
            } else {
                i as u32
            }
        })
        .collect();
    let source = Tensor::from_vec(source, ids.len(), text.device())?;
    Tensor::cat(&[text, &image], 0)?.index_select(&source, 0)
}

/// Decoder layers past the first `main_layers` go to the device of `weights` (the CPU, when the
/// GPU cannot hold them all), with the final norm and the output head. `weights` points where
/// the main loader does.
#[derive(Clone)]
pub struct Offload<'a> {
    pub main_layers: usize,
    pub weights: Weights<'a>,
}

impl<'a> Offload<'a> {
    pub fn pp<S: ToString>(&self, name: S) -> Self {
        Self {
            main_layers: self.main_layers,
            weights: self.weights.pp(name),
        }
    }
}

/// The layers kept on the main device for `gpu_layers` (None = all): `Some(n)` when the decoder
/// is split after layer n, None when nothing is offloaded. More layers than the model has is an
/// error rather than a silent "all", since the number was probably meant for another model.
pub fn split_after(gpu_layers: Option<usize>, num_layers: usize) -> Result<Option<usize>> {
    match gpu_layers {
        Some(n) if n > num_layers => candle_core::bail!(
            "gpu_layers {n} is more than the model's {num_layers} decoder layers: use 0 to {num_layers}, or leave it unset for all"
        ),
        Some(n) if n < num_layers => Ok(Some(n)),
        _ => Ok(None),
    }
}

/// Released shapes by name, for measurements with random weights (their config.json as
/// published): `3b`, `7b` (RoboBrain 2.0), `rb25-4b`, `rb25-8b` (RoboBrain 2.5).
pub const PRESETS: [(&str, &str); 4] = [
    ("3b", qwen2_5_vl::config::ROBOBRAIN_3B_CONFIG),
    ("7b", qwen2_5_vl::config::ROBOBRAIN_7B_CONFIG),
    ("rb25-4b", qwen3_vl::config::ROBOBRAIN25_4B_CONFIG),
    ("rb25-8b", qwen3_vl::config::ROBOBRAIN25_8B_CONFIG),
];

/// A released shape by name ([`PRESETS`]).
pub fn preset(name: &str) -> std::result::Result<ModelConfig, String> {
    let name = name.to_ascii_lowercase();
    let json = PRESETS
        .iter()
        .find(|(preset, _)| *preset == name)
        .map(|(_, json)| *json)
        .ok_or_else(|| {
            let names: Vec<&str> = PRESETS.iter().map(|(n, _)| *n).collect();
            format!(
                "unknown random model shape '{name}': expected {}",
                names.join(" or ")
            )
        })?;
    ModelConfig::from_json(json).map_err(|e| e.to_string())
}
