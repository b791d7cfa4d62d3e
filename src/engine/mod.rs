// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! The inference engine: loads a checkpoint at a chosen precision and device, and answers one
//! prompt (with any number of images, each its own vision pass) at a time: preprocess -> vision
//! -> prefill -> decode.
//!
//! - [`checkpoint`]: the checkpoint folder and its files, checked before loading.
//! - [`prompt`]: the chat template and tokenization.
//! - [`sampling`]: how the next token is chosen, composed as transformers composes it;
//!   [`generate`]: why a generation ends.
//! - [`memory`]: what a model will need on the device; [`plan`]: the load policy built on it
//!   (device, `auto`, the fit check), for the node and the CLI.
//! - [`cache`]: the pre-quantized int8 cache; [`threads`]: the CPU's thread count.
//!
//! Measurements (benchmarks, GPU and host memory figures, query statistics) are in
//! [`crate::measure`].

pub mod cache;
pub mod checkpoint;
pub mod generate;
pub mod memory;
pub mod plan;
pub mod prompt;
pub mod sampling;
pub mod threads;

use std::time::Instant;

use anyhow::{Context, Result};
use candle_core::{DType, Device, Tensor};
use candle_nn::VarBuilder;
use serde::Serialize;

pub use crate::measure::stats::DecodeRate;
use crate::models::progress::ProgressMeter;
pub use crate::models::progress::{LoadProgress, LoadStage, ProgressSink};
use crate::models::{
    split_after, ImageFeatures, ModelConfig, Offload, Precision, VlModel, Weights,
};
use crate::preprocess::image_processor::{ImageProcessor, ProcessedImage};
use crate::preprocess::ResizeInfo;
pub use cache::{CacheLocation, CacheStatus};
pub use checkpoint::{Checkpoint, CheckpointError, GenerationConfig};
pub use generate::StopReason;
pub use prompt::{ChatPrompt, ChatTemplate};
pub use sampling::{fresh_seed, SamplingOverrides, SamplingParams, TokenSampler};

/// Where to run: parsed once from `cpu`, `cuda` or `cuda:N` at the edge (CLI flag, node
/// parameter), opened later by [`DeviceSpec::open`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeviceSpec {
    Cpu,
    Cuda(usize),
}

impl std::str::FromStr for DeviceSpec {
    type Err = String;

    fn from_str(name: &str) -> std::result::Result<Self, Self::Err> {
        let name = name.trim().to_ascii_lowercase();
        let unknown = || format!("unknown device '{name}': expected cpu, cuda or cuda:N");
        if name == "cpu" {
            return Ok(DeviceSpec::Cpu);
        }
        match name.strip_prefix("cuda") {
            Some("") => Ok(DeviceSpec::Cuda(0)),
            Some(rest) => rest
                .strip_prefix(':')
                .and_then(|n| n.parse::<usize>().ok())
                .map(DeviceSpec::Cuda)
                .ok_or_else(unknown),
            None => Err(unknown()),
        }
    }
}

impl std::fmt::Display for DeviceSpec {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DeviceSpec::Cpu => f.write_str("cpu"),
            DeviceSpec::Cuda(n) => write!(f, "cuda:{n}"),
        }
    }
}

/// Parses `cpu`, `cuda` or `cuda:N` and opens it.
pub fn parse_device(name: &str) -> Result<Device> {
    name.parse::<DeviceSpec>()
        .map_err(anyhow::Error::msg)?
        .open()
}

impl DeviceSpec {
    pub fn is_cuda(&self) -> bool {
        matches!(self, DeviceSpec::Cuda(_))
    }

    /// The device, or why it cannot be had (a build without CUDA, no GPU, no driver).
    pub fn open(&self) -> Result<Device> {
        let ordinal = match *self {
            DeviceSpec::Cpu => return Ok(Device::Cpu),
            DeviceSpec::Cuda(n) => n,
        };
        let name = self.to_string();
        if !candle_core::utils::cuda_is_available() {
            anyhow::bail!(
                "device '{name}' asked for, but this build has no CUDA support: rebuild with `--features cuda` (scripts/build-cuda.sh) or use device cpu"
            );
        }
        let kernels = crate::quant::KernelOptions::current();
        #[cfg(feature = "cuda")]
        candle_core::quantized::cuda::set_force_dmmv(!kernels.cuda_fast_qmatmul);
        candle_core::cuda::set_gemm_reduced_precision_f32(kernels.cuda_tf32);
        Device::new_cuda(ordinal).with_context(|| {
            format!("cannot open CUDA device {ordinal} (is a GPU present and its driver loaded?)")
        })
    }
}

/// Where and how to load a checkpoint.
#[derive(Debug, Clone)]
pub struct LoadOptions {
    pub precision: Precision,
    pub device: Device,
    /// Caps the checkpoint's `max_pixels` (bounds image tokens, so memory and latency); a
    /// larger value leaves the checkpoint's own limit in force.
    pub max_image_pixels: Option<u64>,
    /// Decoder layers on `device`; the rest, the final norm and the output head run on the
    /// CPU (for a GPU too small for the whole model). None = all on `device`.
    pub gpu_layers: Option<usize>,
    /// Where the pre-quantized int8 cache is kept (int8 loads only).
    pub cache: CacheLocation,
    /// Receives the progress of loading, reading and writing the cache (off by default).
    pub progress: ProgressSink,
}

impl LoadOptions {
    /// The whole model on `device`, the int8 cache next to the checkpoint.
    pub fn new(precision: Precision, device: Device) -> Self {
        Self {
            precision,
            device,
            max_image_pixels: None,
            gpu_layers: None,
            cache: CacheLocation::default(),
            progress: ProgressSink::default(),
        }
    }
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
    /// The images, in prompt order (all before the text, as RoboBrain's multi-view questions);
    /// empty for a text-only prompt.
    pub images: Vec<&'a image::RgbImage>,
    pub prompt: ChatPrompt<'a>,
    pub max_new_tokens: usize,
    /// On top of the checkpoint's generation_config, as [`SamplingParams::compose`] layers them.
    pub sampling: SamplingOverrides,
    /// None = a fresh random seed (recorded in the output).
    pub seed: Option<u64>,
}

#[derive(Debug, Clone, Serialize)]
pub struct InferenceOutput {
    pub text: String,
    pub tokens: Vec<u32>,
    pub prompt_tokens: usize,
    pub image_tokens: usize,
    pub stop_reason: StopReason,
    /// Original and resized (smart_resize) sizes of the first image the model saw: the frame its
    /// coordinates refer to, and what maps them back.
    pub image: Option<ResizeInfo>,
    /// The same for every image, in prompt order.
    pub images: Vec<ResizeInfo>,
    /// Image tokens of each image, in prompt order (their sum is `image_tokens`).
    pub image_tokens_per_image: Vec<usize>,
    pub timings: Timings,
    /// The decoding used, seed included: the same values reproduce the answer.
    pub sampling: SamplingParams,
}

impl InferenceOutput {
    /// The image's resize ratios for the task layer (a default, which no task reads, without an image).
    pub fn resize_info(&self) -> ResizeInfo {
        self.image.unwrap_or_default()
    }

    /// Decode speed in tokens per second (0 when nothing was decoded after the first token).
    pub fn decode_tokens_per_second(&self) -> f64 {
        DecodeRate::of(self.tokens.len(), self.timings.decode_ms)
            .map_or(0.0, |r| r.tokens_per_second())
    }
}

/// The tokens a query has generated so far, as [`Engine::generate`] reports them after each one.
pub struct GeneratedSoFar<'a> {
    pub tokens: &'a [u32],
    tokenizer: &'a tokenizers::Tokenizer,
}

impl GeneratedSoFar<'_> {
    /// The tokens as text. Decodes all of them each time, so it is left to callers that stream
    /// the text rather than done on every token of every query.
    pub fn text(&self) -> Result<String> {
        decode_tokens(self.tokenizer, self.tokens)
    }
}

fn decode_tokens(tokenizer: &tokenizers::Tokenizer, tokens: &[u32]) -> Result<String> {
    tokenizer
        .decode(tokens, true)
        .map_err(|e| anyhow::anyhow!("decoding tokens failed: {e}"))
}

/// A model in memory with the image processor that feeds it and what its load did. The engine
/// drives one with its checkpoint's tokenizer; measurements (random weights included) drive one
/// alone.
pub struct LoadedModel {
    pub model: VlModel,
    pub processor: ImageProcessor,
    /// Bytes of weights placed on the device.
    pub weight_bytes: usize,
    /// Bytes of weights offloaded to the CPU (0 unless `gpu_layers` split the decoder).
    pub offloaded_weight_bytes: usize,
    /// Decoder layers on the device when the rest are offloaded; None = all of them.
    pub gpu_layers: Option<usize>,
    /// What the int8 cache did during the load.
    pub cache: CacheStatus,
    pub load_seconds: f64,
}

impl LoadedModel {
    /// Builds the model from `weights`, the decoder layers from `main_layers` on (with the final
    /// norm and the head) on the CPU when it is given. No cache was involved and the load time
    /// is the caller's to set.
    pub fn build(
        config: &ModelConfig,
        weights: &Weights,
        main_layers: Option<usize>,
        processor: ImageProcessor,
    ) -> candle_core::Result<Self> {
        let offload = main_layers.map(|main_layers| Offload {
            main_layers,
            weights: weights.on_device(Device::Cpu),
        });
        let model = VlModel::new(config, weights.clone(), offload.clone())?;
        Ok(Self {
            model,
            processor,
            weight_bytes: weights.loaded_bytes(),
            offloaded_weight_bytes: offload.map_or(0, |o| o.weights.loaded_bytes()),
            gpu_layers: main_layers,
            cache: CacheStatus::Disabled,
            load_seconds: 0.0,
        })
    }
}

/// A loaded model with its checkpoint (tokenizer, chat template, generation config): ready to
/// answer.
pub struct Engine {
    loaded: LoadedModel,
    pub checkpoint: Checkpoint,
    pub precision: Precision,
    pub device: Device,
}

fn ms_since(start: Instant) -> f64 {
    start.elapsed().as_secs_f64() * 1000.0
}

impl Engine {
    pub fn load(dir: impl AsRef<std::path::Path>, options: &LoadOptions) -> Result<Self> {
        Self::load_checkpoint(Checkpoint::open(dir.as_ref())?, options)
    }

    /// Loads an opened checkpoint (one its caller has already checked and planned for).
    pub fn load_checkpoint(checkpoint: Checkpoint, options: &LoadOptions) -> Result<Self> {
        let start = Instant::now();
        let processor = checkpoint.image_processor(options.max_image_pixels)?;
        let main_layers = split_after(options.gpu_layers, checkpoint.config.num_layers())?;
        let mut loaded = match cache::cache_path(&checkpoint, &options.cache, options.precision) {
            Some(path) => load_through_cache(&checkpoint, options, main_layers, processor, path)?,
            None => load_from_checkpoint(&checkpoint, options, main_layers, processor, false)?.0,
        };
        loaded.load_seconds = start.elapsed().as_secs_f64();
        Ok(Self {
            loaded,
            precision: options.precision,
            device: options.device.clone(),
            checkpoint,
        })
    }

    /// The model and what its load did.
    pub fn loaded(&self) -> &LoadedModel {
        &self.loaded
    }

    /// Token ids for a rendered prompt whose image produces `image_tokens` tokens.
    pub fn tokenize(&self, prompt: &ChatPrompt, image_tokens: usize) -> Result<Vec<u32>> {
        prompt::tokenize(
            &self.checkpoint.tokenizer,
            &prompt.render(&self.chat_template()),
            image_tokens,
        )
    }

    pub fn decode(&self, tokens: &[u32]) -> Result<String> {
        decode_tokens(&self.checkpoint.tokenizer, tokens)
    }

    /// The checkpoint family's chat template.
    pub fn chat_template(&self) -> ChatTemplate {
        ChatTemplate::of(self.config().family())
    }

    /// The model's configuration (its family, shapes and special tokens).
    pub fn config(&self) -> &ModelConfig {
        self.loaded.model.config()
    }

    /// The loaded model, for measurements that drive its stages themselves.
    pub fn model_mut(&mut self) -> &mut VlModel {
        &mut self.loaded.model
    }

    /// The loaded model, handed over (to a measurement that keeps it without the checkpoint).
    pub fn into_loaded(self) -> LoadedModel {
        self.loaded
    }

    /// Frees what a query left in the model (its KV cache): after a failed query, whose
    /// memory must not wait for the next one.
    pub fn release_query_memory(&mut self) {
        self.loaded.model.text_mut().clear_kv_cache();
    }

    /// Runs one query. `on_token` sees the answer so far after every token (decoded to text only
    /// when it asks: [`GeneratedSoFar::text`]); `stop` says when it looks at whether to stop.
    /// Stopped, the query ends there ([`StopReason::Cancelled`], the tokens made so far), so a
    /// deadline or a cancel frees the engine within one stage's step rather than after the
    /// whole prompt.
    pub fn generate(
        &mut self,
        request: &InferenceRequest,
        mut on_token: impl FnMut(&GeneratedSoFar),
        stop: StopCheck,
    ) -> Result<InferenceOutput> {
        let start = Instant::now();
        let sampling = self.sampling_for(&request.sampling, request.seed);
        let stopped_early = |timings: Timings| InferenceOutput {
            text: String::new(),
            tokens: Vec::new(),
            prompt_tokens: 0,
            image_tokens: 0,
            stop_reason: StopReason::Cancelled,
            image: None,
            images: Vec::new(),
            image_tokens_per_image: Vec::new(),
            timings,
            sampling: sampling.clone(),
        };
        if stop.between_stages() {
            return Ok(stopped_early(Timings::default()));
        }
        let mut processed = Vec::with_capacity(request.images.len());
        for (index, image) in request.images.iter().enumerate() {
            match self
                .loaded
                .processor
                .preprocess_until(image, stop.stage_check())
                .with_context(|| format!("preprocessing image {}", index + 1))?
            {
                Some(p) => processed.push(p),
                None => {
                    let timings = Timings {
                        preprocess_ms: ms_since(start),
                        ..Timings::default()
                    };
                    return Ok(stopped_early(timings));
                }
            }
        }
        let tokens_per_image: Vec<usize> = processed.iter().map(|p| p.num_image_tokens).collect();
        let image_tokens = tokens_per_image.iter().sum();
        let rendered = request
            .prompt
            .render_with_images(processed.len(), &self.chat_template());
        let ids =
            prompt::tokenize_images(&self.checkpoint.tokenizer, &rendered, &tokens_per_image)?;
        let preprocess_ms = ms_since(start);

        let tokenizer = &self.checkpoint.tokenizer;
        let mut on_tokens = |tokens: &[u32]| -> Result<()> {
            on_token(&GeneratedSoFar { tokens, tokenizer });
            Ok(())
        };
        let eos = self.checkpoint.eos_token_ids();
        let run = run_prompt(
            &mut self.loaded.model,
            &ids,
            &processed,
            &self.device,
            &PromptRun {
                max_new_tokens: request.max_new_tokens,
                sampling: &sampling,
                eos_token_ids: &eos,
            },
            &mut on_tokens,
            stop,
        )?;
        let (tokens, stop_reason) = (run.tokens, run.stop);
        let timings = Timings {
            preprocess_ms,
            ..run.timings
        };
        let resized: Vec<ResizeInfo> = processed
            .iter()
            .map(|p| {
                ResizeInfo::new(
                    p.original_size.0,
                    p.original_size.1,
                    p.resized_size.0,
                    p.resized_size.1,
                )
            })
            .collect();

        Ok(InferenceOutput {
            text: self.decode(&tokens)?,
            prompt_tokens: ids.len(),
            image_tokens,
            stop_reason,
            image: resized.first().copied(),
            images: resized,
            image_tokens_per_image: tokens_per_image,
            tokens,
            timings,
            sampling,
        })
    }

    /// The decoding a request gets with this checkpoint's generation_config.
    pub fn sampling_for(&self, overrides: &SamplingOverrides, seed: Option<u64>) -> SamplingParams {
        SamplingParams::compose(
            &self.checkpoint.generation,
            overrides,
            seed.unwrap_or_else(fresh_seed),
        )
    }

    /// Logits of every prompt position, for parity checks against the reference.
    pub fn prefill_logits(
        &mut self,
        ids: &[u32],
        pixel_values: Option<(&Tensor, [usize; 3])>,
    ) -> Result<Tensor> {
        let grids: Vec<[usize; 3]> = pixel_values.iter().map(|(_, g)| *g).collect();
        let images = pixel_values
            .map(|(pixels, grid)| self.loaded.model.encode_image(pixels, grid))
            .transpose()?;
        let (logits, _) = self
            .loaded
            .model
            .prefill(ids, images.as_ref(), &grids, true)?;
        self.loaded.model.text_mut().clear_kv_cache();
        Ok(logits)
    }
}

/// The model from the memory-mapped checkpoint, and when `record`, the loader that kept every
/// placed tensor (for writing the cache).
fn load_from_checkpoint<'a>(
    checkpoint: &Checkpoint,
    options: &LoadOptions,
    main_layers: Option<usize>,
    processor: ImageProcessor,
    record: bool,
) -> Result<(LoadedModel, Weights<'a>)> {
    // SAFETY: the checkpoint files are mapped read-only and not modified while loaded.
    let vb = unsafe {
        VarBuilder::from_mmaped_safetensors(&checkpoint.weight_files, DType::F32, &Device::Cpu)
    }
    .with_context(|| format!("mapping the weights of {}", checkpoint.dir.display()))?;
    let weights = Weights::new(vb, options.precision, options.device.clone())
        .with_progress(progress_meter(checkpoint, options, LoadStage::Loading));
    let weights = if record { weights.recording() } else { weights };
    let built = LoadedModel::build(&checkpoint.config, &weights, main_layers, processor)
        .with_context(|| {
            format!(
                "loading the weights of {} (a tensor is missing or has the wrong shape)",
                checkpoint.dir.display()
            )
        })?;
    Ok((built, weights))
}

/// A progress meter for one stage of loading `checkpoint`: its exact weight bytes as placed
/// (packed where the CPU packs them), or as the cache stores them (Q8_0) when writing it.
fn progress_meter(
    checkpoint: &Checkpoint,
    options: &LoadOptions,
    stage: LoadStage,
) -> std::sync::Arc<ProgressMeter> {
    let bytes = memory::split_weight_bytes(
        &checkpoint.config,
        options.precision,
        options.gpu_layers,
        options.device.is_cpu() && stage != LoadStage::WritingCache,
    );
    options.progress.stage(stage, bytes.main + bytes.offloaded)
}

/// Loads from the cache at `path` when it matches the checkpoint; otherwise from the checkpoint,
/// writing the cache for the next start (a write failure is reported, not an error).
fn load_through_cache(
    checkpoint: &Checkpoint,
    options: &LoadOptions,
    main_layers: Option<usize>,
    processor: ImageProcessor,
    path: std::path::PathBuf,
) -> Result<LoadedModel> {
    let fingerprint = cache::Fingerprint::of(checkpoint)?;
    let rejected = match cache::open(&path, options.precision, &fingerprint) {
        Ok(file) => {
            let weights = Weights::prequantized(file, options.precision, options.device.clone())
                .with_progress(progress_meter(checkpoint, options, LoadStage::ReadingCache));
            match LoadedModel::build(&checkpoint.config, &weights, main_layers, processor.clone()) {
                Ok(built) => {
                    return Ok(LoadedModel {
                        cache: CacheStatus::Loaded { path },
                        ..built
                    })
                }
                Err(e) => Some(format!("it could not be loaded: {e}")),
            }
        }
        Err(cache::CacheMiss::Absent) => None,
        Err(cache::CacheMiss::Rejected(reason)) => Some(reason),
    };
    let (built, weights) = load_from_checkpoint(checkpoint, options, main_layers, processor, true)?;
    let written = cache::write(
        &path,
        options.precision,
        &fingerprint,
        &weights.placed_tensors(),
        &progress_meter(checkpoint, options, LoadStage::WritingCache),
    );
    let status = match (written, rejected) {
        (Ok(()), None) => CacheStatus::Written { path },
        (Ok(()), Some(reason)) => CacheStatus::Rebuilt { path, reason },
        (Err(e), rejected) => CacheStatus::WriteFailed {
            path,
            reason: match rejected {
                Some(reason) => format!("{e:#}; the old cache was rejected: {reason}"),
                None => format!("{e:#}"),
            },
        },
    };
    Ok(LoadedModel {
        cache: status,
        ..built
    })
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

/// When a query looks at whether to stop, and what tells it to.
#[derive(Clone, Copy)]
pub enum StopCheck<'a> {
    /// After each generated token only (a cancel: the token in progress is finished; the first
    /// comes out of the prefill).
    EachToken(&'a dyn Fn() -> bool),
    /// In every stage: before preprocessing, during the resize, before the vision tower (and
    /// each image's), before and after the prefill, and after each token.
    EveryStage(&'a dyn Fn() -> bool),
}

impl StopCheck<'_> {
    /// Never stops.
    pub const NEVER: StopCheck<'static> = StopCheck::EachToken(&|| false);

    fn between_stages(&self) -> bool {
        match self {
            StopCheck::EachToken(_) => false,
            StopCheck::EveryStage(stop) => stop(),
        }
    }

    fn each_token(&self) -> bool {
        match self {
            StopCheck::EachToken(stop) | StopCheck::EveryStage(stop) => stop(),
        }
    }

    /// The check for stages that poll it themselves (the resize).
    fn stage_check(&self) -> &dyn Fn() -> bool {
        match self {
            StopCheck::EachToken(_) => &|| false,
            StopCheck::EveryStage(stop) => *stop,
        }
    }
}

/// Vision -> prefill -> decode for prompt `ids` (image pads already expanded, one run per image)
/// and its images, in prompt order. `on_tokens` sees the answer tokens so far after each one;
/// `stop` is looked at as it says.
pub fn run_prompt(
    model: &mut VlModel,
    ids: &[u32],
    images: &[ProcessedImage],
    device: &Device,
    limits: &PromptRun,
    on_tokens: &mut dyn FnMut(&[u32]) -> Result<()>,
    stop: StopCheck,
) -> Result<PromptOutput> {
    anyhow::ensure!(
        limits.max_new_tokens > 0,
        "max_new_tokens must be at least 1"
    );
    let mut timings = Timings::default();
    let stopped = |timings: Timings| PromptOutput {
        tokens: Vec::new(),
        stop: StopReason::Cancelled,
        timings,
    };
    if stop.between_stages() {
        return Ok(stopped(timings));
    }
    let start = Instant::now();
    let grids: Vec<[usize; 3]> = images.iter().map(|p| p.grid_thw).collect();
    // One vision pass per image (each has its own grid and attention windows); the rows are
    // placed at the image runs in order.
    let mut embeds = Vec::with_capacity(images.len());
    for (index, p) in images.iter().enumerate() {
        if index > 0 && stop.between_stages() {
            return Ok(stopped(timings));
        }
        embeds.push(
            model
                .encode_image(&p.pixel_values, p.grid_thw)
                .map_err(typed_oom)
                .with_context(|| format!("vision tower, image {}", index + 1))?,
        );
    }
    let images = ImageFeatures::join(embeds).context("joining the image embeddings")?;
    sync(device)?;
    timings.vision_ms = ms_since(start);
    if stop.between_stages() {
        return Ok(stopped(timings));
    }

    let start = Instant::now();
    // The whole query's KV cache at once (written in place): the answer's last token needs no
    // cache entry.
    model
        .text_mut()
        .reserve_kv_cache(ids.len() + limits.max_new_tokens - 1);
    let (logits, rope) = model
        .prefill(ids, images.as_ref(), &grids, false)
        .map_err(typed_oom)
        .context("prefill")?;
    if stop.between_stages() {
        // The prefill filled the KV cache; the next query starts from an empty one.
        model.text_mut().clear_kv_cache();
        timings.prefill_ms = ms_since(start);
        return Ok(stopped(timings));
    }
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
        if stop.each_token() {
            break StopReason::Cancelled;
        }
        let position = (ids.len() + tokens.len() - 1) as i64 + rope.delta;
        let logits = model
            .decode_step(token, position)
            .map_err(typed_oom)
            .context("decode step")?;
        token = sampler.next(&logits.squeeze(0)?)?;
    };
    sync(device)?;
    timings.decode_ms = ms_since(start);
    model.text_mut().clear_kv_cache();
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

/// The device ran out of memory during a query: the engine frees the query's memory and can
/// serve the next one. Found in the chain of a query's error with `downcast_ref`.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct OutOfMemory(pub String);

/// A model error as [`OutOfMemory`] where the device said so (candle reports CUDA's
/// CUDA_ERROR_OUT_OF_MEMORY and a failed host allocation only in its message), else as it was.
fn typed_oom(error: candle_core::Error) -> anyhow::Error {
    let message = error.to_string();
    if message.to_ascii_lowercase().contains("out of memory") {
        OutOfMemory(message).into()
    } else {
        error.into()
    }
}
