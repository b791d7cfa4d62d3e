// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! Qwen3-VL (RoboBrain 2.5) against transformers' own outputs on the tiny checkpoints
//! (tests/fixtures/rb25, made by scripts/fixtures/make_rb25_fixtures.py; versions in
//! reference/<name>.json): `tiny` (tied head, the published 4.57 config layout) and
//! `tiny-untied` (untied head, another shape, the transformers 5 layout).
//!
//! The model is driven through [`VlModel`] directly (the engine's prompt rendering is not the
//! point here): the reference's input ids and pixel rows in, position ids, vision outputs,
//! prefill logits of every position and 40 greedy tokens (prefill + decode steps on the KV
//! cache) compared.

use std::path::Path;

use candle_core::Tensor;
use robobrain::engine::{
    ChatPrompt, Engine, InferenceRequest, LoadOptions, SamplingOverrides, StopCheck,
};
use robobrain::models::{
    ConfigError, Family, ImageFeatures, ModelConfig, Precision, VisionTiling, VlModel,
};
use serde_json::Value;

mod common;
use common::{max_abs_error, options, rb25, relative_error, relative_l2_error, Reference};

const CHECKPOINTS: [&str; 2] = ["tiny", "tiny-untied"];
const CASES: [&str; 4] = ["image_0", "image_1", "text_only", "two_images"];

impl Reference {
    /// The case's images in prompt order: pixel rows and grid.
    fn images(&self, case: &str) -> Vec<(Tensor, [usize; 3])> {
        if !self.has(case, "grid_thw") {
            return Vec::new();
        }
        let grids: Vec<[usize; 3]> = self
            .ints(case, "grid_thw")
            .chunks(3)
            .map(|g| [g[0] as usize, g[1] as usize, g[2] as usize])
            .collect();
        if grids.len() == 1 {
            return vec![(self.tensor(case, "pixel_values"), grids[0])];
        }
        grids
            .into_iter()
            .enumerate()
            .map(|(i, grid)| (self.tensor(case, &format!("pixel_values_{i}")), grid))
            .collect()
    }
}

fn load_engine(checkpoint: &str, precision: Precision) -> Engine {
    common::load(rb25().join(checkpoint), precision)
}

fn load(checkpoint: &str, precision: Precision) -> VlModel {
    load_engine(checkpoint, precision).into_loaded().model
}

/// The case's image features (images encoded one by one, joined) and grids.
fn features(
    model: &VlModel,
    reference: &Reference,
    case: &str,
) -> (Option<ImageFeatures>, Vec<[usize; 3]>) {
    let images = reference.images(case);
    let grids = images.iter().map(|(_, g)| *g).collect();
    let encoded = images
        .iter()
        .map(|(pixels, grid)| model.encode_image(pixels, *grid).unwrap())
        .collect();
    (ImageFeatures::join(encoded).unwrap(), grids)
}

/// Prefill logits of every prompt position.
fn prefill(model: &mut VlModel, reference: &Reference, case: &str) -> Tensor {
    let (images, grids) = features(model, reference, case);
    let ids = reference.ids(case, "input_ids");
    model
        .prefill(&ids, images.as_ref(), &grids, true)
        .unwrap()
        .0
}

fn argmax(logits: &Tensor) -> u32 {
    logits
        .flatten_all()
        .unwrap()
        .argmax(0)
        .unwrap()
        .to_scalar::<u32>()
        .unwrap()
}

/// `count` greedy tokens: prefill (last position), then decode steps on the KV cache at the
/// positions the engine gives them (after the prompt, shifted by the rope delta).
fn greedy(model: &mut VlModel, reference: &Reference, case: &str, count: usize) -> Vec<u32> {
    let (images, grids) = features(model, reference, case);
    let ids = reference.ids(case, "input_ids");
    let (logits, rope) = model.prefill(&ids, images.as_ref(), &grids, false).unwrap();
    let mut tokens = vec![argmax(&logits)];
    while tokens.len() < count {
        let position = (ids.len() + tokens.len() - 1) as i64 + rope.delta;
        let logits = model
            .decode_step(*tokens.last().unwrap(), position)
            .unwrap();
        tokens.push(argmax(&logits));
    }
    tokens
}

#[test]
fn the_checkpoints_load_as_qwen3_vl_with_their_heads() {
    for checkpoint in CHECKPOINTS {
        let reference = Reference::load(rb25().join("reference"), checkpoint);
        let engine = load_engine(checkpoint, Precision::F32);
        let config = engine.config();
        assert_eq!(config.family(), Family::Qwen3Vl);
        assert_eq!(config.image_factor(), 32);
        assert_eq!(
            config.tie_word_embeddings(),
            reference.json["config"]["tie_word_embeddings"]
                .as_bool()
                .unwrap(),
            "{checkpoint}"
        );
        let ModelConfig::Qwen3Vl(c) = config else {
            unreachable!()
        };
        let summary = &reference.json["config"];
        assert_eq!(
            c.text.head_dim as u64,
            summary["text"]["head_dim"].as_u64().unwrap()
        );
        assert_eq!(
            c.text.rope_theta,
            summary["text"]["rope_parameters"]["rope_theta"]
                .as_f64()
                .unwrap()
        );
        let deepstack: Vec<usize> =
            serde_json::from_value(summary["vision"]["deepstack_visual_indexes"].clone()).unwrap();
        assert_eq!(c.vision.deepstack_visual_indexes, deepstack);
        // Every weight the loader placed is in the memory plan's count.
        let estimated =
            robobrain::engine::memory::split_weight_bytes(config, Precision::F32, None, true).main;
        assert_eq!(
            estimated,
            engine.loaded().weight_bytes as u64,
            "{checkpoint}"
        );
    }
}

#[test]
fn position_ids_match_transformers() {
    for checkpoint in CHECKPOINTS {
        let reference = Reference::load(rb25().join("reference"), checkpoint);
        let model = load(checkpoint, Precision::F32);
        for case in CASES {
            let ids = reference.ids(case, "input_ids");
            let grids: Vec<[usize; 3]> = reference.images(case).iter().map(|(_, g)| *g).collect();
            let rope = robobrain::models::rope_index(
                &ids,
                model.config().tokens().image,
                &grids,
                model.config().spatial_merge_size(),
            )
            .unwrap();
            let expected = reference.ints(case, "position_ids");
            let len = ids.len();
            for axis in 0..3 {
                assert_eq!(
                    rope.positions[axis],
                    expected[axis * len..(axis + 1) * len],
                    "{checkpoint}/{case}: position ids, axis {axis}"
                );
            }
            assert_eq!(
                rope.delta,
                reference.case(case)["rope_delta"].as_i64().unwrap(),
                "{checkpoint}/{case}: rope delta"
            );
        }
    }
}

#[test]
fn vision_outputs_match_transformers() {
    for checkpoint in CHECKPOINTS {
        let reference = Reference::load(rb25().join("reference"), checkpoint);
        let model = load(checkpoint, Precision::F32);
        for case in CASES {
            let (Some(features), _) = features(&model, &reference, case) else {
                continue;
            };
            let expected = reference.tensor(case, "image_embeds");
            let (abs, rel) = (
                max_abs_error(&features.embeds, &expected),
                relative_error(&features.embeds, &expected),
            );
            eprintln!(
                "{checkpoint}/{case}: image embeds max abs error {abs:.3e}, relative {rel:.3e}"
            );
            assert!(rel < 1e-5, "{checkpoint}/{case}: image embeds {rel}");
            let sets = reference.case(case)["deepstack_feature_sets"]
                .as_u64()
                .unwrap() as usize;
            assert_eq!(features.deepstack.len(), sets, "{checkpoint}/{case}");
            for (k, set) in features.deepstack.iter().enumerate() {
                let expected = reference.tensor(case, &format!("deepstack_{k}"));
                let (abs, rel) = (
                    max_abs_error(set, &expected),
                    relative_error(set, &expected),
                );
                eprintln!("{checkpoint}/{case}: deepstack {k} max abs error {abs:.3e}, relative {rel:.3e}");
                assert!(rel < 1e-5, "{checkpoint}/{case}: deepstack {k} {rel}");
            }
        }
    }
}

#[test]
fn f32_prefill_logits_match_transformers() {
    for checkpoint in CHECKPOINTS {
        let reference = Reference::load(rb25().join("reference"), checkpoint);
        let mut model = load(checkpoint, Precision::F32);
        for case in CASES {
            let logits = prefill(&mut model, &reference, case);
            let expected = reference.tensor(case, "logits");
            assert_eq!(logits.dims(), expected.dims(), "{checkpoint}/{case}");
            let (abs, rel) = (
                max_abs_error(&logits, &expected),
                relative_error(&logits, &expected),
            );
            eprintln!(
                "{checkpoint}/{case}: f32 prefill logits max abs error {abs:.3e}, relative {rel:.3e} (worst logit, of max |logit| {:.3})",
                abs / rel
            );
            // f32 rounding: transformers' own decode steps differ from its prefill of the same
            // positions by 2.9e-6 to 3.3e-6 (reference json,
            // decode_vs_full_prefill_max_abs_diff); these logits reach |5|.
            assert!(
                abs < 2e-5 && rel < 5e-6,
                "{checkpoint}/{case}: f32 prefill logits max abs error {abs}, relative {rel}"
            );
        }
    }
}

#[test]
fn f32_greedy_tokens_match_transformers_with_the_kv_cache() {
    for checkpoint in CHECKPOINTS {
        let reference = Reference::load(rb25().join("reference"), checkpoint);
        let mut model = load(checkpoint, Precision::F32);
        for case in CASES {
            let expected: Vec<u32> = reference
                .ints(case, "greedy_tokens")
                .into_iter()
                .map(|t| t as u32)
                .collect();
            let tokens = greedy(&mut model, &reference, case, expected.len());
            eprintln!(
                "{checkpoint}/{case}: {} greedy tokens, identical: {}",
                tokens.len(),
                tokens == expected
            );
            assert_eq!(tokens, expected, "{checkpoint}/{case}: greedy tokens");
        }
    }
}

/// Small attention tiles and row chunks in the tower, and small prefill chunks (image rows,
/// and so DeepStack rows, split across chunks), against the whole pass and transformers.
#[test]
fn tiled_vision_and_chunked_prefill_match_the_whole_pass() {
    const SMALL: VisionTiling = VisionTiling {
        attention_tile: 5,
        row_chunk: 12,
    };
    for checkpoint in CHECKPOINTS {
        let reference = Reference::load(rb25().join("reference"), checkpoint);
        let mut whole = load(checkpoint, Precision::F32);
        whole
            .set_vision_tiling(VisionTiling {
                attention_tile: usize::MAX,
                row_chunk: usize::MAX,
            })
            .unwrap();
        whole.text_mut().set_prefill_chunk(usize::MAX).unwrap();
        let mut tiled = load(checkpoint, Precision::F32);
        tiled.set_vision_tiling(SMALL).unwrap();
        tiled.text_mut().set_prefill_chunk(7).unwrap();
        for case in ["image_1", "two_images"] {
            let a = prefill(&mut tiled, &reference, case);
            let b = prefill(&mut whole, &reference, case);
            let expected = reference.tensor(case, "logits");
            let (vs_whole, vs_reference) = (relative_error(&a, &b), relative_error(&a, &expected));
            eprintln!("{checkpoint}/{case}: tiled + chunked prefill relative error {vs_whole:.3e} to the whole pass, {vs_reference:.3e} to transformers");
            assert!(
                vs_whole < 1e-5 && vs_reference < 1e-5,
                "{checkpoint}/{case}"
            );
        }
        let expected: Vec<u32> = reference
            .ints("two_images", "greedy_tokens")
            .into_iter()
            .map(|t| t as u32)
            .collect();
        assert_eq!(
            greedy(&mut tiled, &reference, "two_images", expected.len()),
            expected,
            "{checkpoint}: greedy tokens with chunked prefill"
        );
    }
}

/// The decoder split after its first layer (the DeepStack additions of layer 1 on the other
/// side of the split): the same logits as the whole model on one device.
#[test]
fn split_decoder_keeps_the_deepstack_additions() {
    for checkpoint in CHECKPOINTS {
        let reference = Reference::load(rb25().join("reference"), checkpoint);
        let mut whole = load(checkpoint, Precision::F32);
        let split = LoadOptions {
            gpu_layers: Some(1),
            ..options(Precision::F32)
        };
        let engine = Engine::load(rb25().join(checkpoint), &split).unwrap();
        assert_eq!(engine.loaded().gpu_layers, Some(1));
        let mut split = engine.into_loaded().model;
        for case in ["image_0", "two_images"] {
            let a = prefill(&mut split, &reference, case);
            let b = prefill(&mut whole, &reference, case);
            assert_eq!(
                a.flatten_all().unwrap().to_vec1::<f32>().unwrap(),
                b.flatten_all().unwrap().to_vec1::<f32>().unwrap(),
                "{checkpoint}/{case}"
            );
        }
    }
}

#[test]
fn int8_prefill_logits_stay_close_to_the_reference() {
    for checkpoint in CHECKPOINTS {
        let reference = Reference::load(rb25().join("reference"), checkpoint);
        let engine = load_engine(checkpoint, Precision::Int8);
        let estimated = robobrain::engine::memory::split_weight_bytes(
            engine.config(),
            Precision::Int8,
            None,
            true,
        )
        .main;
        assert_eq!(
            estimated,
            engine.loaded().weight_bytes as u64,
            "{checkpoint}: int8 bytes"
        );
        let mut model = engine.into_loaded().model;
        for case in CASES {
            let logits = prefill(&mut model, &reference, case);
            let expected = reference.tensor(case, "logits");
            let (l2, worst) = (
                relative_l2_error(&logits, &expected),
                relative_error(&logits, &expected),
            );
            eprintln!("{checkpoint}/{case}: int8 prefill logits relative error {l2:.3e} (L2), worst logit {worst:.3e} of max");
            assert!(
                l2 < 5e-2,
                "{checkpoint}/{case}: int8 prefill logits relative L2 error {l2}"
            );
        }
    }
}

/// The engine's own path, as a query runs it: the chat template rendered for the family (no
/// default system message), the images preprocessed (factor 32, mean = std = 0.5, the
/// checkpoint's pixel limits), one image run per image, vision, prefill and greedy decoding.
#[test]
fn the_engine_renders_preprocesses_and_generates_as_transformers() {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    for checkpoint in CHECKPOINTS {
        let reference = Reference::load(rb25().join("reference"), checkpoint);
        let mut engine = load_engine(checkpoint, Precision::F32);
        for case in CASES {
            let record = reference.case(case);
            let pictures: Vec<image::RgbImage> = record
                .get("images")
                .and_then(Value::as_array)
                .map_or(&[][..], Vec::as_slice)
                .iter()
                .map(|p| {
                    image::open(fixtures.join(p.as_str().unwrap()))
                        .unwrap()
                        .to_rgb8()
                })
                .collect();
            // The engine's pixel rows are transformers' (PIL processor).
            for (picture, (expected, grid)) in pictures.iter().zip(reference.images(case)) {
                let processed = engine.loaded().processor.preprocess(picture).unwrap();
                assert_eq!(processed.grid_thw, grid, "{checkpoint}/{case}: grid");
                let diff = max_abs_error(&processed.pixel_values, &expected);
                assert!(
                    diff < 1e-6,
                    "{checkpoint}/{case}: pixel values differ by {diff}"
                );
            }
            let text = record["user_text"].as_str().unwrap();
            let prompt = ChatPrompt {
                user_text: text,
                ..Default::default()
            };
            assert_eq!(
                prompt.render_with_images(pictures.len(), &engine.chat_template()),
                record["prompt"].as_str().unwrap(),
                "{checkpoint}/{case}: rendered prompt"
            );
            let expected: Vec<u32> = reference
                .ints(case, "greedy_tokens")
                .into_iter()
                .map(|t| t as u32)
                .collect();
            let request = InferenceRequest {
                images: pictures.iter().collect(),
                prompt,
                max_new_tokens: expected.len(),
                // Plain greedy, as transformers generated the reference.
                sampling: SamplingOverrides {
                    temperature: Some(0.0),
                    repetition_penalty: Some(1.0),
                    ..Default::default()
                },
                seed: None,
            };
            let out = engine.generate(&request, |_| {}, StopCheck::NEVER).unwrap();
            assert_eq!(
                out.prompt_tokens,
                record["num_prompt_tokens"].as_u64().unwrap() as usize,
                "{checkpoint}/{case}: prompt tokens"
            );
            let per_image: Vec<usize> = record
                .get("num_image_tokens")
                .map(|n| serde_json::from_value(n.clone()).unwrap())
                .unwrap_or_default();
            assert_eq!(out.image_tokens_per_image, per_image, "{checkpoint}/{case}");
            if let Some(sizes) = record.get("resized_size_wh").and_then(Value::as_array) {
                for (geometry, size) in out.images.iter().zip(sizes) {
                    assert_eq!(
                        [geometry.resized_width, geometry.resized_height],
                        [
                            size[0].as_u64().unwrap() as u32,
                            size[1].as_u64().unwrap() as u32
                        ],
                        "{checkpoint}/{case}: resized size"
                    );
                }
            }
            eprintln!(
                "{checkpoint}/{case}: through the engine, {} greedy tokens identical: {}",
                out.tokens.len(),
                out.tokens == expected
            );
            assert_eq!(out.tokens, expected, "{checkpoint}/{case}: greedy tokens");
        }
    }
}

fn config_text(checkpoint: &str) -> String {
    std::fs::read_to_string(rb25().join(checkpoint).join("config.json")).unwrap()
}

/// A config.json's text rope fields moved to the other layout: `rope_parameters` (with
/// rope_theta inside) <-> `rope_scaling` with `rope_theta` beside it.
fn other_layout(text: &str) -> String {
    let mut root: Value = serde_json::from_str(text).unwrap();
    let text_config = root["text_config"].as_object_mut().unwrap();
    if let Some(mut rope) = text_config.remove("rope_parameters") {
        let theta = rope.as_object_mut().unwrap().remove("rope_theta").unwrap();
        text_config.insert("rope_scaling".into(), rope);
        text_config.insert("rope_theta".into(), theta);
        root["vision_config"]
            .as_object_mut()
            .unwrap()
            .remove("rope_parameters");
        root["vision_config"]["model_type"] = "qwen3_vl".into();
    } else {
        let mut rope = text_config.remove("rope_scaling").unwrap();
        rope["rope_theta"] = text_config.remove("rope_theta").unwrap();
        text_config.insert("rope_parameters".into(), rope);
        root["vision_config"]["rope_parameters"] =
            serde_json::json!({"rope_theta": 10000.0, "rope_type": "axial"});
        root["vision_config"]["model_type"] = "qwen3_vl_vision".into();
    }
    root.to_string()
}

#[test]
fn both_config_layouts_of_a_checkpoint_give_the_same_config() {
    for checkpoint in CHECKPOINTS {
        let text = config_text(checkpoint);
        let other = other_layout(&text);
        assert_ne!(text, other);
        assert!(
            other.contains("rope_scaling") != text.contains("rope_scaling"),
            "{checkpoint}"
        );
        assert_eq!(
            ModelConfig::from_json(&other).unwrap(),
            ModelConfig::from_json(&text).unwrap(),
            "{checkpoint}"
        );
    }
}

#[test]
fn unknown_layouts_and_families_are_refused_naming_the_field() {
    let tied = config_text("tiny");
    let untied = config_text("tiny-untied");
    let refused = |text: String| -> String {
        match ModelConfig::from_json(&text) {
            Ok(_) => panic!("accepted: {text}"),
            Err(e) => e.to_string(),
        }
    };
    let err = refused(tied.replace(
        "\"model_type\": \"qwen3_vl\",",
        "\"model_type\": \"qwen3_vl_moe\",",
    ));
    assert!(
        err.contains("\"qwen3_vl_moe\"")
            && err.contains("model_type \"qwen3_vl\": Qwen3-VL, RoboBrain 2.5")
            && err.contains("model_type \"qwen2_5_vl\": Qwen2.5-VL, RoboBrain 2.0"),
        "{err}"
    );
    let err = refused(tied.replace("\"rope_type\": \"default\"", "\"rope_type\": \"yarn\""));
    assert!(
        err.contains("text_config.rope_scaling.rope_type \"yarn\""),
        "{err}"
    );
    let err = refused(untied.replace("\"rope_type\": \"default\"", "\"rope_type\": \"dynamic\""));
    assert!(
        err.contains("text_config.rope_parameters.rope_type \"dynamic\""),
        "{err}"
    );
    let err = refused(untied.replace("\"rope_type\": \"axial\"", "\"rope_type\": \"default\""));
    assert!(
        err.contains("vision_config.rope_parameters.rope_type"),
        "{err}"
    );
    let err = refused(tied.replace("\"head_dim\": 32", "\"head_dim\": 30"));
    assert!(err.contains("text_config.head_dim 30"), "{err}");
    let mut root: Value = serde_json::from_str(&tied).unwrap();
    root["vision_config"]["deepstack_visual_indexes"] = serde_json::json!([1, 4]);
    let err = refused(root.to_string());
    assert!(
        err.contains("vision_config.deepstack_visual_indexes names block 4"),
        "{err}"
    );
    // The error type says which kind of refusal it is.
    assert!(matches!(
        ModelConfig::from_json(&tied.replace("\"qwen3_vl\",", "\"llava\",")),
        Err(ConfigError::UnknownFamily { .. })
    ));
    // A non-interleaved layout is taken as written (contiguous sections), not refused.
    let sections = ModelConfig::from_json(&tied.replace(
        "\"mrope_interleaved\": true",
        "\"mrope_interleaved\": false",
    ))
    .unwrap();
    assert_eq!(
        sections.decoder().mrope,
        robobrain::models::decoder::MropeLayout::Sections(vec![6, 5, 5])
    );
}
