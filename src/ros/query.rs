//! Queries: validated completely, handed to the backend, answered, recorded and published.
//!
//! The `~/query` service and the `~/query_stream` action ([`super::action`]) share this path;
//! the action adds a progress channel and a cancel flag. Every successful answer also goes to the
//! publishing task ([`super::publish`]) for `~/results` and `~/annotated`.

use std::sync::atomic::AtomicBool;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use r2r::robobrain::msg::{Box2D, Point2D, Result as QueryResult, Sampling};
use r2r::robobrain::srv::Query;
use r2r::std_msgs::msg::Header;
use tokio::sync::{mpsc, oneshot, watch};

use crate::engine::stats::QueryStats;
use crate::engine::{SamplingOverrides, SamplingParams};
use crate::tasks::{Task, TaskAnswer};

use super::backend::{BackendHandle, GenerationProgress, InferenceAnswer, InferenceJob, JobImage};
use super::cameras::{raw_view, CameraRegistry};

/// Defaults for request fields left at 0 (or -1, for the sampling fields).
#[derive(Debug, Clone, Copy)]
pub struct QueryDefaults {
    pub max_new_tokens: u32,
    pub timeout: Duration,
    /// The node's sampling parameters, over the checkpoint's generation_config.
    pub sampling: SamplingOverrides,
}

/// A successful answer on its way to `~/results` and `~/annotated`.
#[derive(Debug, Clone)]
pub struct AnsweredQuery {
    pub result: QueryResult,
    pub answer: TaskAnswer,
    /// The image the answer is about (none for a text-only general question).
    pub image: Option<Arc<image::RgbImage>>,
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
}

#[derive(Clone)]
pub struct QueryHandler {
    pub cameras: CameraRegistry,
    pub backend: BackendHandle,
    pub defaults: QueryDefaults,
    pub stats: Arc<Mutex<QueryStats>>,
    pub answers: mpsc::UnboundedSender<AnsweredQuery>,
}

impl QueryHandler {
    /// Answers one service request; never panics on bad input.
    pub async fn answer(&self, request: Query::Request) -> Query::Response {
        let QueryOutcome {
            success,
            error,
            result,
        } = self.answer_streaming(request, Streaming::default()).await;
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
        let arrived = Instant::now();
        let task_name = request.task.clone();
        let prompt = request.prompt.clone();
        let outcome = self.run(request, streaming).await;
        let mut stats = self.stats.lock().expect("stats lock");
        match outcome {
            Ok(answered) => {
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
            Err(error) => {
                stats.record_failure(&error);
                QueryOutcome {
                    success: false,
                    error,
                    result: QueryResult {
                        task: task_name,
                        prompt,
                        ..Default::default()
                    },
                }
            }
        }
    }

    async fn run(
        &self,
        request: Query::Request,
        streaming: Streaming,
    ) -> Result<AnsweredQuery, String> {
        let task: Task = request
            .task
            .parse()
            .map_err(|e: crate::tasks::UnknownTask| e.to_string())?;
        if request.prompt.trim().is_empty() {
            return Err("empty prompt: say what to look for or ask".to_string());
        }
        let (sampling, seed) = sampling_of(&request)?;
        if !(request.max_image_age.is_finite() && request.max_image_age >= 0.0) {
            return Err(format!(
                "max_image_age must be >= 0 seconds (0 = any age), got {}",
                request.max_image_age
            ));
        }
        let timeout = match request.timeout_ms {
            0 => self.defaults.timeout,
            ms => Duration::from_millis(ms.into()),
        };
        let deadline = Instant::now() + timeout;
        let image = self.image_for(task, &request)?;
        let (image_width, image_height) = image.as_ref().map_or((0, 0), |i| i.rgb.dimensions());
        let header = image.as_ref().map(|i| i.header.clone()).unwrap_or_default();
        let rgb = image.as_ref().map(|i| i.rgb.clone());

        let (reply, answer) = oneshot::channel();
        self.backend
            .submit(InferenceJob {
                task,
                prompt: request.prompt.clone(),
                thinking: request.thinking,
                max_new_tokens: match request.max_new_tokens {
                    0 => self.defaults.max_new_tokens,
                    n => n,
                },
                sampling: self.defaults.sampling.then(&sampling),
                seed,
                deadline,
                image,
                cancel: streaming.cancel,
                progress: streaming.progress,
                reply,
            })
            .map_err(|e| e.to_string())?;
        let answer = match tokio::time::timeout_at(deadline.into(), answer).await {
            Err(_) => return Err(format!("query timed out after {} ms", timeout.as_millis())),
            Ok(Err(_)) => return Err("inference backend dropped the query".to_string()),
            Ok(Ok(outcome)) => outcome.map_err(|e| e.to_string())?,
        };
        Ok(AnsweredQuery {
            result: to_result_msg(
                task,
                request.prompt,
                header,
                image_width,
                image_height,
                &answer,
            ),
            answer: answer.answer,
            image: rgb,
        })
    }

    /// The image a query is about: the inline one when it has data, else the camera's latest.
    fn image_for(&self, task: Task, request: &Query::Request) -> Result<Option<JobImage>, String> {
        if !request.image.data.is_empty() {
            let rgb = crate::preprocess::decode::decode_raw(&raw_view(&request.image))
                .map_err(|e| format!("bad inline image: {e}"))?;
            return Ok(Some(JobImage {
                rgb: Arc::new(rgb),
                header: request.image.header.clone(),
            }));
        }
        let topics = self.cameras.topics();
        let topic = if request.camera.is_empty() {
            topics[0].clone()
        } else {
            request.camera.clone()
        };
        if !topics.contains(&topic) {
            return Err(format!(
                "unknown camera '{}': this node subscribes to {}",
                request.camera,
                topics.join(", ")
            ));
        }
        let Some(latest) = self.cameras.latest(&topic) else {
            // A general question may be text-only when the caller did not insist on a camera.
            if !task.requires_image() && request.camera.is_empty() {
                return Ok(None);
            }
            return Err(format!("no frame received yet on camera '{topic}'"));
        };
        let age = latest.age();
        if request.max_image_age > 0.0 && age.as_secs_f32() > request.max_image_age {
            return Err(format!(
                "stale frame on camera '{topic}': {:.2} s old, max_image_age is {:.2} s",
                age.as_secs_f32(),
                request.max_image_age
            ));
        }
        let decoded = latest.frame.decode();
        self.cameras
            .note_decode(&topic, decoded.as_ref().map(|rgb| rgb.dimensions()));
        let rgb =
            decoded.map_err(|e| format!("cannot decode the frame of camera '{topic}': {e}"))?;
        Ok(Some(JobImage {
            rgb: Arc::new(rgb),
            header: latest.frame.header().clone(),
        }))
    }
}

/// The request's sampling fields as overrides (-1 = not set) and its seed (-1 = a fresh one).
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
        prompt_tokens: answer.prompt_tokens,
        generated_tokens: answer.generated_tokens,
        preprocess_ms: answer.preprocess_ms,
        vision_ms: answer.vision_ms,
        prefill_ms: answer.prefill_ms,
        decode_ms: answer.decode_ms,
        model_id: answer.model_id.clone(),
        quantization: answer.quantization.clone(),
        sampling: sampling_msg(&answer.sampling),
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
