// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! Queries: validated completely, handed to the backend, answered, recorded and published.
//!
//! The `~/query` service and the `~/query_stream` action ([`super::action`]) share this path;
//! the action adds a progress channel and a cancel flag. Every successful answer also goes to the
//! publishing task ([`super::publish`]) for `~/results` and `~/annotated`.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use futures::FutureExt as _;

use r2r::robobrain_msgs::msg::{Box2D, ImageFrame, Point2D, Result as QueryResult, Sampling};
use r2r::robobrain_msgs::srv::Query;
use r2r::sensor_msgs::msg::CompressedImage;
use r2r::std_msgs::msg::Header;
use tokio::sync::{mpsc, oneshot, watch};

use crate::camera::DepthSettings;
use crate::engine::{SamplingOverrides, SamplingParams};
use crate::measure::stats::QueryStats;
use crate::preprocess::decode::{decode_compressed_within, CompressedFormat};
use crate::tasks::limits::{self, make_ros_safe};
use crate::tasks::{Task, TaskAnswer};

use super::backend::{
    BackendHandle, GenerationProgress, InferenceAnswer, InferenceJob, JobImage, ModelState,
};
use super::cameras::{raw_view, CameraRegistry};
use super::params::NodeParams;
use super::spatial::{SpatialFrame, SpatialRegistry};

/// What the Result's `frames` and the 3-D fields call an image sent in the request.
pub const INLINE_CAMERA: &str = "inline";

/// Defaults for request fields left at 0 (or -1, for the sampling fields), and the caps and
/// limits every request is checked against before any work.
#[derive(Debug, Clone, Copy)]
pub struct QueryDefaults {
    pub max_new_tokens: u32,
    pub timeout: Duration,
    /// The cap of a request's max_new_tokens.
    pub max_new_tokens_limit: u32,
    /// The cap of a request's timeout_ms.
    pub timeout_limit: Duration,
    pub max_prompt_chars: usize,
    /// Largest width x height of an image before resizing.
    pub max_decoded_image_pixels: u64,
    /// The node's sampling parameters, over the checkpoint's generation_config.
    pub sampling: SamplingOverrides,
    /// Largest stamp gap between a colour frame and its depth frame.
    pub depth_stamp_tolerance: Duration,
    pub depth: DepthSettings,
    pub marker_lifetime: Duration,
}

impl QueryDefaults {
    pub fn from_params(params: &NodeParams) -> Self {
        Self {
            max_new_tokens: params.max_new_tokens,
            timeout: params.query_timeout,
            max_new_tokens_limit: params.max_new_tokens_limit,
            timeout_limit: params.query_timeout_limit,
            max_prompt_chars: params.max_prompt_chars,
            max_decoded_image_pixels: params.max_decoded_image_pixels,
            sampling: params.sampling,
            depth_stamp_tolerance: params.depth_stamp_tolerance,
            depth: params.depth,
            marker_lifetime: params.marker_lifetime,
        }
    }
}

/// A successful answer on its way to `~/results` and `~/annotated`.
#[derive(Debug, Clone)]
pub struct AnsweredQuery {
    pub result: QueryResult,
    pub answer: TaskAnswer,
    /// The image the answer is about (none for a text-only general question).
    pub image: Option<Arc<image::RgbImage>>,
    /// How long its ~/markers stay shown.
    pub marker_lifetime: Duration,
}

/// The three fields the service response and the action result share.
#[derive(Debug, Clone)]
pub struct QueryOutcome {
    pub success: bool,
    pub error: String,
    pub result: QueryResult,
}

/// How a streaming caller (the action) follows and steers its query.
#[derive(Debug, Default)]
pub struct Streaming {
    /// Receives the text generated so far after every token.
    pub progress: Option<watch::Sender<GenerationProgress>>,
    /// Set to stop generation after the current token.
    pub cancel: Arc<AtomicBool>,
    /// Turns true when the caller cancels: the query is answered "cancelled" at once, even while
    /// it still waits in the queue (the engine then skips it).
    pub cancelled: Option<watch::Receiver<bool>>,
}

/// Why a query ended without an answer, as the caller reads it.
const SHUTTING_DOWN: &str = "node shutting down";

#[derive(Clone)]
pub struct QueryHandler {
    pub cameras: CameraRegistry,
    /// Depth frames and CameraInfo of the cameras.
    pub spatial: SpatialRegistry,
    pub backend: BackendHandle,
    /// The node's parameters as they are now (some change while it runs: live_params).
    pub settings: watch::Receiver<NodeParams>,
    pub stats: Arc<Mutex<QueryStats>>,
    pub answers: mpsc::UnboundedSender<AnsweredQuery>,
    /// Turns true when the node shuts down: every waiting query is answered at once.
    pub shutdown: watch::Receiver<bool>,
    /// Queries between arrival and reply; shutdown waits for it to reach 0.
    pub in_flight: Arc<AtomicUsize>,
    /// The node's ROS logger name.
    pub logger: String,
    /// Queries are answered only while the node is active.
    pub lifecycle: watch::Receiver<super::lifecycle::State>,
    /// The model's state: a refusal after a failed configure carries its reason.
    pub model: super::backend::SharedModelState,
    /// The node's ROS clock (sim time under use_sim_time): frame ages are measured on it.
    pub clock: super::clock::RosClock,
}

/// Serves `~/query`: each request in a task of its own (a slow one must not hold up validation
/// of the next); a caller that dies cancels its query (when the graph can tell: callers.rs).
pub async fn serve(
    handler: QueryHandler,
    mut requests: mpsc::UnboundedReceiver<r2r::ServiceRequest<Query::Service>>,
    clients: super::callers::ClientWatch,
) {
    while let Some(request) = requests.recv().await {
        let handler = handler.clone();
        let cancel = Arc::new(AtomicBool::new(false));
        let gone_logger = handler.logger.clone();
        let cancelled = clients.watch_caller(cancel.clone(), move || {
            log_warn!(
                &gone_logger,
                "a ~/query caller left: every client of the service present when its query arrived is gone; the query is cancelled"
            );
        });
        let streaming = Streaming {
            progress: None,
            cancel,
            cancelled: Some(cancelled),
        };
        tokio::spawn(async move {
            let response = handler.answer(request.message.clone(), streaming).await;
            // Every string of the response is ROS-safe, so this conversion cannot panic.
            super::send_reply(request, response, "~/query", &handler.logger).await;
        });
    }
}

impl QueryHandler {
    /// Why nothing is answered now (the node is not active), with the failed configure's
    /// reason when that is why it is unconfigured; None while active.
    pub(super) fn not_active(&self) -> Option<String> {
        let state = *self.lifecycle.borrow();
        let refusal = super::lifecycle::refusal(state)?;
        if state == super::lifecycle::State::Unconfigured {
            if let ModelState::Unavailable { reason, .. } = &*super::lock(&self.model) {
                return Some(format!("{refusal}; the last configure failed: {reason}"));
            }
        }
        Some(refusal)
    }
}

/// Counts one query in [`QueryHandler::in_flight`] for as long as it lives.
pub struct InFlight(Arc<AtomicUsize>);

impl InFlight {
    fn enter(counter: &Arc<AtomicUsize>) -> Self {
        counter.fetch_add(1, Ordering::SeqCst);
        Self(counter.clone())
    }
}

impl Drop for InFlight {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

/// Resolves when `receiver` turns true; never when its sender is gone without that.
async fn turned_true(receiver: Option<watch::Receiver<bool>>) {
    if let Some(mut receiver) = receiver {
        if receiver.wait_for(|value| *value).await.is_ok() {
            return;
        }
    }
    std::future::pending().await
}

/// Every string of a result made fit for a ROS message (see [`limits::ros_safe`]).
fn make_result_ros_safe(result: &mut QueryResult) {
    for text in [
        &mut result.header.frame_id,
        &mut result.task,
        &mut result.prompt,
        &mut result.answer,
        &mut result.thinking,
        &mut result.parse_error,
        &mut result.model_id,
        &mut result.quantization,
        &mut result.missing_3d,
    ] {
        make_ros_safe(text);
    }
    for text in result
        .points_3d
        .iter_mut()
        .chain(result.trajectory_3d.iter_mut())
        .map(|p| &mut p.reason)
        .chain(result.boxes_3d.iter_mut().map(|b| &mut b.reason))
    {
        make_ros_safe(text);
    }
    for frame in &mut result.frames {
        make_ros_safe(&mut frame.camera);
        make_ros_safe(&mut frame.header.frame_id);
    }
}

impl QueryHandler {
    /// Answers one service request (`streaming` carries its cancel: the caller gone); never
    /// panics on bad input.
    pub async fn answer(&self, request: Query::Request, streaming: Streaming) -> Query::Response {
        let QueryOutcome {
            success,
            error,
            result,
        } = self.answer_streaming(request, streaming).await;
        Query::Response {
            success,
            error,
            result,
        }
    }

    /// Answers one request (service or action), records it for /diagnostics and publishes a
    /// successful answer.
    pub async fn answer_streaming(
        &self,
        request: Query::Request,
        streaming: Streaming,
    ) -> QueryOutcome {
        let _in_flight = self.in_flight();
        let arrived = Instant::now();
        let task_name = request.task.clone();
        let prompt = request.prompt.clone();
        // A panic anywhere on the query path becomes this query's error reply (and is counted),
        // never a dead task that leaves its caller waiting.
        let outcome = std::panic::AssertUnwindSafe(self.run(request, streaming))
            .catch_unwind()
            .await
            .unwrap_or_else(|panic| {
                let reason = super::engine_backend::panic_message(&*panic);
                log_error!(
                    &self.logger,
                    "a {task_name} query panicked: {reason}; answered with an error, the node keeps serving"
                );
                Err(format!(
                    "internal error while answering ({reason}); the node keeps serving"
                ))
            });
        let mut stats = super::lock(&self.stats);
        match outcome {
            Ok(mut answered) => {
                make_result_ros_safe(&mut answered.result);
                let result = answered.result.clone();
                stats.record_success(
                    arrived.elapsed(),
                    result.generated_tokens,
                    result.decode_ms.into(),
                );
                // The publishing task ends only at shutdown; nothing to do then.
                let _ = self.answers.send(answered);
                QueryOutcome {
                    success: true,
                    error: String::new(),
                    result,
                }
            }
            Err(mut error) => {
                stats.record_failure(&error);
                make_ros_safe(&mut error);
                let mut result = QueryResult {
                    task: task_name,
                    prompt,
                    ..Default::default()
                };
                make_result_ros_safe(&mut result);
                QueryOutcome {
                    success: false,
                    error,
                    result,
                }
            }
        }
    }

    /// Counts a query (or a goal, until its result is sent) as in flight: shutdown waits for it.
    pub fn in_flight(&self) -> InFlight {
        InFlight::enter(&self.in_flight)
    }

    /// Whether the node is shutting down.
    pub fn shutting_down(&self) -> bool {
        *self.shutdown.borrow()
    }

    /// The defaults and limits of a query arriving now.
    fn defaults(&self) -> QueryDefaults {
        QueryDefaults::from_params(&self.settings.borrow())
    }

    async fn run(
        &self,
        request: Query::Request,
        streaming: Streaming,
    ) -> Result<AnsweredQuery, String> {
        let defaults = self.defaults();
        if self.shutting_down() {
            return Err(SHUTTING_DOWN.to_string());
        }
        if let Some(refusal) = self.not_active() {
            return Err(refusal);
        }
        let ValidQuery {
            task,
            max_new_tokens,
            sampling,
            seed,
            timeout,
        } = validate(&request, &defaults)?;
        let deadline = Instant::now() + timeout;
        let timed_out = || format!("query timed out after {} ms", timeout.as_millis());
        let mut shutdown = self.shutdown.clone();
        let shutting_down = async move {
            let _ = shutdown.wait_for(|down| *down).await;
        };
        tokio::pin!(shutting_down);
        let cancelled = turned_true(streaming.cancelled.clone());
        tokio::pin!(cancelled);

        self.check_cameras_list(task, &request)?;

        // Decoding is CPU work on untrusted data: on the blocking pool, bounded by the decoded
        // size cap, and the caller's deadline, cancel and shutdown still answer at once. The
        // first image's depth and intrinsics are paired and decoded there too.
        let (images, spatial, request) = {
            let handler = self.clone();
            let max_pixels = defaults.max_decoded_image_pixels;
            let tolerance = defaults.depth_stamp_tolerance;
            let decoding = tokio::task::spawn_blocking(move || {
                let images = handler.images_for(task, &request, max_pixels);
                let spatial = match &images {
                    Ok(images) => handler.spatial_for(images.first(), tolerance),
                    Err(_) => Err(String::new()),
                };
                (images, spatial, request)
            });
            tokio::select! {
                decoded = decoding => match decoded {
                    Ok((images, spatial, request)) => (images?, spatial, request),
                    Err(join) => return Err(format!("internal error while decoding the image ({join}); the node keeps serving")),
                },
                _ = tokio::time::sleep_until(deadline.into()) => return Err(timed_out()),
                _ = &mut cancelled => return Err(super::backend::InferenceError::Cancelled.to_string()),
                _ = &mut shutting_down => return Err(SHUTTING_DOWN.to_string()),
            }
        };
        let first = images.first();
        let (image_width, image_height) = first.map_or((0, 0), |i| i.rgb.dimensions());
        let header = first.map(|i| i.header.clone()).unwrap_or_default();
        let rgb = first.map(|i| i.rgb.clone());
        let frames: Vec<ImageFrame> = images
            .iter()
            .map(|i| ImageFrame {
                camera: i.camera.clone(),
                header: i.header.clone(),
                width: i.rgb.width(),
                height: i.rgb.height(),
            })
            .collect();

        let (reply, answer) = oneshot::channel();
        self.backend
            .submit(InferenceJob {
                task,
                prompt: request.prompt.clone(),
                thinking: request.thinking,
                max_new_tokens,
                sampling,
                seed,
                deadline,
                images,
                cancel: streaming.cancel.clone(),
                progress: streaming.progress,
                reply,
            })
            .map_err(|e| e.to_string())?;
        // Whichever ends first; leaving drops `answer`, which the engine sees (a queued job is
        // skipped, a running one stops at its next check).
        let answer = tokio::select! {
            outcome = answer => match outcome {
                Err(_) => return Err("inference backend dropped the query".to_string()),
                // The engine may notice the deadline first: the same text either way.
                Ok(outcome) => outcome.map_err(|e| match e {
                    super::backend::InferenceError::TimedOut => timed_out(),
                    e => e.to_string(),
                })?,
            },
            _ = tokio::time::sleep_until(deadline.into()) => return Err(timed_out()),
            _ = &mut cancelled => {
                streaming.cancel.store(true, Ordering::Relaxed);
                return Err(super::backend::InferenceError::Cancelled.to_string());
            }
            _ = &mut shutting_down => return Err(SHUTTING_DOWN.to_string()),
        };
        let mut result = to_result_msg(
            task,
            request.prompt,
            header,
            image_width,
            image_height,
            &answer,
        );
        result.frames = frames;
        // Box extents read every depth pixel inside a box: on the blocking pool too.
        let depth_settings = defaults.depth;
        let located = tokio::task::spawn_blocking(move || {
            super::spatial::fill_3d(
                &mut result,
                &answer.answer,
                spatial.as_ref().map_err(Clone::clone),
                depth_settings,
            );
            (result, answer)
        })
        .await;
        let (result, answer) = located.map_err(|join| {
            format!(
                "internal error while locating the answer in 3-D ({join}); the node keeps serving"
            )
        })?;
        Ok(AnsweredQuery {
            result,
            answer: answer.answer,
            image: rgb,
            marker_lifetime: defaults.marker_lifetime,
        })
    }

    /// Refuses a `cameras` list that cannot be served, before any work: only `general` takes
    /// several images, not with an inline image or a `camera` too, each camera once and known.
    fn check_cameras_list(&self, task: Task, request: &Query::Request) -> Result<(), String> {
        if request.cameras.is_empty() {
            return Ok(());
        }
        if task != Task::General {
            return Err(format!(
                "a cameras list is for the general task only: {} takes exactly one image (name its camera in camera)",
                task.name()
            ));
        }
        if !request.image.data.is_empty() || !request.compressed_image.data.is_empty() {
            return Err("give either an inline image or a cameras list, not both".to_string());
        }
        if !request.camera.is_empty() {
            return Err("give either camera or a cameras list, not both".to_string());
        }
        let topics = self.cameras.topics();
        for (i, camera) in request.cameras.iter().enumerate() {
            if !topics.contains(camera) {
                return Err(format!(
                    "unknown camera '{camera}' in cameras: this node subscribes to {}",
                    topics.join(", ")
                ));
            }
            if request.cameras[..i].contains(camera) {
                return Err(format!("camera '{camera}' is listed twice in cameras"));
            }
        }
        Ok(())
    }

    /// The depth and intrinsics of a query's first image, decoded, or why it has none.
    pub(super) fn spatial_for(
        &self,
        image: Option<&JobImage>,
        tolerance: Duration,
    ) -> Result<SpatialFrame, String> {
        let Some(image) = image else {
            return Err("the query had no image".to_string());
        };
        if image.camera == INLINE_CAMERA {
            return Err(
                "the image was sent inline: 3-D needs a camera's depth and CameraInfo topics"
                    .to_string(),
            );
        }
        self.spatial
            .pair(&image.camera, &image.header, tolerance)?
            .prepare()
    }

    /// The images of a query, in prompt order: the cameras list's frames, or the single image.
    fn images_for(
        &self,
        task: Task,
        request: &Query::Request,
        max_pixels: u64,
    ) -> Result<Vec<JobImage>, String> {
        if request.cameras.is_empty() {
            return Ok(self
                .image_for(task, request, max_pixels)?
                .into_iter()
                .collect());
        }
        request
            .cameras
            .iter()
            .map(|camera| self.camera_frame(camera, request.max_image_age, max_pixels))
            .collect()
    }

    /// The image a query is about: the inline one (raw or compressed) when it has data, else
    /// the camera's latest; one of more than `max_pixels` (width x height) is refused before
    /// decoding.
    fn image_for(
        &self,
        task: Task,
        request: &Query::Request,
        max_pixels: u64,
    ) -> Result<Option<JobImage>, String> {
        if !request.compressed_image.data.is_empty() {
            return decode_inline_compressed(&request.compressed_image, max_pixels).map(Some);
        }
        if !request.image.data.is_empty() {
            let rgb =
                crate::preprocess::decode::decode_raw_within(&raw_view(&request.image), max_pixels)
                    .map_err(|e| format!("bad inline image: {e}"))?;
            return Ok(Some(JobImage {
                rgb: Arc::new(rgb),
                header: request.image.header.clone(),
                camera: INLINE_CAMERA.to_string(),
            }));
        }
        let topic = self.cameras.resolve(&request.camera)?;
        if self.cameras.latest(&topic).is_none() {
            // A general question may be text-only when the caller did not insist on a camera.
            if !task.requires_image() && request.camera.is_empty() {
                return Ok(None);
            }
        }
        self.camera_frame(&topic, request.max_image_age, max_pixels)
            .map(Some)
    }

    /// The latest frame of camera `topic`, decoded, refused when older than `max_age` seconds
    /// (0: any age) or not there yet.
    pub(super) fn camera_frame(
        &self,
        topic: &str,
        max_age: f32,
        max_pixels: u64,
    ) -> Result<JobImage, String> {
        let Some(latest) = self.cameras.latest(topic) else {
            return Err(format!("no frame received yet on camera '{topic}'"));
        };
        let age = latest.age(self.clock.now());
        if max_age > 0.0 && age.as_secs_f32() > max_age {
            return Err(format!(
                "stale frame on camera '{topic}': {:.3} s old, max_image_age is {} s",
                age.as_secs_f32(),
                max_age
            ));
        }
        let decoded = latest.frame.decode(max_pixels);
        self.cameras
            .note_decode(topic, decoded.as_ref().map(|rgb| rgb.dimensions()));
        let rgb =
            decoded.map_err(|e| format!("cannot decode the frame of camera '{topic}': {e}"))?;
        Ok(JobImage {
            rgb: Arc::new(rgb),
            header: latest.frame.header().clone(),
            camera: topic.to_string(),
        })
    }
}

/// Decodes an inline `compressed_image` (JPEG or PNG) as the raw inline `image` is decoded: the
/// size its header claims is checked against `max_pixels` before any pixel is decoded (a
/// decompression bomb costs its header only), and the frame keeps the message's stamp and
/// frame_id. CPU work on untrusted data: called on the blocking pool, after [`validate`].
pub fn decode_inline_compressed(
    image: &CompressedImage,
    max_pixels: u64,
) -> Result<JobImage, String> {
    let rgb = decode_compressed_within(&image.format, &image.data, max_pixels)
        .map_err(|e| format!("bad compressed_image: {e}"))?;
    Ok(JobImage {
        rgb: Arc::new(rgb),
        header: image.header.clone(),
        camera: INLINE_CAMERA.to_string(),
    })
}

/// Refuses inline images that cannot be served, from their fields alone: `image` and
/// `compressed_image` both set, or a compressed one in a format other than JPEG or PNG (an
/// empty `format` is read from the data's signature, as for compressed cameras).
fn check_inline_images(request: &Query::Request) -> Result<(), String> {
    let compressed = &request.compressed_image;
    if compressed.data.is_empty() {
        return Ok(());
    }
    if !request.image.data.is_empty() {
        return Err("give either image or compressed_image, not both".to_string());
    }
    CompressedFormat::detect(&compressed.format, &compressed.data).map_err(|_| {
        // A format string is the caller's: quoted, but not at any length.
        let format: String = compressed.format.chars().take(64).collect();
        format!(
            "unsupported compressed_image.format '{format}': supported are jpeg and png \
             (empty: read from the data's signature)"
        )
    })?;
    Ok(())
}

/// The request's sampling fields as overrides (-1 = not set) and its seed (-1 = a fresh one).
/// A request that passed every check needing no camera, no model and no clock, its fields
/// resolved against the node's defaults.
#[derive(Debug, Clone, PartialEq)]
pub struct ValidQuery {
    pub task: Task,
    /// Never 0: the request's, or the node's max_new_tokens.
    pub max_new_tokens: u32,
    /// The node's sampling parameters with the request's fields on top.
    pub sampling: SamplingOverrides,
    /// None: a fresh seed.
    pub seed: Option<u64>,
    /// The request's timeout_ms, or the node's query_timeout_ms.
    pub timeout: Duration,
}

/// The checks of a `~/query` request (and a `~/query_stream` goal) that depend only on the
/// request and the node's current limits: the task, the prompt (empty, too long, reserved
/// tokens), the decoding fields, `max_image_age`, the inline images' fields (not their pixels:
/// [`decode_inline_compressed`]), and the caps on `max_new_tokens` and `timeout_ms`. The first
/// failure is the refusal's text.
pub fn validate(request: &Query::Request, defaults: &QueryDefaults) -> Result<ValidQuery, String> {
    let task: Task = request
        .task
        .parse()
        .map_err(|e: crate::tasks::UnknownTask| e.to_string())?;
    if request.prompt.trim().is_empty() {
        return Err("empty prompt: say what to look for or ask".to_string());
    }
    limits::check_prompt_chars(&request.prompt, defaults.max_prompt_chars)
        .map_err(|e| e.to_string())?;
    if let Some(token) = limits::reserved_token(&request.prompt) {
        return Err(limits::LimitError::ReservedToken {
            token: token.to_string(),
        }
        .to_string());
    }
    let (sampling, seed) = sampling_of(request)?;
    if !(request.max_image_age.is_finite() && request.max_image_age >= 0.0) {
        return Err(format!(
            "max_image_age must be >= 0 seconds (0 = any age), got {}",
            request.max_image_age
        ));
    }
    check_inline_images(request)?;
    limits::check_cap(
        "max_new_tokens",
        request.max_new_tokens.into(),
        defaults.max_new_tokens_limit.into(),
        "max_new_tokens_limit",
    )
    .map_err(|e| e.to_string())?;
    limits::check_cap(
        "timeout_ms",
        request.timeout_ms.into(),
        defaults.timeout_limit.as_millis() as u64,
        "query_timeout_limit_ms",
    )
    .map_err(|e| e.to_string())?;
    Ok(ValidQuery {
        task,
        max_new_tokens: match request.max_new_tokens {
            0 => defaults.max_new_tokens,
            n => n,
        },
        sampling: defaults.sampling.then(&sampling),
        seed,
        timeout: match request.timeout_ms {
            0 => defaults.timeout,
            ms => Duration::from_millis(ms.into()),
        },
    })
}

fn sampling_of(request: &Query::Request) -> Result<(SamplingOverrides, Option<u64>), String> {
    let unset = |v: f32| v == -1.0;
    let top_k = match request.top_k {
        -1 => None,
        k if k >= 0 => Some(k as usize),
        k => {
            return Err(format!(
                "top_k must be >= 0 (0 = no limit), or -1 for the node's top_k; got {k}"
            ))
        }
    };
    let overrides = SamplingOverrides {
        temperature: Some(request.temperature.into()),
        top_k,
        top_p: Some(request.top_p).filter(|&p| !unset(p)).map(f64::from),
        repetition_penalty: Some(request.repetition_penalty)
            .filter(|&r| !unset(r))
            .map(f64::from),
    };
    overrides.validate().map_err(|e| match e {
        crate::engine::sampling::SamplingError::Temperature(_) => e.to_string(),
        _ => format!("{e}, or -1 for the node's value"),
    })?;
    let seed = match request.seed {
        -1 => None,
        s if s >= 0 => Some(s as u64),
        s => return Err(format!("seed must be >= 0, or -1 for a fresh one; got {s}")),
    };
    Ok((overrides, seed))
}

fn to_result_msg(
    task: Task,
    prompt: String,
    header: Header,
    image_width: u32,
    image_height: u32,
    answer: &InferenceAnswer,
) -> QueryResult {
    let parsed = &answer.answer;
    let point = |p: &crate::tasks::Point| Point2D { x: p.x, y: p.y };
    QueryResult {
        header,
        image_width,
        image_height,
        task: task.name().to_string(),
        prompt,
        answer: parsed.answer_text.clone(),
        thinking: parsed.thinking_text.clone().unwrap_or_default(),
        parsed: parsed.parse_error.is_none(),
        parse_error: parsed.parse_error.clone().unwrap_or_default(),
        points: parsed.points.iter().map(point).collect(),
        boxes: parsed
            .boxes
            .iter()
            .map(|b| Box2D {
                x_min: b.x1,
                y_min: b.y1,
                x_max: b.x2,
                y_max: b.y2,
            })
            .collect(),
        trajectory: parsed.trajectory.iter().map(point).collect(),
        trajectory_depth: parsed.trajectory_depth.clone(),
        prompt_tokens: answer.prompt_tokens,
        generated_tokens: answer.generated_tokens,
        preprocess_ms: answer.preprocess_ms,
        vision_ms: answer.vision_ms,
        prefill_ms: answer.prefill_ms,
        decode_ms: answer.decode_ms,
        model_id: answer.model_id.clone(),
        model_family: answer.model_family.model_type().to_string(),
        quantization: answer.quantization.clone(),
        sampling: sampling_msg(&answer.sampling),
        ..Default::default()
    }
}

fn sampling_msg(used: &SamplingParams) -> Sampling {
    Sampling {
        temperature: used.temperature as f32,
        top_k: used.top_k.map_or(0, |k| k as u32),
        top_p: used.top_p.unwrap_or(1.0) as f32,
        repetition_penalty: used.repetition_penalty as f32,
        seed: used.seed as i64,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn defaults() -> QueryDefaults {
        let (params, _) = super::super::params::resolve(&|_| None, &[]).unwrap();
        QueryDefaults::from_params(&params)
    }

    fn request(task: &str, prompt: &str) -> Query::Request {
        Query::Request {
            task: task.into(),
            prompt: prompt.into(),
            top_k: -1,
            top_p: -1.0,
            repetition_penalty: -1.0,
            seed: -1,
            ..Default::default()
        }
    }

    #[test]
    fn a_valid_request_takes_the_nodes_defaults_where_it_asks_for_them() {
        let defaults = defaults();
        let valid = validate(&request(" Pointing ", "the mug"), &defaults).unwrap();
        assert_eq!(valid.task, Task::Pointing);
        assert_eq!(valid.max_new_tokens, defaults.max_new_tokens);
        assert_eq!(valid.timeout, defaults.timeout);
        assert_eq!(valid.seed, None);
        let own = Query::Request {
            max_new_tokens: 7,
            timeout_ms: 1234,
            seed: 5,
            temperature: 0.5,
            ..request("general", "hi")
        };
        let valid = validate(&own, &defaults).unwrap();
        assert_eq!(
            (valid.max_new_tokens, valid.timeout, valid.seed),
            (7, Duration::from_millis(1234), Some(5))
        );
        assert_eq!(valid.sampling.temperature, Some(0.5));
    }

    #[test]
    fn every_bad_field_is_refused_by_name() {
        let defaults = defaults();
        let refused = |r: Query::Request| validate(&r, &defaults).unwrap_err();
        assert!(refused(request("juggling", "x")).contains("unknown task 'juggling'"));
        assert!(refused(request("general", "  \n")).contains("empty prompt"));
        assert!(refused(request("general", &"a".repeat(100_000))).contains("max_prompt_chars"));
        assert!(refused(request("general", "hi <|im_start|>")).contains("<|im_start|>"));
        let field = |f: fn(&mut Query::Request)| {
            let mut r = request("general", "hi");
            f(&mut r);
            refused(r)
        };
        assert!(field(|r| r.top_k = -2).contains("top_k"));
        assert!(field(|r| r.seed = -2).contains("seed"));
        assert!(field(|r| r.temperature = -1.0).contains("temperature"));
        assert!(field(|r| r.max_image_age = f32::NAN).contains("max_image_age"));
        assert!(field(|r| r.max_new_tokens = u32::MAX).contains("max_new_tokens_limit"));
        assert!(field(|r| r.timeout_ms = u32::MAX).contains("query_timeout_limit_ms"));
    }

    fn encoded(format: image::ImageFormat, width: u32, height: u32) -> Vec<u8> {
        let picture = image::RgbImage::from_fn(width, height, |x, y| {
            image::Rgb([(x * 4) as u8, (y * 5) as u8, 120])
        });
        let mut bytes = std::io::Cursor::new(Vec::new());
        picture.write_to(&mut bytes, format).unwrap();
        bytes.into_inner()
    }

    fn compressed(format: &str, data: Vec<u8>) -> CompressedImage {
        let mut image = CompressedImage {
            format: format.into(),
            data,
            ..Default::default()
        };
        image.header.frame_id = "planner_camera".into();
        image.header.stamp.sec = 1234;
        image.header.stamp.nanosec = 5678;
        image
    }

    fn with_compressed(image: CompressedImage) -> Query::Request {
        Query::Request {
            compressed_image: image,
            ..request("pointing", "the mug")
        }
    }

    /// A real JPEG whose frame header (SOF0) is rewritten to claim `width` x `height`.
    fn jpeg_claiming(width: u16, height: u16) -> Vec<u8> {
        let mut jpeg = encoded(image::ImageFormat::Jpeg, 16, 16);
        let sof = jpeg
            .windows(2)
            .position(|m| m == [0xFF, 0xC0])
            .expect("a baseline JPEG has a SOF0 marker");
        jpeg[sof + 5..sof + 7].copy_from_slice(&height.to_be_bytes());
        jpeg[sof + 7..sof + 9].copy_from_slice(&width.to_be_bytes());
        jpeg
    }

    #[test]
    fn a_compressed_jpeg_or_png_is_decoded_with_its_header() {
        let defaults = defaults();
        for (format, kind) in [
            ("jpeg", image::ImageFormat::Jpeg),
            ("png", image::ImageFormat::Png),
            ("rgb8; jpeg compressed bgr8", image::ImageFormat::Jpeg),
            ("", image::ImageFormat::Png),
        ] {
            let message = compressed(format, encoded(kind, 64, 48));
            validate(&with_compressed(message.clone()), &defaults)
                .unwrap_or_else(|e| panic!("'{format}': {e}"));
            let frame = decode_inline_compressed(&message, defaults.max_decoded_image_pixels)
                .unwrap_or_else(|e| panic!("'{format}': {e}"));
            assert_eq!(frame.rgb.dimensions(), (64, 48), "'{format}'");
            assert_eq!(frame.camera, INLINE_CAMERA);
            assert_eq!(frame.header.frame_id, "planner_camera");
            assert_eq!(
                (frame.header.stamp.sec, frame.header.stamp.nanosec),
                (1234, 5678)
            );
        }
        // The pixels are the picture's (PNG is lossless).
        let png = compressed("png", encoded(image::ImageFormat::Png, 64, 48));
        let frame = decode_inline_compressed(&png, u64::MAX).unwrap();
        assert_eq!(frame.rgb.get_pixel(10, 3).0, [40, 15, 120]);
    }

    #[test]
    fn compressed_image_fields_are_refused_by_name() {
        let defaults = defaults();
        let refused = |r: Query::Request| validate(&r, &defaults).unwrap_err();
        let jpeg = encoded(image::ImageFormat::Jpeg, 8, 8);
        for format in ["tiff", "webp", "bmp", "rgb8"] {
            let error = refused(with_compressed(compressed(format, jpeg.clone())));
            assert_eq!(
                error,
                format!(
                    "unsupported compressed_image.format '{format}': supported are jpeg and png \
                     (empty: read from the data's signature)"
                )
            );
        }
        // An empty format with data that is neither JPEG nor PNG.
        let error = refused(with_compressed(compressed("", b"GIF89a....".to_vec())));
        assert!(error.contains("compressed_image.format ''"), "{error}");
        // A hostile format string is quoted, not echoed at any length.
        let error = refused(with_compressed(compressed(
            &"x".repeat(100_000),
            jpeg.clone(),
        )));
        assert!(error.len() < 200, "{} bytes", error.len());
        // Both inline images at once.
        let mut both = with_compressed(compressed("jpeg", jpeg.clone()));
        both.image.data = vec![0; 12];
        assert_eq!(
            refused(both),
            "give either image or compressed_image, not both"
        );
        // A format without data is no image: the request falls back to the camera, as with image.
        let mut no_data = with_compressed(compressed("tiff", vec![]));
        no_data.image.data = vec![0; 12];
        assert!(validate(&no_data, &defaults).is_ok());
    }

    #[test]
    fn corrupt_compressed_data_is_a_clear_error() {
        let max = defaults().max_decoded_image_pixels;
        let mut truncated = encoded(image::ImageFormat::Jpeg, 32, 32);
        truncated.truncate(60);
        let mut flipped = encoded(image::ImageFormat::Png, 32, 32);
        let middle = flipped.len() / 2;
        flipped[middle] ^= 0xFF;
        for (format, data) in [
            ("jpeg", truncated),
            ("jpeg", b"\xff\xd8\xff not a jpeg at all".to_vec()),
            ("png", b"\x89PNG\r\n\x1a\n and then nothing".to_vec()),
            ("png", flipped),
            ("jpeg", encoded(image::ImageFormat::Png, 8, 8)),
        ] {
            let error = match decode_inline_compressed(&compressed(format, data), max) {
                Ok(frame) => panic!("'{format}': decoded {:?}", frame.rgb.dimensions()),
                Err(error) => error,
            };
            assert!(
                error.starts_with(&format!(
                    "bad compressed_image: could not decode {format} image"
                )),
                "{error}"
            );
        }
    }

    #[test]
    fn an_oversized_compressed_image_is_refused_from_its_header() {
        let max = defaults().max_decoded_image_pixels;
        for (format, data) in [
            (
                "png",
                crate::preprocess::decode::test_images::png_header(60_000, 60_000),
            ),
            ("jpeg", jpeg_claiming(60_000, 60_000)),
        ] {
            let started = Instant::now();
            let error = match decode_inline_compressed(&compressed(format, data), max) {
                Ok(_) => panic!("'{format}': a 60000x60000 image was decoded"),
                Err(error) => error,
            };
            assert_eq!(
                error,
                format!(
                    "bad compressed_image: image too large: 60000x60000 = 3600000000 pixels, \
                     the limit (max_decoded_image_pixels) is {max}"
                )
            );
            // Refused from the header: 3.6 gigapixels would take seconds (and 10 GB) to decode.
            assert!(started.elapsed() < Duration::from_millis(200), "{format}");
        }
        // A real image over a smaller limit is refused too, and fits one its size.
        let jpeg = compressed("jpeg", encoded(image::ImageFormat::Jpeg, 40, 30));
        let error = decode_inline_compressed(&jpeg, 1199).unwrap_err();
        assert!(error.contains("40x30 = 1200 pixels"), "{error}");
        assert!(decode_inline_compressed(&jpeg, 1200).is_ok());
    }
}
