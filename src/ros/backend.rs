// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! The boundary between the node and the inference engine.
//!
//! The query handler sends fully validated [`InferenceJob`]s over a bounded channel
//! ([`BackendHandle`]); a backend task answers each on the job's oneshot `reply`. The node knows
//! nothing of the model beyond these types.
//!
//! The backend itself is [`super::engine_backend`]: the model on a thread of its own, or
//! [`super::remote_backend`] (`backend: remote`): an OpenAI-compatible server.

use std::sync::atomic::AtomicBool;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use tokio::sync::{mpsc, oneshot, watch};

use crate::tasks::{Task, TaskAnswer};

/// A decoded image and where it came from.
#[derive(Debug, Clone)]
pub struct JobImage {
    /// Shared: the annotated copy for `~/annotated` is drawn on it after the model is done.
    pub rgb: Arc<image::RgbImage>,
    /// Stamp and frame_id of the source frame; copied into the result.
    pub header: r2r::std_msgs::msg::Header,
    /// The camera topic it came from, or "inline".
    pub camera: String,
}

/// One query, checked and ready for the model.
#[derive(Debug)]
pub struct InferenceJob {
    pub task: Task,
    pub prompt: String,
    pub thinking: bool,
    /// Already resolved: never 0.
    pub max_new_tokens: u32,
    /// The node's parameters with the request's fields on top; the backend composes them with
    /// the checkpoint's generation_config.
    pub sampling: crate::engine::SamplingOverrides,
    /// None = a fresh seed.
    pub seed: Option<u64>,
    /// The backend should give up (and reply [`InferenceError::TimedOut`]) after this instant;
    /// the handler stops waiting then anyway.
    pub deadline: Instant,
    /// The images of the prompt, in order: one for every task but `general`, which may have
    /// several (its `cameras` list) or none (a text-only question). The answer's geometry refers
    /// to the first.
    pub images: Vec<JobImage>,
    /// Set by the caller (an action's cancel request) to stop generation after the current token.
    pub cancel: Arc<AtomicBool>,
    /// When set, the backend sends the text generated so far after every token (action feedback).
    pub progress: Option<watch::Sender<GenerationProgress>>,
    pub reply: oneshot::Sender<Result<InferenceAnswer, InferenceError>>,
}

/// What a streaming query has generated so far.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GenerationProgress {
    /// Everything generated so far, reasoning included, as decoded text.
    pub text: String,
    pub tokens: u32,
}

/// What the model produced; the parsed answer's geometry is in original image pixels.
#[derive(Debug, Clone, PartialEq)]
pub struct InferenceAnswer {
    pub answer: TaskAnswer,
    pub prompt_tokens: u32,
    pub generated_tokens: u32,
    pub preprocess_ms: f32,
    pub vision_ms: f32,
    pub prefill_ms: f32,
    pub decode_ms: f32,
    pub model_id: String,
    /// The model's family (its `model_type`).
    pub model_family: crate::models::Family,
    pub quantization: String,
    /// The decoding used, seed included.
    pub sampling: crate::engine::SamplingParams,
}

/// Why the backend did not answer.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum InferenceError {
    #[error("no model loaded: {0}")]
    NoModel(String),
    /// The request asked for more than the node allows (the text names the limit); the model
    /// did not run.
    #[error("{0}")]
    Refused(String),
    #[error("inference failed: {0}")]
    Failed(String),
    #[error("inference timed out")]
    TimedOut,
    #[error("cancelled by the caller")]
    Cancelled,
    /// The caller stopped waiting (a service client's own deadline) before its deadline.
    #[error("the caller went away")]
    CallerGone,
    #[error("node shutting down")]
    ShuttingDown,
}

/// The model's state, for the "Model" diagnostic status. Written by the backend.
#[derive(Debug, Clone, PartialEq)]
pub enum ModelState {
    /// model_path is empty.
    NotConfigured,
    Loading {
        model_path: String,
        /// The memory plan once computed (empty before): what the model will need.
        plan: String,
        /// How far loading is ("loading weights 42%: 1.6 of 3.7 GB, ..."), empty before.
        progress: String,
    },
    Ready {
        model_id: String,
        model_family: crate::models::Family,
        quantization: String,
        weight_bytes: u64,
        /// Where the decoder layers are (all on the device, or the first N).
        placement: String,
        /// What the int8 cache did at load.
        cache: String,
        memory: GpuMemoryFigures,
    },
    /// The lifecycle's cleanup (or shutdown) dropped the model: the node is unconfigured.
    Released { model_path: String },
    /// Configured but cannot serve; the reason says why.
    Unavailable { model_path: String, reason: String },
}

/// This process's GPU memory (NVML) around loading and queries, in MiB; `None` where NVML gave
/// no figure (no NVIDIA GPU, or the model runs on the CPU).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GpuMemoryFigures {
    /// The memory plan's total before loading.
    pub planned_mib: Option<u64>,
    pub after_load_mib: Option<u64>,
    pub after_last_query_mib: Option<u64>,
    /// The highest reading since loading (sampled while each query runs).
    pub peak_mib: Option<u64>,
}

pub type SharedModelState = Arc<Mutex<ModelState>>;

/// What the node configured for the backend.
#[derive(Debug, Clone)]
pub struct BackendConfig {
    pub model_path: String,
    pub quantization: crate::engine::plan::Quantization,
    pub device: crate::engine::DeviceSpec,
    /// Decoder layers on the GPU, the rest on the CPU; None = all (or auto's choice).
    pub gpu_layers: Option<usize>,
    /// Where the int8 cache is kept, or that there is none.
    pub cache: crate::engine::CacheLocation,
    pub gpu_index: u32,
    /// Sizes the memory plan: the longest answer a query may ask for.
    pub max_new_tokens: u32,
    pub max_image_pixels: u64,
    /// Longest prompt text in tokens; also sizes the memory plan's text.
    pub max_prompt_tokens: usize,
    /// Set once the node shuts down: the job in progress stops at its next check.
    pub shutting_down: Arc<AtomicBool>,
}

/// The sending side of the job queue. The queue exists while the node is configured: the
/// lifecycle's configure opens one for the backend it starts, cleanup closes it.
#[derive(Debug, Clone)]
pub struct BackendHandle {
    jobs: Arc<Mutex<Option<mpsc::Sender<InferenceJob>>>>,
    capacity: usize,
}

/// Why a job could not be queued.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum SubmitError {
    #[error("inference queue is full ({capacity} queries waiting); try again later")]
    QueueFull { capacity: usize },
    #[error("inference backend has stopped")]
    Stopped,
}

impl BackendHandle {
    /// A handle with no queue yet, for queues of up to `capacity` waiting jobs.
    pub fn new(capacity: usize) -> Self {
        Self {
            jobs: Arc::new(Mutex::new(None)),
            capacity,
        }
    }

    /// Opens a fresh queue and returns its receiving end (for the backend being started).
    pub fn open(&self) -> mpsc::Receiver<InferenceJob> {
        let (jobs, receiver) = mpsc::channel(self.capacity);
        *super::lock(&self.jobs) = Some(jobs);
        receiver
    }

    /// Closes the queue: the backend ends once it has answered what was already queued.
    pub fn close(&self) {
        super::lock(&self.jobs).take();
    }

    fn sender(&self) -> Option<mpsc::Sender<InferenceJob>> {
        super::lock(&self.jobs).clone()
    }

    /// Queues a job without waiting: a full queue is an immediate error, not a hidden delay.
    pub fn submit(&self, job: InferenceJob) -> Result<(), SubmitError> {
        let Some(jobs) = self.sender() else {
            return Err(SubmitError::Stopped);
        };
        jobs.try_send(job).map_err(|error| match error {
            mpsc::error::TrySendError::Full(_) => SubmitError::QueueFull {
                capacity: jobs.max_capacity(),
            },
            mpsc::error::TrySendError::Closed(_) => SubmitError::Stopped,
        })
    }

    /// Jobs accepted and not yet taken by the backend.
    pub fn waiting(&self) -> usize {
        self.sender()
            .map_or(0, |jobs| jobs.max_capacity() - jobs.capacity())
    }
}
