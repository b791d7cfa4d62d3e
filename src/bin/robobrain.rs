//! `robobrain`: the command line of the inference core (no ROS needed).
//!
//!     robobrain infer --model DIR [--image FILE] --prompt TEXT [--task general|pointing|...]
//!                     [--precision int8|bf16|f16|f32] [--device cpu|cuda:0] [--max-new-tokens N]
//!                     [--temperature T] [--top-k K] [--top-p P] [--repetition-penalty R]
//!                     [--seed S] [--thinking on|off] [--max-image-pixels N] [--annotate OUT.png]
//!
//!     robobrain bench (--model DIR | --random 3b|7b) [--precision int8,bf16] [--device cuda:0]
//!                     [--sizes 640x480,1920x1080] [--new-tokens 64] [--gpu 0] [--compare-logits yes]
//!     robobrain memcheck (--model DIR | --random 3b|7b) [--precision int8] [--device cuda:0]
//!                     [--sizes 640x480,1920x1080] [--new-tokens 16] [--gpu 0]
//!
//! `bench` and `memcheck` also take `--layers N` (random weights with N decoder layers and
//! vision blocks, for the released widths on a small machine) and `--vision-tile N`,
//! `--vision-row-chunk N`, `--prefill-chunk N` (the model's tiles and chunks, to measure
//! others than the defaults). On the CPU, memcheck reports the heap's peak per stage (this
//! binary counts its allocations) beside the planned workspace.
//!
//! All three take `--gpu-layers N` (the first N decoder layers on the device, the rest on the
//! CPU), `--cache-dir DIR` (where the int8 cache goes; default `<model>/.robobrain-cache`) and
//! `--no-cache` (neither read nor write it).
//!
//! Each prints one JSON object. `infer`: the answer, parsed points/boxes/trajectory in original
//! image pixels, token counts and per-stage timings. `bench`: load time, weight bytes, GPU
//! memory (NVML) and per-stage times per precision and image size. `memcheck`: GPU memory
//! before and after loading and after one query per image size; exits non-zero when the model
//! does not fit or anything fails.

use std::collections::HashMap;
use std::process::ExitCode;
use std::sync::atomic::AtomicBool;

use anyhow::{bail, Context, Result};
use robobrain::engine::bench::{
    bench, memcheck, parse_sizes, BenchOptions, ModelSource, Placement, Tiling,
};
use robobrain::engine::{
    parse_device, CacheLocation, ChatPrompt, Engine, InferenceRequest, LoadOptions,
    SamplingOverrides,
};
use robobrain::measure::alloc::CountingAllocator;
use robobrain::model::vision::VisionTiling;
use robobrain::model::Precision;
use robobrain::tasks::annotate::{annotate, label_for};
use robobrain::tasks::{build_prompt, interpret, ModelSize, Task, ThinkingMode};

/// Counts live heap bytes so that `memcheck --device cpu` can report measured peaks; the
/// library itself leaves the allocator to the binary.
#[global_allocator]
static ALLOCATOR: CountingAllocator = CountingAllocator;

const USAGE: &str = "usage:
  robobrain bench (--model DIR | --random 3b|7b) [--precision int8,bf16] [--device cpu|cuda:N]
                  [--sizes 640x480,1920x1080] [--new-tokens 64] [--gpu 0] [--compare-logits yes|no]
  robobrain memcheck (--model DIR | --random 3b|7b) [--precision int8] [--device cpu|cuda:N]
                  [--sizes 640x480,1920x1080] [--new-tokens 16] [--gpu 0]
bench and memcheck: [--layers N (random weights: N decoder layers and vision blocks)]
           [--vision-tile N] [--vision-row-chunk N] [--prefill-chunk N] (tiles and chunks)
  robobrain infer --model DIR --prompt TEXT [--image FILE] [--task general|pointing|affordance|trajectory|grounding]
                  [--precision int8|bf16|f16|f32] [--device cpu|cuda:N] [--max-new-tokens N]
                  [--temperature T (0 = greedy, the default)] [--top-k K] [--top-p P] [--repetition-penalty R]
                  (each of these three overrides the checkpoint's generation_config)
                  [--seed S (default: a fresh one, reported)] [--thinking on|off] [--max-image-pixels N]
                  [--annotate OUT.png (the image with the answer drawn on it)]
all three: [--gpu-layers N (first N decoder layers on the device, the rest on the CPU)]
           [--cache-dir DIR (int8 cache folder; default DIR/.robobrain-cache)] [--no-cache]";

/// Options that take no value.
const SWITCHES: [&str; 1] = ["no-cache"];
/// Options every command takes: where the weights go.
const PLACEMENT_OPTIONS: [&str; 3] = ["gpu-layers", "cache-dir", "no-cache"];

/// `--name value` pairs after the subcommand.
fn parse_flags(args: &[String]) -> Result<HashMap<String, String>> {
    let mut flags = HashMap::new();
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let name = arg
            .strip_prefix("--")
            .with_context(|| format!("unexpected argument '{arg}'\n{USAGE}"))?;
        if SWITCHES.contains(&name) {
            flags.insert(name.to_string(), "yes".to_string());
            continue;
        }
        let value = it
            .next()
            .with_context(|| format!("--{name} needs a value\n{USAGE}"))?;
        flags.insert(name.to_string(), value.clone());
    }
    Ok(flags)
}

fn flag<T: std::str::FromStr>(flags: &HashMap<String, String>, name: &str, default: T) -> Result<T>
where
    T::Err: std::fmt::Display,
{
    match flags.get(name) {
        None => Ok(default),
        Some(v) => v.parse().map_err(|e| anyhow::anyhow!("--{name} {v}: {e}")),
    }
}

fn optional<T: std::str::FromStr>(flags: &HashMap<String, String>, name: &str) -> Result<Option<T>>
where
    T::Err: std::fmt::Display,
{
    flags
        .get(name)
        .map(|v| v.parse().map_err(|e| anyhow::anyhow!("--{name} {v}: {e}")))
        .transpose()
}

/// `--gpu-layers`, `--cache-dir` and `--no-cache`.
fn placement(flags: &HashMap<String, String>) -> Result<Placement> {
    Ok(Placement {
        gpu_layers: flags
            .get("gpu-layers")
            .map(|v| v.parse())
            .transpose()
            .context("--gpu-layers takes a number of decoder layers")?,
        cache: CacheLocation::from_options(
            !flags.contains_key("no-cache"),
            flags.get("cache-dir").map_or("", String::as_str),
        ),
        tiling: Tiling::default(),
    })
}

/// `placement` with `--vision-tile`, `--vision-row-chunk` and `--prefill-chunk`.
fn measured_placement(flags: &HashMap<String, String>) -> Result<Placement> {
    let rows_flag = |name: &str| -> Result<Option<usize>> {
        match optional(flags, name)? {
            Some(0) => bail!("--{name} 0: tiles and chunks need at least one row"),
            other => Ok(other),
        }
    };
    let tile = rows_flag("vision-tile")?;
    let rows = rows_flag("vision-row-chunk")?;
    let defaults = VisionTiling::default();
    let vision = (tile.is_some() || rows.is_some()).then(|| VisionTiling {
        attention_tile: tile.unwrap_or(defaults.attention_tile),
        row_chunk: rows.unwrap_or(defaults.row_chunk),
    });
    Ok(Placement {
        tiling: Tiling {
            vision,
            prefill_chunk: rows_flag("prefill-chunk")?,
        },
        ..placement(flags)?
    })
}

fn infer(flags: &HashMap<String, String>) -> Result<serde_json::Value> {
    check_known(
        flags,
        &[
            PLACEMENT_OPTIONS.as_slice(),
            &[
                "model",
                "image",
                "prompt",
                "task",
                "precision",
                "device",
                "max-new-tokens",
                "temperature",
                "top-k",
                "top-p",
                "repetition-penalty",
                "seed",
                "annotate",
                "thinking",
                "max-image-pixels",
            ],
        ]
        .concat(),
    )?;
    let model_dir = flags
        .get("model")
        .with_context(|| format!("--model DIR is required\n{USAGE}"))?;
    let text = flags
        .get("prompt")
        .with_context(|| format!("--prompt TEXT is required\n{USAGE}"))?;
    let task: Task = flag(flags, "task", Task::General)?;
    let precision: Precision = flag(flags, "precision", Precision::Int8)?;
    let device = parse_device(flags.get("device").map_or("cpu", String::as_str))?;
    let max_new_tokens: usize = flag(flags, "max-new-tokens", 256)?;
    // Greedy unless asked, as a service request's default; the checkpoint's top_k, top_p and
    // repetition_penalty apply unless overridden (SamplingParams::compose).
    let sampling = SamplingOverrides {
        temperature: Some(flag(flags, "temperature", 0.0)?),
        top_k: optional(flags, "top-k")?,
        top_p: optional(flags, "top-p")?,
        repetition_penalty: optional(flags, "repetition-penalty")?,
    };
    sampling.validate()?;
    let seed: Option<u64> = optional(flags, "seed")?;
    // Off unless asked: reasoning costs hundreds of tokens, and the service's default is off too.
    let thinking = match flags.get("thinking").map(String::as_str) {
        Some("on") => Some(true),
        None | Some("off") => Some(false),
        Some(other) => bail!("--thinking {other}: expected on or off"),
    };
    let max_image_pixels = flags
        .get("max-image-pixels")
        .map(|v| v.parse())
        .transpose()
        .context("--max-image-pixels")?;

    let image = match flags.get("image") {
        Some(path) => Some(
            image::open(path)
                .with_context(|| format!("reading image {path}"))?
                .to_rgb8(),
        ),
        None if task.requires_image() => bail!("task {task} needs an image (--image FILE)"),
        None => None,
    };

    let placement = placement(flags)?;
    let options = LoadOptions {
        max_image_pixels,
        gpu_layers: placement.gpu_layers,
        cache: placement.cache,
        ..LoadOptions::new(precision, device)
    };
    let mut engine =
        Engine::load(model_dir, &options).with_context(|| format!("loading model {model_dir}"))?;
    let size = ModelSize::from_text_hidden_size(engine.model.config.text.hidden_size);
    let mode = ThinkingMode::resolve(size, thinking);
    let task_prompt = build_prompt(task, text, mode)?;
    let request = InferenceRequest {
        image: image.as_ref(),
        prompt: ChatPrompt {
            user_text: &task_prompt.user_text,
            assistant_prefix: task_prompt.assistant_prefix,
            ..Default::default()
        },
        max_new_tokens,
        sampling,
        seed,
    };
    let output = engine.generate(&request, |_| {}, &AtomicBool::new(false))?;
    let resize = output.resize_info();
    let answer = interpret(task, &output.text, mode, &resize);
    if let Some(path) = flags.get("annotate") {
        let image = image
            .as_ref()
            .context("--annotate needs an image (--image FILE)")?;
        annotate(image, &answer, &label_for(&answer))
            .save(path)
            .with_context(|| format!("writing the annotated image {path}"))?;
    }
    Ok(serde_json::json!({
        "model": model_dir,
        "precision": precision.name(),
        "device": flags.get("device").map_or("cpu", String::as_str),
        "task": task.name(),
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
        "load_seconds": engine.load_seconds,
        "weight_bytes": engine.weight_bytes,
        "offloaded_weight_bytes": engine.offloaded_weight_bytes,
        "gpu_layers": engine.gpu_layers,
        "cache": engine.cache,
    }))
}

fn check_known(flags: &HashMap<String, String>, known: &[&str]) -> Result<()> {
    match flags.keys().find(|k| !known.contains(&k.as_str())) {
        Some(unknown) => bail!("unknown option --{unknown}\n{USAGE}"),
        None => Ok(()),
    }
}

fn model_source(flags: &HashMap<String, String>) -> Result<ModelSource> {
    match (flags.get("model"), flags.get("random")) {
        (Some(_), None) if flags.contains_key("layers") => {
            bail!("--layers is for --random weights only\n{USAGE}")
        }
        (Some(dir), None) => Ok(ModelSource::Checkpoint(dir.into())),
        (None, Some(shape)) => Ok(ModelSource::Random {
            shape: shape.clone(),
            layers: optional(flags, "layers")?,
        }),
        _ => bail!("give exactly one of --model DIR or --random 3b|7b\n{USAGE}"),
    }
}

fn precisions(flags: &HashMap<String, String>, default: &str) -> Result<Vec<Precision>> {
    flags
        .get("precision")
        .map_or(default, String::as_str)
        .split(',')
        .map(|p| p.parse().map_err(|e: String| anyhow::anyhow!(e)))
        .collect()
}

/// Options `bench` and `memcheck` share.
const MEASURE_OPTIONS: [&str; 11] = [
    "model",
    "random",
    "precision",
    "device",
    "sizes",
    "new-tokens",
    "gpu",
    "layers",
    "vision-tile",
    "vision-row-chunk",
    "prefill-chunk",
];

fn bench_command(flags: &HashMap<String, String>) -> Result<serde_json::Value> {
    let mut known = [MEASURE_OPTIONS.as_slice(), &PLACEMENT_OPTIONS].concat();
    known.push("compare-logits");
    check_known(flags, &known)?;
    let options = BenchOptions {
        source: model_source(flags)?,
        precisions: precisions(flags, "int8,bf16")?,
        device: parse_device(flags.get("device").map_or("cpu", String::as_str))?,
        gpu_index: flag(flags, "gpu", 0)?,
        sizes: parse_sizes(
            flags
                .get("sizes")
                .map_or("640x480,1920x1080", String::as_str),
        )?,
        new_tokens: flag(flags, "new-tokens", 64)?,
        compare_logits: flags.get("compare-logits").is_some_and(|v| v == "yes"),
        placement: measured_placement(flags)?,
    };
    Ok(serde_json::to_value(bench(&options)?)?)
}

/// `memcheck`'s report, and whether the check passed.
fn memcheck_command(flags: &HashMap<String, String>) -> Result<(serde_json::Value, bool)> {
    check_known(
        flags,
        &[MEASURE_OPTIONS.as_slice(), &PLACEMENT_OPTIONS].concat(),
    )?;
    let precision = *precisions(flags, "int8")?.first().context("--precision")?;
    let report = memcheck(
        &model_source(flags)?,
        precision,
        &parse_device(flags.get("device").map_or("cpu", String::as_str))?,
        flag(flags, "gpu", 0)?,
        &parse_sizes(
            flags
                .get("sizes")
                .map_or("640x480,1920x1080", String::as_str),
        )?,
        flag(flags, "new-tokens", 16)?,
        &measured_placement(flags)?,
    )?;
    let ok = report.ok;
    Ok((serde_json::to_value(report)?, ok))
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("infer") => parse_flags(&args[1..]).and_then(|f| infer(&f)),
        Some("bench") => parse_flags(&args[1..]).and_then(|f| bench_command(&f)),
        Some("memcheck") => match parse_flags(&args[1..]).and_then(|f| memcheck_command(&f)) {
            Ok((json, ok)) => {
                println!(
                    "{}",
                    serde_json::to_string_pretty(&json).expect("JSON values serialize")
                );
                if !ok {
                    eprintln!("memcheck: the model does not fit (see \"refused\")");
                }
                return if ok {
                    ExitCode::SUCCESS
                } else {
                    ExitCode::FAILURE
                };
            }
            Err(e) => Err(e),
        },
        Some("-h" | "--help" | "help") | None => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Some(other) => Err(anyhow::anyhow!("unknown command '{other}'\n{USAGE}")),
    };
    match result {
        Ok(json) => {
            println!(
                "{}",
                serde_json::to_string_pretty(&json).expect("JSON values serialize")
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}
