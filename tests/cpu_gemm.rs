// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! The CPU's int8 paths against candle's own Q8_0 kernel on the tiny checkpoint: the VNNI
//! kernel (src/model/vnni_gemm.rs) and the dequantized GEMM (src/model/cpu_gemm.rs), by
//! prefill logits of every prompt position (many rows: text and image prompts, the vision tower
//! included), the whole model and the split decoder; and the int8 vision MLP, widened for
//! candle's kernel or not. In a binary of its own, since the tests switch the paths for the
//! whole process (one at a time: [`SWITCH`]).

use std::path::Path;

use candle_core::{Device, Tensor};
use robobrain::engine::{ChatPrompt, Engine, LoadOptions};
use robobrain::quant::{cpu_gemm, vnni_gemm, Precision};

mod common;

/// Held by each test while it switches the path.
static SWITCH: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn load(gpu_layers: Option<usize>) -> Engine {
    let options = LoadOptions {
        gpu_layers,
        ..common::options(Precision::Int8)
    };
    Engine::load(common::tiny(), &options).unwrap()
}

/// Prefill logits of all positions for a text prompt and an image prompt.
fn run(engine: &mut Engine) -> Vec<Tensor> {
    let image = image::open(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/images/image_1.png"),
    )
    .unwrap()
    .to_rgb8();
    let processed = engine.loaded().processor.preprocess(&image).unwrap();
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
    robobrain::bench::relative_l2(&flat(a), &flat(b))
}

/// Prefill logits ([`run`]) with the VNNI kernel (chosen at load) and the dequantized GEMM
/// (chosen at each product) on or off.
fn run_with(gpu_layers: Option<usize>, vnni: bool, dequantized: bool) -> Vec<Tensor> {
    vnni_gemm::set_enabled(vnni);
    cpu_gemm::set_enabled(dequantized);
    let logits = run(&mut load(gpu_layers));
    vnni_gemm::set_enabled(true);
    cpu_gemm::set_enabled(true);
    logits
}

#[test]
fn the_int8_cpu_paths_stay_within_the_int8_bound_of_candles_kernel() {
    let _switch = SWITCH.lock().unwrap_or_else(|e| e.into_inner());
    for gpu_layers in [None, Some(1)] {
        let candle_logits = run_with(gpu_layers, false, false);
        let mut paths = vec![("dequantized GEMM", run_with(gpu_layers, false, true))];
        if vnni_gemm::available() {
            paths.push(("VNNI kernel", run_with(gpu_layers, true, true)));
        } else {
            eprintln!("no AVX-512 VNNI on this CPU: the VNNI kernel is not compared");
        }
        for (path, logits) in paths {
            for (a, b) in logits.iter().zip(&candle_logits) {
                assert_eq!(a.dims(), b.dims());
                let err = relative_l2(a, b);
                // All are int8; candle's kernel rounds the activations to Q8_K, the VNNI kernel
                // the same way with other rounding, the GEMM path keeps them f32. The model's int8
                // bound against f32 is 5e-2 (tests/model_parity.rs).
                eprintln!("{path}, gpu_layers {gpu_layers:?}: relative L2 {err:.2e}");
                assert!(err < 5e-2, "{path}, {gpu_layers:?}: relative L2 {err}");
                assert!(
                    err > 0.0,
                    "{path}, {gpu_layers:?}: the two paths were the same code"
                );
            }
        }
    }
}

#[test]
fn a_widened_int8_vision_mlp_stays_within_the_int8_bound() {
    // Widths where the widening applies: a 256-wide tower with a 350-wide MLP (as the 3B's
    // 1280 and 3420), which runs 512 wide at int8 on a CPU with candle's integer kernel.
    use candle_core::DType;
    use candle_nn::VarBuilder;
    use robobrain::bench::random::RandomWeights;
    use robobrain::models::qwen2_5_vl::config::VisionConfig;
    use robobrain::models::qwen2_5_vl::vision::{vision_mlp_width, VisionModel};
    use robobrain::models::Weights;
    let cfg: VisionConfig = serde_json::from_str(
        r#"{"depth": 2, "hidden_size": 256, "intermediate_size": 350, "num_heads": 4,
            "out_hidden_size": 256, "fullatt_block_indexes": [1]}"#,
    )
    .unwrap();
    let _switch = SWITCH.lock().unwrap_or_else(|e| e.into_inner());
    let grid = [1, 8, 12];
    let len = 96 * cfg.patch_input_len();
    let values: Vec<f32> = (0..len)
        .map(|i| (i * 7919 % 1013) as f32 / 506.5 - 1.0)
        .collect();
    let pixels = Tensor::from_vec(values, (96, cfg.patch_input_len()), &Device::Cpu).unwrap();
    let tower = |precision: Precision| {
        let vb = VarBuilder::from_backend(Box::new(RandomWeights), DType::F32, Device::Cpu);
        let w = Weights::new(vb, precision, Device::Cpu);
        VisionModel::new(&cfg, w)
            .unwrap()
            .forward(pixels.clone(), &[grid])
            .unwrap()
    };
    let exact = tower(Precision::F32);
    // The VNNI kernel takes the 350 as it is; the widening is for candle's kernel.
    if vnni_gemm::available() {
        assert_eq!(vision_mlp_width(&cfg, Precision::Int8, &Device::Cpu), 350);
        let vnni_error = relative_l2(&tower(Precision::Int8), &exact);
        eprintln!("vision MLP 350 wide, VNNI kernel: int8 relative L2 to f32 {vnni_error:.2e}");
        assert!(vnni_error < 5e-2, "{vnni_error}");
    }
    vnni_gemm::set_enabled(false);
    cpu_gemm::set_enabled(true);
    let widened = vision_mlp_width(&cfg, Precision::Int8, &Device::Cpu);
    let with_widening = tower(Precision::Int8);
    cpu_gemm::set_enabled(false);
    assert_eq!(vision_mlp_width(&cfg, Precision::Int8, &Device::Cpu), 350);
    let without = tower(Precision::Int8);
    cpu_gemm::set_enabled(true);
    vnni_gemm::set_enabled(true);
    let (wide_error, plain_error) = (
        relative_l2(&with_widening, &exact),
        relative_l2(&without, &exact),
    );
    eprintln!("vision MLP {widened} wide: int8 relative L2 to f32 {wide_error:.2e} (350 wide, dequantized: {plain_error:.2e})");
    assert!(
        wide_error < 5e-2 && plain_error < 5e-2,
        "{wide_error} {plain_error}"
    );
    if std::arch::is_x86_feature_detected!("avx512vnni")
        || std::arch::is_x86_feature_detected!("avxvnni")
    {
        assert_eq!(widened, 512);
        assert!(
            wide_error != plain_error,
            "the widened tower ran the same code"
        );
    } else {
        eprintln!("no VNNI on this CPU: nothing is widened");
    }
}
