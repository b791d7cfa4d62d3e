//! The `~/query` service: validates a request completely, then hands it to the backend.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use r2r::robobrain::msg::{Box2D, Point2D, Result as QueryResult};
use r2r::robobrain::srv::Query;
use r2r::std_msgs::msg::Header;
use tokio::sync::oneshot;

use crate::tasks::Task;

use super::backend::{BackendHandle, InferenceAnswer, InferenceJob, JobImage};
use super::cameras::{raw_view, CameraRegistry};

/// Counters for the "Query service" diagnostic status.
#[derive(Debug, Clone, Default)]
pub struct ServiceStats {
    pub served: u64,
    pub failed: u64,
    pub last_error: String,
    pub last_succeeded: Option<bool>,
}

/// Defaults for request fields left at 0.
#[derive(Debug, Clone, Copy)]
pub struct QueryDefaults {
    pub max_new_tokens: u32,
    pub timeout: Duration,
}

#[derive(Clone)]
pub struct QueryHandler {
    pub cameras: CameraRegistry,
    pub backend: BackendHandle,
    pub defaults: QueryDefaults,
    pub stats: Arc<Mutex<ServiceStats>>,
}

impl QueryHandler {
    /// Answers one request; never panics on bad input.
    pub async fn answer(&self, request: Query::Request) -> Query::Response {
        let task_name = request.task.clone();
        let prompt = request.prompt.clone();
        let outcome = self.run(request).await;
        let mut stats = self.stats.lock().expect("stats lock");
        stats.served += 1;
        stats.last_succeeded = Some(outcome.is_ok());
        match outcome {
            Ok(result) => Query::Response {
                success: true,
                error: String::new(),
                result,
            },
            Err(error) => {
                stats.failed += 1;
                stats.last_error = error.clone();
                Query::Response {
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

    async fn run(&self, request: Query::Request) -> Result<QueryResult, String> {
        let task: Task = request
            .task
            .parse()
            .map_err(|e: crate::tasks::UnknownTask| e.to_string())?;
        if request.prompt.trim().is_empty() {
            return Err("empty prompt: say what to look for or ask".to_string());
        }
        if !(request.temperature.is_finite() && request.temperature >= 0.0) {
            return Err(format!(
                "temperature must be >= 0 (0 = greedy), got {}",
                request.temperature
            ));
        }
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
                temperature: request.temperature,
                deadline,
                image,
                reply,
            })
            .map_err(|e| e.to_string())?;
        let answer = match tokio::time::timeout_at(deadline.into(), answer).await {
            Err(_) => return Err(format!("query timed out after {} ms", timeout.as_millis())),
            Ok(Err(_)) => return Err("inference backend dropped the query".to_string()),
            Ok(Ok(outcome)) => outcome.map_err(|e| e.to_string())?,
        };
        Ok(to_result_msg(
            task,
            request.prompt,
            header,
            image_width,
            image_height,
            answer,
        ))
    }

    /// The image a query is about: the inline one when it has data, else the camera's latest.
    fn image_for(&self, task: Task, request: &Query::Request) -> Result<Option<JobImage>, String> {
        if !request.image.data.is_empty() {
            let rgb = crate::preprocess::decode::decode_raw(&raw_view(&request.image))
                .map_err(|e| format!("bad inline image: {e}"))?;
            return Ok(Some(JobImage {
                rgb,
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
            rgb,
            header: latest.frame.header().clone(),
        }))
    }
}

fn to_result_msg(
    task: Task,
    prompt: String,
    header: Header,
    image_width: u32,
    image_height: u32,
    answer: InferenceAnswer,
) -> QueryResult {
    let point = |[x, y]: [f32; 2]| Point2D { x, y };
    QueryResult {
        header,
        image_width,
        image_height,
        task: task.name().to_string(),
        prompt,
        answer: answer.answer,
        thinking: answer.thinking,
        parsed: answer.parsed,
        parse_error: answer.parse_error,
        points: answer.points.into_iter().map(point).collect(),
        boxes: answer
            .boxes
            .into_iter()
            .map(|[x_min, y_min, x_max, y_max]| Box2D {
                x_min,
                y_min,
                x_max,
                y_max,
            })
            .collect(),
        trajectory: answer.trajectory.into_iter().map(point).collect(),
        prompt_tokens: answer.prompt_tokens,
        generated_tokens: answer.generated_tokens,
        preprocess_ms: answer.preprocess_ms,
        vision_ms: answer.vision_ms,
        prefill_ms: answer.prefill_ms,
        decode_ms: answer.decode_ms,
        model_id: answer.model_id,
        quantization: answer.quantization,
    }
}
