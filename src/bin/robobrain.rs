//! `robobrain`: the command line of the inference core (no ROS needed).
//!
//!     robobrain infer --model DIR [--image FILE] --prompt TEXT [--task general|pointing|...]
//!                     [--precision int8|bf16|f16|f32] [--device cpu|cuda:0] [--max-new-tokens N]
//!                     [--temperature T] [--seed S] [--thinking on|off] [--max-image-pixels N]
//!
//! Prints one JSON object: the answer, parsed points/boxes/trajectory in original image pixels,
//! token counts and per-stage timings.

use std::collections::HashMap;
use std::process::ExitCode;
use std::sync::atomic::AtomicBool;

use anyhow::{bail, Context, Result};
use robobrain::engine::{
    parse_device, ChatPrompt, Engine, InferenceRequest, LoadOptions, SamplingParams,
};
use robobrain::model::Precision;
use robobrain::tasks::{build_prompt, interpret, ModelSize, ResizeInfo, Task, ThinkingMode};

const USAGE: &str = "usage:
  robobrain infer --model DIR --prompt TEXT [--image FILE] [--task general|pointing|affordance|trajectory|grounding]
                  [--precision int8|bf16|f16|f32] [--device cpu|cuda:N] [--max-new-tokens N]
                  [--temperature T (0 = greedy)] [--seed S] [--thinking on|off] [--max-image-pixels N]";

/// `--name value` pairs after the subcommand.
fn parse_flags(args: &[String]) -> Result<HashMap<String, String>> {
    let mut flags = HashMap::new();
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let name = arg
            .strip_prefix("--")
            .with_context(|| format!("unexpected argument '{arg}'\n{USAGE}"))?;
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

fn infer(flags: &HashMap<String, String>) -> Result<serde_json::Value> {
    let known = [
        "model",
        "image",
        "prompt",
        "task",
        "precision",
        "device",
        "max-new-tokens",
        "temperature",
        "seed",
        "thinking",
        "max-image-pixels",
    ];
    if let Some(unknown) = flags.keys().find(|k| !known.contains(&k.as_str())) {
        bail!("unknown option --{unknown}\n{USAGE}");
    }
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
    let temperature: f64 = flag(flags, "temperature", 0.0)?;
    let seed: u64 = flag(flags, "seed", 0)?;
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

    let options = LoadOptions {
        precision,
        device,
        max_image_pixels,
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
        sampling: SamplingParams {
            temperature,
            seed,
            ..SamplingParams::greedy()
        },
    };
    let output = engine.generate(&request, |_, _| {}, &AtomicBool::new(false))?;
    let resize = output
        .image
        .map(|g| {
            ResizeInfo::new(
                g.original_width,
                g.original_height,
                g.resized_width,
                g.resized_height,
            )
        })
        .unwrap_or_default();
    let answer = interpret(task, &output.text, mode, &resize);
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
        "image": output.image,
        "timings_ms": output.timings,
        "decode_tokens_per_second": output.decode_tokens_per_second(),
        "load_seconds": engine.load_seconds,
        "weight_bytes": engine.weight_bytes,
    }))
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("infer") => parse_flags(&args[1..]).and_then(|f| infer(&f)),
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
