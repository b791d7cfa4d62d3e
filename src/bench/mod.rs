// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! Benchmarks and memory checks (`robobrain bench`, `robobrain memcheck`): load a model at a
//! precision, run one prompt per image size, and report times and GPU memory as JSON.
//!
//! The model is a checkpoint folder or random weights at a released shape (`--random 3b`):
//! speed and memory depend on the shapes, not on the values.

pub mod random;

use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use candle_core::{DType, Device};
use candle_nn::VarBuilder;
use serde::Serialize;

use crate::engine::memory::{self, MemoryEstimate, QueryLimits};
use crate::engine::{
    run_prompt, CacheLocation, CacheStatus, Engine, LoadOptions, LoadedModel, PromptRun,
    SamplingParams, StopCheck, Timings,
};
use crate::measure::alloc;
use crate::measure::gpu::{GpuMonitor, GpuSnapshot, PeakSampler};
use crate::measure::host_memory;
use crate::models::{split_after, ModelConfig, Precision, VisionTiling, VlModel, Weights};
use crate::preprocess::image_processor::{ImageProcessor, ImageProcessorConfig};
use random::{preset_config, with_depth, RandomWeights};

/// Where the weights come from.
#[derive(Debug, Clone)]
pub enum ModelSource {
    Checkpoint(std::path::PathBuf),
    /// Random weights at a released shape (`3b`, `7b`), with `layers` decoder layers and
    /// vision blocks instead of the shape's (see [`with_depth`]).
    Random {
        shape: String,
        layers: Option<usize>,
    },
}

/// The model's tiles and chunks, when a measurement wants others than its defaults.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tiling {
    /// None = [`VisionTiling::default`].
    pub vision: Option<VisionTiling>,
    /// None = [`crate::models::PREFILL_CHUNK`].
    pub prefill_chunk: Option<usize>,
}

impl Tiling {
    fn apply(&self, model: &mut VlModel) -> candle_core::Result<()> {
        if let Some(vision) = self.vision {
            model.set_vision_tiling(vision)?;
        }
        if let Some(chunk) = self.prefill_chunk {
            model.text_mut().set_prefill_chunk(chunk)?;
        }
        Ok(())
    }
}

/// Text tokens around the image in benchmark prompts (anchors.md measured with 40).
pub const BENCH_TEXT_TOKENS: usize = 40;
/// RoboBrain 2.0's preprocessor limit (qwen_vl_utils' default max_pixels).
pub const QWEN_MAX_PIXELS: u64 = 12_845_056;

/// The image processor for random weights at `config`'s shape: its family's patch size, merge
/// and published pixel limits (the normalization is the default one: random weights make the
/// pixel values' scale irrelevant, only the shapes count).
pub fn random_processor_config(config: &ModelConfig) -> Result<ImageProcessorConfig> {
    let merge = config.spatial_merge_size();
    let (min_pixels, max_pixels) = config.family().default_pixel_limits();
    Ok(ImageProcessorConfig {
        patch_size: config.image_factor() / merge,
        merge_size: merge,
        ..ImageProcessorConfig::default()
    }
    .with_pixel_limits(Some(min_pixels), Some(max_pixels))?)
}

/// Where a measured model's weights go besides its precision and device.
#[derive(Debug, Clone, Default)]
pub struct Placement {
    /// Decoder layers on the device, the rest on the CPU; None = all.
    pub gpu_layers: Option<usize>,
    /// The int8 cache of a checkpoint (random weights have none).
    pub cache: CacheLocation,
    /// Tiles and chunks of the model's work (they bound the workspace).
    pub tiling: Tiling,
}

pub fn load(
    source: &ModelSource,
    precision: Precision,
    device: &Device,
    placement: &Placement,
) -> Result<LoadedModel> {
    let start = Instant::now();
    match source {
        ModelSource::Checkpoint(dir) => {
            let options = LoadOptions {
                gpu_layers: placement.gpu_layers,
                cache: placement.cache.clone(),
                ..LoadOptions::new(precision, device.clone())
            };
            let mut loaded = Engine::load(dir, &options)?.into_loaded();
            placement.tiling.apply(&mut loaded.model)?;
            Ok(loaded)
        }
        ModelSource::Random { shape, .. } => {
            let config = source_config(source)?;
            let vb = VarBuilder::from_backend(Box::new(RandomWeights), DType::F32, Device::Cpu);
            let weights = Weights::new(vb, precision, device.clone());
            let main_layers = split_after(placement.gpu_layers, config.num_layers())?;
            let processor = ImageProcessor::new(random_processor_config(&config)?);
            let mut loaded = LoadedModel::build(&config, &weights, main_layers, processor)
                .with_context(|| format!("building the random {shape} model at {precision}"))?;
            placement.tiling.apply(&mut loaded.model)?;
            loaded.load_seconds = start.elapsed().as_secs_f64();
            Ok(loaded)
        }
    }
}

pub fn source_config(source: &ModelSource) -> Result<ModelConfig> {
    match source {
        ModelSource::Checkpoint(dir) => Ok(crate::engine::Checkpoint::open(dir)?.config),
        ModelSource::Random { shape, layers } => {
            let config = preset_config(shape)?;
            match layers {
                Some(n) => with_depth(config, *n),
                None => Ok(config),
            }
        }
    }
}

/// A camera-like test frame: smooth colour ramps with a few edges.
pub fn synthetic_image(width: u32, height: u32) -> image::RgbImage {
    image::RgbImage::from_fn(width, height, |x, y| {
        let edge = if (x / 64 + y / 48) % 2 == 0 { 40 } else { 0 };
        image::Rgb([
            (x * 255 / width.max(1)) as u8,
            (y * 255 / height.max(1)) as u8,
            (((x + y) / 3) % 256) as u8 / 2 + edge,
        ])
    })
}

/// Prompt ids shaped like a real query: template text, the image, the question.
fn benchmark_ids(cfg: &ModelConfig, image_tokens: usize, text_tokens: usize) -> Vec<u32> {
    let tokens = cfg.tokens();
    // Ordinary vocabulary ids (below the special tokens); their values don't matter for speed.
    let ordinary = tokens.vision_start.max(2);
    let text = move |n: usize, offset: u32| (0..n as u32).map(move |i| (offset + i) % ordinary);
    let before = text_tokens / 2;
    let mut ids: Vec<u32> = text(before, 0).collect();
    ids.push(tokens.vision_start);
    ids.extend(std::iter::repeat_n(tokens.image, image_tokens));
    ids.push(tokens.vision_end);
    ids.extend(text(text_tokens - before, 7));
    ids
}

/// One prompt's figures.
#[derive(Debug, Clone, Serialize)]
pub struct ImageRun {
    pub image: String,
    pub image_tokens: usize,
    pub prompt_tokens: usize,
    pub new_tokens: usize,
    pub timings: Timings,
    /// vision + prefill: the time to the first token.
    pub prefill_with_vision_ms: f64,
    pub decode_tokens_per_second: f64,
    /// NVML: this process's GPU memory right after the run.
    pub process_mib_after: Option<u64>,
    #[serde(skip)]
    pub first_logits: Option<Vec<f32>>,
}

/// Runs the prompt for a `width` x `height` frame with greedy decoding of exactly `new_tokens`.
pub fn run_image(
    loaded: &mut LoadedModel,
    device: &Device,
    width: u32,
    height: u32,
    new_tokens: usize,
    monitor: &GpuMonitor,
) -> Result<ImageRun> {
    let frame = synthetic_image(width, height);
    let start = Instant::now();
    let processed = loaded.processor.preprocess(&frame)?;
    let ids = benchmark_ids(
        loaded.model.config(),
        processed.num_image_tokens,
        BENCH_TEXT_TOKENS,
    );
    let preprocess_ms = start.elapsed().as_secs_f64() * 1000.0;
    let limits = PromptRun {
        max_new_tokens: new_tokens,
        sampling: &SamplingParams::greedy(),
        eos_token_ids: &[],
    };
    let out = run_prompt(
        &mut loaded.model,
        &ids,
        std::slice::from_ref(&processed),
        device,
        &limits,
        &mut |_| Ok(()),
        StopCheck::NEVER,
    )
    .with_context(|| format!("running a {width}x{height} prompt"))?;
    let timings = Timings {
        preprocess_ms,
        ..out.timings
    };
    let decoded = out.tokens.len().saturating_sub(1) as f64;
    Ok(ImageRun {
        image: format!("{width}x{height}"),
        image_tokens: processed.num_image_tokens,
        prompt_tokens: ids.len(),
        new_tokens: out.tokens.len(),
        prefill_with_vision_ms: timings.vision_ms + timings.prefill_ms,
        decode_tokens_per_second: if timings.decode_ms > 0.0 {
            decoded / (timings.decode_ms / 1000.0)
        } else {
            0.0
        },
        process_mib_after: monitor.read().ok().and_then(|s| s.process_mib),
        timings,
        first_logits: None,
    })
}

/// Tensor operations one decoded token issues per decoder layer ([`crate::models::ops`]): a
/// decode step after a one-token prompt (the count does not depend on the context length).
pub fn decode_operations_per_layer(model: &mut VlModel) -> Result<f64> {
    model.text_mut().reserve_kv_cache(2);
    let mut step = |position: i64| -> Result<u64> {
        let before = model.text().layer_operations();
        model.decode_step(0, position)?;
        Ok(model.text().layer_operations() - before)
    };
    step(0)?;
    let ops = step(1)?;
    model.text_mut().clear_kv_cache();
    Ok(ops as f64 / model.text().num_layers() as f64)
}

/// Last-position prefill logits for the `width` x `height` benchmark prompt (for comparing
/// precisions on the same random model).
pub fn prompt_logits(loaded: &mut LoadedModel, width: u32, height: u32) -> Result<Vec<f32>> {
    let processed = loaded
        .processor
        .preprocess(&synthetic_image(width, height))?;
    let ids = benchmark_ids(
        loaded.model.config(),
        processed.num_image_tokens,
        BENCH_TEXT_TOKENS,
    );
    let images = loaded
        .model
        .encode_image(&processed.pixel_values, processed.grid_thw)?;
    let (logits, _) = loaded
        .model
        .prefill(&ids, Some(&images), &[processed.grid_thw], false)?;
    loaded.model.text_mut().clear_kv_cache();
    Ok(logits
        .flatten_all()?
        .to_device(&Device::Cpu)?
        .to_vec1::<f32>()?)
}

/// The heap's peaks over one query's stages on the CPU (live bytes as the counting allocator
/// sees them; the `robobrain` binary registers it), beside the plan's workspaces for the same
/// image and prompt. On the CPU every tensor is a heap allocation, so these are the CPU
/// counterparts of what the plan bounds on the GPU.
#[derive(Debug, Clone, Serialize)]
pub struct MeasuredStages {
    pub image: String,
    /// Live bytes when the query began: the loaded model and the rest of the process.
    pub baseline_bytes: usize,
    /// Peaks above the baseline: preprocessing and the vision tower, prefill, decode.
    pub vision_peak_bytes: usize,
    pub prefill_peak_bytes: usize,
    pub decode_peak_bytes: usize,
    /// The KV cache after prefill (within the prefill and decode peaks; the plan counts the
    /// cache apart from the workspace).
    pub prompt_kv_bytes: usize,
    /// max(vision peak, prefill peak - prompt KV): what the plan's workspace bounds.
    pub measured_workspace_bytes: usize,
    pub planned_vision_bytes: u64,
    pub planned_prefill_bytes: u64,
    pub planned_workspace_bytes: u64,
    /// measured / planned workspace.
    pub measured_over_planned: f64,
}

/// Runs the `width` x `height` benchmark prompt stage by stage with greedy decoding of
/// `new_tokens`, and measures each stage's heap peak (meaningful on the CPU with the counting
/// allocator registered; zeros otherwise).
pub fn measure_stages(
    loaded: &mut LoadedModel,
    width: u32,
    height: u32,
    new_tokens: usize,
    precision: Precision,
    gpu_layers: Option<usize>,
) -> Result<(ImageRun, MeasuredStages)> {
    let frame = synthetic_image(width, height);
    let baseline = alloc::reset_peak();
    let start = Instant::now();
    let processed = loaded.processor.preprocess(&frame)?;
    let cfg = loaded.model.config().clone();
    let ids = benchmark_ids(&cfg, processed.num_image_tokens, BENCH_TEXT_TOKENS);
    let preprocess_ms = start.elapsed().as_secs_f64() * 1000.0;
    let start = Instant::now();
    let images = loaded
        .model
        .encode_image(&processed.pixel_values, processed.grid_thw)
        .context("vision tower")?;
    let vision_ms = start.elapsed().as_secs_f64() * 1000.0;
    let vision_peak = alloc::peak_bytes().saturating_sub(baseline);

    alloc::reset_peak();
    let start = Instant::now();
    let (logits, rope) = loaded
        .model
        .prefill(&ids, Some(&images), &[processed.grid_thw], false)
        .context("prefill")?;
    let argmax = |logits: &candle_core::Tensor| -> Result<u32> {
        Ok(logits.squeeze(0)?.argmax(0)?.to_scalar::<u32>()?)
    };
    let mut tokens = vec![argmax(&logits)?];
    drop(logits);
    let prefill_ms = start.elapsed().as_secs_f64() * 1000.0;
    let prefill_peak = alloc::peak_bytes().saturating_sub(baseline);
    let decoder = cfg.decoder();
    let prompt_kv = loaded.model.text().cached_len()
        * decoder.num_layers
        * 2
        * decoder.kv_width()
        * precision.activation_dtype().size_in_bytes();

    alloc::reset_peak();
    let start = Instant::now();
    while tokens.len() < new_tokens {
        let position = (ids.len() + tokens.len() - 1) as i64 + rope.delta;
        let logits = loaded
            .model
            .decode_step(tokens[tokens.len() - 1], position)
            .context("decode step")?;
        tokens.push(argmax(&logits)?);
    }
    let decode_ms = start.elapsed().as_secs_f64() * 1000.0;
    let decode_peak = alloc::peak_bytes().saturating_sub(baseline);
    loaded.model.text_mut().clear_kv_cache();

    let factor = cfg.image_factor() as u64;
    let limits = QueryLimits {
        max_image_pixels: processed.num_image_tokens as u64 * factor * factor,
        max_text_tokens: ids.len() - processed.num_image_tokens,
        max_new_tokens: new_tokens,
    };
    let plan = memory::estimate(&cfg, precision, &limits, false, gpu_layers);
    let measured = vision_peak.max(prefill_peak.saturating_sub(prompt_kv));
    let timings = Timings {
        preprocess_ms,
        vision_ms,
        prefill_ms,
        decode_ms,
    };
    let run = ImageRun {
        image: format!("{width}x{height}"),
        image_tokens: processed.num_image_tokens,
        prompt_tokens: ids.len(),
        new_tokens: tokens.len(),
        timings,
        prefill_with_vision_ms: vision_ms + prefill_ms,
        decode_tokens_per_second: if decode_ms > 0.0 {
            (tokens.len() - 1) as f64 / (decode_ms / 1000.0)
        } else {
            0.0
        },
        process_mib_after: None,
        first_logits: None,
    };
    let stages = MeasuredStages {
        image: run.image.clone(),
        baseline_bytes: baseline,
        vision_peak_bytes: vision_peak,
        prefill_peak_bytes: prefill_peak,
        decode_peak_bytes: decode_peak,
        prompt_kv_bytes: prompt_kv,
        measured_workspace_bytes: measured,
        planned_vision_bytes: plan.vision_workspace,
        planned_prefill_bytes: plan.prefill_workspace,
        planned_workspace_bytes: plan.workspace,
        measured_over_planned: measured as f64 / plan.workspace.max(1) as f64,
    };
    Ok((run, stages))
}

/// ||a - b|| / ||b||.
pub fn relative_l2(a: &[f32], b: &[f32]) -> f64 {
    let (mut diff, mut norm) = (0f64, 0f64);
    for (x, y) in a.iter().zip(b) {
        diff += ((x - y) as f64).powi(2);
        norm += (*y as f64).powi(2);
    }
    (diff / norm.max(f64::MIN_POSITIVE)).sqrt()
}

/// The query limits a benchmark reaches: its largest image, its prompt, its answer length.
fn bench_limits(sizes: &[(u32, u32)], new_tokens: usize) -> QueryLimits {
    let largest = sizes
        .iter()
        .map(|&(w, h)| w as u64 * h as u64)
        .max()
        .unwrap_or(640 * 480);
    QueryLimits {
        max_image_pixels: largest,
        max_text_tokens: BENCH_TEXT_TOKENS + 2,
        max_new_tokens: new_tokens,
    }
}

/// Figures for one precision.
#[derive(Debug, Clone, Serialize)]
pub struct PrecisionReport {
    pub precision: Precision,
    pub load_seconds: f64,
    pub weight_bytes: usize,
    pub offloaded_weight_bytes: usize,
    pub cache: CacheStatus,
    pub estimate: MemoryEstimate,
    pub process_mib_after_load: Option<u64>,
    pub runs: Vec<ImageRun>,
    /// Highest process GPU memory NVML showed from loading to the end of the last run.
    pub peak_process_mib: Option<u64>,
    pub host: HostMemoryFigures,
    /// Last-position logits against the first precision benchmarked (relative L2), same prompt.
    pub logits_relative_error_vs_first: Option<f64>,
    /// NaN or infinite values among those logits (a broken kernel shows here first).
    pub logits_non_finite: Option<usize>,
    /// Tensor operations (kernel launches on a GPU) per decoded token and decoder layer.
    pub decode_operations_per_layer: f64,
}

pub struct BenchOptions {
    pub source: ModelSource,
    pub precisions: Vec<Precision>,
    pub device: Device,
    pub gpu_index: u32,
    pub sizes: Vec<(u32, u32)>,
    pub new_tokens: usize,
    pub compare_logits: bool,
    pub placement: Placement,
}

#[derive(Debug, Clone, Serialize)]
pub struct BenchReport {
    pub model: String,
    pub device: String,
    /// Threads candle's CPU kernels use (engine::threads).
    pub cpu_threads: usize,
    pub gpu_before: Option<GpuSnapshot>,
    pub gpu_note: Option<String>,
    pub results: Vec<PrecisionReport>,
}

pub fn bench(options: &BenchOptions) -> Result<BenchReport> {
    let monitor = GpuMonitor::open(options.gpu_index);
    let before = monitor.read();
    let config = source_config(&options.source)?;
    let on_gpu = options.device.is_cuda();
    let mut results: Vec<PrecisionReport> = Vec::new();
    let mut reference_logits: Option<Vec<f32>> = None;
    for &precision in &options.precisions {
        let sampler = PeakSampler::gpu(options.gpu_index, Duration::from_millis(5));
        let mut host = HostMemoryWatch::start();
        let mut loaded = load(
            &options.source,
            precision,
            &options.device,
            &options.placement,
        )?;
        options.device.synchronize()?;
        host.loaded();
        let (load_seconds, weight_bytes) = (loaded.load_seconds, loaded.weight_bytes);
        let (offloaded_weight_bytes, cache) = (loaded.offloaded_weight_bytes, loaded.cache.clone());
        let after_load = monitor.read().ok().and_then(|s| s.process_mib);
        let mut runs = Vec::new();
        if let Some(&(w, h)) = options.sizes.first() {
            // Warm-up: the first CUDA launches load kernels; don't time them.
            run_image(&mut loaded, &options.device, w, h, 2, &monitor)?;
        }
        for &(w, h) in &options.sizes {
            runs.push(run_image(
                &mut loaded,
                &options.device,
                w,
                h,
                options.new_tokens,
                &monitor,
            )?);
        }
        let (logits_error, logits_non_finite) = if options.compare_logits {
            let (w, h) = options.sizes.first().copied().unwrap_or((640, 480));
            let logits = prompt_logits(&mut loaded, w, h)?;
            let non_finite = logits.iter().filter(|v| !v.is_finite()).count();
            let error = match &reference_logits {
                Some(reference) => relative_l2(&logits, reference),
                None => {
                    reference_logits = Some(logits);
                    0.0
                }
            };
            (Some(error), Some(non_finite))
        } else {
            (None, None)
        };
        let decode_operations_per_layer = decode_operations_per_layer(&mut loaded.model)?;
        let limits = bench_limits(&options.sizes, options.new_tokens);
        drop(loaded);
        results.push(PrecisionReport {
            precision,
            load_seconds,
            weight_bytes,
            offloaded_weight_bytes,
            cache,
            estimate: memory::estimate(
                &config,
                precision,
                &limits,
                on_gpu,
                options.placement.gpu_layers,
            ),
            process_mib_after_load: after_load,
            runs,
            peak_process_mib: sampler.finish(),
            host: host.finish(),
            logits_relative_error_vs_first: logits_error,
            logits_non_finite,
            decode_operations_per_layer,
        });
    }
    Ok(BenchReport {
        cpu_threads: crate::engine::threads::cpu_threads(),
        model: describe(&options.source),
        device: format!("{:?}", options.device.location()),
        gpu_note: before.as_ref().err().cloned(),
        gpu_before: before.ok(),
        results,
    })
}

pub fn describe(source: &ModelSource) -> String {
    match source {
        ModelSource::Checkpoint(dir) => dir.display().to_string(),
        ModelSource::Random { shape, layers } => format!(
            "random weights, RoboBrain2.0-{} shape{}",
            shape.to_ascii_uppercase(),
            layers.map_or(String::new(), |n| format!(
                ", {n} decoder layers and vision blocks"
            ))
        ),
    }
}

/// Parses `640x480,1920x1080`.
pub fn parse_sizes(text: &str) -> Result<Vec<(u32, u32)>> {
    text.split(',')
        .map(|s| {
            let (w, h) = s
                .trim()
                .split_once('x')
                .with_context(|| format!("image size '{s}': expected WIDTHxHEIGHT"))?;
            Ok((
                w.parse().with_context(|| format!("width in '{s}'"))?,
                h.parse().with_context(|| format!("height in '{s}'"))?,
            ))
        })
        .collect()
}

/// `robobrain memcheck`: the GPU before loading, the plan, after loading, after one query per
/// image size, and the peak.
#[derive(Debug, Clone, Serialize)]
pub struct MemcheckReport {
    pub model: String,
    pub precision: Precision,
    pub gpu_before: Option<GpuSnapshot>,
    pub estimate: MemoryEstimate,
    /// The refusal (figures and remedies) when the plan says it will not fit.
    pub refused: Option<String>,
    pub gpu_after_load: Option<GpuSnapshot>,
    pub weight_bytes: usize,
    pub offloaded_weight_bytes: usize,
    pub cache: Option<CacheStatus>,
    pub load_seconds: f64,
    pub after_queries: Vec<(String, Option<GpuSnapshot>)>,
    pub runs: Vec<ImageRun>,
    pub peak_process_mib: Option<u64>,
    pub host: HostMemoryFigures,
    /// On the CPU with the counting allocator: the heap's peak while loading, above what was
    /// live before.
    pub measured_load_peak_bytes: Option<usize>,
    /// On the CPU with the counting allocator: heap bytes a first (warm-up) query left live.
    /// candle's x86 int8 kernels keep a repacked copy of a quantized weight once it is first
    /// multiplied with several rows, so this is about the size of the text weights there; the
    /// measured queries come after it, so that their peaks are workspace alone.
    pub measured_warm_up_retained_bytes: Option<usize>,
    /// On the CPU with the counting allocator: each query's stage peaks against the plan (the
    /// queries are then run stage by stage, greedy, to measure them).
    pub measured: Vec<MeasuredStages>,
    pub ok: bool,
}

/// Host RAM (resident anonymous MiB, so not the memory-mapped checkpoint) around a load: on a
/// GPU the weights pass through the host, and a robot's RAM is shared with everything else.
#[derive(Debug, Clone, Default, Serialize)]
pub struct HostMemoryFigures {
    pub anon_mib_before_load: Option<u64>,
    pub anon_mib_after_load: Option<u64>,
    /// Highest reading (sampled every 5 ms) from the start of loading to the end of the runs.
    pub peak_anon_mib: Option<u64>,
    /// The kernel's high-water mark of the whole resident set (mmap included), at the end.
    pub peak_rss_mib: Option<u64>,
}

/// Samples host memory from before a load to the end of the runs.
struct HostMemoryWatch {
    figures: HostMemoryFigures,
    sampler: PeakSampler,
}

impl HostMemoryWatch {
    fn start() -> Self {
        Self {
            figures: HostMemoryFigures {
                anon_mib_before_load: host_memory::read().map(|m| m.anon_mib),
                ..Default::default()
            },
            sampler: PeakSampler::host_anon(Duration::from_millis(5)),
        }
    }

    fn loaded(&mut self) {
        self.figures.anon_mib_after_load = host_memory::read().map(|m| m.anon_mib);
    }

    fn finish(self) -> HostMemoryFigures {
        HostMemoryFigures {
            peak_anon_mib: self.sampler.finish(),
            peak_rss_mib: host_memory::read().map(|m| m.peak_rss_mib),
            ..self.figures
        }
    }
}

pub fn memcheck(
    source: &ModelSource,
    precision: Precision,
    device: &Device,
    gpu_index: u32,
    sizes: &[(u32, u32)],
    new_tokens: usize,
    placement: &Placement,
) -> Result<MemcheckReport> {
    let monitor = GpuMonitor::open(gpu_index);
    let before = monitor.read().ok();
    let config = source_config(source)?;
    let limits = bench_limits(sizes, new_tokens);
    let estimate = memory::estimate(
        &config,
        precision,
        &limits,
        device.is_cuda(),
        placement.gpu_layers,
    );
    let mut report = MemcheckReport {
        model: describe(source),
        precision,
        gpu_before: before.clone(),
        estimate,
        refused: None,
        gpu_after_load: None,
        weight_bytes: 0,
        offloaded_weight_bytes: 0,
        cache: None,
        load_seconds: 0.0,
        after_queries: vec![],
        runs: vec![],
        peak_process_mib: None,
        host: HostMemoryFigures::default(),
        measured_load_peak_bytes: None,
        measured_warm_up_retained_bytes: None,
        measured: vec![],
        ok: false,
    };
    // NVML's free memory, else the CUDA driver's (no NVML on Jetson boards).
    let free_bytes = match &before {
        Some(gpu) => Some(gpu.free_bytes()),
        None => crate::measure::gpu::driver_memory(device).map(|(free, _)| free),
    };
    if let (true, Some(free_bytes)) = (device.is_cuda(), free_bytes) {
        if let Err(refusal) = memory::check_fit(
            &config,
            precision,
            &limits,
            free_bytes,
            placement.gpu_layers,
        ) {
            report.refused = Some(refusal.to_string());
            return Ok(report);
        }
    }
    let sampler = PeakSampler::gpu(gpu_index, Duration::from_millis(5));
    let mut host = HostMemoryWatch::start();
    // Heap figures mean device memory only on the CPU.
    let measuring = alloc::is_counting() && !device.is_cuda();
    let before_load = alloc::reset_peak();
    let mut loaded = load(source, precision, device, placement)?;
    device.synchronize()?;
    if measuring {
        report.measured_load_peak_bytes = Some(alloc::peak_bytes().saturating_sub(before_load));
        if let Some(&(w, h)) = sizes.first() {
            let before = alloc::live_bytes();
            measure_stages(&mut loaded, w, h, 2, precision, placement.gpu_layers)
                .context("warm-up query")?;
            report.measured_warm_up_retained_bytes =
                Some(alloc::live_bytes().saturating_sub(before));
        }
    }
    host.loaded();
    report.weight_bytes = loaded.weight_bytes;
    report.offloaded_weight_bytes = loaded.offloaded_weight_bytes;
    report.cache = Some(loaded.cache.clone());
    report.load_seconds = loaded.load_seconds;
    report.gpu_after_load = monitor.read().ok();
    for &(w, h) in sizes {
        let run = if measuring {
            let (run, stages) = measure_stages(
                &mut loaded,
                w,
                h,
                new_tokens,
                precision,
                placement.gpu_layers,
            )
            .with_context(|| format!("measuring a {w}x{h} prompt"))?;
            report.measured.push(stages);
            run
        } else {
            run_image(&mut loaded, device, w, h, new_tokens, &monitor)?
        };
        report
            .after_queries
            .push((run.image.clone(), monitor.read().ok()));
        report.runs.push(run);
    }
    drop(loaded);
    report.peak_process_mib = sampler.finish();
    report.host = host.finish();
    report.ok = true;
    Ok(report)
}
