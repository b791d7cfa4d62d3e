// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! One task query through the local engine (`tasks::answer_locally`, what `robobrain infer` and
//! the node's engine thread run): refusals before any model work, and an answer that is the
//! engine's own generation for the task's prompt, read back in original pixels.

use robobrain::engine::{ChatPrompt, Engine, InferenceRequest, SamplingOverrides, StopCheck};
use robobrain::models::{Precision, TaskDialect};
use robobrain::tasks::{
    answer_locally, build_prompt, LocalError, LocalLimits, Task, TaskQuery, ThinkingMode,
};

mod common;

fn load() -> Engine {
    common::load(common::tiny(), Precision::F32)
}

fn greedy() -> SamplingOverrides {
    SamplingOverrides {
        temperature: Some(0.0),
        ..Default::default()
    }
}

#[test]
fn a_local_query_is_the_engine_s_generation_of_the_task_prompt() {
    let mut engine = load();
    let picture = image::RgbImage::from_fn(300, 200, |x, y| image::Rgb([x as u8, y as u8, 90]));
    let query = TaskQuery {
        task: Task::Pointing,
        text: "the red mug",
        thinking: Some(false),
        images: vec![&picture],
        max_new_tokens: 8,
        sampling: greedy(),
        seed: Some(3),
    };
    let local = answer_locally(
        &mut engine,
        &query,
        &LocalLimits::default(),
        |_| {},
        &|| false,
    )
    .unwrap();
    // The same prompt built by hand and generated directly.
    let prompt = build_prompt(
        TaskDialect::RoboBrain20,
        Task::Pointing,
        "the red mug",
        ThinkingMode::Off,
    )
    .unwrap();
    let direct = engine
        .generate(
            &InferenceRequest {
                images: vec![&picture],
                prompt: ChatPrompt {
                    user_text: &prompt.user_text,
                    assistant_prefix: prompt.assistant_prefix,
                    ..Default::default()
                },
                max_new_tokens: 8,
                sampling: greedy(),
                seed: Some(3),
            },
            |_| {},
            StopCheck::NEVER,
        )
        .unwrap();
    assert_eq!(local.output.tokens, direct.tokens);
    assert_eq!(local.output.image_tokens, direct.image_tokens);
    assert_eq!(local.output.text, direct.text);
    assert_eq!(local.answer.task, Task::Pointing);
}

#[test]
fn refusals_come_before_any_model_work_and_name_the_limit() {
    let mut engine = load();
    let picture = image::RgbImage::new(64, 48);
    let query = |task, images| TaskQuery {
        task,
        text: "the red mug on the left of the blue plate",
        thinking: None,
        images,
        max_new_tokens: 4,
        sampling: greedy(),
        seed: None,
    };
    let worked = std::cell::Cell::new(false);
    let watch = || {
        worked.set(true);
        false
    };
    let tight = LocalLimits {
        max_prompt_tokens: Some(5),
    };
    match answer_locally(
        &mut engine,
        &query(Task::General, vec![]),
        &tight,
        |_| {},
        &watch,
    ) {
        Err(LocalError::Refused(reason)) => assert!(reason.contains('5'), "{reason}"),
        other => panic!("not refused: {other:?}"),
    }
    // Pointing needs its image.
    match answer_locally(
        &mut engine,
        &query(Task::Pointing, vec![]),
        &LocalLimits::default(),
        |_| {},
        &watch,
    ) {
        Err(LocalError::Refused(reason)) => assert!(!reason.is_empty()),
        other => panic!("not refused: {other:?}"),
    }
    // An image the processor cannot take (aspect ratio past 200) is the caller's input,
    // refused before the engine works, naming the image.
    let sliver = image::RgbImage::new(4000, 10);
    match answer_locally(
        &mut engine,
        &query(Task::Pointing, vec![&sliver]),
        &LocalLimits::default(),
        |_| {},
        &watch,
    ) {
        Err(LocalError::Refused(reason)) => assert!(
            reason.starts_with("image 1: absolute aspect ratio must be smaller than 200"),
            "{reason}"
        ),
        other => panic!("not refused: {other:?}"),
    }
    assert!(!worked.get(), "the engine was asked to work");
    // Within the limits it answers.
    let ok = answer_locally(
        &mut engine,
        &query(Task::General, vec![&picture]),
        &LocalLimits::default(),
        |_| {},
        &|| false,
    );
    assert!(ok.is_ok(), "{ok:?}");
}
