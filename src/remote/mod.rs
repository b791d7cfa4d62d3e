// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! The remote backend: RoboBrain served by an OpenAI-compatible VLM server (vLLM, SGLang,
//! llama.cpp's llama-server) instead of the model in this process.
//!
//! One query goes the same way as a local one (see [`crate::tasks`]): the task's upstream prompt
//! and thinking switch ([`crate::tasks::build_prompt`]), generation (here: a streamed
//! `POST {remote_url}/chat/completions`), and [`crate::tasks::interpret`] to original pixels.
//! What differs, and why:
//! - pixels: servers resize images by their own limits and ignore per-request ones (vLLM), so
//!   the node resizes each image itself to the smart_resize size for the server's limit
//!   (`remote_max_pixels`, [`image`]); the server's resize is then the identity and the answer's
//!   coordinates are in a frame the node knows. The first image query checks the server's image
//!   token count (usage figures) against that size ([`ImageTokenCheck`]).
//! - thinking: RoboBrain's switches (`<think>`, `<think></think><answer>`) are text after the
//!   assistant generation prompt. They are sent as a final assistant message for the server to
//!   continue (vLLM and SGLang: `continue_final_message`, which is sent along; llama-server does
//!   so by default). A server that cannot ([`RemoteConfig::assistant_prefill`] false) gets
//!   thinking models' queries refused rather than silently answered in another mode.
//! - streaming: the server's SSE stream gives the text so far; dropping the future closes the
//!   connection, which is how a cancelled query stops the server's generation.

pub mod config;
pub mod error;
pub mod image;
pub mod schema;
pub mod sse;

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use futures::StreamExt as _;

pub use config::{BackendKind, ImageEncoding, RemoteConfig, RemoteSettings};
pub use error::RemoteError;
use schema::{ChatChunk, ChatRequest, Content, ErrorBody, ImageUrl, Message, Part, StreamOptions};
use sse::{SseEvent, SseReader};

use crate::engine::{fresh_seed, SamplingParams};
use crate::tasks::{
    build_prompt, interpret, AnswerContext, AnswerFrame, ModelSize, PromptError, ResizeInfo,
    TaskAnswer, ThinkingMode,
};

/// Transient failures (see [`RemoteError::is_transient`]) are tried again this often, after
/// RETRY_PAUSE, 2 x RETRY_PAUSE: a server restarting or loading gets a moment, a dead one
/// fails the query within a second.
const RETRIES: u32 = 2;
const RETRY_PAUSE: Duration = Duration::from_millis(250);
/// The most of an error body kept for the message.
const ERROR_BODY_CHARS: usize = 400;
/// The most read of a body that is not the answer stream (an error, the models list): enough
/// for any server's list of models, and the head of an error page is all the message keeps.
const SMALL_BODY_BYTES: usize = 1024 * 1024;
/// The longest SSE line (one chunk of the stream) taken. A chunk carries a token or a few (a
/// few hundred bytes of JSON); a server that sends its whole answer as one chunk stays well
/// under this even at thousands of tokens.
const MAX_LINE_BYTES: usize = 1024 * 1024;
/// The most text one generated token may stand for. Qwen's longest tokens are runs of a few
/// dozen characters; a server sending more per token asked for is broken.
const TEXT_BYTES_PER_TOKEN: usize = 256;
/// How often `progress` sees the text so far at most: the text is joined for it (reasoning and
/// answer, the echoed prefill dropped), and a rate rather than every piece keeps that linear.
const PROGRESS_PERIOD: Duration = Duration::from_millis(50);
/// Events handled between two yields to the runtime, so that a fast server cannot keep the
/// worker thread from the deadline's timer.
const EVENTS_PER_YIELD: usize = 64;

/// What one streamed answer may bring, from the max_tokens asked: a server that sends more is
/// broken (or hostile), and reading stops there with [`RemoteError::Oversized`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StreamBounds {
    pub max_tokens: u32,
    /// Generated text (reasoning and answer together).
    pub text_bytes: usize,
    /// Events: one per token on vLLM, SGLang and llama-server, plus the role, finish and usage
    /// events; twice as many as tokens leaves room for servers that send empty ones.
    pub events: usize,
    /// Everything read: events' JSON around their text, comments and blank lines.
    pub raw_bytes: usize,
}

impl StreamBounds {
    pub fn for_max_tokens(max_tokens: u32) -> Self {
        let tokens = max_tokens as usize;
        let text_bytes = 4096 + tokens * TEXT_BYTES_PER_TOKEN;
        let events = 64 + 2 * tokens;
        StreamBounds {
            max_tokens,
            text_bytes,
            events,
            // JSON may escape each text byte as six; 4 KiB of JSON around each event.
            raw_bytes: MAX_LINE_BYTES + 6 * text_bytes + 4096 * events,
        }
    }
}

/// The query a server answers (the same as the local engine's).
pub use crate::tasks::TaskQuery;

/// The server's answer, interpreted.
#[derive(Debug, Clone)]
pub struct RemoteAnswer {
    /// Geometry in original image pixels.
    pub answer: TaskAnswer,
    /// The generated text as the server streamed it.
    pub raw_text: String,
    pub mode: ThinkingMode,
    pub prompt_tokens: u32,
    pub generated_tokens: u32,
    /// Resizing and encoding the images.
    pub preprocess_ms: f64,
    /// Until the first generated text arrived (llama-server: its prompt time).
    pub prefill_ms: f64,
    pub decode_ms: f64,
    /// As the server names it.
    pub model_id: String,
    pub sampling: SamplingParams,
    /// The image sizes sent, per image.
    pub resizes: Vec<ResizeInfo>,
    /// Made on the first image query only.
    pub image_check: Option<ImageTokenCheck>,
}

impl RemoteAnswer {
    /// Generated tokens per second of decoding, from the server's figures.
    pub fn tokens_per_second(&self) -> Option<f64> {
        (self.decode_ms > 0.0 && self.generated_tokens > 1)
            .then(|| f64::from(self.generated_tokens - 1) * 1000.0 / self.decode_ms)
    }
}

/// Whether the server sees the images at the size the node sent: the prompt tokens it counted
/// with the images, less those of the same prompt without them, against one token per 28x28.
#[derive(Debug, Clone, PartialEq)]
pub struct ImageTokenCheck {
    /// One token per 28x28 square of the sent images.
    pub expected: usize,
    /// The server's count for the images (with their start/end markers); None when it reports
    /// no usage figures.
    pub counted: Option<i64>,
    pub images: usize,
    /// Why the text-only request failed (then the check is made again on the next image query).
    pub probe_error: Option<String>,
}

impl ImageTokenCheck {
    /// The markers around each image (vision start/end) may or may not be counted.
    pub fn matches(&self) -> Option<bool> {
        let markers = 2 * self.images as i64;
        self.counted
            .map(|c| (self.expected as i64..=self.expected as i64 + markers).contains(&c))
    }

    pub fn describe(&self) -> String {
        match (self.counted, self.matches()) {
            (Some(counted), Some(true)) => format!(
                "the server counts {counted} prompt tokens for the image(s), as expected ({} image tokens plus markers): it sees them at the size sent",
                self.expected
            ),
            (Some(counted), _) => format!(
                "the server counts {counted} prompt tokens for the image(s), expected {} (plus up to {} markers): it resizes them itself, so coordinates may be off; set remote_max_pixels to the server's max_pixels",
                self.expected,
                2 * self.images
            ),
            (None, _) => match &self.probe_error {
                Some(error) => format!("the image token check's text-only request failed ({error}); it is tried again on the next image query"),
                None => "the server reports no usage figures: the image size it uses cannot be checked".to_string(),
            },
        }
    }
}

/// Text streamed so far.
#[derive(Debug, Default)]
struct Streamed {
    reasoning: String,
    content: String,
    /// Text-bearing chunks: one per token on the servers above.
    chunks: u32,
    /// A finish reason or `[DONE]` came.
    finished: bool,
    /// `[DONE]` came: nothing more is read.
    done: bool,
    usage: Option<schema::Usage>,
    timings: Option<schema::Timings>,
    model: Option<String>,
    first_text_at: Option<Instant>,
    /// The assistant prefill sent: llama-server repeats it at the start of the answer, vLLM
    /// does not.
    prefix: String,
}

/// How much of a stream was read, for the message when it is cut off.
#[derive(Debug, Default)]
struct StreamRead {
    bytes: usize,
    events: usize,
    text_bytes: usize,
}

impl Streamed {
    fn text_bytes(&self) -> usize {
        self.reasoning.len() + self.content.len()
    }

    /// The generated text as a local engine would have produced it: a server that split the
    /// reasoning off gets it joined back before `</think>`.
    fn text(&self) -> String {
        let content = self
            .content
            .strip_prefix(self.prefix.as_str())
            .unwrap_or(&self.content);
        if self.reasoning.is_empty() {
            content.to_string()
        } else {
            format!("{}</think>{content}", self.reasoning)
        }
    }
}

/// The client of one server; queries may share it.
#[derive(Debug)]
pub struct RemoteBackend {
    config: RemoteConfig,
    http: reqwest::Client,
    image_checked: AtomicBool,
}

impl RemoteBackend {
    pub fn new(config: RemoteConfig) -> Result<Self, RemoteError> {
        let http = reqwest::Client::builder()
            .connect_timeout(config.timeout.min(Duration::from_secs(10)))
            .build()
            .map_err(|e| RemoteError::Refused(format!("creating the HTTP client: {e}")))?;
        Ok(RemoteBackend {
            config,
            http,
            image_checked: AtomicBool::new(false),
        })
    }

    pub fn config(&self) -> &RemoteConfig {
        &self.config
    }

    fn url(&self) -> String {
        self.config.display_url().to_string()
    }

    /// The thinking mode for a query: from the model's family and, for RoboBrain 2.0, its name,
    /// as upstream decides it.
    pub fn thinking_mode(&self, requested: Option<bool>) -> Result<ThinkingMode, PromptError> {
        let family = self.config.family;
        ThinkingMode::resolve_for(
            family.task_dialect(),
            ModelSize::from_checkpoint_name(&self.config.model),
            requested,
            family.robobrain_release(),
        )
    }

    /// The server's models (`GET {remote_url}/models`), within remote_timeout_ms.
    pub async fn list_models(&self) -> Result<Vec<String>, RemoteError> {
        let call = async {
            let response = self
                .retrying(|| async {
                    let mut request = self.http.get(self.config.endpoint("models"));
                    if let Some(key) = &self.config.api_key {
                        request = request.bearer_auth(key);
                    }
                    let response = request.send().await.map_err(|e| self.transport_error(&e))?;
                    if !response.status().is_success() {
                        return Err(self.status_error(response).await);
                    }
                    Ok(response)
                })
                .await?;
            let (body, complete) = read_small_body(response)
                .await
                .map_err(|e| self.transport_error(&e))?;
            if !complete {
                return Err(RemoteError::Oversized {
                    url: self.url(),
                    detail: format!("a list of models over {SMALL_BODY_BYTES} bytes"),
                });
            }
            let list: schema::ModelList =
                serde_json::from_str(&body).map_err(|e| RemoteError::BadBody {
                    url: self.url(),
                    detail: format!("GET models: {e}"),
                })?;
            Ok(list.data.into_iter().map(|m| m.id).collect())
        };
        self.bounded(call).await
    }

    /// Checks that the server serves remote_model. A server without the models endpoint (404)
    /// passes: the query itself will say.
    pub async fn check_model(&self) -> Result<(), RemoteError> {
        match self.list_models().await {
            Ok(models) if models.contains(&self.config.model) => Ok(()),
            Ok(models) => Err(RemoteError::UnknownModel {
                url: self.url(),
                model: self.config.model.clone(),
                served: if models.is_empty() {
                    "nothing".into()
                } else {
                    models.join(", ")
                },
            }),
            Err(RemoteError::Status { status: 404, .. }) => Ok(()),
            Err(e) => Err(e),
        }
    }

    /// Answers `query`; `progress` gets the text generated so far and the number of tokens after
    /// each streamed piece. Bounded by remote_timeout_ms; dropping the future closes the stream.
    pub async fn answer<F: FnMut(&str, u32) + Send>(
        &self,
        query: &TaskQuery<'_>,
        mut progress: F,
    ) -> Result<RemoteAnswer, RemoteError> {
        let family = self.config.family;
        let refused = |e: PromptError| RemoteError::Refused(e.to_string());
        let mode = self.thinking_mode(query.thinking).map_err(refused)?;
        let prompt =
            build_prompt(family.task_dialect(), query.task, query.text, mode).map_err(refused)?;
        if !prompt.assistant_prefix.is_empty() && !self.config.assistant_prefill {
            return Err(RemoteError::Refused(format!(
                "remote_model '{}' is a thinking model and thinking {} needs the server to continue an assistant message ('{}'), which remote_assistant_prefill = false says it cannot; use vLLM, SGLang or llama-server with remote_assistant_prefill true, or a model without thinking (RoboBrain2.0-3B)",
                self.config.model,
                if mode.is_thinking() { "on" } else { "off" },
                prompt.assistant_prefix
            )));
        }
        let started = Instant::now();
        let images = query
            .images
            .iter()
            .map(|image| image::prepare(image, &self.config.server_resize(), self.config.encoding))
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| RemoteError::Refused(e.0))?;
        let preprocess_ms = started.elapsed().as_secs_f64() * 1000.0;
        let sampling = SamplingParams {
            temperature: query.sampling.temperature.unwrap_or(0.0),
            top_k: query.sampling.top_k.filter(|&k| k > 0),
            top_p: query.sampling.top_p,
            repetition_penalty: query.sampling.repetition_penalty.unwrap_or(1.0),
            seed: query.seed.unwrap_or_else(fresh_seed),
        };
        let urls: Vec<&str> = images.iter().map(|i| i.data_url.as_str()).collect();
        let request = self.request(
            &prompt.user_text,
            prompt.assistant_prefix,
            &urls,
            query.max_new_tokens,
            &sampling,
        );
        let sent = Instant::now();
        let streamed = self.bounded(self.stream(&request, &mut progress)).await?;
        let total_ms = sent.elapsed().as_secs_f64() * 1000.0;
        let first_ms = streamed
            .first_text_at
            .map_or(total_ms, |t| (t - sent).as_secs_f64() * 1000.0);
        let (prefill_ms, decode_ms) = match streamed.timings {
            Some(schema::Timings {
                prompt_ms: Some(p),
                predicted_ms: Some(d),
            }) => (p, d),
            _ => (first_ms, total_ms - first_ms),
        };
        let text = streamed.text();
        let resize = images
            .first()
            .map_or_else(ResizeInfo::default, |i| i.resize);
        let prompt_tokens = streamed.usage.map_or(0, |u| u.prompt_tokens);
        let image_check = if images.is_empty() || self.image_checked.load(Ordering::Relaxed) {
            None
        } else {
            let check = self
                .check_image_tokens(
                    &prompt.user_text,
                    prompt.assistant_prefix,
                    &images,
                    streamed.usage,
                )
                .await;
            if check.probe_error.is_none() {
                self.image_checked.store(true, Ordering::Relaxed);
            }
            Some(check)
        };
        Ok(RemoteAnswer {
            answer: interpret(
                query.task,
                &text,
                &AnswerContext {
                    dialect: family.task_dialect(),
                    thinking: mode,
                    frame: AnswerFrame::new(resize, family.coordinate_frame()),
                },
            ),
            mode,
            prompt_tokens,
            generated_tokens: streamed
                .usage
                .map_or(streamed.chunks, |u| u.completion_tokens),
            preprocess_ms,
            prefill_ms,
            decode_ms,
            model_id: streamed
                .model
                .clone()
                .unwrap_or_else(|| self.config.model.clone()),
            sampling,
            resizes: images.iter().map(|i| i.resize).collect(),
            image_check,
            raw_text: text,
        })
    }

    /// The image token check ([`ImageTokenCheck`]): the same prompt without its images, one
    /// token long.
    async fn check_image_tokens(
        &self,
        user_text: &str,
        prefix: &str,
        images: &[image::PreparedImage],
        usage: Option<schema::Usage>,
    ) -> ImageTokenCheck {
        let mut check = ImageTokenCheck {
            expected: images.iter().map(|i| i.image_tokens).sum(),
            counted: None,
            images: images.len(),
            probe_error: None,
        };
        let Some(usage) = usage else {
            return check;
        };
        let probe = self.request(
            user_text,
            prefix,
            &[],
            1,
            &SamplingParams {
                temperature: 0.0,
                top_k: None,
                top_p: None,
                repetition_penalty: 1.0,
                seed: 0,
            },
        );
        match self
            .bounded(self.stream(&probe, &mut |_: &str, _| {}))
            .await
        {
            Ok(Streamed {
                usage: Some(text_only),
                ..
            }) => {
                check.counted =
                    Some(i64::from(usage.prompt_tokens) - i64::from(text_only.prompt_tokens))
            }
            Ok(_) => check.probe_error = Some("no usage figures in its answer".into()),
            Err(e) => check.probe_error = Some(e.to_string()),
        }
        check
    }

    fn request<'a>(
        &'a self,
        user_text: &'a str,
        prefix: &'a str,
        image_urls: &[&'a str],
        max_tokens: u32,
        sampling: &SamplingParams,
    ) -> ChatRequest<'a> {
        let mut parts: Vec<Part<'a>> = image_urls
            .iter()
            .map(|url| Part::ImageUrl {
                image_url: ImageUrl { url },
            })
            .collect();
        parts.push(Part::Text { text: user_text });
        // The system message the local prompt has (the family's default), sent explicitly: a
        // server's template may have another default. A family without one gets none.
        let system = self
            .config
            .family
            .default_system_message()
            .map(|text| Message {
                role: "system",
                content: Content::Text(text),
            });
        let mut messages: Vec<Message> = system
            .into_iter()
            .chain([Message {
                role: "user",
                content: Content::Parts(parts),
            }])
            .collect();
        let prefill = !prefix.is_empty();
        if prefill {
            messages.push(Message {
                role: "assistant",
                content: Content::Text(prefix),
            });
        }
        let penalty = (sampling.repetition_penalty != 1.0).then_some(sampling.repetition_penalty);
        ChatRequest {
            model: &self.config.model,
            messages,
            max_tokens,
            temperature: sampling.temperature,
            top_p: sampling.top_p,
            top_k: sampling.top_k,
            repetition_penalty: penalty,
            repeat_penalty: penalty,
            seed: sampling.seed,
            stream: true,
            stream_options: StreamOptions {
                include_usage: true,
            },
            continue_final_message: prefill.then_some(true),
            add_generation_prompt: prefill.then_some(false),
        }
    }

    /// `call` within remote_timeout_ms.
    async fn bounded<T>(
        &self,
        call: impl std::future::Future<Output = Result<T, RemoteError>>,
    ) -> Result<T, RemoteError> {
        tokio::time::timeout(self.config.timeout, call)
            .await
            .unwrap_or_else(|_| {
                Err(RemoteError::TimedOut {
                    url: self.url(),
                    after: self.config.timeout,
                })
            })
    }

    /// `send` once, and again after RETRY_PAUSE, 2 x RETRY_PAUSE while it fails transiently.
    async fn retrying<T, F, Fut>(&self, send: F) -> Result<T, RemoteError>
    where
        F: Fn() -> Fut,
        Fut: std::future::Future<Output = Result<T, RemoteError>>,
    {
        let mut attempt = 0;
        loop {
            match send().await {
                Err(e) if e.is_transient() && attempt < RETRIES => {
                    attempt += 1;
                    tokio::time::sleep(RETRY_PAUSE * attempt).await;
                }
                other => return other,
            }
        }
    }

    /// Posts `request` (trying transient failures again) and reads its stream to the end, or
    /// until it brings more than `request.max_tokens` can ([`StreamBounds`]).
    async fn stream(
        &self,
        request: &ChatRequest<'_>,
        progress: &mut (dyn FnMut(&str, u32) + Send),
    ) -> Result<Streamed, RemoteError> {
        let bounds = StreamBounds::for_max_tokens(request.max_tokens);
        let response = self.retrying(|| self.post(request)).await?;
        let mut body = response.bytes_stream();
        let mut reader = SseReader::new(MAX_LINE_BYTES);
        let mut streamed = Streamed {
            prefix: match request.messages.last() {
                Some(Message {
                    role: "assistant",
                    content: Content::Text(prefix),
                }) => prefix.to_string(),
                _ => String::new(),
            },
            ..Streamed::default()
        };
        let mut read = StreamRead::default();
        let mut events = Vec::new();
        let mut last_progress: Option<Instant> = None;
        let mut unreported = false;
        let mut ended = false;
        while !ended && !streamed.done {
            match body.next().await {
                Some(Ok(bytes)) => {
                    read.bytes += bytes.len();
                    if read.bytes > bounds.raw_bytes {
                        return Err(self.oversized(
                            &bounds,
                            &read,
                            format!("more than {} bytes of stream", bounds.raw_bytes),
                        ));
                    }
                    reader
                        .feed(&bytes, &mut events)
                        .map_err(|e| self.oversized(&bounds, &read, e.to_string()))?;
                }
                Some(Err(e)) => {
                    return Err(RemoteError::Broken {
                        url: self.url(),
                        detail: error_chain(&e),
                    })
                }
                None => {
                    reader
                        .finish(&mut events)
                        .map_err(|e| self.oversized(&bounds, &read, e.to_string()))?;
                    ended = true;
                }
            }
            for (n, event) in std::mem::take(&mut events).into_iter().enumerate() {
                if n % EVENTS_PER_YIELD == EVENTS_PER_YIELD - 1 {
                    tokio::task::yield_now().await;
                }
                read.events += 1;
                if read.events > bounds.events {
                    return Err(self.oversized(
                        &bounds,
                        &read,
                        format!("more than {} events", bounds.events),
                    ));
                }
                if self.take_event(event, &mut streamed)? {
                    unreported = true;
                    read.text_bytes = streamed.text_bytes();
                    if read.text_bytes > bounds.text_bytes {
                        return Err(self.oversized(
                            &bounds,
                            &read,
                            format!("more than {} bytes of text", bounds.text_bytes),
                        ));
                    }
                }
                if streamed.done {
                    break;
                }
            }
            if unreported && last_progress.is_none_or(|at| at.elapsed() >= PROGRESS_PERIOD) {
                progress(&streamed.text(), streamed.chunks);
                last_progress = Some(Instant::now());
                unreported = false;
            }
            // Between network reads: a server that always has more ready must not keep this
            // task from being stopped.
            tokio::task::yield_now().await;
        }
        if !streamed.finished {
            return Err(RemoteError::Broken {
                url: self.url(),
                detail: format!(
                    "the stream ended after {} pieces without a finish reason (the server stopped or restarted?)",
                    streamed.chunks
                ),
            });
        }
        if unreported {
            progress(&streamed.text(), streamed.chunks);
        }
        Ok(streamed)
    }

    /// Takes one event into `streamed`; true when it brought text.
    fn take_event(&self, event: SseEvent, streamed: &mut Streamed) -> Result<bool, RemoteError> {
        let data = event.data.trim();
        if data == "[DONE]" {
            streamed.finished = true;
            streamed.done = true;
            return Ok(false);
        }
        if data.is_empty() {
            return Ok(false);
        }
        if event.event == "error" {
            let message = serde_json::from_str::<schema::ApiErrorOrText>(data)
                .map(|e| e.message())
                .unwrap_or_else(|_| truncate(data, ERROR_BODY_CHARS));
            return Err(RemoteError::Server {
                url: self.url(),
                message,
            });
        }
        let chunk: ChatChunk = serde_json::from_str(data).map_err(|e| RemoteError::BadBody {
            url: self.url(),
            detail: format!("{e} in {}", truncate(data, 200)),
        })?;
        if let Some(error) = chunk.error {
            return Err(RemoteError::Server {
                url: self.url(),
                message: truncate(
                    &error.message.or(error.kind).unwrap_or_default(),
                    ERROR_BODY_CHARS,
                ),
            });
        }
        let mut grew = false;
        for choice in chunk.choices.into_iter().take(1) {
            for (piece, into) in [
                (choice.delta.reasoning_content, &mut streamed.reasoning),
                (choice.delta.content, &mut streamed.content),
            ] {
                if let Some(piece) = piece.filter(|p| !p.is_empty()) {
                    into.push_str(&piece);
                    grew = true;
                }
            }
            if choice.finish_reason.is_some() {
                streamed.finished = true;
            }
        }
        if grew {
            streamed.chunks += 1;
            streamed.first_text_at.get_or_insert_with(Instant::now);
        }
        streamed.usage = chunk.usage.or(streamed.usage);
        streamed.timings = chunk.timings.or(streamed.timings);
        streamed.model = chunk.model.or(streamed.model.take());
        Ok(grew)
    }

    fn oversized(&self, bounds: &StreamBounds, read: &StreamRead, detail: String) -> RemoteError {
        RemoteError::Oversized {
            url: self.url(),
            detail: format!(
                "{detail} for max_tokens {} (after {} bytes, {} events, {} bytes of text)",
                bounds.max_tokens, read.bytes, read.events, read.text_bytes
            ),
        }
    }

    async fn post(&self, request: &ChatRequest<'_>) -> Result<reqwest::Response, RemoteError> {
        let mut builder = self
            .http
            .post(self.config.endpoint("chat/completions"))
            .json(request);
        if let Some(key) = &self.config.api_key {
            builder = builder.bearer_auth(key);
        }
        let response = builder.send().await.map_err(|e| self.transport_error(&e))?;
        if !response.status().is_success() {
            return Err(self.status_error(response).await);
        }
        let content_type = response
            .headers()
            .get(reqwest::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_string();
        if !content_type.starts_with("text/event-stream") {
            let (body, _) = read_small_body(response).await.unwrap_or_default();
            return Err(RemoteError::BadBody {
                url: self.url(),
                detail: format!(
                    "expected an event stream (text/event-stream), got '{content_type}': {}",
                    truncate(&body, 200)
                ),
            });
        }
        Ok(response)
    }

    fn transport_error(&self, error: &reqwest::Error) -> RemoteError {
        if error.is_timeout() {
            RemoteError::TimedOut {
                url: self.url(),
                after: self.config.timeout,
            }
        } else if error.is_connect() {
            RemoteError::Unreachable {
                url: self.url(),
                detail: error_chain(error),
            }
        } else if error.is_request() {
            // Sending or waiting for the answer's head failed: nothing of an answer came.
            RemoteError::Dropped {
                url: self.url(),
                detail: error_chain(error),
            }
        } else {
            RemoteError::Broken {
                url: self.url(),
                detail: error_chain(error),
            }
        }
    }

    async fn status_error(&self, response: reqwest::Response) -> RemoteError {
        let status = response.status();
        let (body, _) = read_small_body(response).await.unwrap_or_default();
        let message = serde_json::from_str::<ErrorBody>(&body)
            .map(|b| b.error.message())
            .ok()
            .filter(|m| !m.trim().is_empty())
            .unwrap_or_else(|| {
                let text = body.trim();
                if text.is_empty() {
                    status
                        .canonical_reason()
                        .unwrap_or("no reason given")
                        .to_string()
                } else {
                    truncate(text, ERROR_BODY_CHARS)
                }
            });
        RemoteError::Status {
            url: self.url(),
            status: status.as_u16(),
            message,
            hint: RemoteError::hint_for(status.as_u16()),
        }
    }
}

/// A body that is not the answer stream, up to SMALL_BODY_BYTES (and whether that was all of
/// it): a server sending an endless error page must not fill the node's memory.
async fn read_small_body(response: reqwest::Response) -> Result<(String, bool), reqwest::Error> {
    let mut body = Vec::new();
    let mut chunks = response.bytes_stream();
    while let Some(chunk) = chunks.next().await {
        let chunk = chunk?;
        let room = SMALL_BODY_BYTES - body.len();
        if chunk.len() > room {
            body.extend_from_slice(&chunk[..room]);
            return Ok((String::from_utf8_lossy(&body).into_owned(), false));
        }
        body.extend_from_slice(&chunk);
        tokio::task::yield_now().await;
    }
    Ok((String::from_utf8_lossy(&body).into_owned(), true))
}

/// An error and its sources ("error sending request: client error (Connect): tcp connect
/// error: Connection refused (os error 111)"): reqwest's own text alone says only the first.
fn error_chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        let cause_text = cause.to_string();
        if !text.contains(&cause_text) {
            text.push_str(": ");
            text.push_str(&cause_text);
        }
        source = cause.source();
    }
    text
}

fn truncate(text: &str, chars: usize) -> String {
    match text.char_indices().nth(chars) {
        Some((end, _)) => format!("{}...", &text[..end]),
        None => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::SamplingOverrides;
    use crate::tasks::Task;

    #[test]
    fn the_echoed_prefill_is_dropped_and_split_reasoning_joined_back() {
        // llama-server repeats the continued assistant text; vLLM does not.
        let echoed = Streamed {
            content: "<think></think><answer>[(1, 2)]</answer>".into(),
            prefix: "<think></think><answer>".into(),
            ..Streamed::default()
        };
        assert_eq!(echoed.text(), "[(1, 2)]</answer>");
        let plain = Streamed {
            content: "[(1, 2)]</answer>".into(),
            prefix: "<think></think><answer>".into(),
            ..Streamed::default()
        };
        assert_eq!(plain.text(), "[(1, 2)]</answer>");
        // A reasoning parser's split: the text before </think> arrives apart.
        let split = Streamed {
            reasoning: "The mug is left.".into(),
            content: "<answer>[(3, 4)]</answer>".into(),
            prefix: "<think>".into(),
            ..Streamed::default()
        };
        let text = split.text();
        assert_eq!(text, "The mug is left.</think><answer>[(3, 4)]</answer>");
        let answer = interpret(
            Task::Pointing,
            &text,
            &AnswerContext {
                dialect: crate::models::TaskDialect::RoboBrain20,
                thinking: ThinkingMode::On,
                frame: AnswerFrame::pixels(ResizeInfo::new(200, 100, 100, 50)),
            },
        );
        assert_eq!(answer.thinking_text.as_deref(), Some("The mug is left."));
        assert_eq!((answer.points[0].x, answer.points[0].y), (6.0, 8.0));
    }

    /// A server on 127.0.0.1 that answers every request with `head` and then `body`'s chunks
    /// (None: hang with the connection open), closing the connection at the end.
    fn scripted_server(
        runtime: &tokio::runtime::Runtime,
        body: impl Fn() -> Option<Box<dyn Iterator<Item = Vec<u8>> + Send>> + Send + Sync + 'static,
    ) -> String {
        use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
        let listener = runtime
            .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
            .unwrap();
        let port = listener.local_addr().unwrap().port();
        let body = std::sync::Arc::new(body);
        runtime.spawn(async move {
            loop {
                let Ok((mut socket, _)) = listener.accept().await else { return };
                let body = std::sync::Arc::clone(&body);
                tokio::spawn(async move {
                    // The request: headers and a small JSON body (no images here).
                    let mut request = vec![0u8; 64 * 1024];
                    let _ = socket.read(&mut request).await;
                    let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\n";
                    if socket.write_all(head.as_bytes()).await.is_err() {
                        return;
                    }
                    match body() {
                        Some(chunks) => {
                            for chunk in chunks {
                                if socket.write_all(&chunk).await.is_err() {
                                    return; // the client stopped reading
                                }
                            }
                        }
                        None => tokio::time::sleep(Duration::from_secs(60)).await,
                    }
                });
            }
        });
        format!("http://127.0.0.1:{port}/v1")
    }

    fn backend_at(url: &str, timeout: Duration) -> RemoteBackend {
        let config = RemoteConfig::from_settings(
            &RemoteSettings {
                url,
                model: "BAAI/RoboBrain2.0-3B",
                family: "qwen2_5_vl",
                api_key_env: "",
                timeout,
                max_pixels: config::DEFAULT_MAX_PIXELS,
                encoding: "png",
                assistant_prefill: true,
            },
            &|_| None,
        )
        .unwrap();
        RemoteBackend::new(config).unwrap()
    }

    fn text_query(max_new_tokens: u32) -> TaskQuery<'static> {
        TaskQuery {
            task: Task::General,
            text: "hi",
            thinking: Some(false),
            images: vec![],
            max_new_tokens,
            sampling: SamplingOverrides::default(),
            seed: Some(1),
        }
    }

    fn piece(text: &str) -> Vec<u8> {
        let chunk = serde_json::json!({"model": "m", "choices": [{"index": 0, "delta": {"content": text}, "finish_reason": null}]});
        format!("data: {chunk}\n\n").into_bytes()
    }

    fn finish() -> Vec<u8> {
        b"data: {\"choices\": [{\"index\": 0, \"delta\": {}, \"finish_reason\": \"stop\"}]}\n\ndata: [DONE]\n\n".to_vec()
    }

    fn runtime() -> tokio::runtime::Runtime {
        tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap()
    }

    #[test]
    fn a_good_stream_is_read_whole_with_progress_at_a_bounded_rate() {
        let runtime = runtime();
        let url = scripted_server(&runtime, || {
            Some(Box::new((0..200).map(|_| piece("ab")).chain([finish()])))
        });
        let backend = backend_at(&url, Duration::from_secs(10));
        let mut calls = Vec::new();
        let answered = runtime
            .block_on(backend.answer(&text_query(200), |text: &str, tokens| {
                calls.push((text.len(), tokens))
            }))
            .unwrap();
        assert_eq!(answered.raw_text, "ab".repeat(200));
        assert_eq!(answered.generated_tokens, 200);
        // The last call has everything; each saw more than the one before.
        assert_eq!(calls.last(), Some(&(400, 200)));
        assert!(calls.windows(2).all(|w| w[0].1 < w[1].1), "{calls:?}");
    }

    #[test]
    fn a_server_sending_more_than_max_tokens_is_cut_off_early() {
        let runtime = runtime();
        // 50,000 pieces of 1,000 bytes (50 MB) for a query of 64 tokens.
        let url = scripted_server(&runtime, || {
            Some(Box::new((0..50_000).map(|_| piece(&"x".repeat(1000)))))
        });
        let backend = backend_at(&url, Duration::from_secs(30));
        let started = Instant::now();
        let error = runtime
            .block_on(backend.answer(&text_query(64), |_: &str, _| {}))
            .unwrap_err();
        let bounds = StreamBounds::for_max_tokens(64);
        assert!(
            matches!(&error, RemoteError::Oversized { detail, .. } if detail.contains(&format!("more than {} bytes of text", bounds.text_bytes))),
            "{error}"
        );
        // Cut off, not read to the end (the bound is generous for a shared CI machine).
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "{:?}",
            started.elapsed()
        );
        // Many small pieces with little text: the event count stops them.
        let url = scripted_server(&runtime, || Some(Box::new((0..50_000).map(|_| piece("")))));
        let error = runtime
            .block_on(
                backend_at(&url, Duration::from_secs(30)).answer(&text_query(64), |_: &str, _| {}),
            )
            .unwrap_err();
        assert!(
            matches!(&error, RemoteError::Oversized { detail, .. } if detail.contains(&format!("more than {} events", bounds.events))),
            "{error}"
        );
    }

    #[test]
    fn one_endless_line_is_cut_off_at_the_line_bound() {
        let runtime = runtime();
        // One 50 MB data: line, sent in 64 KiB writes.
        let url = scripted_server(&runtime, || {
            Some(Box::new(
                std::iter::once(b"data: {\"choices\": [{\"delta\": {\"content\": \"".to_vec())
                    .chain((0..800).map(|_| vec![b'y'; 64 * 1024])),
            ))
        });
        let backend = backend_at(&url, Duration::from_secs(30));
        let started = Instant::now();
        let error = runtime
            .block_on(backend.answer(&text_query(8192), |_: &str, _| {}))
            .unwrap_err();
        assert!(
            matches!(&error, RemoteError::Oversized { detail, .. } if detail.contains(&format!("longer than {MAX_LINE_BYTES} bytes"))),
            "{error}"
        );
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "{:?}",
            started.elapsed()
        );
    }

    #[test]
    fn a_hanging_server_times_out_at_remote_timeout() {
        let runtime = runtime();
        let url = scripted_server(&runtime, || None);
        let backend = backend_at(&url, Duration::from_millis(500));
        let started = Instant::now();
        let error = runtime
            .block_on(backend.answer(&text_query(16), |_: &str, _| {}))
            .unwrap_err();
        assert!(matches!(error, RemoteError::TimedOut { .. }), "{error}");
        // The server would hang for 60 s; the upper bound is generous for a shared CI machine.
        let took = started.elapsed();
        assert!(
            took >= Duration::from_millis(500) && took < Duration::from_secs(20),
            "{took:?}"
        );
    }

    #[test]
    fn the_image_check_allows_the_markers_and_nothing_more() {
        let check = |counted| ImageTokenCheck {
            expected: 35,
            counted,
            images: 1,
            probe_error: None,
        };
        assert_eq!(check(Some(35)).matches(), Some(true));
        assert_eq!(check(Some(37)).matches(), Some(true));
        assert_eq!(check(Some(38)).matches(), Some(false));
        assert_eq!(check(Some(140)).matches(), Some(false));
        assert!(check(Some(140)).describe().contains("remote_max_pixels"));
        assert_eq!(check(None).matches(), None);
    }

    #[test]
    fn thinking_follows_the_model_name_and_a_server_without_prefill_refuses_it() {
        let config = |model: &str, prefill| {
            RemoteConfig::from_settings(
                &RemoteSettings {
                    url: "http://127.0.0.1:9/v1",
                    model,
                    family: "qwen2_5_vl",
                    api_key_env: "",
                    timeout: Duration::from_secs(1),
                    max_pixels: config::DEFAULT_MAX_PIXELS,
                    encoding: "png",
                    assistant_prefill: prefill,
                },
                &|_| None,
            )
            .unwrap()
        };
        let b3 = RemoteBackend::new(config("BAAI/RoboBrain2.0-3B", false)).unwrap();
        assert_eq!(b3.thinking_mode(Some(true)), Ok(ThinkingMode::Unsupported));
        let b7 = RemoteBackend::new(config("BAAI/RoboBrain2.0-7B", false)).unwrap();
        assert_eq!(b7.thinking_mode(Some(false)), Ok(ThinkingMode::Off));
        let query = TaskQuery {
            task: Task::General,
            text: "hi",
            thinking: Some(false),
            images: vec![],
            max_new_tokens: 1,
            sampling: SamplingOverrides::default(),
            seed: Some(1),
        };
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        // Refused before anything is sent (nothing listens on port 9).
        let err = runtime.block_on(b7.answer(&query, |_, _| {})).unwrap_err();
        assert!(
            matches!(&err, RemoteError::Refused(text) if text.contains("remote_assistant_prefill = false")),
            "{err}"
        );
    }
}
