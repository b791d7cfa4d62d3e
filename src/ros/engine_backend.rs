// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! The real inference backend: loads the checkpoint on a thread of its own (the ROS executor
//! never waits on the model), reports loading / ready / unavailable for /diagnostics, then
//! answers queued jobs one at a time. A job past its deadline, or whose caller went away, stops
//! generating after the current token; a failed query fails alone and the backend keeps serving.

use std::path::Path;
use std::sync::atomic::Ordering;
use std::time::Instant;

use tokio::sync::mpsc;

use super::backend::{
    BackendConfig, GenerationProgress, GpuMemoryFigures, InferenceAnswer, InferenceError,
    InferenceJob, ModelState, SharedModelState,
};
use crate::engine::memory::QueryLimits;
use crate::engine::plan::{decide_load, LoadRequest};
use crate::engine::{Engine, LoadOptions, ProgressSink};
use crate::measure::gpu::{GpuMonitor, PeakSampler};
use crate::tasks::{answer_locally, LocalAnswer, LocalError, LocalLimits, TaskQuery};

/// Starts the backend thread, logging through the ROS logger `logger`. It ends when every job
/// sender is dropped.
pub fn spawn(
    config: BackendConfig,
    state: SharedModelState,
    jobs: mpsc::Receiver<InferenceJob>,
    logger: String,
) -> std::io::Result<std::thread::JoinHandle<()>> {
    std::thread::Builder::new()
        .name("robobrain-engine".into())
        .spawn(move || run(config, state, jobs, &logger))
}

fn set(state: &SharedModelState, value: ModelState) {
    *super::lock(state) = value;
}

fn run(
    config: BackendConfig,
    state: SharedModelState,
    mut jobs: mpsc::Receiver<InferenceJob>,
    logger: &str,
) {
    let loaded = if config.model_path.is_empty() {
        set(&state, ModelState::NotConfigured);
        Err("model_path is not set: point it at a RoboBrain 2.0 checkpoint folder".to_string())
    } else {
        set(
            &state,
            ModelState::Loading {
                model_path: config.model_path.clone(),
                plan: String::new(),
                progress: String::new(),
            },
        );
        log_info!(
            logger,
            "loading {} ({}, {})",
            config.model_path,
            config.quantization,
            config.device
        );
        load(&config, &state, logger).map_err(|reason| {
            log_error!(logger, "model unavailable: {reason}");
            set(
                &state,
                ModelState::Unavailable {
                    model_path: config.model_path.clone(),
                    reason: reason.clone(),
                },
            );
            reason
        })
    };
    // Opened once: NVML figures after loading and after every query (none on the CPU).
    let gpu_monitor = loaded
        .as_ref()
        .is_ok_and(|(engine, _)| engine.device.is_cuda())
        .then(|| GpuMonitor::open(config.gpu_index));
    let (mut engine, planned_bytes) = match loaded {
        Ok(loaded) => {
            let (engine, _) = &loaded;
            let gpu = gpu_monitor.as_ref().and_then(|m| m.read().ok());
            if engine.loaded().cache.is_warning() {
                log_warn!(logger, "{}", engine.loaded().cache);
            } else {
                log_info!(logger, "{}", engine.loaded().cache);
            }
            log_info!(
                logger,
                "model ready in {:.1} s: {} at {} on {:?}{}, weights {:.2} GiB{}",
                engine.loaded().load_seconds,
                config.model_path,
                engine.precision,
                engine.device.location(),
                engine
                    .loaded()
                    .gpu_layers
                    .map_or_else(String::new, |n| format!(
                        " (first {n} decoder layers; the rest on the CPU, {:.2} GiB)",
                        engine.loaded().offloaded_weight_bytes as f64 / GIB
                    )),
                engine.loaded().weight_bytes as f64 / GIB,
                gpu.as_ref()
                    .map(|g| format!(
                        "; GPU {} used {} MiB, free {} MiB, this process {:?} MiB",
                        g.name, g.used_mib, g.free_mib, g.process_mib
                    ))
                    .unwrap_or_default()
            );
            let after_load = gpu.and_then(|g| g.process_mib);
            set(
                &state,
                ModelState::Ready {
                    model_id: model_id(&config.model_path),
                    model_family: engine.config().family(),
                    quantization: engine.precision.name().to_string(),
                    weight_bytes: engine.loaded().weight_bytes as u64,
                    placement: placement(engine),
                    cache: engine.loaded().cache.to_string(),
                    memory: GpuMemoryFigures {
                        planned_mib: loaded.1.map(|b| b >> 20),
                        after_load_mib: after_load,
                        after_last_query_mib: None,
                        peak_mib: after_load,
                    },
                },
            );
            loaded
        }
        Err(reason) => {
            while let Some(job) = jobs.blocking_recv() {
                let _ = job.reply.send(Err(InferenceError::NoModel(reason.clone())));
            }
            return;
        }
    };
    let model_id = model_id(&config.model_path);
    while let Some(job) = jobs.blocking_recv() {
        if job.reply.is_closed() {
            continue; // the caller gave up (cancelled, timed out, shutdown) while the job waited
        }
        let started = Instant::now();
        let sampler = gpu_monitor
            .as_ref()
            .map(|_| PeakSampler::gpu(config.gpu_index, PEAK_SAMPLING_PERIOD));
        let result = answer_catching_panics(&mut engine, &job, &model_id, &config, logger);
        match &result {
            Err(InferenceError::Refused(e)) => {
                log_info!(logger, "{} query refused: {e}", job.task.name());
            }
            Err(e) => log_warn!(logger, "{} query failed: {e}", job.task.name()),
            Ok(_) => {}
        }
        if let (Some(sampler), Some(monitor)) = (sampler, &gpu_monitor) {
            let peak = sampler.finish();
            let now = monitor.read().ok().and_then(|g| g.process_mib);
            log_info!(
                logger,
                "{} query {} in {:.0} ms; process GPU memory {} MiB after it, {} MiB at its peak (plan: {} MiB)",
                job.task.name(),
                if result.is_ok() { "answered" } else { "failed" },
                started.elapsed().as_secs_f64() * 1000.0,
                now.map_or("?".into(), |m| m.to_string()),
                peak.map_or("?".into(), |m| m.to_string()),
                planned_bytes.map_or("?".into(), |b| (b >> 20).to_string()),
            );
            record_query_memory(&state, now, peak);
        }
        let _ = job.reply.send(result);
    }
}

/// How often NVML is read while a query runs, for its peak.
const PEAK_SAMPLING_PERIOD: std::time::Duration = std::time::Duration::from_millis(20);

fn placement(engine: &Engine) -> String {
    let layers = engine.config().num_layers();
    let device = format!("{:?}", engine.device.location()).to_lowercase();
    match engine.loaded().gpu_layers {
        Some(n) => format!("first {n} of {layers} decoder layers on {device}, the rest on the CPU"),
        None => format!("all {layers} decoder layers on {device}"),
    }
}

fn record_query_memory(state: &SharedModelState, after: Option<u64>, peak: Option<u64>) {
    if let ModelState::Ready { memory, .. } = &mut *super::lock(state) {
        memory.after_last_query_mib = after.or(memory.after_last_query_mib);
        memory.peak_mib = memory.peak_mib.max(peak).max(after);
    }
}

/// The folder name: what users call the checkpoint (e.g. RoboBrain2.0-3B).
fn model_id(model_path: &str) -> String {
    Path::new(model_path).file_name().map_or_else(
        || model_path.to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

const GIB: f64 = (1u64 << 30) as f64;

/// Loads the checkpoint with the core's load policy ([`decide_load`]: device, `auto`, the fit
/// check on the GPU's free memory), after logging what it found. Errors are for people.
/// Returns the engine, and the memory plan's total when it was checked against a GPU.
fn load(
    config: &BackendConfig,
    state: &SharedModelState,
    logger: &str,
) -> Result<(Engine, Option<u64>), String> {
    let checkpoint =
        crate::engine::Checkpoint::open(&config.model_path).map_err(|e| e.to_string())?;
    let request = LoadRequest {
        quantization: config.quantization,
        device: config.device,
        gpu_layers: config.gpu_layers,
        limits: QueryLimits {
            max_image_pixels: config.max_image_pixels,
            max_text_tokens: config.max_prompt_tokens,
            max_new_tokens: config.max_new_tokens as usize,
        },
        gpu_index: config.gpu_index,
    };
    let decision = decide_load(&checkpoint, &request)?;
    for note in &decision.notes {
        if note.warning {
            log_warn!(logger, "{}", note.text);
        } else {
            log_info!(logger, "{}", note.text);
        }
    }
    let summary = decision.plan.summary();
    log_info!(logger, "memory plan {summary}");
    if let ModelState::Loading { plan, .. } = &mut *super::lock(state) {
        *plan = summary;
    }
    decision.check()?;
    let options = LoadOptions {
        max_image_pixels: Some(config.max_image_pixels),
        gpu_layers: decision.gpu_layers,
        cache: config.cache.clone(),
        progress: loading_progress(state, logger),
        ..LoadOptions::new(decision.precision, decision.device)
    };
    let engine = Engine::load_checkpoint(checkpoint, &options)
        .map_err(|e| format!("loading {} failed: {e:#}", config.model_path))?;
    let planned = decision
        .plan
        .fits
        .is_some()
        .then_some(decision.plan.estimate.total);
    Ok((engine, planned))
}

/// Loading progress on the Model status ("loading weights 42%: 1.6 of 3.7 GB, ...") at every
/// tensor, and in the log every 10%.
fn loading_progress(state: &SharedModelState, logger: &str) -> ProgressSink {
    let state = state.clone();
    let logger = logger.to_string();
    let logged = std::sync::Mutex::new((None, -1i64));
    ProgressSink::new(move |p| {
        let text = p.describe();
        if let ModelState::Loading { progress, .. } = &mut *super::lock(&state) {
            *progress = text.clone();
        }
        let tenth = (p.fraction() * 10.0).floor() as i64;
        let mut last = super::lock(&logged);
        if last.0 != Some(p.stage) || tenth > last.1 {
            *last = (Some(p.stage), tenth);
            log_info!(&logger, "{text}");
        }
    })
}

/// The error text for a failed query; an out-of-memory gets its remedies.
fn describe_failure(error: &anyhow::Error) -> String {
    let text = format!("{error:#}");
    if error.chain().any(|e| e.is::<crate::engine::OutOfMemory>()) {
        format!(
            "GPU out of memory while answering ({text}); the query's memory was freed and the \
             node keeps serving. Lower max_image_pixels or the query's max_new_tokens, or use \
             quantization int8"
        )
    } else {
        text
    }
}

/// [`answer`], with a panic anywhere in it turned into an error reply: the engine thread
/// survives and serves the next job (with an empty KV cache, whatever the panic left).
fn answer_catching_panics(
    engine: &mut Engine,
    job: &InferenceJob,
    model_id: &str,
    config: &BackendConfig,
    logger: &str,
) -> Result<InferenceAnswer, InferenceError> {
    let answered = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        answer(engine, job, model_id, config)
    }));
    answered.unwrap_or_else(|panic| {
        let reason = panic_message(&*panic);
        log_error!(
            logger,
            "{} query panicked in the engine: {reason}; the engine keeps serving",
            job.task.name()
        );
        engine.release_query_memory();
        Err(InferenceError::Failed(format!(
            "internal error in the engine ({reason}); the node keeps serving"
        )))
    })
}

/// The text of a panic's payload (a `&str` or `String` for `panic!` and `expect`).
pub fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic without a message".to_string())
}

fn answer(
    engine: &mut Engine,
    job: &InferenceJob,
    model_id: &str,
    config: &BackendConfig,
) -> Result<InferenceAnswer, InferenceError> {
    let should_stop = || {
        Instant::now() >= job.deadline
            || job.cancel.load(Ordering::Relaxed)
            || job.reply.is_closed()
            || config.shutting_down.load(Ordering::Relaxed)
    };
    if should_stop() {
        return Err(stop_cause(job, config));
    }
    let query = TaskQuery {
        task: job.task,
        text: &job.prompt,
        thinking: Some(job.thinking),
        images: job.images.iter().map(|i| &*i.rgb).collect(),
        max_new_tokens: job.max_new_tokens,
        sampling: job.sampling,
        seed: job.seed,
    };
    let limits = LocalLimits {
        max_prompt_tokens: Some(config.max_prompt_tokens),
    };
    let on_tokens = |generated: &crate::engine::GeneratedSoFar| {
        // Only a streamed query pays for decoding its text on every token. A decoding failure
        // skips this update; the final decode reports it as the query's error.
        if let (Some(progress), Ok(text)) = (&job.progress, generated.text()) {
            // No receiver left only means nobody watches the stream any more.
            let _ = progress.send(GenerationProgress {
                text,
                tokens: generated.tokens.len() as u32,
            });
        }
    };
    let LocalAnswer { answer, output, .. } =
        answer_locally(engine, &query, &limits, on_tokens, &should_stop).map_err(|e| match e {
            LocalError::Refused(reason) => InferenceError::Refused(reason),
            LocalError::Failed(e) => InferenceError::Failed(describe_failure(&e)),
        })?;
    if output.stop_reason == crate::engine::StopReason::Cancelled {
        return Err(stop_cause(job, config));
    }
    Ok(InferenceAnswer {
        answer,
        prompt_tokens: output.prompt_tokens as u32,
        generated_tokens: output.tokens.len() as u32,
        preprocess_ms: output.timings.preprocess_ms as f32,
        vision_ms: output.timings.vision_ms as f32,
        prefill_ms: output.timings.prefill_ms as f32,
        decode_ms: output.timings.decode_ms as f32,
        model_id: model_id.to_string(),
        model_family: engine.config().family(),
        quantization: engine.precision.name().to_string(),
        sampling: output.sampling,
    })
}

/// Why a job stopped early, most decisive first: the node is shutting down, its deadline
/// passed, its caller cancelled it, or its caller stopped waiting.
fn stop_cause(job: &InferenceJob, config: &BackendConfig) -> InferenceError {
    if config.shutting_down.load(Ordering::Relaxed) {
        InferenceError::ShuttingDown
    } else if Instant::now() >= job.deadline {
        InferenceError::TimedOut
    } else if job.cancel.load(Ordering::Relaxed) {
        InferenceError::Cancelled
    } else {
        InferenceError::CallerGone
    }
}
