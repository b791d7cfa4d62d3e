// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! Qwen2.5-VL configuration, read from a checkpoint's `config.json`.
//!
//! Two layouts exist in the wild: the flat one written by transformers 4.x (text fields at the top
//! level, `rope_scaling`, a partial `vision_config`; every published RoboBrain 2.0 checkpoint) and
//! the nested one written by transformers 5 (`text_config`, `rope_parameters`). Both are accepted;
//! missing fields take transformers' defaults so that a checkpoint means here what it means there.

use serde::Deserialize;
use serde_json::Value;

use crate::models::decoder::{DecoderConfig, MropeLayout};
use crate::models::{ConfigError, ModelConfig};

/// The text decoder (a Qwen2 decoder with multimodal rotary positions).
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct TextConfig {
    #[serde(default = "defaults::vocab_size")]
    pub vocab_size: usize,
    #[serde(default = "defaults::text_hidden_size")]
    pub hidden_size: usize,
    #[serde(default = "defaults::text_intermediate_size")]
    pub intermediate_size: usize,
    #[serde(default = "defaults::num_hidden_layers")]
    pub num_hidden_layers: usize,
    #[serde(default = "defaults::num_attention_heads")]
    pub num_attention_heads: usize,
    /// Grouped-query attention: fewer key/value heads than query heads (None in old configs = MHA).
    #[serde(default)]
    pub num_key_value_heads: Option<usize>,
    #[serde(default = "defaults::text_rms_norm_eps")]
    pub rms_norm_eps: f64,
    #[serde(default = "defaults::max_position_embeddings")]
    pub max_position_embeddings: usize,
    #[serde(default = "defaults::hidden_act")]
    pub hidden_act: String,
    /// Filled from `rope_theta` / `rope_scaling` / `rope_parameters` by [`Config::from_json`].
    #[serde(skip, default = "defaults::text_rope_theta")]
    pub rope_theta: f64,
    /// How the rotary frequencies of a head are shared out between the temporal, height and width
    /// position axes (halves of the head dim; [16, 24, 24] for every released size).
    #[serde(skip, default = "defaults::mrope_section")]
    pub mrope_section: Vec<usize>,
}

impl TextConfig {
    pub fn num_key_value_heads(&self) -> usize {
        self.num_key_value_heads.unwrap_or(self.num_attention_heads)
    }

    pub fn head_dim(&self) -> usize {
        self.hidden_size / self.num_attention_heads
    }
}

/// The vision tower (a ViT with 2D rotary positions, window attention and a patch merger).
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct VisionConfig {
    #[serde(default = "defaults::vision_depth")]
    pub depth: usize,
    #[serde(default = "defaults::vision_hidden_size")]
    pub hidden_size: usize,
    #[serde(default = "defaults::hidden_act")]
    pub hidden_act: String,
    #[serde(default = "defaults::vision_intermediate_size")]
    pub intermediate_size: usize,
    #[serde(default = "defaults::vision_num_heads")]
    pub num_heads: usize,
    #[serde(default = "defaults::in_channels", alias = "in_chans")]
    pub in_channels: usize,
    #[serde(default = "defaults::patch_size")]
    pub patch_size: usize,
    #[serde(default = "defaults::spatial_merge_size")]
    pub spatial_merge_size: usize,
    #[serde(default = "defaults::temporal_patch_size")]
    pub temporal_patch_size: usize,
    #[serde(default = "defaults::window_size")]
    pub window_size: usize,
    #[serde(default = "defaults::vision_hidden_size")]
    pub out_hidden_size: usize,
    /// Blocks that attend over the whole image; all others attend within windows.
    #[serde(default = "defaults::fullatt_block_indexes")]
    pub fullatt_block_indexes: Vec<usize>,
    /// Filled from `rope_parameters.rope_theta` when present.
    #[serde(skip, default = "defaults::vision_rope_theta")]
    pub rope_theta: f64,
}

impl VisionConfig {
    pub fn head_dim(&self) -> usize {
        self.hidden_size / self.num_heads
    }

    /// Side of an attention window counted in merged tokens (112 / 14 / 2 = 4).
    pub fn merged_window_side(&self) -> usize {
        self.window_size / self.spatial_merge_size / self.patch_size
    }

    /// Length of one flattened patch: channels x temporal frames x patch x patch (1176).
    pub fn patch_input_len(&self) -> usize {
        self.in_channels * self.temporal_patch_size * self.patch_size * self.patch_size
    }
}

/// The whole model.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    pub text: TextConfig,
    pub vision: VisionConfig,
    pub image_token_id: u32,
    pub video_token_id: u32,
    pub vision_start_token_id: u32,
    pub vision_end_token_id: u32,
    /// The output head reuses the token embedding (3B: true; 7B/32B: false).
    pub tie_word_embeddings: bool,
}

impl Config {
    /// Parses the text of a `config.json`, accepting both the flat and the nested layout; a
    /// config of another family is refused.
    pub fn from_json(text: &str) -> Result<Self, ConfigError> {
        match ModelConfig::from_json(text)? {
            ModelConfig::Qwen25Vl(config) => Ok(config),
            other => Err(ConfigError::Inconsistent(format!(
                "model_type \"{}\" ({}) where qwen2_5_vl was expected",
                other.family(),
                other.family().robobrain_release()
            ))),
        }
    }

    /// Reads a parsed `config.json` whose `model_type` is `qwen2_5_vl`.
    pub fn from_value(root: &Value) -> Result<Self, ConfigError> {
        // transformers 5 nests the text fields; 4.x keeps them at the top level.
        let text_source = root
            .get("text_config")
            .filter(|v| v.is_object())
            .unwrap_or(root);
        let mut text: TextConfig = serde_json::from_value(text_source.clone())?;
        let rope = ["rope_scaling", "rope_parameters"]
            .iter()
            .find_map(|key| text_source.get(*key).or_else(|| root.get(*key)))
            .filter(|v| v.is_object());
        text.rope_theta = rope
            .and_then(|r| r.get("rope_theta"))
            .or_else(|| text_source.get("rope_theta"))
            .or_else(|| root.get("rope_theta"))
            .and_then(Value::as_f64)
            .unwrap_or_else(defaults::text_rope_theta);
        if let Some(section) = rope.and_then(|r| r.get("mrope_section")) {
            text.mrope_section = serde_json::from_value(section.clone())?;
        }

        let mut vision_source = root
            .get("vision_config")
            .cloned()
            .unwrap_or(Value::Object(Default::default()));
        // transformers writes `in_channels`, RoboBrain's own 4.x-era configs `in_chans`, and a
        // config re-saved by transformers 5 has both: the alias must not see two.
        if let Some(fields) = vision_source.as_object_mut() {
            if fields.contains_key("in_channels") {
                fields.remove("in_chans");
            }
        }
        let mut vision: VisionConfig = serde_json::from_value(vision_source.clone())?;
        if let Some(theta) = vision_source
            .get("rope_parameters")
            .and_then(|r| r.get("rope_theta"))
            .and_then(Value::as_f64)
        {
            vision.rope_theta = theta;
        }

        let token_id = |key: &str, default: u32| -> u32 {
            root.get(key)
                .or_else(|| text_source.get(key))
                .and_then(Value::as_u64)
                .map(|v| v as u32)
                .unwrap_or(default)
        };
        let flag = |v: &Value| v.get("tie_word_embeddings").and_then(Value::as_bool);
        // transformers 5 reads the flag at the top level but forwards a `true` from text_config.
        let tie_word_embeddings = flag(root).unwrap_or(false) || flag(text_source).unwrap_or(false);

        let config = Config {
            image_token_id: token_id("image_token_id", 151655),
            video_token_id: token_id("video_token_id", 151656),
            vision_start_token_id: token_id("vision_start_token_id", 151652),
            vision_end_token_id: token_id("vision_end_token_id", 151653),
            tie_word_embeddings,
            text,
            vision,
        };
        config.validate()?;
        Ok(config)
    }

    /// The text decoder: Qwen2 (q/k/v biases) with contiguous M-RoPE sections.
    pub fn decoder(&self) -> DecoderConfig {
        let t = &self.text;
        DecoderConfig {
            vocab_size: t.vocab_size,
            hidden_size: t.hidden_size,
            intermediate_size: t.intermediate_size,
            num_layers: t.num_hidden_layers,
            num_heads: t.num_attention_heads,
            num_kv_heads: t.num_key_value_heads(),
            head_dim: t.head_dim(),
            rms_norm_eps: t.rms_norm_eps,
            rope_theta: t.rope_theta,
            mrope: MropeLayout::Sections(t.mrope_section.clone()),
            qkv_bias: true,
            qk_norm: false,
        }
    }

    /// `layers` decoder layers and as many vision blocks at most (the widths unchanged). The
    /// vision full-attention blocks past the new depth are dropped; when none is left, the
    /// last block attends fully, so that the reduced tower still has the full-attention
    /// workspace.
    pub fn with_depth(&self, layers: usize) -> Self {
        let mut cfg = self.clone();
        cfg.text.num_hidden_layers = layers;
        cfg.vision.depth = layers.min(cfg.vision.depth);
        let depth = cfg.vision.depth;
        cfg.vision.fullatt_block_indexes.retain(|&i| i < depth);
        if cfg.vision.fullatt_block_indexes.is_empty() {
            cfg.vision.fullatt_block_indexes.push(depth - 1);
        }
        cfg
    }

    fn validate(&self) -> Result<(), ConfigError> {
        let (t, v) = (&self.text, &self.vision);
        let bad = |msg: String| Err(ConfigError::Inconsistent(msg));
        if t.num_attention_heads == 0 || t.hidden_size % t.num_attention_heads != 0 {
            return bad(format!(
                "text hidden_size {} is not a multiple of num_attention_heads {}",
                t.hidden_size, t.num_attention_heads
            ));
        }
        if t.num_key_value_heads() == 0 || t.num_attention_heads % t.num_key_value_heads() != 0 {
            return bad(format!(
                "num_attention_heads {} is not a multiple of num_key_value_heads {}",
                t.num_attention_heads,
                t.num_key_value_heads()
            ));
        }
        if t.mrope_section.iter().sum::<usize>() * 2 != t.head_dim() {
            return bad(format!(
                "mrope_section {:?} must sum to half the head dim ({})",
                t.mrope_section,
                t.head_dim() / 2
            ));
        }
        if v.num_heads == 0 || v.hidden_size % v.num_heads != 0 || v.head_dim() % 4 != 0 {
            return bad(format!(
                "vision hidden_size {} / num_heads {} must give a head dim divisible by 4",
                v.hidden_size, v.num_heads
            ));
        }
        if v.out_hidden_size != t.hidden_size {
            return bad(format!(
                "vision out_hidden_size {} differs from the text hidden_size {}",
                v.out_hidden_size, t.hidden_size
            ));
        }
        if v.merged_window_side() == 0 {
            return bad(format!(
                "vision window_size {} is smaller than one merged patch",
                v.window_size
            ));
        }
        if let Some(i) = v.fullatt_block_indexes.iter().find(|&&i| i >= v.depth) {
            return bad(format!(
                "fullatt_block_indexes names block {i} but depth is {}",
                v.depth
            ));
        }
        if t.hidden_act != "silu" || v.hidden_act != "silu" {
            return bad(format!(
                "hidden_act must be silu (text: {}, vision: {})",
                t.hidden_act, v.hidden_act
            ));
        }
        Ok(())
    }
}

/// RoboBrain2.0-3B's `config.json` as published (flat layout; the fields this crate reads).
/// Used by tests and by `--random 3b` benchmarks, since real weights can't be downloaded here.
pub const ROBOBRAIN_3B_CONFIG: &str = r#"{
    "architectures": ["Qwen2_5_VLForConditionalGeneration"], "model_type": "qwen2_5_vl",
    "hidden_size": 2048, "intermediate_size": 11008, "num_hidden_layers": 36,
    "num_attention_heads": 16, "num_key_value_heads": 2, "rms_norm_eps": 1e-06,
    "rope_theta": 1000000.0, "rope_scaling": {"type": "mrope", "mrope_section": [16, 24, 24]},
    "vocab_size": 151936, "tie_word_embeddings": true, "max_position_embeddings": 128000,
    "image_token_id": 151655, "video_token_id": 151656, "vision_start_token_id": 151652,
    "vision_config": {"depth": 32, "hidden_act": "silu", "hidden_size": 1280,
        "intermediate_size": 3420, "num_heads": 16, "in_chans": 3, "out_hidden_size": 2048,
        "patch_size": 14, "spatial_merge_size": 2, "spatial_patch_size": 14, "window_size": 112,
        "fullatt_block_indexes": [7, 15, 23, 31], "tokens_per_second": 2, "temporal_patch_size": 2}
    }"#;

/// RoboBrain2.0-7B's shape (Qwen2.5-VL-7B), for `--random 7b` benchmarks.
pub const ROBOBRAIN_7B_CONFIG: &str = r#"{
    "architectures": ["Qwen2_5_VLForConditionalGeneration"], "model_type": "qwen2_5_vl",
    "hidden_size": 3584, "intermediate_size": 18944, "num_hidden_layers": 28,
    "num_attention_heads": 28, "num_key_value_heads": 4, "rms_norm_eps": 1e-06,
    "rope_theta": 1000000.0, "rope_scaling": {"type": "mrope", "mrope_section": [16, 24, 24]},
    "vocab_size": 152064, "tie_word_embeddings": false, "max_position_embeddings": 128000,
    "image_token_id": 151655, "video_token_id": 151656, "vision_start_token_id": 151652,
    "vision_config": {"depth": 32, "hidden_act": "silu", "hidden_size": 1280,
        "intermediate_size": 3420, "num_heads": 16, "in_chans": 3, "out_hidden_size": 3584,
        "patch_size": 14, "spatial_merge_size": 2, "window_size": 112,
        "fullatt_block_indexes": [7, 15, 23, 31], "tokens_per_second": 2, "temporal_patch_size": 2}
}"#;

/// transformers' defaults (`configuration_qwen2_5_vl.py`), used when a field is absent.
mod defaults {
    pub fn vocab_size() -> usize {
        152064
    }
    pub fn text_hidden_size() -> usize {
        8192
    }
    pub fn text_intermediate_size() -> usize {
        29568
    }
    pub fn num_hidden_layers() -> usize {
        80
    }
    pub fn num_attention_heads() -> usize {
        64
    }
    pub fn text_rms_norm_eps() -> f64 {
        1e-5
    }
    pub fn max_position_embeddings() -> usize {
        32768
    }
    pub fn hidden_act() -> String {
        "silu".into()
    }
    pub fn text_rope_theta() -> f64 {
        1_000_000.0
    }
    pub fn mrope_section() -> Vec<usize> {
        vec![16, 24, 24]
    }
    pub fn vision_depth() -> usize {
        32
    }
    pub fn vision_hidden_size() -> usize {
        3584
    }
    pub fn vision_intermediate_size() -> usize {
        3420
    }
    pub fn vision_num_heads() -> usize {
        16
    }
    pub fn in_channels() -> usize {
        3
    }
    pub fn patch_size() -> usize {
        14
    }
    pub fn spatial_merge_size() -> usize {
        2
    }
    pub fn temporal_patch_size() -> usize {
        2
    }
    pub fn window_size() -> usize {
        112
    }
    pub fn fullatt_block_indexes() -> Vec<usize> {
        vec![7, 15, 23, 31]
    }
    pub fn vision_rope_theta() -> f64 {
        10_000.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vision_channels_written_both_ways_by_a_transformers_5_save() {
        let mut root: Value = serde_json::from_str(ROBOBRAIN_3B_CONFIG).unwrap();
        root["vision_config"]["in_channels"] = 3.into();
        assert!(root["vision_config"].get("in_chans").is_some());
        let c = Config::from_json(&root.to_string()).unwrap();
        assert_eq!(c.vision.in_channels, 3);
    }

    #[test]
    fn flat_robobrain_3b_layout() {
        let c = Config::from_json(ROBOBRAIN_3B_CONFIG).unwrap();
        assert_eq!(c.text.head_dim(), 128);
        assert_eq!(c.text.num_key_value_heads(), 2);
        assert_eq!(c.text.mrope_section, vec![16, 24, 24]);
        assert_eq!(c.text.rope_theta, 1e6);
        assert!(c.tie_word_embeddings);
        assert_eq!(c.vision.head_dim(), 80);
        assert_eq!(c.vision.in_channels, 3);
        assert_eq!(c.vision.merged_window_side(), 4);
        assert_eq!(c.vision.patch_input_len(), 1176);
        assert_eq!(c.vision.rope_theta, 10_000.0);
        assert_eq!(c.image_token_id, 151655);
        assert_eq!(
            c.vision_end_token_id, 151653,
            "absent: transformers' default"
        );
    }

    #[test]
    fn nested_transformers_5_layout_means_the_same() {
        let nested = r#"{
            "model_type": "qwen2_5_vl", "image_token_id": 151655, "tie_word_embeddings": false,
            "text_config": {"hidden_size": 2048, "intermediate_size": 11008, "num_hidden_layers": 36,
                "num_attention_heads": 16, "num_key_value_heads": 2, "rms_norm_eps": 1e-06,
                "vocab_size": 151936, "max_position_embeddings": 128000, "tie_word_embeddings": true,
                "rope_parameters": {"rope_type": "default", "rope_theta": 1000000.0, "mrope_section": [16, 24, 24]}},
            "vision_config": {"depth": 32, "hidden_size": 1280, "intermediate_size": 3420, "num_heads": 16,
                "out_hidden_size": 2048, "fullatt_block_indexes": [7, 15, 23, 31],
                "rope_parameters": {"rope_type": "axial", "rope_theta": 10000.0}}
        }"#;
        assert_eq!(
            Config::from_json(nested).unwrap(),
            Config::from_json(ROBOBRAIN_3B_CONFIG).unwrap()
        );
    }

    #[test]
    fn other_models_and_inconsistent_configs_are_named() {
        let err =
            Config::from_json(r#"{"model_type": "llama", "architectures": ["LlamaForCausalLM"]}"#)
                .unwrap_err()
                .to_string();
        assert!(
            err.contains("\"llama\"") && err.contains("Qwen2.5-VL"),
            "{err}"
        );
        let err = Config::from_json("{not json").unwrap_err().to_string();
        assert!(err.contains("not valid JSON"), "{err}");
        let bad =
            ROBOBRAIN_3B_CONFIG.replace("\"out_hidden_size\": 2048", "\"out_hidden_size\": 3584");
        let err = Config::from_json(&bad).unwrap_err().to_string();
        assert!(err.contains("out_hidden_size 3584"), "{err}");
    }
}
