// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! `robobrain`: the command line of the inference core (no ROS needed). `robobrain --help` and
//! `robobrain COMMAND --help` list everything; docs/cli.md has examples.
//!
//! - `infer`: one query; a summary for people, or `--json` (the answer, parsed geometry in
//!   original image pixels, token counts, the sampling used, per-stage timings).
//! - `plan`: will the model fit a GPU with this much free memory, with the node's defaults?
//!   No GPU needed. A summary, or `--json`; exit status 1 when it does not fit.
//! - `bench` and `memcheck`: measurements, always JSON (docs/benchmarks.md); memcheck exits
//!   non-zero when the model does not fit or anything fails. On the CPU, memcheck reports the
//!   heap's peak per stage (this binary counts its allocations) beside the planned workspace;
//!   `--layers N` makes reduced-depth random models, `--vision-tile`, `--vision-row-chunk` and
//!   `--prefill-chunk` measure other tiles and chunks than the model's.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};
use std::io::{self, IsTerminal, Write};

use clap::{Args, Parser, Subcommand};
use indicatif::{ProgressBar, ProgressStyle};
use robobrain::bench::{bench, memcheck, BenchOptions, ModelSource, Placement, Tiling};
use robobrain::engine::memory::QueryLimits;
use robobrain::engine::plan::{
    decide_load, plan_gpu, LoadRequest, PlanRequest, Quantization, NODE_DEFAULT_MAX_IMAGE_PIXELS,
    NODE_DEFAULT_MAX_NEW_TOKENS, NODE_MAX_TEXT_TOKENS,
};
use robobrain::engine::{
    CacheLocation, Checkpoint, DeviceSpec, Engine, InferenceOutput, LoadOptions, ProgressSink,
    SamplingOverrides,
};
use robobrain::measure::alloc::CountingAllocator;
use robobrain::models::{Precision, VisionTiling};
use robobrain::remote::{BackendKind, RemoteBackend, RemoteConfig, RemoteSettings};
use robobrain::tasks::annotate::{annotate, label_for};
use robobrain::tasks::{answer_locally, LocalAnswer, LocalLimits, Task, TaskAnswer, TaskQuery};

/// Counts live heap bytes so that `memcheck --device cpu` can report measured peaks; the
/// library itself leaves the allocator to the binary.
#[global_allocator]
static ALLOCATOR: CountingAllocator = CountingAllocator;

#[derive(Parser)]
#[command(
    name = "robobrain",
    version,
    about = "RoboBrain 2.0 and 2.5 in candle: queries, memory plans and benchmarks"
)]
struct Cli {
    /// Threads for the CPU's work (default: the cores this process may use, affinity and
    /// cgroup quota included).
    #[arg(long, global = true, value_name = "N", value_parser = at_least_one())]
    threads: Option<usize>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Ask the model one question about an image (or none, for task general).
    Infer(InferArgs),
    /// Check whether a model fits a GPU with this much free memory (no GPU needed).
    Plan(PlanArgs),
    /// Measure load time, memory and per-stage speed per precision and image size (JSON).
    Bench(BenchArgs),
    /// Load, answer one query per image size and report GPU memory at each step (JSON).
    Memcheck(MemcheckArgs),
}

/// Where the weights go.
#[derive(Args)]
struct PlacementArgs {
    /// The first N text decoder layers on the device, the rest on the CPU (slower; for a GPU
    /// too small for the whole model). Default: all.
    #[arg(long, value_name = "N")]
    gpu_layers: Option<usize>,
    /// Folder of the int8 cache (default: <model>/.robobrain-cache).
    #[arg(long, value_name = "DIR")]
    cache_dir: Option<PathBuf>,
    /// Neither read nor write the int8 cache.
    #[arg(long)]
    no_cache: bool,
}

impl PlacementArgs {
    fn placement(&self) -> Placement {
        Placement {
            gpu_layers: self.gpu_layers,
            cache: cache_location(!self.no_cache, self.cache_dir.as_deref()),
            tiling: Tiling::default(),
        }
    }
}

fn cache_location(enabled: bool, dir: Option<&Path>) -> CacheLocation {
    CacheLocation::from_options(
        enabled,
        &dir.map(|d| d.to_string_lossy()).unwrap_or_default(),
    )
}

/// A checkpoint folder, or random weights at a released shape. (Not a clap group: a struct's
/// group takes in every field, `--layers` too, which then could not go with `--random`.)
#[derive(Args)]
struct SourceArgs {
    /// A RoboBrain 2.0 or 2.5 checkpoint folder (Hugging Face layout).
    #[arg(
        long,
        value_name = "DIR",
        required_unless_present = "random",
        conflicts_with = "random"
    )]
    model: Option<PathBuf>,
    /// Random weights at a released shape: RoboBrain 2.0's 3b, 7b, RoboBrain 2.5's rb25-4b,
    /// rb25-8b.
    #[arg(long, value_name = "SHAPE", value_parser = robobrain::models::PRESETS.map(|(name, _)| name))]
    random: Option<String>,
    /// Random weights with N decoder layers and vision blocks (the released widths on a small
    /// machine; RoboBrain 2.0 keeps one full-attention vision block, 2.5 as many DeepStack
    /// blocks as fit).
    #[arg(long, value_name = "N", requires = "random", value_parser = at_least_one())]
    layers: Option<usize>,
}

impl SourceArgs {
    fn source(&self) -> ModelSource {
        match (&self.model, &self.random) {
            (Some(dir), _) => ModelSource::Checkpoint(dir.clone()),
            (None, Some(shape)) => ModelSource::Random {
                shape: shape.clone(),
                layers: self.layers,
            },
            (None, None) => unreachable!("clap requires one of --model and --random"),
        }
    }
}

#[derive(Args)]
struct InferArgs {
    /// A RoboBrain 2.0 or 2.5 checkpoint folder (the local backend).
    #[arg(long, value_name = "DIR")]
    model: Option<PathBuf>,
    /// local (the model of --model in this process) or remote (an OpenAI-compatible server).
    #[arg(long, default_value = "local")]
    backend: BackendKind,
    #[command(flatten)]
    remote: RemoteArgs,
    /// The question or object description.
    #[arg(long)]
    prompt: String,
    /// The image (PNG or JPEG); every task but general needs one.
    #[arg(long, value_name = "FILE")]
    image: Option<PathBuf>,
    /// general, pointing, affordance, trajectory or grounding.
    #[arg(long, default_value = "general")]
    task: Task,
    /// int8 (candle Q8_0), bf16, f16 or f32.
    #[arg(long, default_value = "int8")]
    precision: Precision,
    /// cpu, cuda or cuda:N (CUDA needs a build with the cuda feature).
    #[arg(long, default_value = "cpu")]
    device: DeviceSpec,
    #[arg(long, default_value_t = 256, value_parser = at_least_one())]
    max_new_tokens: usize,
    /// 0 = greedy (the default, as a service request's); above 0 samples at this temperature.
    #[arg(long, default_value_t = 0.0)]
    temperature: f64,
    /// Overrides the checkpoint's generation_config (0 = no limit).
    #[arg(long, value_name = "K")]
    top_k: Option<usize>,
    /// Overrides the checkpoint's generation_config, in (0, 1].
    #[arg(long, value_name = "P")]
    top_p: Option<f64>,
    /// Overrides the checkpoint's generation_config (> 0, 1 = off).
    #[arg(long, value_name = "R")]
    repetition_penalty: Option<f64>,
    /// Seed of the random draw (default: a fresh one, reported).
    #[arg(long)]
    seed: Option<u64>,
    /// The model's reasoning before its answer (slower).
    #[arg(long, value_parser = ["on", "off"], default_value = "off")]
    thinking: String,
    /// Caps the image size the model sees (pixels after resizing).
    #[arg(long, value_name = "PIXELS")]
    max_image_pixels: Option<u64>,
    /// Writes the image with the answer drawn on it.
    #[arg(long, value_name = "OUT.png")]
    annotate: Option<PathBuf>,
    /// Print the whole result as JSON.
    #[arg(long)]
    json: bool,
    #[command(flatten)]
    placement: PlacementArgs,
}

/// The remote backend's settings (as the node's remote_* parameters).
#[derive(Args)]
struct RemoteArgs {
    /// The server's OpenAI API base, up to /v1 (e.g. http://127.0.0.1:8080/v1).
    #[arg(long, value_name = "URL", default_value = "")]
    remote_url: String,
    /// The model name the server serves; its size (3B/7B/32B) decides thinking.
    #[arg(long, value_name = "NAME", default_value = "")]
    remote_model: String,
    /// The served model's model_type: qwen2_5_vl (RoboBrain 2.0) or qwen3_vl (RoboBrain 2.5).
    #[arg(long, value_name = "MODEL_TYPE", default_value = "qwen2_5_vl")]
    remote_model_family: String,
    /// NAME of the environment variable holding the API key.
    #[arg(long, value_name = "NAME", default_value = "")]
    remote_api_key_env: String,
    #[arg(long, value_name = "MS", default_value_t = 60_000)]
    remote_timeout_ms: u64,
    /// The server's image limit (its max_pixels); images are resized to its smart_resize size.
    #[arg(long, value_name = "PIXELS", default_value_t = robobrain::remote::config::DEFAULT_MAX_PIXELS)]
    remote_max_pixels: u64,
    /// png, jpeg or jpeg:QUALITY.
    #[arg(long, default_value = "png")]
    remote_image_encoding: String,
    /// Whether the server continues a final assistant message (RoboBrain's thinking switches).
    #[arg(long, value_parser = ["on", "off"], default_value = "on")]
    remote_assistant_prefill: String,
}

#[derive(Args)]
struct PlanArgs {
    #[command(flatten)]
    source: SourceArgs,
    /// GPU memory free for this process, in MiB (a whole 5.6 GiB card: 5734).
    #[arg(long, value_name = "MIB")]
    gpu_mib: u64,
    /// int8, bf16, f16, f32 or auto (the best that fits), as the node's quantization.
    #[arg(long, default_value = "int8")]
    precision: Quantization,
    /// As the node's max_image_pixels (the checkpoint's own limit applies when smaller).
    #[arg(long, value_name = "PIXELS", default_value_t = NODE_DEFAULT_MAX_IMAGE_PIXELS)]
    max_image_pixels: u64,
    /// As the node's max_new_tokens.
    #[arg(long, value_name = "T", default_value_t = NODE_DEFAULT_MAX_NEW_TOKENS, value_parser = at_least_one())]
    max_new_tokens: usize,
    /// As the node's gpu_layers (default: all, or auto's count).
    #[arg(long, value_name = "L")]
    gpu_layers: Option<usize>,
    /// Print the plan as JSON.
    #[arg(long)]
    json: bool,
}

/// What bench and memcheck share.
#[derive(Args)]
struct MeasureArgs {
    #[command(flatten)]
    source: SourceArgs,
    /// cpu, cuda or cuda:N.
    #[arg(long, default_value = "cpu")]
    device: DeviceSpec,
    /// Image sizes, WIDTHxHEIGHT, comma-separated.
    #[arg(long, value_delimiter = ',', value_parser = parse_size, default_value = "640x480,1920x1080")]
    sizes: Vec<(u32, u32)>,
    /// NVML index of the GPU to report on.
    #[arg(long, default_value_t = 0)]
    gpu: u32,
    /// Query rows per vision attention tile (default: the model's).
    #[arg(long, value_name = "N", value_parser = at_least_one())]
    vision_tile: Option<usize>,
    /// Patches per chunk of the vision tower's row-wise layers (default: the model's).
    #[arg(long, value_name = "N", value_parser = at_least_one())]
    vision_row_chunk: Option<usize>,
    /// Prompt tokens per prefill chunk (default: the model's).
    #[arg(long, value_name = "N", value_parser = at_least_one())]
    prefill_chunk: Option<usize>,
    #[command(flatten)]
    placement: PlacementArgs,
}

impl MeasureArgs {
    /// Where the weights go, with the tiles and chunks asked for.
    fn placement(&self) -> Placement {
        let defaults = VisionTiling::default();
        let vision =
            (self.vision_tile.is_some() || self.vision_row_chunk.is_some()).then(|| VisionTiling {
                attention_tile: self.vision_tile.unwrap_or(defaults.attention_tile),
                row_chunk: self.vision_row_chunk.unwrap_or(defaults.row_chunk),
            });
        Placement {
            tiling: Tiling {
                vision,
                prefill_chunk: self.prefill_chunk,
            },
            ..self.placement.placement()
        }
    }
}

#[derive(Args)]
struct BenchArgs {
    #[command(flatten)]
    measure: MeasureArgs,
    /// Precisions to compare, comma-separated.
    #[arg(long, value_delimiter = ',', default_value = "int8,bf16")]
    precision: Vec<Precision>,
    /// Tokens to generate per query.
    #[arg(long, default_value_t = 64, value_parser = at_least_one())]
    new_tokens: usize,
    /// Also compare each precision's logits with the first's.
    #[arg(long, value_parser = ["yes", "no"], default_value = "no")]
    compare_logits: String,
}

#[derive(Args)]
struct MemcheckArgs {
    #[command(flatten)]
    measure: MeasureArgs,
    #[arg(long, default_value = "int8")]
    precision: Precision,
    /// Tokens to generate per query.
    #[arg(long, default_value_t = 16, value_parser = at_least_one())]
    new_tokens: usize,
}

/// A count of tokens: 0 would generate nothing.
fn at_least_one() -> clap::builder::RangedU64ValueParser<usize> {
    clap::builder::RangedU64ValueParser::new().range(1..)
}

fn parse_size(text: &str) -> Result<(u32, u32), String> {
    let (w, h) = text
        .trim()
        .split_once('x')
        .ok_or_else(|| format!("image size '{text}': expected WIDTHxHEIGHT, e.g. 640x480"))?;
    let side = |s: &str| {
        s.parse::<u32>()
            .ok()
            .filter(|&n| n > 0)
            .ok_or_else(|| format!("image size '{text}': '{s}' is not a positive number"))
    };
    Ok((side(w)?, side(h)?))
}

/// `infer --backend remote`: the same task query, answered by the server.
fn infer_remote(args: &InferArgs) -> Result<serde_json::Value> {
    let remote = &args.remote;
    let settings = RemoteSettings {
        url: &remote.remote_url,
        model: &remote.remote_model,
        family: &remote.remote_model_family,
        api_key_env: &remote.remote_api_key_env,
        timeout: std::time::Duration::from_millis(remote.remote_timeout_ms),
        max_pixels: args
            .max_image_pixels
            .map_or(remote.remote_max_pixels, |cap| {
                cap.min(remote.remote_max_pixels)
            }),
        encoding: &remote.remote_image_encoding,
        assistant_prefill: remote.remote_assistant_prefill == "on",
    };
    let config = RemoteConfig::from_settings(&settings, &|name| std::env::var(name).ok())?;
    let image = read_image(args)?;
    let backend = RemoteBackend::new(config)?;
    let query = args.query(image.as_ref())?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context("starting the async runtime")?;
    // A server that serves one model may answer to any name (llama-server): check the name.
    runtime.block_on(backend.check_model())?;
    let answered = runtime.block_on(backend.answer(&query, |_, _| {}))?;
    if let Some(check) = &answered.image_check {
        eprintln!("note: {}", check.describe());
    }
    if let (Some(path), Some(image)) = (&args.annotate, &image) {
        annotate(image, &answered.answer, &label_for(&answered.answer))
            .save(path)
            .with_context(|| format!("writing the annotated image {}", path.display()))?;
    }
    Ok(serde_json::json!({
        "backend": "remote",
        "remote_url": backend.config().display_url(),
        "model": answered.model_id,
        "task": args.task.name(),
        "raw_output": answered.raw_text,
        "result": answered.answer,
        "prompt_tokens": answered.prompt_tokens,
        "generated_tokens": answered.generated_tokens,
        "sampling": answered.sampling,
        "images_sent": answered.resizes,
        "image_token_check": answered.image_check.as_ref().map(|c| serde_json::json!({
            "expected": c.expected, "counted": c.counted, "matches": c.matches(),
            "probe_error": c.probe_error,
        })),
        "timings_ms": {
            "preprocess_ms": answered.preprocess_ms,
            "prefill_ms": answered.prefill_ms,
            "decode_ms": answered.decode_ms,
        },
        "decode_tokens_per_second": answered.tokens_per_second(),
    }))
}

impl InferArgs {
    /// The query these arguments ask, for either backend: greedy unless asked, as a service
    /// request's default (the checkpoint's top_k, top_p and repetition_penalty apply unless
    /// overridden: SamplingParams::compose); thinking off unless asked (reasoning costs
    /// hundreds of tokens, and the service's default is off too).
    fn query<'a>(&'a self, image: Option<&'a image::RgbImage>) -> Result<TaskQuery<'a>> {
        let sampling = SamplingOverrides {
            temperature: Some(self.temperature),
            top_k: self.top_k,
            top_p: self.top_p,
            repetition_penalty: self.repetition_penalty,
        };
        sampling.validate()?;
        Ok(TaskQuery {
            task: self.task,
            text: &self.prompt,
            thinking: Some(self.thinking == "on"),
            images: image.into_iter().collect(),
            max_new_tokens: u32::try_from(self.max_new_tokens).unwrap_or(u32::MAX),
            sampling,
            seed: self.seed,
        })
    }
}

fn read_image(args: &InferArgs) -> Result<Option<image::RgbImage>> {
    match &args.image {
        Some(path) => Ok(Some(
            image::open(path)
                .with_context(|| format!("reading image {}", path.display()))?
                .to_rgb8(),
        )),
        None if args.task.requires_image() => {
            anyhow::bail!("task {} needs an image (--image FILE)", args.task)
        }
        None => Ok(None),
    }
}

/// `infer --backend remote`'s answer for a person.
fn print_remote_answer(out: &mut dyn Write, json: &serde_json::Value) -> io::Result<()> {
    let result = &json["result"];
    writeln!(
        out,
        "answer: {}",
        result["answer_text"].as_str().unwrap_or_default()
    )?;
    if let Some(thinking) = result["thinking_text"].as_str() {
        writeln!(out, "thinking: {thinking}")?;
    }
    for key in ["points", "trajectory", "boxes"] {
        if let Some(items) = result[key].as_array().filter(|a| !a.is_empty()) {
            writeln!(
                out,
                "{key} (image pixels): {}",
                serde_json::Value::from(items.clone())
            )?;
        }
    }
    if let Some(error) = result["parse_error"].as_str() {
        writeln!(out, "not parsed: {error}")?;
    }
    writeln!(
        out,
        "tokens: {} prompt, {} generated; server {} at {}",
        json["prompt_tokens"],
        json["generated_tokens"],
        json["model"].as_str().unwrap_or_default(),
        json["remote_url"].as_str().unwrap_or_default()
    )?;
    Ok(())
}

fn infer(args: &InferArgs) -> Result<(InferenceOutput, TaskAnswer, serde_json::Value)> {
    let model_dir = args
        .model
        .as_ref()
        .context("the local backend needs --model DIR (or use --backend remote)")?;
    let image = read_image(args)?;
    // Checked before loading: a bad sampling value is refused at once.
    let query = args.query(image.as_ref())?;
    let checkpoint = Checkpoint::open(model_dir)?;
    // The node's load policy: the device, the CPU's precision, the fit check on a GPU.
    let decision = decide_load(
        &checkpoint,
        &LoadRequest {
            quantization: Quantization::Fixed(args.precision),
            device: args.device,
            gpu_layers: args.placement.gpu_layers,
            limits: QueryLimits {
                max_image_pixels: args.max_image_pixels.unwrap_or(u64::MAX),
                max_text_tokens: NODE_MAX_TEXT_TOKENS,
                max_new_tokens: args.max_new_tokens,
            },
            gpu_index: 0,
        },
    )
    .map_err(anyhow::Error::msg)?;
    for note in &decision.notes {
        eprintln!("note: {}", note.text);
    }
    decision.check().map_err(anyhow::Error::msg)?;
    let precision = decision.precision;
    let (progress, bar) = terminal_progress();
    let options = LoadOptions {
        max_image_pixels: args.max_image_pixels,
        gpu_layers: decision.gpu_layers,
        cache: args.placement.placement().cache,
        progress,
        ..LoadOptions::new(precision, decision.device)
    };
    let loaded = Engine::load_checkpoint(checkpoint, &options);
    bar.finish_and_clear();
    let mut engine = loaded.with_context(|| format!("loading model {}", model_dir.display()))?;
    let LocalAnswer { answer, output, .. } = answer_locally(
        &mut engine,
        &query,
        &LocalLimits::default(),
        |_| {},
        &|| false,
    )?;
    if let Some(path) = &args.annotate {
        let image = image
            .as_ref()
            .context("--annotate needs an image (--image FILE)")?;
        annotate(image, &answer, &label_for(&answer))
            .save(path)
            .with_context(|| format!("writing the annotated image {}", path.display()))?;
    }
    let family = engine.config().family();
    let json = serde_json::json!({
        "model": model_dir,
        "family": family,
        "robobrain_release": family.robobrain_release(),
        "precision": precision.name(),
        "device": args.device.to_string(),
        "cpu_threads": robobrain::engine::threads::cpu_threads(),
        "task": args.task.name(),
        "raw_output": output.text,
        "result": answer,
        "tokens": output.tokens,
        "prompt_tokens": output.prompt_tokens,
        "image_tokens": output.image_tokens,
        "generated_tokens": output.tokens.len(),
        "stop_reason": output.stop_reason,
        "sampling": output.sampling,
        "image": output.image,
        "timings_ms": output.timings,
        "decode_tokens_per_second": output.decode_tokens_per_second(),
        "load_seconds": engine.loaded().load_seconds,
        "weight_bytes": engine.loaded().weight_bytes,
        "offloaded_weight_bytes": engine.loaded().offloaded_weight_bytes,
        "gpu_layers": engine.loaded().gpu_layers,
        "cache": engine.loaded().cache,
    });
    Ok((output, answer, json))
}

/// A progress bar on stderr for loading, quantizing and the int8 cache, when stderr is a
/// terminal (nothing otherwise, so piped JSON and logs stay clean).
fn terminal_progress() -> (ProgressSink, ProgressBar) {
    if !std::io::stderr().is_terminal() {
        return (ProgressSink::default(), ProgressBar::hidden());
    }
    let bar = ProgressBar::new(0).with_style(
        ProgressStyle::with_template(
            "{msg:24} [{bar:30}] {bytes}/{total_bytes} {binary_bytes_per_sec}, {eta} left",
        )
        .expect("a valid template")
        .progress_chars("=> "),
    );
    let shown = bar.clone();
    let sink = ProgressSink::new(move |p| {
        if shown.message() != p.stage.describe() {
            // A new stage: its own total, from zero.
            shown.set_message(p.stage.describe());
            shown.reset();
        }
        shown.set_length(p.bytes_total);
        shown.set_position(p.bytes_done.min(p.bytes_total));
    });
    (sink, bar)
}

/// `infer`'s answer for a person.
fn print_answer(
    out: &mut dyn Write,
    output: &InferenceOutput,
    answer: &TaskAnswer,
) -> io::Result<()> {
    writeln!(out, "answer: {}", answer.answer_text)?;
    if let Some(thinking) = &answer.thinking_text {
        writeln!(out, "thinking: {thinking}")?;
    }
    let points = |ps: &[robobrain::tasks::Point]| {
        ps.iter()
            .map(|p| format!("({:.1}, {:.1})", p.x, p.y))
            .collect::<Vec<_>>()
            .join(" ")
    };
    if !answer.points.is_empty() {
        writeln!(out, "points (image pixels): {}", points(&answer.points))?;
    }
    if !answer.trajectory.is_empty() {
        writeln!(
            out,
            "trajectory (image pixels): {}",
            points(&answer.trajectory)
        )?;
    }
    for b in &answer.boxes {
        writeln!(
            out,
            "box (image pixels): ({:.1}, {:.1}) - ({:.1}, {:.1})",
            b.x1, b.y1, b.x2, b.y2
        )?;
    }
    if let Some(error) = &answer.parse_error {
        writeln!(out, "not parsed: {error}")?;
    }
    let s = &output.sampling;
    writeln!(
        out,
        "tokens: {} prompt ({} image), {} generated, stopped by {}",
        output.prompt_tokens,
        output.image_tokens,
        output.tokens.len(),
        output.stop_reason
    )?;
    writeln!(
        out,
        "sampling: temperature {}, top_k {}, top_p {}, repetition_penalty {}, seed {}",
        s.temperature,
        s.top_k.map_or("off".to_string(), |k| k.to_string()),
        s.top_p.map_or("off".to_string(), |p| p.to_string()),
        s.repetition_penalty,
        s.seed
    )?;
    let t = &output.timings;
    writeln!(
        out,
        "time: preprocess {:.0} ms, vision {:.0} ms, prefill {:.0} ms, decode {:.0} ms ({:.1} tokens/s)",
        t.preprocess_ms,
        t.vision_ms,
        t.prefill_ms,
        t.decode_ms,
        output.decode_tokens_per_second()
    )?;
    Ok(())
}

fn plan(args: &PlanArgs) -> Result<robobrain::engine::plan::MemoryPlan> {
    let source = args.source.source();
    let config = robobrain::bench::source_config(&source)?;
    // The largest image the model will really see: the cap or the checkpoint's own max_pixels
    // (for random weights, the family's published limit).
    let max_image_pixels = match &source {
        ModelSource::Checkpoint(dir) => {
            Checkpoint::open(dir)?.max_image_pixels(Some(args.max_image_pixels))
        }
        ModelSource::Random { .. } => args
            .max_image_pixels
            .min(config.family().default_pixel_limits().1),
    };
    Ok(plan_gpu(
        &config,
        &PlanRequest {
            quantization: args.precision,
            gpu_layers: args.gpu_layers,
            limits: QueryLimits {
                max_image_pixels,
                max_text_tokens: NODE_MAX_TEXT_TOKENS,
                max_new_tokens: args.max_new_tokens,
            },
            free_bytes: Some(args.gpu_mib << 20),
        },
    ))
}

/// `plan`'s figures for a person.
fn print_plan(
    out: &mut dyn Write,
    plan: &robobrain::engine::plan::MemoryPlan,
    gpu_mib: u64,
) -> io::Result<()> {
    writeln!(out, "memory plan {}", plan.summary())?;
    writeln!(
        out,
        "auto would choose: {} ({})",
        plan.auto.precision, plan.auto.reason
    )?;
    match &plan.refusal {
        None => writeln!(
            out,
            "fits in {gpu_mib} MiB (with {} MiB kept free)",
            plan.headroom_bytes.unwrap_or(0) >> 20
        ),
        Some(refusal) => writeln!(out, "{refusal}"),
    }
}

/// Writing the output failed (stdout closed or full), as opposed to the command failing.
#[derive(Debug, thiserror::Error)]
#[error("writing the output: {0}")]
struct OutputError(io::Error);

fn print_json(out: &mut dyn Write, value: &serde_json::Value) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value)?;
    writeln!(out)
}

/// Runs the command, its output to `out`.
fn run(cli: Cli, out: &mut dyn Write) -> Result<ExitCode> {
    match cli.command {
        Command::Infer(args) if args.backend == BackendKind::Remote => {
            let json = infer_remote(&args)?;
            if args.json {
                print_json(out, &json).map_err(OutputError)?;
            } else {
                print_remote_answer(out, &json).map_err(OutputError)?;
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Infer(args) => {
            let (output, answer, json) = infer(&args)?;
            if args.json {
                print_json(out, &json).map_err(OutputError)?;
            } else {
                print_answer(out, &output, &answer).map_err(OutputError)?;
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Plan(args) => {
            let plan = plan(&args)?;
            if args.json {
                print_json(out, &plan.to_json()).map_err(OutputError)?;
            } else {
                print_plan(out, &plan, args.gpu_mib).map_err(OutputError)?;
            }
            Ok(if plan.fits == Some(true) {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            })
        }
        Command::Bench(args) => {
            let m = &args.measure;
            let options = BenchOptions {
                source: m.source.source(),
                precisions: args.precision.clone(),
                device: m.device.open()?,
                gpu_index: m.gpu,
                sizes: m.sizes.clone(),
                new_tokens: args.new_tokens,
                compare_logits: args.compare_logits == "yes",
                placement: m.placement(),
            };
            print_json(out, &serde_json::to_value(bench(&options)?)?).map_err(OutputError)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Memcheck(args) => {
            let m = &args.measure;
            let report = memcheck(
                &m.source.source(),
                args.precision,
                &m.device.open()?,
                m.gpu,
                &m.sizes,
                args.new_tokens,
                &m.placement(),
            )?;
            let ok = report.ok;
            print_json(out, &serde_json::to_value(report)?).map_err(OutputError)?;
            if !ok {
                eprintln!("memcheck: the model does not fit (see \"refused\")");
            }
            Ok(if ok {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            })
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    robobrain::quant::KernelOptions::from_env().install();
    robobrain::engine::threads::configure_cpu_threads(cli.threads);
    // The output goes to a stdout that may be closed (`| head -1`: the rest is not wanted, a
    // quiet exit) or full (an error).
    let mut code = ExitCode::SUCCESS;
    let written = robobrain::cli::write_stdout(|out| {
        match run(cli, out) {
            Ok(status) => code = status,
            Err(e) => match e.downcast::<OutputError>() {
                Ok(OutputError(e)) => return Err(e),
                Err(e) => {
                    eprintln!("error: {e:#}");
                    code = ExitCode::FAILURE;
                }
            },
        }
        Ok(())
    });
    match written {
        Ok(()) => code,
        Err(e) => {
            eprintln!("error: writing the output: {e}");
            ExitCode::FAILURE
        }
    }
}
