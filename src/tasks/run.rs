// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! One task query through the local engine: the task's prompt and thinking switch, the checks
//! that refuse it before any model work, generation, and the answer read back into original
//! image pixels. `robobrain infer` and the node's engine thread both run it;
//! the remote backend's `RemoteBackend::answer` is the same path, [`TaskQuery`] in and an answer in
//! original pixels out, with an OpenAI-compatible server generating.

use crate::engine::{
    ChatPrompt, Engine, GeneratedSoFar, InferenceOutput, InferenceRequest, SamplingOverrides,
    StopCheck,
};

use super::limits::{check_image_tokens, check_prompt_tokens};
use super::{
    build_prompt, interpret, AnswerContext, AnswerFrame, ModelSize, Task, TaskAnswer, ThinkingMode,
};

/// What a caller asks, whoever answers it.
#[derive(Debug, Clone)]
pub struct TaskQuery<'a> {
    pub task: Task,
    pub text: &'a str,
    /// None: the model's default (thinking where it has it).
    pub thinking: Option<bool>,
    /// In order; coordinates are read in the first one's frame.
    pub images: Vec<&'a image::RgbImage>,
    pub max_new_tokens: u32,
    pub sampling: SamplingOverrides,
    /// None: a fresh seed.
    pub seed: Option<u64>,
}

/// The checks a local query passes before the model works (the node's limits; none for the
/// CLI).
#[derive(Debug, Clone, Copy, Default)]
pub struct LocalLimits {
    /// The prompt's text tokens (template included, images apart).
    pub max_prompt_tokens: Option<usize>,
}

/// Why a local query has no answer.
#[derive(Debug, thiserror::Error)]
pub enum LocalError {
    /// Refused before any model work; the text names what was wrong and the limit.
    #[error("{0}")]
    Refused(String),
    /// The model failed (the engine freed the query's KV cache).
    #[error("{0:#}")]
    Failed(anyhow::Error),
}

/// A local answer with what the engine reported.
#[derive(Debug)]
pub struct LocalAnswer {
    /// Geometry in original image pixels.
    pub answer: TaskAnswer,
    pub mode: ThinkingMode,
    pub output: InferenceOutput,
}

/// Answers `query` with `engine`; `on_tokens` sees each token, `should_stop` is looked at
/// between stages and after every token (stopped, the output's stop reason says `cancelled`).
pub fn answer_locally(
    engine: &mut Engine,
    query: &TaskQuery,
    limits: &LocalLimits,
    on_tokens: impl FnMut(&GeneratedSoFar),
    should_stop: &dyn Fn() -> bool,
) -> Result<LocalAnswer, LocalError> {
    let refused = |e: &dyn std::fmt::Display| LocalError::Refused(e.to_string());
    if query.task.requires_image() && query.images.len() != 1 {
        return Err(LocalError::Refused(format!(
            "the {} task takes exactly one image, got {}",
            query.task.name(),
            query.images.len()
        )));
    }
    let family = engine.config().family();
    let dialect = family.task_dialect();
    let size = ModelSize::from_text_hidden_size(engine.config().text_hidden_size());
    let mode = ThinkingMode::resolve_for(dialect, size, query.thinking, family.robobrain_release())
        .map_err(|e| refused(&e))?;
    let prompt = build_prompt(dialect, query.task, query.text, mode).map_err(|e| refused(&e))?;
    if let Some(max_tokens) = limits.max_prompt_tokens {
        // Counted before any model work: the prompt text alone (template included), as the
        // chat template will tokenize it; the image's tokens are sized by max_image_pixels.
        let text_tokens = engine
            .checkpoint
            .tokenizer
            .encode(prompt.user_text.as_str(), false)
            .map_err(|e| LocalError::Failed(anyhow::anyhow!("tokenizing the prompt: {e}")))?
            .len();
        check_prompt_tokens(text_tokens, max_tokens).map_err(|e| refused(&e))?;
    }
    // Every image's size is checked before any model work (an aspect ratio past 200, an empty
    // image): the caller's input is refused, rather than failing in preprocessing.
    let per_image = query
        .images
        .iter()
        .enumerate()
        .map(|(index, i)| {
            engine
                .loaded()
                .processor
                .num_image_tokens(i.width(), i.height())
                .map_err(|e| LocalError::Refused(format!("image {}: {e:#}", index + 1)))
        })
        .collect::<Result<Vec<usize>, _>>()?;
    if query.images.len() > 1 {
        // The memory plan sized the KV cache and workspace for one image of the largest size;
        // several images share that budget.
        let factor = engine.loaded().processor.config().factor() as u64;
        let budget = (engine.loaded().processor.config().max_pixels / (factor * factor)) as usize;
        check_image_tokens(&per_image, budget, (factor * factor) as usize)
            .map_err(|e| refused(&e))?;
    }
    let request = InferenceRequest {
        images: query.images.clone(),
        prompt: ChatPrompt {
            user_text: &prompt.user_text,
            assistant_prefix: prompt.assistant_prefix,
            ..Default::default()
        },
        max_new_tokens: query.max_new_tokens as usize,
        sampling: query.sampling,
        seed: query.seed,
    };
    let output = engine
        .generate(&request, on_tokens, StopCheck::EveryStage(should_stop))
        .map_err(|e| {
            // A failed query must not keep its KV cache (GPU memory) until the next one.
            engine.release_query_memory();
            LocalError::Failed(e)
        })?;
    let answer = interpret(
        query.task,
        &output.text,
        &AnswerContext {
            dialect,
            thinking: mode,
            frame: AnswerFrame::new(output.resize_info(), family.coordinate_frame()),
        },
    );
    Ok(LocalAnswer {
        answer,
        mode,
        output,
    })
}
