//! The inference engine: loads a checkpoint at a chosen precision and device, and answers one
//! prompt (with at most one image) at a time: preprocess -> vision -> prefill -> decode.
//!
//! - [`checkpoint`]: the checkpoint folder and its files, checked before loading.
//! - [`prompt`]: the chat template and tokenization.
//! - [`generate`]: greedy and sampled token selection.

pub mod bench;
pub mod checkpoint;
pub mod generate;
pub mod gpu;
pub mod memory;
pub mod prompt;
pub mod random;
pub mod stats;

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Instant;

use anyhow::{Context, Result};
use candle_core::{DType, Device, Tensor};
use candle_nn::VarBuilder;
use serde::Serialize;

use crate::model::{Precision, Qwen25VlModel, Weights};
use crate::preprocess::image_processor::{ImageProcessor, ProcessedImage};
use crate::tasks::ResizeInfo;
pub use checkpoint::{Checkpoint, CheckpointError, GenerationConfig};
pub use generate::{SamplingParams, StopReason, TokenSampler};
pub use prompt::ChatPrompt;

/// Parses `cpu`, `cuda` or `cuda:N`.
pub fn parse_device(name: &str) -> Result<Device> {
    let name = name.trim().to_ascii_lowercase();
    if name == "cpu" {
        return Ok(Device::Cpu);
    }
    let ordinal = match name.strip_prefix("cuda") {
        Some("") => 0,
        Some(rest) => rest
            .strip_prefix(':')
            .and_then(|n| n.parse::<usize>().ok())
            .with_context(|| format!("unknown device '{name}': expected cpu, cuda or cuda:N"))?,
        None => anyhow::bail!("unknown device '{name}': expected cpu, cuda or cuda:N"),
    };
    if !candle_core::utils::cuda_is_available() {
        anyhow::bail!(
            "device '{name}' asked for, but this build has no CUDA support: rebuild with `--features cuda` (scripts/build-cuda.sh) or use device cpu"
        );
    }
    // candle 0.11.1's fast Q8_0 kernels (MMVQ/MMQ) gave all-NaN logits on an H200 with CUDA 13.0
    // while its dequantize-mul-mat kernels were right (docs/benchmarks.md), so int8 uses the
    // latter unless ROBOBRAIN_CANDLE_FAST_QMATMUL=1 asks for the fast ones (to re-test them).
    #[cfg(feature = "cuda")]
    candle_core::quantized::cuda::set_force_dmmv(
        std::env::var_os("ROBOBRAIN_CANDLE_FAST_QMATMUL").is_none_or(|v| v != "1"),
    );
    Device::new_cuda(ordinal).with_context(|| {
        format!("cannot open CUDA device {ordinal} (is a GPU present and its driver loaded?)")
    })
}

/// Where and how to load a checkpoint.
#[derive(Debug, Clone)]
pub struct LoadOptions {
    pub precision: Precision,
    pub device: Device,
    /// Caps the checkpoint's `max_pixels` (bounds image tokens, so memory and latency); a
    /// larger value leaves the checkpoint's own limit in force.
    pub max_image_pixels: Option<u64>,
}

/// Milliseconds spent in each stage of one query.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Timings {
    pub preprocess_ms: f64,
    pub vision_ms: f64,
    pub prefill_ms: f64,
    pub decode_ms: f64,
}

/// One query for the engine.
#[derive(Debug, Clone)]
pub struct InferenceRequest<'a> {
    pub image: Option<&'a image::RgbImage>,
    pub prompt: ChatPrompt<'a>,
    pub max_new_tokens: usize,
    pub sampling: SamplingParams,
}

#[derive(Debug, Clone, Serialize)]
pub struct InferenceOutput {
    pub text: String,
    pub tokens: Vec<u32>,
    pub prompt_tokens: usize,
    pub image_tokens: usize,
    pub stop_reason: &'static str,
    /// Original and resized (smart_resize) sizes of the image the model saw: the frame its
    /// coordinates refer to, and what maps them back.
    pub image: Option<ResizeInfo>,
    pub timings: Timings,
}

impl InferenceOutput {
    /// The image's resize ratios for the task layer (a default, which no task reads, without an image).
    pub fn resize_info(&self) -> ResizeInfo {
        self.image.unwrap_or_default()
    }

    /// Decode speed in tokens per second (0 when nothing was decoded after the first token).
    pub fn decode_tokens_per_second(&self) -> f64 {
        let decoded = self.tokens.len().saturating_sub(1);
        if decoded == 0 || self.timings.decode_ms <= 0.0 {
            0.0
        } else {
            decoded as f64 / (self.timings.decode_ms / 1000.0)
        }
    }
}

/// A loaded model ready to answer.
pub struct Engine {
    pub model: Qwen25VlModel,
    pub checkpoint: Checkpoint,
    pub processor: ImageProcessor,
    pub precision: Precision,
    pub device: Device,
    /// Bytes of weights placed on the device.
    pub weight_bytes: usize,
    pub load_seconds: f64,
}

fn ms_since(start: Instant) -> f64 {
    start.elapsed().as_secs_f64() * 1000.0
}

impl Engine {
    pub fn load(dir: impl AsRef<std::path::Path>, options: &LoadOptions) -> Result<Self> {
        let start = Instant::now();
        let checkpoint = Checkpoint::open(dir.as_ref())?;
        let processor = ImageProcessor::from_file(&checkpoint.preprocessor_config)
            .with_context(|| format!("reading {}", checkpoint.preprocessor_config.display()))?;
        let processor = match options.max_image_pixels {
            Some(cap) if cap < processor.config().max_pixels => ImageProcessor::new(
                processor
                    .config()
                    .clone()
                    .with_pixel_limits(None, Some(cap))?,
            ),
            Some(_) => processor,
            None => processor,
        };
        // SAFETY: the checkpoint files are mapped read-only and not modified while loaded.
        let vb = unsafe {
            VarBuilder::from_mmaped_safetensors(&checkpoint.weight_files, DType::F32, &Device::Cpu)
        }
        .with_context(|| format!("mapping the weights of {}", checkpoint.dir.display()))?;
        let weights = Weights::new(vb, options.precision, options.device.clone());
        let model = Qwen25VlModel::new(&checkpoint.config, weights.clone()).with_context(|| {
            format!(
                "loading the weights of {} (a tensor is missing or has the wrong shape)",
                checkpoint.dir.display()
            )
        })?;
        Ok(Self {
            model,
            processor,
            precision: options.precision,
            device: options.device.clone(),
            weight_bytes: weights.loaded_bytes(),
            load_seconds: start.elapsed().as_secs_f64(),
            checkpoint,
        })
    }

    /// Token ids for a rendered prompt whose image produces `image_tokens` tokens.
    pub fn tokenize(&self, prompt: &ChatPrompt, image_tokens: usize) -> Result<Vec<u32>> {
        prompt::tokenize(&self.checkpoint.tokenizer, &prompt.render(), image_tokens)
    }

    pub fn decode(&self, tokens: &[u32]) -> Result<String> {
        self.checkpoint
            .tokenizer
            .decode(tokens, true)
            .map_err(|e| anyhow::anyhow!("decoding tokens failed: {e}"))
    }

    /// Runs one query. `on_text` sees the answer so far after every token; setting `cancel`
    /// stops generation after the current token.
    pub fn generate(
        &mut self,
        request: &InferenceRequest,
        mut on_text: impl FnMut(&str, usize),
        cancel: &AtomicBool,
    ) -> Result<InferenceOutput> {
        let start = Instant::now();
        let processed = request
            .image
            .map(|image| self.processor.preprocess(image))
            .transpose()
            .context("preprocessing the image")?;
        let image_tokens = processed.as_ref().map_or(0, |p| p.num_image_tokens);
        let prompt = ChatPrompt {
            has_image: processed.is_some(),
            ..request.prompt.clone()
        };
        let ids = self.tokenize(&prompt, image_tokens)?;
        let preprocess_ms = ms_since(start);

        let mut on_tokens = |tokens: &[u32]| -> Result<()> {
            on_text(
                &self
                    .checkpoint
                    .tokenizer
                    .decode(tokens, true)
                    .map_err(|e| anyhow::anyhow!("decoding tokens failed: {e}"))?,
                tokens.len(),
            );
            Ok(())
        };
        let eos = self.checkpoint.eos_token_ids();
        let run = run_prompt(
            &mut self.model,
            &ids,
            processed.as_ref(),
            &self.device,
            &PromptRun {
                max_new_tokens: request.max_new_tokens,
                sampling: &request.sampling,
                eos_token_ids: &eos,
            },
            &mut on_tokens,
            cancel,
        )?;
        let (tokens, stop) = (run.tokens, run.stop);
        let timings = Timings {
            preprocess_ms,
            ..run.timings
        };

        Ok(InferenceOutput {
            text: self.decode(&tokens)?,
            prompt_tokens: ids.len(),
            image_tokens,
            stop_reason: stop.name(),
            image: processed.map(|p| {
                ResizeInfo::new(
                    p.original_size.0,
                    p.original_size.1,
                    p.resized_size.0,
                    p.resized_size.1,
                )
            }),
            tokens,
            timings,
        })
    }

    /// Logits of every prompt position, for parity checks against the reference.
    pub fn prefill_logits(
        &mut self,
        ids: &[u32],
        pixel_values: Option<(&Tensor, [usize; 3])>,
    ) -> Result<Tensor> {
        let grids: Vec<[usize; 3]> = pixel_values.iter().map(|(_, g)| *g).collect();
        let image_embeds = pixel_values
            .map(|(pixels, grid)| self.model.encode_image(pixels, grid))
            .transpose()?;
        let (logits, _) = self
            .model
            .prefill(ids, image_embeds.as_ref(), &grids, true)?;
        self.model.text.clear_kv_cache();
        Ok(logits)
    }
}

/// The decoding limits of one prompt run.
pub struct PromptRun<'a> {
    pub max_new_tokens: usize,
    pub sampling: &'a SamplingParams,
    pub eos_token_ids: &'a [u32],
}

/// Tokens generated for one prompt and the time each model stage took.
pub struct PromptOutput {
    pub tokens: Vec<u32>,
    pub stop: StopReason,
    /// vision, prefill and decode (preprocess is the caller's).
    pub timings: Timings,
}

/// Vision -> prefill -> decode for prompt `ids` (image pads already expanded) and its image.
/// `on_tokens` sees the answer tokens so far after each one; `cancel` stops after the current.
pub fn run_prompt(
    model: &mut Qwen25VlModel,
    ids: &[u32],
    image: Option<&ProcessedImage>,
    device: &Device,
    limits: &PromptRun,
    on_tokens: &mut dyn FnMut(&[u32]) -> Result<()>,
    cancel: &AtomicBool,
) -> Result<PromptOutput> {
    anyhow::ensure!(
        limits.max_new_tokens > 0,
        "max_new_tokens must be at least 1"
    );
    let mut timings = Timings::default();
    let start = Instant::now();
    let grids: Vec<[usize; 3]> = image.iter().map(|p| p.grid_thw).collect();
    let image_embeds = image
        .map(|p| {
            model
                .encode_image(&p.pixel_values, p.grid_thw)
                .context("vision tower")
        })
        .transpose()?;
    sync(device)?;
    timings.vision_ms = ms_since(start);

    let start = Instant::now();
    let (logits, rope) = model
        .prefill(ids, image_embeds.as_ref(), &grids, false)
        .context("prefill")?;
    let mut sampler = TokenSampler::new(limits.sampling, ids);
    let mut token = sampler.next(&logits.squeeze(0)?)?;
    timings.prefill_ms = ms_since(start);

    let start = Instant::now();
    let mut tokens = Vec::new();
    let stop = loop {
        if limits.eos_token_ids.contains(&token) {
            break StopReason::Eos;
        }
        tokens.push(token);
        on_tokens(&tokens)?;
        if tokens.len() >= limits.max_new_tokens {
            break StopReason::MaxNewTokens;
        }
        if cancel.load(Ordering::Relaxed) {
            break StopReason::Cancelled;
        }
        let position = (ids.len() + tokens.len() - 1) as i64 + rope.delta;
        let positions = [vec![position], vec![position], vec![position]];
        let embed = model.text.embed(&[token])?;
        let logits = model
            .text
            .forward(&embed, &positions, false)
            .context("decode step")?;
        token = sampler.next(&logits.squeeze(0)?)?;
    };
    sync(device)?;
    timings.decode_ms = ms_since(start);
    model.text.clear_kv_cache();
    Ok(PromptOutput {
        tokens,
        stop,
        timings,
    })
}

/// Waits for queued GPU work so stage timings mean something (no-op on CPU).
fn sync(device: &Device) -> Result<()> {
    device.synchronize()?;
    Ok(())
}
