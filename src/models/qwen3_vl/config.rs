// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! Qwen3-VL configuration, read from a checkpoint's `config.json`.
//!
//! Two layouts exist: the one the published checkpoints carry (saved by transformers 4.57:
//! nested `text_config` with `rope_scaling` {mrope_interleaved, mrope_section, rope_type} and
//! `rope_theta` beside it) and the one transformers 5 writes (`rope_parameters` holding
//! rope_theta, mrope_section and mrope_interleaved; the vision tower's `rope_parameters` too).
//! Both are accepted; missing fields take transformers' defaults (5.x, the reference) so that a
//! checkpoint means here what it means there.

use serde::Deserialize;
use serde_json::Value;

use crate::models::decoder::{DecoderConfig, MropeLayout};
use crate::models::{ConfigError, ModelConfig};

/// The text decoder (Qwen3: per-head q/k RMSNorm, explicit head_dim, no q/k/v biases) with
/// interleaved multimodal rotary positions.
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
    /// Grouped-query attention (None = as many as the query heads).
    #[serde(default)]
    pub num_key_value_heads: Option<usize>,
    /// Explicit: 128 for every released size, whatever hidden_size / heads is.
    #[serde(default = "defaults::head_dim")]
    pub head_dim: usize,
    #[serde(default = "defaults::rms_norm_eps")]
    pub rms_norm_eps: f64,
    #[serde(default = "defaults::max_position_embeddings")]
    pub max_position_embeddings: usize,
    #[serde(default = "defaults::text_hidden_act")]
    pub hidden_act: String,
    /// q/k/v/o biases: false in every Qwen3-VL (the decoder here has none on o).
    #[serde(default)]
    pub attention_bias: bool,
    /// Filled from `rope_parameters` / `rope_scaling` + `rope_theta` by [`Config::from_value`].
    #[serde(skip, default = "defaults::text_rope_theta")]
    pub rope_theta: f64,
    /// Frequency pairs of a head per position axis (t, h, w): [24, 20, 20] when released.
    #[serde(skip, default = "defaults::mrope_section")]
    pub mrope_section: Vec<usize>,
    /// Height and width take every third frequency pair (transformers'
    /// `apply_interleaved_mrope`) instead of contiguous sections. transformers' Qwen3-VL always
    /// interleaves; the flag is what vLLM reads. Absent = true.
    #[serde(skip, default = "defaults::mrope_interleaved")]
    pub mrope_interleaved: bool,
}

impl TextConfig {
    pub fn num_key_value_heads(&self) -> usize {
        self.num_key_value_heads.unwrap_or(self.num_attention_heads)
    }
}

/// The vision tower (a ViT with a learned, interpolated position table and 2-D rotary
/// positions, full attention, LayerNorm, a patch merger and DeepStack mergers).
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct VisionConfig {
    #[serde(default = "defaults::vision_depth")]
    pub depth: usize,
    #[serde(default = "defaults::vision_hidden_size")]
    pub hidden_size: usize,
    #[serde(default = "defaults::vision_hidden_act")]
    pub hidden_act: String,
    #[serde(default = "defaults::vision_intermediate_size")]
    pub intermediate_size: usize,
    #[serde(default = "defaults::vision_num_heads")]
    pub num_heads: usize,
    #[serde(default = "defaults::in_channels")]
    pub in_channels: usize,
    #[serde(default = "defaults::patch_size")]
    pub patch_size: usize,
    #[serde(default = "defaults::spatial_merge_size")]
    pub spatial_merge_size: usize,
    #[serde(default = "defaults::temporal_patch_size")]
    pub temporal_patch_size: usize,
    #[serde(default = "defaults::out_hidden_size")]
    pub out_hidden_size: usize,
    /// Rows of the learned position table: a square grid (2304 = 48 x 48 when released).
    #[serde(default = "defaults::num_position_embeddings")]
    pub num_position_embeddings: usize,
    /// Blocks whose output feeds a DeepStack merger; the k-th set found (in block order) is
    /// added after decoder layer k.
    #[serde(default = "defaults::deepstack_visual_indexes")]
    pub deepstack_visual_indexes: Vec<usize>,
    /// Filled from `rope_parameters.rope_theta` when present.
    #[serde(skip, default = "defaults::vision_rope_theta")]
    pub rope_theta: f64,
}

impl VisionConfig {
    pub fn head_dim(&self) -> usize {
        self.hidden_size / self.num_heads
    }

    /// Length of one flattened patch: channels x temporal frames x patch x patch (1536).
    pub fn patch_input_len(&self) -> usize {
        self.in_channels * self.temporal_patch_size * self.patch_size * self.patch_size
    }

    /// Side of the learned position grid (48 when released).
    pub fn position_grid_side(&self) -> usize {
        (self.num_position_embeddings as f64).sqrt().round() as usize
    }

    /// Width of a merged token before the merger's projections: hidden x merge^2.
    pub fn merged_dim(&self) -> usize {
        self.hidden_size * self.spatial_merge_size * self.spatial_merge_size
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
    /// The output head reuses the token embedding (4B: true; 8B: false). transformers reads the
    /// top-level flag only (text_config's is not forwarded for Qwen3-VL).
    pub tie_word_embeddings: bool,
}

/// rope types the decoder runs: plain rotary frequencies (transformers' "default"; "mrope" is
/// what Qwen2-VL-era configs wrote for the same).
const KNOWN_ROPE_TYPES: [&str; 2] = ["default", "mrope"];

impl Config {
    /// Parses the text of a `config.json`, in either layout; a config of another family is
    /// refused.
    pub fn from_json(text: &str) -> Result<Self, ConfigError> {
        match ModelConfig::from_json(text)? {
            ModelConfig::Qwen3Vl(config) => Ok(config),
            other => Err(ConfigError::Inconsistent(format!(
                "model_type \"{}\" ({}) where qwen3_vl was expected",
                other.family(),
                other.family().robobrain_release()
            ))),
        }
    }

    /// Reads a parsed `config.json` whose `model_type` is `qwen3_vl`, in either layout.
    pub fn from_value(root: &Value) -> Result<Self, ConfigError> {
        let empty = Value::Object(Default::default());
        let bad = |msg: String| ConfigError::Inconsistent(msg);
        let text_source = match root.get("text_config") {
            Some(v) if v.is_object() => v,
            None | Some(Value::Null) => &empty,
            Some(other) => return Err(bad(format!("text_config is not an object: {other}"))),
        };
        let mut text: TextConfig = serde_json::from_value(text_source.clone())?;

        // transformers 5: rope_parameters; 4.57: rope_scaling with rope_theta beside it.
        let (rope_key, rope) = ["rope_parameters", "rope_scaling"]
            .iter()
            .find_map(|&key| {
                text_source
                    .get(key)
                    .filter(|v| !v.is_null())
                    .map(|v| (key, v))
            })
            .unwrap_or(("rope_parameters", &empty));
        if !rope.is_object() {
            return Err(bad(format!(
                "text_config.{rope_key} is not an object: {rope}"
            )));
        }
        let rope_type = rope
            .get("rope_type")
            .or_else(|| rope.get("type"))
            .map(|v| v.as_str().map(str::to_string).ok_or(v))
            .transpose()
            .map_err(|v| {
                bad(format!(
                    "text_config.{rope_key}.rope_type is not a string: {v}"
                ))
            })?
            .unwrap_or_else(|| "default".into());
        if !KNOWN_ROPE_TYPES.contains(&rope_type.as_str()) {
            return Err(bad(format!(
                "text_config.{rope_key}.rope_type \"{rope_type}\" is not supported (only {}: \
                 scaled rotary variants such as yarn or linear are not implemented)",
                KNOWN_ROPE_TYPES.join(", ")
            )));
        }
        if let Some(theta) = rope
            .get("rope_theta")
            .or_else(|| text_source.get("rope_theta"))
        {
            text.rope_theta = theta
                .as_f64()
                .ok_or_else(|| bad(format!("text_config rope_theta is not a number: {theta}")))?;
        }
        if let Some(section) = rope.get("mrope_section") {
            text.mrope_section = serde_json::from_value(section.clone()).map_err(|e| {
                bad(format!(
                    "text_config.{rope_key}.mrope_section {section} is not a list of sizes: {e}"
                ))
            })?;
        }
        if let Some(flag) = rope.get("mrope_interleaved") {
            text.mrope_interleaved = flag.as_bool().ok_or_else(|| {
                bad(format!(
                    "text_config.{rope_key}.mrope_interleaved is not a boolean: {flag}"
                ))
            })?;
        }

        let vision_source = match root.get("vision_config") {
            Some(v) if v.is_object() => v,
            None | Some(Value::Null) => &empty,
            Some(other) => return Err(bad(format!("vision_config is not an object: {other}"))),
        };
        let mut vision: VisionConfig = serde_json::from_value(vision_source.clone())?;
        if let Some(vision_rope) = vision_source
            .get("rope_parameters")
            .filter(|v| !v.is_null())
        {
            if let Some(kind) = vision_rope.get("rope_type").and_then(Value::as_str) {
                if kind != "axial" {
                    return Err(bad(format!(
                        "vision_config.rope_parameters.rope_type \"{kind}\" is not supported (only axial)"
                    )));
                }
            }
            if let Some(theta) = vision_rope.get("rope_theta") {
                vision.rope_theta = theta.as_f64().ok_or_else(|| {
                    bad(format!(
                        "vision_config.rope_parameters.rope_theta is not a number: {theta}"
                    ))
                })?;
            }
        }

        let token_id = |key: &str, default: u32| -> u32 {
            root.get(key)
                .and_then(Value::as_u64)
                .map(|v| v as u32)
                .unwrap_or(default)
        };
        let config = Config {
            image_token_id: token_id("image_token_id", 151655),
            video_token_id: token_id("video_token_id", 151656),
            vision_start_token_id: token_id("vision_start_token_id", 151652),
            vision_end_token_id: token_id("vision_end_token_id", 151653),
            tie_word_embeddings: root
                .get("tie_word_embeddings")
                .and_then(Value::as_bool)
                .unwrap_or(false),
            text,
            vision,
        };
        config.validate()?;
        Ok(config)
    }

    /// The text decoder: Qwen3 (q/k norms, no biases, explicit head_dim) with interleaved
    /// M-RoPE (contiguous sections only for a config that says `mrope_interleaved: false`).
    pub fn decoder(&self) -> DecoderConfig {
        let t = &self.text;
        let sections = t.mrope_section.clone();
        DecoderConfig {
            vocab_size: t.vocab_size,
            hidden_size: t.hidden_size,
            intermediate_size: t.intermediate_size,
            num_layers: t.num_hidden_layers,
            num_heads: t.num_attention_heads,
            num_kv_heads: t.num_key_value_heads(),
            head_dim: t.head_dim,
            rms_norm_eps: t.rms_norm_eps,
            rope_theta: t.rope_theta,
            mrope: if t.mrope_interleaved {
                MropeLayout::Interleaved(sections)
            } else {
                MropeLayout::Sections(sections)
            },
            qkv_bias: t.attention_bias,
            qk_norm: true,
        }
    }

    /// DeepStack feature sets the tower gives (one per decoder layer they feed, from the first).
    pub fn deepstack_sets(&self) -> usize {
        self.vision.deepstack_visual_indexes.len()
    }

    /// `layers` decoder layers and as many vision blocks at most (the widths unchanged), for
    /// measurements at reduced depth. DeepStack blocks past the new vision depth are dropped;
    /// the tower then keeps as many DeepStack sets as before where it can (at most one per
    /// remaining block and per decoder layer), taking the deepest blocks not already used, so
    /// that a reduced model still runs (and is measured with) its DeepStack mergers and the
    /// decoder's feature additions.
    pub fn with_depth(&self, layers: usize) -> Self {
        let mut cfg = self.clone();
        cfg.text.num_hidden_layers = layers;
        cfg.vision.depth = layers.min(cfg.vision.depth);
        let depth = cfg.vision.depth;
        let wanted = self.deepstack_sets().min(depth).min(layers);
        let indexes = &mut cfg.vision.deepstack_visual_indexes;
        indexes.retain(|&i| i < depth);
        indexes.truncate(wanted);
        let mut block = depth;
        while indexes.len() < wanted && block > 0 {
            block -= 1;
            if !indexes.contains(&block) {
                indexes.push(block);
            }
        }
        indexes.sort_unstable();
        cfg
    }

    /// Refuses what the layers can't run or transformers would not load, naming the field.
    pub fn validate(&self) -> Result<(), ConfigError> {
        let (t, v) = (&self.text, &self.vision);
        let bad = |msg: String| Err(ConfigError::Inconsistent(msg));
        if t.num_attention_heads == 0 {
            return bad("text_config.num_attention_heads is 0".into());
        }
        if t.num_key_value_heads() == 0 || t.num_attention_heads % t.num_key_value_heads() != 0 {
            return bad(format!(
                "text_config.num_attention_heads {} is not a multiple of text_config.num_key_value_heads {}",
                t.num_attention_heads,
                t.num_key_value_heads()
            ));
        }
        if t.head_dim == 0 || t.head_dim % 2 != 0 {
            return bad(format!(
                "text_config.head_dim {} must be even and not 0 (rotary pairs)",
                t.head_dim
            ));
        }
        if t.hidden_size == 0 || t.intermediate_size == 0 || t.vocab_size == 0 {
            return bad(format!(
                "text_config sizes must not be 0 (hidden_size {}, intermediate_size {}, vocab_size {})",
                t.hidden_size, t.intermediate_size, t.vocab_size
            ));
        }
        if t.num_hidden_layers == 0 {
            return bad("text_config.num_hidden_layers is 0".into());
        }
        if t.mrope_section.len() != 3 || t.mrope_section.iter().sum::<usize>() * 2 != t.head_dim {
            return bad(format!(
                "text_config mrope_section {:?} must be three sizes (t, h, w) summing to half of text_config.head_dim {} ({})",
                t.mrope_section,
                t.head_dim,
                t.head_dim / 2
            ));
        }
        if t.attention_bias {
            return bad(
                "text_config.attention_bias true is not supported (Qwen3-VL has no attention biases)"
                    .into(),
            );
        }
        if t.hidden_act != "silu" {
            return bad(format!(
                "text_config.hidden_act \"{}\" is not supported (only silu)",
                t.hidden_act
            ));
        }
        if v.hidden_act != "gelu_pytorch_tanh" {
            return bad(format!(
                "vision_config.hidden_act \"{}\" is not supported (only gelu_pytorch_tanh)",
                v.hidden_act
            ));
        }
        if v.num_heads == 0 || v.hidden_size % v.num_heads != 0 || v.head_dim() % 4 != 0 {
            return bad(format!(
                "vision_config.hidden_size {} / vision_config.num_heads {} must give a head dim divisible by 4",
                v.hidden_size, v.num_heads
            ));
        }
        if v.depth == 0 || v.intermediate_size == 0 {
            return bad(format!(
                "vision_config.depth {} and vision_config.intermediate_size {} must not be 0",
                v.depth, v.intermediate_size
            ));
        }
        if v.patch_size == 0 || v.temporal_patch_size == 0 || v.spatial_merge_size == 0 {
            return bad(format!(
                "vision_config.patch_size {}, temporal_patch_size {} and spatial_merge_size {} must not be 0",
                v.patch_size, v.temporal_patch_size, v.spatial_merge_size
            ));
        }
        if v.in_channels == 0 {
            return bad("vision_config.in_channels is 0".into());
        }
        let side = v.position_grid_side();
        if side == 0 || side * side != v.num_position_embeddings {
            return bad(format!(
                "vision_config.num_position_embeddings {} is not the square of a grid side",
                v.num_position_embeddings
            ));
        }
        if v.out_hidden_size != t.hidden_size {
            return bad(format!(
                "vision_config.out_hidden_size {} differs from text_config.hidden_size {}",
                v.out_hidden_size, t.hidden_size
            ));
        }
        let indexes = &v.deepstack_visual_indexes;
        if let Some(i) = indexes.iter().find(|&&i| i >= v.depth) {
            return bad(format!(
                "vision_config.deepstack_visual_indexes names block {i} but vision_config.depth is {}",
                v.depth
            ));
        }
        if let Some(i) = indexes
            .iter()
            .enumerate()
            .find_map(|(k, i)| indexes[..k].contains(i).then_some(i))
        {
            return bad(format!(
                "vision_config.deepstack_visual_indexes names block {i} twice"
            ));
        }
        if indexes.len() > t.num_hidden_layers {
            return bad(format!(
                "vision_config.deepstack_visual_indexes has {} entries but text_config.num_hidden_layers is {} (one decoder layer per feature set)",
                indexes.len(),
                t.num_hidden_layers
            ));
        }
        Ok(())
    }
}

/// Qwen3-VL-4B-Instruct's `config.json` as published (the layout transformers 4.57 saves; the
/// fields this crate reads), the shape of RoboBrain2.5-4B. Tied output head.
pub const ROBOBRAIN25_4B_CONFIG: &str = r#"{
    "architectures": ["Qwen3VLForConditionalGeneration"], "model_type": "qwen3_vl",
    "image_token_id": 151655, "video_token_id": 151656, "vision_start_token_id": 151652,
    "vision_end_token_id": 151653, "tie_word_embeddings": true,
    "text_config": {"attention_bias": false, "attention_dropout": 0.0, "bos_token_id": 151643,
        "dtype": "bfloat16", "eos_token_id": 151645, "head_dim": 128, "hidden_act": "silu",
        "hidden_size": 2560, "initializer_range": 0.02, "intermediate_size": 9728,
        "max_position_embeddings": 262144, "model_type": "qwen3_vl_text",
        "num_attention_heads": 32, "num_hidden_layers": 36, "num_key_value_heads": 8,
        "rms_norm_eps": 1e-06,
        "rope_scaling": {"mrope_interleaved": true, "mrope_section": [24, 20, 20], "rope_type": "default"},
        "rope_theta": 5000000, "tie_word_embeddings": true, "use_cache": true, "vocab_size": 151936},
    "vision_config": {"deepstack_visual_indexes": [5, 11, 17], "depth": 24,
        "hidden_act": "gelu_pytorch_tanh", "hidden_size": 1024, "in_channels": 3,
        "initializer_range": 0.02, "intermediate_size": 4096, "model_type": "qwen3_vl",
        "num_heads": 16, "num_position_embeddings": 2304, "out_hidden_size": 2560,
        "patch_size": 16, "spatial_merge_size": 2, "temporal_patch_size": 2}
}"#;

/// Qwen3-VL-8B-Instruct's `config.json` as published, the shape of RoboBrain2.5-8B. Untied
/// output head.
pub const ROBOBRAIN25_8B_CONFIG: &str = r#"{
    "architectures": ["Qwen3VLForConditionalGeneration"], "model_type": "qwen3_vl",
    "image_token_id": 151655, "video_token_id": 151656, "vision_start_token_id": 151652,
    "vision_end_token_id": 151653, "tie_word_embeddings": false,
    "text_config": {"attention_bias": false, "attention_dropout": 0.0, "bos_token_id": 151643,
        "dtype": "bfloat16", "eos_token_id": 151645, "head_dim": 128, "hidden_act": "silu",
        "hidden_size": 4096, "initializer_range": 0.02, "intermediate_size": 12288,
        "max_position_embeddings": 262144, "model_type": "qwen3_vl_text",
        "num_attention_heads": 32, "num_hidden_layers": 36, "num_key_value_heads": 8,
        "rms_norm_eps": 1e-06,
        "rope_scaling": {"mrope_interleaved": true, "mrope_section": [24, 20, 20], "rope_type": "default"},
        "rope_theta": 5000000, "tie_word_embeddings": false, "use_cache": true, "vocab_size": 151936},
    "vision_config": {"deepstack_visual_indexes": [8, 16, 24], "depth": 27,
        "hidden_act": "gelu_pytorch_tanh", "hidden_size": 1152, "in_channels": 3,
        "initializer_range": 0.02, "intermediate_size": 4304, "model_type": "qwen3_vl",
        "num_heads": 16, "num_position_embeddings": 2304, "out_hidden_size": 4096,
        "patch_size": 16, "spatial_merge_size": 2, "temporal_patch_size": 2}
}"#;

/// transformers' defaults (5.x `configuration_qwen3_vl.py`), used when a field is absent.
mod defaults {
    pub fn vocab_size() -> usize {
        151936
    }
    pub fn text_hidden_size() -> usize {
        4096
    }
    pub fn text_intermediate_size() -> usize {
        22016
    }
    pub fn num_hidden_layers() -> usize {
        32
    }
    pub fn num_attention_heads() -> usize {
        32
    }
    pub fn head_dim() -> usize {
        128
    }
    pub fn rms_norm_eps() -> f64 {
        1e-6
    }
    pub fn max_position_embeddings() -> usize {
        128000
    }
    pub fn text_hidden_act() -> String {
        "silu".into()
    }
    /// transformers 5's `default_theta` for qwen3_vl_text (4.57's default was 5e6; every
    /// published config writes 5000000).
    pub fn text_rope_theta() -> f64 {
        500_000.0
    }
    pub fn mrope_section() -> Vec<usize> {
        vec![24, 20, 20]
    }
    pub fn mrope_interleaved() -> bool {
        true
    }
    pub fn vision_depth() -> usize {
        27
    }
    pub fn vision_hidden_size() -> usize {
        1152
    }
    pub fn vision_hidden_act() -> String {
        "gelu_pytorch_tanh".into()
    }
    pub fn vision_intermediate_size() -> usize {
        4304
    }
    pub fn vision_num_heads() -> usize {
        16
    }
    pub fn in_channels() -> usize {
        3
    }
    pub fn patch_size() -> usize {
        16
    }
    pub fn spatial_merge_size() -> usize {
        2
    }
    pub fn temporal_patch_size() -> usize {
        2
    }
    pub fn out_hidden_size() -> usize {
        3584
    }
    pub fn num_position_embeddings() -> usize {
        2304
    }
    pub fn deepstack_visual_indexes() -> Vec<usize> {
        vec![8, 16, 24]
    }
    pub fn vision_rope_theta() -> f64 {
        10_000.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Config, ConfigError> {
        Config::from_value(&serde_json::from_str(text).unwrap())
    }

    /// The 4B config rewritten as transformers 5 saves it.
    fn transformers_5_layout(published: &str) -> Value {
        let mut root: Value = serde_json::from_str(published).unwrap();
        let text = root["text_config"].as_object_mut().unwrap();
        let mut rope = text.remove("rope_scaling").unwrap();
        rope["rope_theta"] = text.remove("rope_theta").unwrap();
        text.insert("rope_parameters".into(), rope);
        root["vision_config"]["rope_parameters"] =
            serde_json::json!({"rope_theta": 10000.0, "rope_type": "axial"});
        root["vision_config"]["model_type"] = "qwen3_vl_vision".into();
        root
    }

    #[test]
    fn published_layouts_read_as_released() {
        let c = parse(ROBOBRAIN25_4B_CONFIG).unwrap();
        assert_eq!(c.text.head_dim, 128);
        assert_eq!(c.text.hidden_size, 2560);
        assert_eq!(c.text.num_key_value_heads(), 8);
        assert_eq!(c.text.mrope_section, vec![24, 20, 20]);
        assert!(c.text.mrope_interleaved);
        assert_eq!(c.text.rope_theta, 5e6);
        assert!(c.tie_word_embeddings);
        assert_eq!(c.vision.patch_input_len(), 1536);
        assert_eq!(c.vision.position_grid_side(), 48);
        assert_eq!(c.vision.deepstack_visual_indexes, vec![5, 11, 17]);
        assert_eq!(c.vision.rope_theta, 10_000.0);
        let d = c.decoder();
        assert!(d.qk_norm && !d.qkv_bias);
        assert_eq!(d.q_width(), 4096, "32 heads x 128, not the 2560 hidden");
        assert_eq!(d.mrope, MropeLayout::Interleaved(vec![24, 20, 20]));

        let c = parse(ROBOBRAIN25_8B_CONFIG).unwrap();
        assert!(!c.tie_word_embeddings);
        assert_eq!(c.vision.intermediate_size, 4304);
        assert_eq!(c.vision.out_hidden_size, 4096);
        assert_eq!(c.deepstack_sets(), 3);
    }

    #[test]
    fn both_layouts_give_the_same_config() {
        for published in [ROBOBRAIN25_4B_CONFIG, ROBOBRAIN25_8B_CONFIG] {
            let new = transformers_5_layout(published);
            assert!(new["text_config"].get("rope_scaling").is_none());
            assert_eq!(Config::from_value(&new).unwrap(), parse(published).unwrap());
            assert_eq!(
                ModelConfig::from_json(&new.to_string()).unwrap(),
                ModelConfig::from_json(published).unwrap()
            );
        }
    }

    #[test]
    fn missing_fields_take_transformers_defaults() {
        let c = parse(r#"{"model_type": "qwen3_vl"}"#)
            .unwrap_err()
            .to_string();
        // transformers' own defaults are inconsistent (out_hidden_size 3584, hidden 4096).
        assert!(c.contains("vision_config.out_hidden_size 3584"), "{c}");
        let c = parse(r#"{"model_type": "qwen3_vl", "vision_config": {"out_hidden_size": 4096}}"#)
            .unwrap();
        assert_eq!(c.text.rope_theta, 500_000.0);
        assert_eq!(c.text.mrope_section, vec![24, 20, 20]);
        assert!(c.text.mrope_interleaved);
        assert_eq!(c.text.num_key_value_heads(), 32);
        assert_eq!(c.vision.deepstack_visual_indexes, vec![8, 16, 24]);
        assert!(!c.tie_word_embeddings);
        assert_eq!(
            (
                c.image_token_id,
                c.vision_start_token_id,
                c.vision_end_token_id
            ),
            (151655, 151652, 151653)
        );
    }

    #[test]
    fn refusals_name_the_field() {
        let refused = |from: &str, to: &str| -> String {
            let text = ROBOBRAIN25_4B_CONFIG.replace(from, to);
            assert_ne!(text, ROBOBRAIN25_4B_CONFIG, "{from}");
            parse(&text).unwrap_err().to_string()
        };
        let err = refused("\"rope_type\": \"default\"", "\"rope_type\": \"yarn\"");
        assert!(
            err.contains("text_config.rope_scaling.rope_type \"yarn\""),
            "{err}"
        );
        let err = refused("\"head_dim\": 128", "\"head_dim\": 96");
        assert!(err.contains("text_config.head_dim 96"), "{err}");
        let err = refused("[5, 11, 17]", "[5, 11, 24]");
        assert!(
            err.contains("vision_config.deepstack_visual_indexes names block 24"),
            "{err}"
        );
        let err = refused("[5, 11, 17]", "[5, 5, 17]");
        assert!(err.contains("twice"), "{err}");
        let err = refused(
            "\"num_position_embeddings\": 2304",
            "\"num_position_embeddings\": 2300",
        );
        assert!(
            err.contains("vision_config.num_position_embeddings 2300"),
            "{err}"
        );
        let err = refused("\"out_hidden_size\": 2560", "\"out_hidden_size\": 4096");
        assert!(err.contains("vision_config.out_hidden_size 4096"), "{err}");
        let err = refused("\"gelu_pytorch_tanh\"", "\"quick_gelu\"");
        assert!(
            err.contains("vision_config.hidden_act \"quick_gelu\""),
            "{err}"
        );
        let err = refused("\"mrope_interleaved\": true", "\"mrope_interleaved\": 1");
        assert!(
            err.contains("text_config.rope_scaling.mrope_interleaved"),
            "{err}"
        );

        let mut new = transformers_5_layout(ROBOBRAIN25_4B_CONFIG);
        new["text_config"]["rope_parameters"]["rope_type"] = "linear".into();
        let err = Config::from_value(&new).unwrap_err().to_string();
        assert!(
            err.contains("text_config.rope_parameters.rope_type \"linear\""),
            "{err}"
        );
    }

    #[test]
    fn contiguous_sections_when_the_config_says_so() {
        let c = parse(&ROBOBRAIN25_4B_CONFIG.replace(
            "\"mrope_interleaved\": true",
            "\"mrope_interleaved\": false",
        ))
        .unwrap();
        assert_eq!(c.decoder().mrope, MropeLayout::Sections(vec![24, 20, 20]));
    }

    #[test]
    fn reduced_depth_keeps_deepstack_sets_where_it_can() {
        let c8 = parse(ROBOBRAIN25_8B_CONFIG).unwrap();
        let r = c8.with_depth(16);
        assert_eq!((r.text.num_hidden_layers, r.vision.depth), (16, 16));
        assert_eq!(r.vision.deepstack_visual_indexes, vec![8, 14, 15]);
        r.validate().unwrap();
        let r = c8.with_depth(2);
        assert_eq!(r.vision.deepstack_visual_indexes, vec![0, 1]);
        r.validate().unwrap();
        let r = c8.with_depth(1);
        assert_eq!(r.vision.deepstack_visual_indexes, vec![0]);
        r.validate().unwrap();
        assert_eq!(c8.with_depth(36), c8);
        let c4 = parse(ROBOBRAIN25_4B_CONFIG).unwrap().with_depth(12);
        assert_eq!(c4.vision.deepstack_visual_indexes, vec![5, 10, 11]);
    }
}
