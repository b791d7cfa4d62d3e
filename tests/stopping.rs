// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! `Engine::generate_until` stops in every stage it is told to, and a stopped query leaves the
//! engine as a fresh one (the next answer is the same as without the stop).

use std::cell::Cell;

use robobrain::engine::{
    ChatPrompt, Engine, InferenceRequest, SamplingOverrides, StopCheck, StopReason,
};
use robobrain::models::Precision;

mod common;

fn load() -> Engine {
    common::load(common::tiny(), Precision::F32)
}

fn request(image: Option<&image::RgbImage>) -> InferenceRequest<'_> {
    InferenceRequest {
        images: image.into_iter().collect(),
        prompt: ChatPrompt {
            user_text: "Where is the red mug?",
            ..Default::default()
        },
        max_new_tokens: 6,
        sampling: SamplingOverrides {
            temperature: Some(0.0),
            ..Default::default()
        },
        seed: Some(1),
    }
}

#[test]
fn every_stage_can_stop_the_query_and_the_next_one_is_unaffected() {
    let mut engine = load();
    let picture = image::RgbImage::from_fn(640, 480, |x, y| image::Rgb([x as u8, y as u8, 90]));
    let reference = engine
        .generate(&request(Some(&picture)), |_| {}, StopCheck::NEVER)
        .unwrap();
    assert_eq!(reference.stop_reason, StopReason::MaxNewTokens);

    // Count the looks a full run takes, then stop at each of them in turn.
    let looks = Cell::new(0usize);
    let full = engine
        .generate(
            &request(Some(&picture)),
            |_| {},
            StopCheck::EveryStage(&|| {
                looks.set(looks.get() + 1);
                false
            }),
        )
        .unwrap();
    assert_eq!(
        full.tokens, reference.tokens,
        "never stopped: the same answer"
    );
    let total = looks.get();
    // Before preprocessing, during the resize (640x480 rows in steps of 16), after it, before
    // the vision tower, before and after the prefill, and after each token but the last.
    assert!(total > 10, "only {total} looks");

    for stop_at in 1..=total {
        let looks = Cell::new(0usize);
        let stopped = engine
            .generate(
                &request(Some(&picture)),
                |_| {},
                StopCheck::EveryStage(&|| {
                    looks.set(looks.get() + 1);
                    looks.get() >= stop_at
                }),
            )
            .unwrap();
        assert_eq!(
            stopped.stop_reason,
            StopReason::Cancelled,
            "stopped at look {stop_at}"
        );
        assert_eq!(looks.get(), stop_at, "no look after the stop");
        assert!(stopped.tokens.len() < reference.tokens.len());
        assert_eq!(stopped.tokens[..], reference.tokens[..stopped.tokens.len()]);
    }
    // Whatever stage a stop left, the next query starts clean (KV cache included).
    let after = engine
        .generate(&request(Some(&picture)), |_| {}, StopCheck::NEVER)
        .unwrap();
    assert_eq!(after.tokens, reference.tokens);
    let text_only = engine
        .generate(&request(None), |_| {}, StopCheck::EveryStage(&|| true))
        .unwrap();
    assert_eq!(
        (text_only.stop_reason, text_only.tokens.len()),
        (StopReason::Cancelled, 0)
    );
}
