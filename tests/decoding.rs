// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! Decoding as transformers (and so RoboBrain's own inference) does it, against
//! tests/fixtures/reference/generation.json (scripts/fixtures/make_fixtures.py): how a checkpoint's
//! generation_config composes with the node's parameters and a request's fields, and the
//! continuations the tiny checkpoint's own generation_config gives.

use candle_core::Device;
use robobrain::engine::{
    CacheLocation, ChatPrompt, Engine, GenerationConfig, InferenceRequest, LoadOptions,
    SamplingOverrides, SamplingParams, StopCheck, StopReason,
};
use robobrain::models::Precision;
use serde_json::Value;

mod common;
use common::fixtures;

fn generation_reference() -> Value {
    let path = fixtures().join("reference/generation.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// robobrain's override fields as the fixture writes them.
fn overrides(fields: &Value) -> SamplingOverrides {
    SamplingOverrides {
        temperature: fields.get("temperature").map(|v| v.as_f64().unwrap()),
        top_k: fields.get("top_k").map(|v| v.as_u64().unwrap() as usize),
        top_p: fields.get("top_p").map(|v| v.as_f64().unwrap()),
        repetition_penalty: fields
            .get("repetition_penalty")
            .map(|v| v.as_f64().unwrap()),
    }
}

/// What transformers' logits processors applied, in [`SamplingParams`] terms.
fn expected(effective: &Value, seed: u64) -> SamplingParams {
    SamplingParams {
        temperature: effective["temperature"].as_f64().unwrap(),
        top_k: effective["top_k"].as_u64().map(|k| k as usize),
        top_p: effective["top_p"].as_f64(),
        repetition_penalty: effective["repetition_penalty"].as_f64().unwrap(),
        seed,
    }
}

#[test]
fn composition_matches_what_transformers_generate_applies() {
    let reference = generation_reference();
    let table = reference["composition"].as_array().unwrap();
    assert!(table.len() >= 30, "the fixture holds the whole table");
    let configs = [
        "published_qwen",
        "greedy_with_penalty",
        "sampling_without_limits",
        "explicit_nulls",
        "no_file",
    ];
    for row in table {
        let name = row["generation_config"].as_str().unwrap();
        assert!(configs.contains(&name), "{name}");
        // The fixture's configs, as the checkpoint loader reads generation_config.json (or its
        // absence).
        let config: GenerationConfig = match name {
            "published_qwen" => serde_json::from_str(
                r#"{"do_sample": true, "temperature": 0.1, "top_k": 1, "top_p": 0.001,
                    "repetition_penalty": 1.05, "eos_token_id": [402, 400]}"#,
            ),
            "greedy_with_penalty" => {
                serde_json::from_str(r#"{"do_sample": false, "repetition_penalty": 1.1}"#)
            }
            "sampling_without_limits" => {
                serde_json::from_str(r#"{"do_sample": true, "temperature": 0.6}"#)
            }
            "explicit_nulls" => serde_json::from_str(
                r#"{"do_sample": true, "temperature": null, "top_k": null, "top_p": null,
                    "repetition_penalty": null}"#,
            ),
            _ => Ok(GenerationConfig::default()),
        }
        .unwrap();
        let layered = overrides(&row["node"]).then(&overrides(&row["request"]));
        let composed = SamplingParams::compose(&config, &layered, 42);
        assert_eq!(
            composed,
            expected(&row["effective"], 42),
            "{name} with {}: node {} request {}",
            row["overrides"],
            row["node"],
            row["request"]
        );
    }
}

#[test]
fn the_fixture_checkpoint_reads_the_published_generation_config() {
    let reference = generation_reference();
    let checkpoint = robobrain::engine::Checkpoint::open(fixtures().join("tiny")).unwrap();
    let published = &reference["checkpoint_generation_config"];
    let g = &checkpoint.generation;
    assert_eq!(g.do_sample, published["do_sample"].as_bool().unwrap());
    assert_eq!(g.temperature, published["temperature"].as_f64().unwrap());
    assert_eq!(g.top_k as u64, published["top_k"].as_u64().unwrap());
    assert_eq!(g.top_p, published["top_p"].as_f64().unwrap());
    assert_eq!(
        g.repetition_penalty,
        published["repetition_penalty"].as_f64().unwrap()
    );
}

fn run(
    engine: &mut Engine,
    case: &Value,
    temperature: f64,
    max_new_tokens: usize,
) -> robobrain::engine::InferenceOutput {
    let image = case.get("image").map(|path| {
        image::open(fixtures().join(path.as_str().unwrap()))
            .unwrap()
            .to_rgb8()
    });
    let request = InferenceRequest {
        images: image.iter().collect(),
        prompt: ChatPrompt {
            user_text: case["user_text"].as_str().unwrap(),
            ..Default::default()
        },
        max_new_tokens,
        // What a service request with only a temperature asks for (the node's parameters at
        // their defaults override nothing), and what `robobrain infer --temperature T` does.
        sampling: SamplingOverrides {
            temperature: Some(temperature),
            ..Default::default()
        },
        seed: None,
    };
    engine.generate(&request, |_| {}, StopCheck::NEVER).unwrap()
}

#[test]
fn default_greedy_and_upstream_temperature_match_transformers_for_40_tokens() {
    let generation = generation_reference();
    let cases: Value = serde_json::from_str(
        &std::fs::read_to_string(fixtures().join("reference/reference.json")).unwrap(),
    )
    .unwrap();
    let max_new_tokens = generation["max_new_tokens"].as_u64().unwrap() as usize;
    assert!(max_new_tokens >= 32);
    let options = LoadOptions {
        cache: CacheLocation::Disabled,
        ..LoadOptions::new(Precision::F32, Device::Cpu)
    };
    let mut engine = Engine::load(fixtures().join("tiny"), &options).unwrap();
    for (name, runs) in generation["continuations"].as_object().unwrap() {
        let case = &cases["cases"][name];
        for (run_name, temperature) in [("greedy", 0.0), ("upstream", 0.7)] {
            let expected: Vec<u32> = runs[run_name]["tokens"]
                .as_array()
                .unwrap()
                .iter()
                .map(|t| t.as_u64().unwrap() as u32)
                .collect();
            let out = run(&mut engine, case, temperature, max_new_tokens);
            assert_eq!(
                out.tokens, expected,
                "{name}, {run_name} (temperature {temperature})"
            );
            let eos = runs[run_name]["stopped_at_eos"].as_bool().unwrap();
            assert_eq!(
                out.stop_reason,
                if eos {
                    StopReason::Eos
                } else {
                    StopReason::MaxNewTokens
                }
            );
            // The sampling recorded is the checkpoint's, with the request's temperature.
            assert_eq!(out.sampling.temperature, temperature);
            assert_eq!(out.sampling.repetition_penalty, 1.05);
            let limits = (temperature > 0.0).then_some(());
            assert_eq!(out.sampling.top_k, limits.map(|_| 1));
            assert_eq!(out.sampling.top_p, limits.map(|_| 0.001));
        }
    }
}

#[test]
fn without_the_checkpoint_penalty_the_tiny_model_repeats_where_transformers_moves_on() {
    // The difference the checkpoint's repetition_penalty makes, so that the test above cannot
    // pass with the penalty left out: image_1's greedy answer without it differs.
    let generation = generation_reference();
    let cases: Value = serde_json::from_str(
        &std::fs::read_to_string(fixtures().join("reference/reference.json")).unwrap(),
    )
    .unwrap();
    let expected: Vec<u64> = generation["continuations"]["image_1"]["greedy"]["tokens"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t.as_u64().unwrap())
        .collect();
    let unpenalised: Vec<u64> = cases["cases"]["image_1"]["greedy_tokens"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t.as_u64().unwrap())
        .collect();
    assert_ne!(expected[..unpenalised.len()], unpenalised[..]);
}
