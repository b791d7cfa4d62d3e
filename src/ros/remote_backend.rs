// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! The remote backend in the node: answers queued jobs with an OpenAI-compatible server
//! ([`crate::remote`]) instead of the local engine, one at a time, as a tokio task (nothing
//! blocks: the HTTP call is async). A job's cancel, deadline, caller going away or the node
//! shutting down drops the call, which closes its stream; the server's errors fail that job
//! alone, and the backend keeps serving (and keeps checking the server while idle, for
//! /diagnostics).
//!
//! Each call runs as a task of its own, aborted when the job stops: the job's deadline holds
//! even if the call should ever spend long between two yields (reading a hostile server's
//! stream, say), and the next job starts at once.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use tokio::sync::mpsc;

use super::backend::{
    GenerationProgress, GpuMemoryFigures, InferenceAnswer, InferenceError, InferenceJob,
    ModelState, SharedModelState,
};
use super::backend_status::{BackendStatus, RemoteStatus, SharedBackendStatus};
use crate::remote::{RemoteAnswer, RemoteBackend, RemoteConfig, RemoteError, TaskQuery};

/// How often an idle backend asks the server for its models (reachability on /diagnostics).
const IDLE_CHECK_PERIOD: Duration = Duration::from_secs(5);
/// The longest a models check may take (idle or before a query): a server that hangs must not
/// hold the queue for remote_timeout_ms.
const CHECK_TIMEOUT: Duration = Duration::from_secs(2);
/// How often a running job's stop conditions (cancel, caller gone, shutdown) are looked at.
const STOP_POLL: Duration = Duration::from_millis(20);
/// The call bounds each of its requests by remote_timeout_ms (the answer and, on the first
/// image query, the image token check: two); its task is aborted this much after two of them in
/// case it could not (it answers TimedOut either way). The job's own deadline aborts it sooner.
const CALL_ABORT_GRACE: Duration = Duration::from_millis(100);

/// Starts the backend task; it ends when every job sender is dropped.
pub fn spawn(
    config: RemoteConfig,
    model_state: SharedModelState,
    status: SharedBackendStatus,
    jobs: mpsc::Receiver<InferenceJob>,
    shutting_down: Arc<AtomicBool>,
    logger: String,
) -> tokio::task::JoinHandle<()> {
    tokio::spawn(run(
        config,
        model_state,
        status,
        jobs,
        shutting_down,
        logger,
    ))
}

/// The job's images as the remote query takes them: the one place that reads a job's image
/// field.
fn job_images(job: &InferenceJob) -> Vec<Arc<image::RgbImage>> {
    job.images
        .iter()
        .map(|image| Arc::clone(&image.rgb))
        .collect()
}

fn update(status: &SharedBackendStatus, change: impl FnOnce(&mut RemoteStatus)) {
    if let BackendStatus::Remote(remote) = &mut *super::lock(status) {
        change(remote);
    }
}

async fn run(
    config: RemoteConfig,
    model_state: SharedModelState,
    status: SharedBackendStatus,
    mut jobs: mpsc::Receiver<InferenceJob>,
    shutting_down: Arc<AtomicBool>,
    logger: String,
) {
    let url = config.display_url().to_string();
    *super::lock(&status) = BackendStatus::Remote(RemoteStatus {
        url: url.clone(),
        model: config.model.clone(),
        ..Default::default()
    });
    *super::lock(&model_state) = ModelState::Ready {
        model_id: config.model.clone(),
        model_family: config.family,
        quantization: "remote".into(),
        weight_bytes: 0,
        placement: format!("on the server at {url}"),
        cache: "none (remote backend)".into(),
        memory: GpuMemoryFigures::default(),
    };
    let backend = match RemoteBackend::new(config) {
        Ok(backend) => Arc::new(backend),
        Err(e) => {
            log_error!(&logger, "remote backend unavailable: {e}");
            *super::lock(&model_state) = ModelState::Unavailable {
                model_path: url,
                reason: e.to_string(),
            };
            while let Some(job) = jobs.recv().await {
                let _ = job.reply.send(Err(InferenceError::NoModel(e.to_string())));
            }
            return;
        }
    };
    log_info!(
        &logger,
        "remote backend: {} at {url} (images resized to at most {} pixels, sent as {}; thinking {})",
        backend.config().model,
        backend.config().max_pixels,
        backend.config().encoding,
        if backend.config().assistant_prefill {
            "by continuing an assistant message"
        } else {
            "not available"
        }
    );
    // Whether the server was seen serving remote_model since the last failure.
    let mut verified = check(&backend, &status, &logger, true).await.is_ok();
    let mut idle = tokio::time::interval(IDLE_CHECK_PERIOD);
    idle.tick().await;
    loop {
        let job = tokio::select! {
            job = jobs.recv() => match job {
                Some(job) => job,
                None => return,
            },
            _ = idle.tick() => {
                verified = check(&backend, &status, &logger, false).await.is_ok();
                continue;
            }
        };
        if job.reply.is_closed() {
            continue; // the caller gave up while the job waited
        }
        let started = Instant::now();
        if !verified {
            match check(&backend, &status, &logger, false).await {
                Ok(()) => verified = true,
                // A server serving one model may answer to any name (llama-server): refuse.
                Err(e @ RemoteError::UnknownModel { .. }) => {
                    log_warn!(&logger, "{} query failed: {e}", job.task.name());
                    update(&status, |s| {
                        s.queries_failed += 1;
                        s.last_error = e.to_string();
                    });
                    let _ = job.reply.send(Err(InferenceError::Failed(e.to_string())));
                    continue;
                }
                // Unreachable and the like: the query itself tries again and says why.
                Err(_) => {}
            }
        }
        let result = answer(&backend, &job, &shutting_down).await;
        let elapsed_ms = started.elapsed().as_secs_f64() * 1000.0;
        match &result {
            Ok(answered) => {
                if let Some(check) = &answered.image_check {
                    let text = check.describe();
                    if check.matches() == Some(false) {
                        log_warn!(&logger, "{text}");
                    } else {
                        log_info!(&logger, "{text}");
                    }
                    update(&status, |s| {
                        s.image_check = text;
                        s.image_check_failed = check.matches() == Some(false);
                    });
                }
                update(&status, |s| {
                    s.reachable = Some(true);
                    s.queries_answered += 1;
                    s.last_latency_ms = Some(elapsed_ms);
                    s.last_tokens_per_second = answered.tokens_per_second();
                });
            }
            Err(QueryFailure::Remote(e)) => {
                log_warn!(&logger, "{} query failed: {e}", job.task.name());
                let unreachable = matches!(
                    e,
                    RemoteError::Unreachable { .. }
                        | RemoteError::Dropped { .. }
                        | RemoteError::Broken { .. }
                        | RemoteError::UnknownModel { .. }
                );
                if unreachable {
                    verified = false;
                }
                update(&status, |s| {
                    s.queries_failed += 1;
                    s.last_latency_ms = Some(elapsed_ms);
                    s.last_error = e.to_string();
                    if matches!(e, RemoteError::Unreachable { .. }) {
                        s.reachable = Some(false);
                        s.last_contact = e.to_string();
                    }
                });
            }
            Err(QueryFailure::Stopped(cause)) => {
                // The call's task is aborted: its connection closes and the server stops.
                log_info!(
                    &logger,
                    "{} query stopped after {elapsed_ms:.0} ms ({cause}); its remote call was aborted",
                    job.task.name()
                );
            }
        }
        // remote_timeout_ms passing is a failure naming the server; the query's own deadline
        // is the TimedOut of every backend.
        let reply = result
            .map(|answered| to_inference_answer(answered, backend.config().family))
            .map_err(|failure| match failure {
                QueryFailure::Stopped(e) => e,
                QueryFailure::Remote(RemoteError::Refused(text)) => InferenceError::Refused(text),
                QueryFailure::Remote(e) => InferenceError::Failed(e.to_string()),
            });
        let _ = job.reply.send(reply);
    }
}

/// Asks the server for its models and updates the status; logs what it found when that changed
/// (or `always`). Ok when the server serves remote_model.
async fn check(
    backend: &RemoteBackend,
    status: &SharedBackendStatus,
    logger: &str,
    always: bool,
) -> Result<(), RemoteError> {
    let result = tokio::time::timeout(CHECK_TIMEOUT, backend.check_model())
        .await
        .unwrap_or_else(|_| {
            Err(RemoteError::TimedOut {
                url: backend.config().display_url().to_string(),
                after: CHECK_TIMEOUT,
            })
        });
    let (reachable, text) = match &result {
        Ok(()) => (true, format!("serves {}", backend.config().model)),
        Err(e @ RemoteError::UnknownModel { .. }) => (true, e.to_string()),
        Err(e) => (false, e.to_string()),
    };
    let mut changed = false;
    update(status, |s| {
        changed = s.last_contact != text;
        s.reachable = Some(reachable);
        s.last_contact = text.clone();
    });
    if always || changed {
        match &result {
            Ok(()) => log_info!(
                logger,
                "remote server {}: {text}",
                backend.config().display_url()
            ),
            Err(_) => log_warn!(logger, "{text}"),
        }
    }
    result
}

enum QueryFailure {
    /// Cancel, deadline, caller gone, shutdown.
    Stopped(InferenceError),
    Remote(RemoteError),
}

async fn answer(
    backend: &Arc<RemoteBackend>,
    job: &InferenceJob,
    shutting_down: &AtomicBool,
) -> Result<RemoteAnswer, QueryFailure> {
    let call = {
        let backend = Arc::clone(backend);
        let images = job_images(job);
        let (task, prompt, thinking) = (job.task, job.prompt.clone(), job.thinking);
        let (max_new_tokens, sampling, seed) = (job.max_new_tokens, job.sampling, job.seed);
        let progress = job.progress.clone();
        tokio::spawn(async move {
            let query = TaskQuery {
                task,
                text: &prompt,
                thinking: Some(thinking),
                images: images.iter().map(|image| &**image).collect(),
                max_new_tokens,
                sampling,
                seed,
            };
            backend
                .answer(&query, |text: &str, tokens| {
                    if let Some(progress) = &progress {
                        // No receiver left only means nobody watches the stream any more.
                        let _ = progress.send(GenerationProgress {
                            text: text.to_string(),
                            tokens,
                        });
                    }
                })
                .await
        })
    };
    let mut call = AbortOnDrop(call);
    let stopped = async {
        loop {
            if let Some(cause) = stop_cause(job, shutting_down) {
                return cause;
            }
            tokio::time::sleep(STOP_POLL).await;
        }
    };
    let timeout = backend.config().timeout;
    // Whichever comes first; aborting the call closes its connection, and the server stops.
    tokio::select! {
        joined = &mut call.0 => match joined {
            Ok(answered) => answered.map_err(QueryFailure::Remote),
            Err(e) => Err(QueryFailure::Remote(RemoteError::Broken {
                url: backend.config().display_url().to_string(),
                detail: format!("the call ended abnormally: {e}"),
            })),
        },
        cause = stopped => Err(QueryFailure::Stopped(cause)),
        () = tokio::time::sleep(2 * timeout + CALL_ABORT_GRACE) => {
            Err(QueryFailure::Remote(RemoteError::TimedOut {
                url: backend.config().display_url().to_string(),
                after: timeout,
            }))
        }
    }
}

/// Aborts the remote call's task when the job is done with it, however it ends.
struct AbortOnDrop<T>(tokio::task::JoinHandle<T>);

impl<T> Drop for AbortOnDrop<T> {
    fn drop(&mut self) {
        self.0.abort();
    }
}

/// Why a job must stop now, most decisive first (as the local backend decides).
fn stop_cause(job: &InferenceJob, shutting_down: &AtomicBool) -> Option<InferenceError> {
    if shutting_down.load(Ordering::Relaxed) {
        Some(InferenceError::ShuttingDown)
    } else if Instant::now() >= job.deadline {
        Some(InferenceError::TimedOut)
    } else if job.cancel.load(Ordering::Relaxed) {
        Some(InferenceError::Cancelled)
    } else if job.reply.is_closed() {
        Some(InferenceError::CallerGone)
    } else {
        None
    }
}

fn to_inference_answer(answered: RemoteAnswer, family: crate::models::Family) -> InferenceAnswer {
    InferenceAnswer {
        answer: answered.answer,
        prompt_tokens: answered.prompt_tokens,
        generated_tokens: answered.generated_tokens,
        preprocess_ms: answered.preprocess_ms as f32,
        // The server's vision encoder runs within its prompt processing.
        vision_ms: 0.0,
        prefill_ms: answered.prefill_ms as f32,
        decode_ms: answered.decode_ms as f32,
        model_id: answered.model_id,
        model_family: family,
        quantization: "remote".into(),
        sampling: answered.sampling,
    }
}
