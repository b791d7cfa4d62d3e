// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! RoboBrain 2.5 (Qwen3-VL) inputs as transformers makes them, for the tiny checkpoints of
//! `scripts/fixtures/make_rb25_fixtures.py`: the resize and token counts of Qwen3-VL's processor
//! (factor 32, `size.shortest_edge` / `longest_edge`), `pixel_values` of the reference images,
//! the chat template (no default system message) and the token ids of every reference prompt.

use robobrain::engine::prompt::tokenize_images;
use robobrain::engine::{ChatPrompt, ChatTemplate, Checkpoint};
use robobrain::models::Family;
use robobrain::preprocess::image_processor::{ImageProcessor, ImageProcessorConfig};
use serde_json::Value;

mod common;
use common::{fixtures, max_abs_error, rb25, Reference};

fn reference(name: &str) -> Reference {
    Reference::load(rb25().join("reference"), name)
}

const CHECKPOINTS: [&str; 2] = ["tiny", "tiny-untied"];

fn sizes(v: &Value) -> (u32, u32) {
    (v[0].as_u64().unwrap() as u32, v[1].as_u64().unwrap() as u32)
}

#[test]
fn the_checkpoints_are_robobrain_25() {
    for name in CHECKPOINTS {
        let checkpoint = Checkpoint::open(fixtures().join("rb25").join(name)).unwrap();
        assert_eq!(checkpoint.config.family(), Family::Qwen3Vl, "{name}");
        assert_eq!(checkpoint.config.image_factor(), 32, "{name}");
    }
}

#[test]
fn resize_and_token_counts_match_the_qwen3_vl_processor() {
    let reference = reference("tiny");
    let cases = reference.json["processor_cases"].as_array().unwrap();
    assert!(cases.len() >= 8, "{} processor cases", cases.len());
    for case in cases {
        let config = ImageProcessorConfig::from_json_str(
            &serde_json::json!({
                "size": {
                    "shortest_edge": case["shortest_edge"],
                    "longest_edge": case["longest_edge"],
                },
                "patch_size": 16,
                "temporal_patch_size": 2,
                "merge_size": 2,
                "image_mean": [0.5, 0.5, 0.5],
                "image_std": [0.5, 0.5, 0.5],
            })
            .to_string(),
        )
        .unwrap();
        let processor = ImageProcessor::new(config);
        let (w, h) = sizes(&case["original_size_wh"]);
        assert_eq!(
            processor.target_size(w, h).unwrap(),
            sizes(&case["resized_size_wh"]),
            "{case}"
        );
        assert_eq!(
            processor.num_image_tokens(w, h).unwrap() as u64,
            case["num_image_tokens"].as_u64().unwrap(),
            "{case}"
        );
    }
}

#[test]
fn pixel_values_and_prompt_ids_match_transformers() {
    for name in CHECKPOINTS {
        let dir = fixtures().join("rb25").join(name);
        let checkpoint = Checkpoint::open(&dir).unwrap();
        let processor = ImageProcessor::from_file(&checkpoint.preprocessor_config).unwrap();
        let template = ChatTemplate::of(checkpoint.config.family());
        let reference = reference(name);
        for (case, record) in reference.json["cases"].as_object().unwrap() {
            let images: Vec<String> = record["images"]
                .as_array()
                .map(|a| a.iter().map(|p| p.as_str().unwrap().to_string()).collect())
                .unwrap_or_default();
            let mut tokens_per_image = Vec::new();
            for (i, path) in images.iter().enumerate() {
                let picture = image::open(fixtures().join(path)).unwrap().to_rgb8();
                let processed = processor.preprocess(&picture).unwrap();
                // One image's rows are `pixel_values`, several images' `pixel_values_<i>`.
                let expected = reference
                    .tensors
                    .get(&format!("{case}.pixel_values_{i}"))
                    .or_else(|| reference.tensors.get(&format!("{case}.pixel_values")))
                    .unwrap();
                let diff = max_abs_error(&processed.pixel_values, expected);
                assert!(
                    diff <= 1e-6,
                    "{name} {case} image {i}: pixel values differ by {diff}"
                );
                assert_eq!(
                    (processed.resized_size.0, processed.resized_size.1),
                    sizes(&record["resized_size_wh"][i]),
                    "{name} {case} image {i}"
                );
                assert_eq!(
                    processed.num_image_tokens as u64,
                    record["num_image_tokens"][i].as_u64().unwrap(),
                    "{name} {case} image {i}"
                );
                tokens_per_image.push(processed.num_image_tokens);
            }
            let prompt = ChatPrompt {
                user_text: record["user_text"].as_str().unwrap(),
                ..Default::default()
            };
            let rendered = prompt.render_with_images(images.len(), &template);
            assert_eq!(
                rendered,
                record["prompt"].as_str().unwrap(),
                "{name} {case}"
            );
            let ids = tokenize_images(&checkpoint.tokenizer, &rendered, &tokens_per_image).unwrap();
            let expected: Vec<u32> = reference.ids(case, "input_ids");
            assert_eq!(ids, expected, "{name} {case}: prompt token ids");
        }
    }
}

#[test]
fn single_turn_prompts_render_as_the_checkpoints_chat_template() {
    let template = ChatTemplate::of(Family::Qwen3Vl);
    let reference = reference("tiny");
    let mut checked = 0;
    for case in reference.json["chat_template_cases"].as_array().unwrap() {
        if case["add_generation_prompt"] != true {
            continue;
        }
        let messages = case["messages"].as_array().unwrap();
        // One user turn, with or without a system message first: what a query renders.
        let text_of = |content: &Value| -> String {
            match content {
                Value::String(text) => text.clone(),
                Value::Array(parts) => parts.iter().filter_map(|p| p["text"].as_str()).collect(),
                _ => String::new(),
            }
        };
        let (system, user) = match messages.as_slice() {
            [user] if user["role"] == "user" => (None, user),
            [system, user] if system["role"] == "system" && user["role"] == "user" => {
                (Some(text_of(&system["content"])), user)
            }
            _ => continue,
        };
        let text_part = serde_json::json!({"type": "text", "text": user["content"]});
        let parts: Vec<&Value> = match &user["content"] {
            Value::Array(parts) => parts.iter().collect(),
            Value::String(_) => vec![&text_part],
            _ => continue,
        };
        let images = parts.iter().filter(|p| p["type"] == "image").count();
        let text: String = parts.iter().filter_map(|p| p["text"].as_str()).collect();
        // Images first, then the text: the order a query writes.
        let first_text = parts.iter().position(|p| p["type"] == "text");
        if first_text.is_some_and(|t| t < images) {
            continue;
        }
        let prompt = ChatPrompt {
            system: system.as_deref(),
            user_text: &text,
            ..Default::default()
        };
        assert_eq!(
            prompt.render_with_images(images, &template),
            case["rendered"].as_str().unwrap(),
            "{}",
            case["name"]
        );
        checked += 1;
    }
    assert!(checked >= 5, "only {checked} single-turn cases");
}
