// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! What the test binaries share: the fixtures' folders, a fixture checkpoint loaded without an
//! int8 cache written into it, transformers' references and the logit error measures.
//!
//! Each test binary uses a part of it.
#![allow(dead_code)]

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use candle_core::{DType, Device, Tensor};
use robobrain::engine::{
    CacheLocation, ChatPrompt, Engine, InferenceRequest, LoadOptions, SamplingOverrides, StopCheck,
};

use robobrain::models::Precision;
use serde_json::Value;

pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// The tiny RoboBrain 2.0 (Qwen2.5-VL) checkpoint.
pub fn tiny() -> PathBuf {
    fixtures().join("tiny")
}

/// The tiny RoboBrain 2.5 (Qwen3-VL) fixtures: `tiny`, `tiny-untied`, `reference`.
pub fn rb25() -> PathBuf {
    fixtures().join("rb25")
}

/// Options that leave the fixture folder as it is (no int8 cache written into it).
pub fn options(precision: Precision) -> LoadOptions {
    LoadOptions {
        cache: CacheLocation::Disabled,
        ..LoadOptions::new(precision, Device::Cpu)
    }
}

pub fn load(dir: impl AsRef<Path>, precision: Precision) -> Engine {
    let dir = dir.as_ref();
    Engine::load(dir, &options(precision))
        .unwrap_or_else(|e| panic!("loading {}: {e:#}", dir.display()))
}

/// transformers' outputs for a fixture checkpoint: `<stem>.safetensors` (tensors named
/// `<case>.<name>`) and `<stem>.json` (the cases' records under `cases`).
pub struct Reference {
    pub tensors: HashMap<String, Tensor>,
    pub json: Value,
}

impl Reference {
    pub fn load(dir: impl AsRef<Path>, stem: &str) -> Self {
        let dir = dir.as_ref();
        let tensors =
            candle_core::safetensors::load(dir.join(format!("{stem}.safetensors")), &Device::Cpu)
                .unwrap();
        let json = serde_json::from_str(
            &std::fs::read_to_string(dir.join(format!("{stem}.json"))).unwrap(),
        )
        .unwrap();
        Self { tensors, json }
    }

    pub fn tensor(&self, case: &str, name: &str) -> Tensor {
        let key = format!("{case}.{name}");
        self.tensors
            .get(&key)
            .unwrap_or_else(|| panic!("the reference has no {key}"))
            .clone()
    }

    pub fn has(&self, case: &str, name: &str) -> bool {
        self.tensors.contains_key(&format!("{case}.{name}"))
    }

    /// An integer tensor (token ids, grids, positions) flattened.
    pub fn ints(&self, case: &str, name: &str) -> Vec<i64> {
        self.tensor(case, name)
            .to_dtype(DType::I64)
            .unwrap()
            .flatten_all()
            .unwrap()
            .to_vec1::<i64>()
            .unwrap()
    }

    /// An integer tensor as u32 values (token ids).
    pub fn ids(&self, case: &str, name: &str) -> Vec<u32> {
        self.ints(case, name)
            .into_iter()
            .map(|v| v as u32)
            .collect()
    }

    pub fn case(&self, case: &str) -> &Value {
        &self.json["cases"][case]
    }
}

/// max |a - b|.
pub fn max_abs_error(a: &Tensor, b: &Tensor) -> f32 {
    (a - b)
        .unwrap()
        .abs()
        .unwrap()
        .max_all()
        .unwrap()
        .to_scalar::<f32>()
        .unwrap()
}

/// max |a - b| / max |b|: the worst logit error relative to the scale of the reference logits.
pub fn relative_error(a: &Tensor, b: &Tensor) -> f32 {
    let scale = b
        .abs()
        .unwrap()
        .max_all()
        .unwrap()
        .to_scalar::<f32>()
        .unwrap();
    max_abs_error(a, b) / scale
}

/// ||a - b||_2 / ||b||_2 over all positions and the vocabulary (the benchmarks' measure, the
/// int8 bound's).
pub fn relative_l2_error(a: &Tensor, b: &Tensor) -> f32 {
    let flat = |t: &Tensor| t.flatten_all().unwrap().to_vec1::<f32>().unwrap();
    robobrain::bench::relative_l2(&flat(a), &flat(b)) as f32
}

/// The tiny checkpoint's image cases (the third, `text_only`, has no image).
pub const IMAGE_CASES: [&str; 2] = ["image_0", "image_1"];

/// The tiny checkpoint's references (tests/fixtures/reference/reference.*).
pub fn reference() -> Reference {
    Reference::load(fixtures().join("reference"), "reference")
}

impl Reference {
    /// pixel_values and grid of an image case; None for the text-only one.
    pub fn pixels(&self, case: &str) -> Option<(Tensor, [usize; 3])> {
        IMAGE_CASES.contains(&case).then(|| {
            let g = self.ids(case, "grid_thw");
            (
                self.tensor(case, "pixel_values"),
                [g[0] as usize, g[1] as usize, g[2] as usize],
            )
        })
    }
}

/// Prefill logits (all positions) of the reference's image and text-only prompts, flattened.
pub fn prefill_values(engine: &mut Engine, reference: &Reference) -> Vec<f32> {
    ["image_1", "text_only"]
        .iter()
        .flat_map(|case| {
            let ids = reference.ids(case, "input_ids");
            let pixels = reference.pixels(case);
            engine
                .prefill_logits(&ids, pixels.as_ref().map(|(p, g)| (p, *g)))
                .unwrap()
                .flatten_all()
                .unwrap()
                .to_vec1::<f32>()
                .unwrap()
        })
        .collect()
}

pub fn image(case: &str) -> image::RgbImage {
    image::open(fixtures().join("images").join(format!("{case}.png")))
        .unwrap()
        .to_rgb8()
}

pub fn prompt_of(reference: &Reference, case: &str) -> (String, bool) {
    let c = reference.case(case);
    (
        c["user_text"].as_str().unwrap().to_string(),
        c.get("grid_thw").is_some(),
    )
}

/// The tiny checkpoint's greedy answer to a reference case through `Engine::generate`, with
/// the streamed tokens and text checked against the answer.
pub fn greedy_tokens(
    engine: &mut Engine,
    reference: &Reference,
    case: &str,
    repetition_penalty: f64,
) -> Vec<u32> {
    let (text, has_image) = prompt_of(reference, case);
    let img = has_image.then(|| image(case));
    let request = InferenceRequest {
        images: img.iter().collect(),
        prompt: ChatPrompt {
            user_text: &text,
            ..Default::default()
        },
        max_new_tokens: 16,
        // The references were generated greedy with these penalties, not the checkpoint's.
        sampling: SamplingOverrides {
            temperature: Some(0.0),
            repetition_penalty: Some(repetition_penalty),
            ..Default::default()
        },
        seed: None,
    };
    let (mut streamed, mut streamed_text) = (0, String::new());
    let out = engine
        .generate(
            &request,
            |generated| {
                streamed = generated.tokens.len();
                streamed_text = generated.text().unwrap();
            },
            StopCheck::NEVER,
        )
        .unwrap();
    assert_eq!(streamed, out.tokens.len(), "the callback saw every token");
    assert_eq!(
        streamed_text, out.text,
        "the streamed text ends as the answer"
    );
    if let Some(size) = reference.case(case).get("resized_size_wh") {
        let geometry = out.image.unwrap();
        assert_eq!(
            [geometry.resized_width, geometry.resized_height],
            [
                size[0].as_u64().unwrap() as u32,
                size[1].as_u64().unwrap() as u32
            ]
        );
    }
    out.tokens
}
