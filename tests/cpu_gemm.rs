//! The CPU's int8 GEMM path (src/model/cpu_gemm.rs) against candle's own Q8_0 kernel on the
//! tiny checkpoint: prefill logits of every prompt position (many rows: text and image prompts,
//! the vision tower included), the whole model and the split decoder. One test in a binary of its own, since it
//! switches the path for the whole process.

use std::path::Path;

use candle_core::{Device, Tensor};
use robobrain::engine::{CacheLocation, ChatPrompt, Engine, LoadOptions};
use robobrain::model::{cpu_gemm, Precision};

fn load(gpu_layers: Option<usize>) -> Engine {
    let options = LoadOptions {
        cache: CacheLocation::Disabled,
        gpu_layers,
        ..LoadOptions::new(Precision::Int8, Device::Cpu)
    };
    Engine::load(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tiny"),
        &options,
    )
    .unwrap()
}

/// Prefill logits of all positions for a text prompt and an image prompt.
fn run(engine: &mut Engine) -> Vec<Tensor> {
    let image = image::open(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/images/image_1.png"),
    )
    .unwrap()
    .to_rgb8();
    let processed = engine.processor.preprocess(&image).unwrap();
    let mut logits = Vec::new();
    for with_image in [false, true] {
        let prompt = ChatPrompt {
            user_text: "Point to the red mug.",
            has_image: with_image,
            ..Default::default()
        };
        let image_tokens = if with_image {
            processed.num_image_tokens
        } else {
            0
        };
        let ids = engine.tokenize(&prompt, image_tokens).unwrap();
        let pixels = with_image.then_some((&processed.pixel_values, processed.grid_thw));
        logits.push(engine.prefill_logits(&ids, pixels).unwrap());
    }
    logits
}

fn relative_l2(a: &Tensor, b: &Tensor) -> f64 {
    let flat = |t: &Tensor| t.flatten_all().unwrap().to_vec1::<f32>().unwrap();
    robobrain::measure::bench::relative_l2(&flat(a), &flat(b))
}

#[test]
fn the_int8_gemm_path_stays_within_the_int8_bound_of_candles_kernel() {
    for gpu_layers in [None, Some(1)] {
        cpu_gemm::set_enabled(false);
        let candle_logits = run(&mut load(gpu_layers));
        cpu_gemm::set_enabled(true);
        let gemm_logits = run(&mut load(gpu_layers));
        for (a, b) in gemm_logits.iter().zip(&candle_logits) {
            assert_eq!(a.dims(), b.dims());
            let err = relative_l2(a, b);
            // Both are int8; candle's kernel also rounds the activations to Q8_0, the GEMM path
            // keeps them f32. The model's int8 bound against f32 is 5e-2 (tests/model_parity.rs).
            eprintln!("gpu_layers {gpu_layers:?}: relative L2 {err:.2e}");
            assert!(err < 5e-2, "{gpu_layers:?}: relative L2 {err}");
            assert!(
                err > 0.0,
                "{gpu_layers:?}: the two paths were the same code"
            );
        }
    }
}
