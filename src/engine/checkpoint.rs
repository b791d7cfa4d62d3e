// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! A Hugging Face checkpoint folder: config.json, sharded safetensors (+ index), tokenizer.json,
//! preprocessor_config.json, generation_config.json. Every problem is reported with the file it
//! concerns and what is wrong with it, before any weight is read.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use tokenizers::Tokenizer;

use crate::models::{ConfigError, ModelConfig};
use crate::preprocess::image_processor::{ImageProcessor, ImageProcessorConfig};

#[derive(Debug, thiserror::Error)]
pub enum CheckpointError {
    #[error("checkpoint folder {0} does not exist or is not a folder")]
    NoFolder(PathBuf),
    #[error("{path} is missing: {what}")]
    Missing { path: PathBuf, what: &'static str },
    // The causes are in the messages, not error sources: a chain printed with `{:#}` would
    // repeat them.
    #[error("cannot read {path}: {error}")]
    Io {
        path: PathBuf,
        error: std::io::Error,
    },
    #[error("{path}: {error}")]
    Config { path: PathBuf, error: ConfigError },
    #[error("{path} is not valid JSON for {what}: {error}")]
    Json {
        path: PathBuf,
        what: &'static str,
        error: serde_json::Error,
    },
    #[error("{path} is not a usable image preprocessor configuration: {message}")]
    Preprocessor { path: PathBuf, message: String },
    #[error("{path} is not a usable tokenizer: {message}")]
    Tokenizer { path: PathBuf, message: String },
    #[error("{path} is not a valid safetensors file ({message}); the download may be incomplete or corrupt")]
    Safetensors { path: PathBuf, message: String },
    #[error("no weights in {0}: expected model.safetensors, or model-*.safetensors with model.safetensors.index.json")]
    NoWeights(PathBuf),
}

/// Decoding defaults shipped with the checkpoint (`generation_config.json`). A field that is
/// absent or null takes transformers' global default (`GenerationConfig._get_default_generation_params`
/// in transformers 5), as `generate()` fills it: notably top_k 50 when sampling.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct GenerationConfig {
    #[serde(default, deserialize_with = "one_or_many")]
    pub eos_token_id: Vec<u32>,
    #[serde(default, deserialize_with = "null_as_default")]
    pub do_sample: bool,
    #[serde(default = "one", deserialize_with = "null_as_one")]
    pub temperature: f64,
    /// 0 = no top-k limit.
    #[serde(default = "default_top_k", deserialize_with = "null_as_default_top_k")]
    pub top_k: usize,
    /// 1.0 = no nucleus limit.
    #[serde(default = "one", deserialize_with = "null_as_one")]
    pub top_p: f64,
    /// 1.0 = off.
    #[serde(default = "one", deserialize_with = "null_as_one")]
    pub repetition_penalty: f64,
}

/// transformers' global default for top_k.
const TRANSFORMERS_DEFAULT_TOP_K: usize = 50;

fn one() -> f64 {
    1.0
}

fn default_top_k() -> usize {
    TRANSFORMERS_DEFAULT_TOP_K
}

fn null_as_default<'de, D: serde::Deserializer<'de>, T: Deserialize<'de> + Default>(
    d: D,
) -> Result<T, D::Error> {
    Ok(Option::<T>::deserialize(d)?.unwrap_or_default())
}

fn null_as_one<'de, D: serde::Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
    Ok(Option::<f64>::deserialize(d)?.unwrap_or(1.0))
}

fn null_as_default_top_k<'de, D: serde::Deserializer<'de>>(d: D) -> Result<usize, D::Error> {
    Ok(Option::<usize>::deserialize(d)?.unwrap_or(TRANSFORMERS_DEFAULT_TOP_K))
}

fn one_or_many<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<u32>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum OneOrMany {
        One(u32),
        Many(Vec<u32>),
        None,
    }
    Ok(match Option::<OneOrMany>::deserialize(d)? {
        Some(OneOrMany::One(id)) => vec![id],
        Some(OneOrMany::Many(ids)) => ids,
        Some(OneOrMany::None) | None => vec![],
    })
}

impl Default for GenerationConfig {
    /// A checkpoint without generation_config.json: transformers' global defaults.
    fn default() -> Self {
        serde_json::from_str("{}").expect("every field has a default")
    }
}

/// Everything in a checkpoint folder but the weights themselves (which stay memory-mapped).
#[derive(Debug, Clone)]
pub struct Checkpoint {
    pub dir: PathBuf,
    pub config: ModelConfig,
    pub tokenizer: Tokenizer,
    pub generation: GenerationConfig,
    pub preprocessor_config: PathBuf,
    /// What preprocessor_config.json says (the checkpoint's own image limits).
    pub processor: ImageProcessorConfig,
    /// The safetensors files holding the weights, each checked to be readable.
    pub weight_files: Vec<PathBuf>,
    /// Bytes of all weight files (the checkpoint's precision, usually bf16).
    pub weight_file_bytes: u64,
}

fn read(path: &Path, what: &'static str) -> Result<String, CheckpointError> {
    if !path.is_file() {
        return Err(CheckpointError::Missing {
            path: path.into(),
            what,
        });
    }
    fs::read_to_string(path).map_err(|error| CheckpointError::Io {
        path: path.into(),
        error,
    })
}

impl Checkpoint {
    pub fn open(dir: impl AsRef<Path>) -> Result<Self, CheckpointError> {
        let dir = dir.as_ref().to_path_buf();
        if !dir.is_dir() {
            return Err(CheckpointError::NoFolder(dir));
        }
        let config_path = dir.join("config.json");
        let config = ModelConfig::from_json(&read(&config_path, "the model configuration")?)
            .map_err(|error| CheckpointError::Config {
                path: config_path.clone(),
                error,
            })?;

        let tokenizer_path = dir.join("tokenizer.json");
        read(&tokenizer_path, "the tokenizer (tokenizer.json)")?;
        let tokenizer =
            Tokenizer::from_file(&tokenizer_path).map_err(|e| CheckpointError::Tokenizer {
                path: tokenizer_path.clone(),
                message: e.to_string(),
            })?;
        for token in [
            "<|im_start|>",
            "<|im_end|>",
            "<|vision_start|>",
            "<|image_pad|>",
            "<|vision_end|>",
        ] {
            if tokenizer.token_to_id(token).is_none() {
                return Err(CheckpointError::Tokenizer {
                    path: tokenizer_path,
                    message: format!("it lacks the Qwen special token {token}"),
                });
            }
        }

        let preprocessor_config = dir.join("preprocessor_config.json");
        let processor = ImageProcessorConfig::from_json_str(&read(
            &preprocessor_config,
            "the image preprocessor configuration",
        )?)
        .map_err(|e| CheckpointError::Preprocessor {
            path: preprocessor_config.clone(),
            message: e.to_string(),
        })?;

        let generation_path = dir.join("generation_config.json");
        let generation = if generation_path.is_file() {
            serde_json::from_str(&read(&generation_path, "generation defaults")?).map_err(
                |error| CheckpointError::Json {
                    path: generation_path,
                    what: "generation_config",
                    error,
                },
            )?
        } else {
            GenerationConfig::default()
        };

        let weight_files = weight_files(&dir)?;
        let mut weight_file_bytes = 0;
        for file in &weight_files {
            weight_file_bytes += check_safetensors(file)?;
        }
        Ok(Self {
            dir,
            config,
            tokenizer,
            generation,
            preprocessor_config,
            processor,
            weight_files,
            weight_file_bytes,
        })
    }

    /// The largest image the model will see with the node's (or the CLI's) `cap`: the cap or
    /// the checkpoint's own max_pixels, whichever is smaller. The one place the two meet.
    pub fn max_image_pixels(&self, cap: Option<u64>) -> u64 {
        cap.map_or(self.processor.max_pixels, |cap| {
            cap.min(self.processor.max_pixels)
        })
    }

    /// The checkpoint's image processor with its max_pixels lowered to `cap` where that is
    /// smaller ([`Self::max_image_pixels`]).
    pub fn image_processor(&self, cap: Option<u64>) -> Result<ImageProcessor, CheckpointError> {
        let max_pixels = self.max_image_pixels(cap);
        let config = if max_pixels < self.processor.max_pixels {
            self.processor
                .clone()
                .with_pixel_limits(None, Some(max_pixels))
                .map_err(|e| CheckpointError::Preprocessor {
                    path: self.preprocessor_config.clone(),
                    message: e.to_string(),
                })?
        } else {
            self.processor.clone()
        };
        Ok(ImageProcessor::new(config))
    }

    /// Stop tokens: generation_config's, else `<|im_end|>` and `<|endoftext|>`.
    pub fn eos_token_ids(&self) -> Vec<u32> {
        if !self.generation.eos_token_id.is_empty() {
            return self.generation.eos_token_id.clone();
        }
        ["<|im_end|>", "<|endoftext|>"]
            .iter()
            .filter_map(|t| self.tokenizer.token_to_id(t))
            .collect()
    }
}

fn weight_files(dir: &Path) -> Result<Vec<PathBuf>, CheckpointError> {
    let index = dir.join("model.safetensors.index.json");
    if index.is_file() {
        #[derive(Deserialize)]
        struct Index {
            weight_map: std::collections::HashMap<String, String>,
        }
        let parsed: Index =
            serde_json::from_str(&read(&index, "the weight index")?).map_err(|error| {
                CheckpointError::Json {
                    path: index.clone(),
                    what: "a safetensors index",
                    error,
                }
            })?;
        let files: BTreeSet<&String> = parsed.weight_map.values().collect();
        return files
            .into_iter()
            .map(|name| {
                let path = dir.join(name);
                if path.is_file() {
                    Ok(path)
                } else {
                    Err(CheckpointError::Missing {
                        path,
                        what: "a weight shard named by model.safetensors.index.json",
                    })
                }
            })
            .collect();
    }
    let single = dir.join("model.safetensors");
    if single.is_file() {
        return Ok(vec![single]);
    }
    Err(CheckpointError::NoWeights(dir.into()))
}

/// Reads a safetensors header and checks the data section covers it; returns the file size.
fn check_safetensors(path: &Path) -> Result<u64, CheckpointError> {
    let io = |error| CheckpointError::Io {
        path: path.into(),
        error,
    };
    let file = fs::File::open(path).map_err(io)?;
    // SAFETY: read-only map of a file we do not modify; truncation by another process would be
    // the user's own doing and surfaces as a bus error only in that case.
    let mmap = unsafe { memmap2::Mmap::map(&file) }.map_err(io)?;
    safetensors::SafeTensors::deserialize(&mmap).map_err(|e| CheckpointError::Safetensors {
        path: path.into(),
        message: e.to_string(),
    })?;
    Ok(mmap.len() as u64)
}
