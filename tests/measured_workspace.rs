// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! The memory plan's workspace against the heap peaks the counting allocator measures on the
//! CPU, at released widths (RoboBrain 2.0-3B and 2.5-4B: one decoder layer and one vision
//! block, a small vocabulary so that the test loads quickly). On the CPU every tensor is a heap
//! allocation, so this checks each family's formula against what the code really holds, stage
//! by stage: a CPU proxy for the GPU.
//!
//! In a binary of its own, the tests one at a time ([`ONE_AT_A_TIME`]): the allocator counts
//! every thread, so nothing else may run.

use std::sync::Mutex;

use candle_core::{DType, Device};
use candle_nn::VarBuilder;
use robobrain::bench::measure_stages;
use robobrain::bench::random::{preset_config, with_depth, RandomWeights};
use robobrain::engine::LoadedModel;
use robobrain::measure::alloc::{self, CountingAllocator};
use robobrain::models::{Precision, SpecialTokens, Weights};
use robobrain::preprocess::image_processor::{ImageProcessor, ImageProcessorConfig};

#[global_allocator]
static ALLOCATOR: CountingAllocator = CountingAllocator;

/// The measurements must not overlap: the allocator's peak is the process's.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

/// Runs `preset` at one layer through two image sizes and checks the plan against the peaks.
fn planned_workspace_is_within_15_percent(preset: &str, processor: ImageProcessorConfig) {
    let _alone = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    assert!(alloc::is_counting());
    // The vocabulary only sizes the embedding and the last position's logits.
    let config = with_depth(preset_config(preset).unwrap(), 1)
        .unwrap()
        .with_vocabulary(
            4096,
            SpecialTokens {
                image: 4000,
                vision_start: 4001,
                vision_end: 4002,
            },
        );
    let precision = Precision::Int8;
    let vb = VarBuilder::from_backend(Box::new(RandomWeights), DType::F32, Device::Cpu);
    let weights = Weights::new(vb, precision, Device::Cpu);
    let mut loaded =
        LoadedModel::build(&config, &weights, None, ImageProcessor::new(processor)).unwrap();
    // A first query: candle's x86 int8 kernels keep repacked weights after their first use.
    measure_stages(&mut loaded, 320, 240, 2, precision, None).unwrap();
    for (w, h) in [(640, 480), (1280, 720)] {
        let (run, m) = measure_stages(&mut loaded, w, h, 3, precision, None).unwrap();
        eprintln!(
            "{preset} {w}x{h} ({} image tokens): vision {:.1} MB measured, {:.1} planned; prefill (less KV) {:.1} measured, {:.1} planned; workspace ratio {:.3}",
            run.image_tokens,
            m.vision_peak_bytes as f64 / 1e6,
            m.planned_vision_bytes as f64 / 1e6,
            (m.prefill_peak_bytes - m.prompt_kv_bytes) as f64 / 1e6,
            m.planned_prefill_bytes as f64 / 1e6,
            m.measured_over_planned
        );
        assert!(
            (0.85..=1.15).contains(&m.measured_over_planned),
            "{preset} {w}x{h}: measured workspace {} bytes, planned {}",
            m.measured_workspace_bytes,
            m.planned_workspace_bytes
        );
        // Each stage on its own too, so that a stage the plan misjudges can't hide behind the other.
        let vision = m.vision_peak_bytes as f64 / m.planned_vision_bytes as f64;
        let prefill =
            (m.prefill_peak_bytes - m.prompt_kv_bytes) as f64 / m.planned_prefill_bytes as f64;
        assert!(
            (0.85..=1.15).contains(&vision),
            "{preset} {w}x{h}: vision {vision}"
        );
        assert!(
            (0.85..=1.15).contains(&prefill),
            "{preset} {w}x{h}: prefill {prefill}"
        );
    }
}

#[test]
fn planned_workspace_is_within_15_percent_of_the_measured_peak() {
    planned_workspace_is_within_15_percent(
        "3b",
        ImageProcessorConfig::default()
            .with_pixel_limits(None, Some(12_845_056))
            .unwrap(),
    );
}

/// Qwen3-VL: full attention in every block, the position table, DeepStack sets held through
/// prefill. The published preprocessor: patch 16, mean = std = 0.5.
#[test]
fn qwen3_vl_planned_workspace_is_within_15_percent_of_the_measured_peak() {
    planned_workspace_is_within_15_percent(
        "rb25-4b",
        ImageProcessorConfig {
            patch_size: 16,
            image_mean: [0.5; 3],
            image_std: [0.5; 3],
            ..ImageProcessorConfig::default()
        }
        .with_pixel_limits(Some(65_536), Some(16_777_216))
        .unwrap(),
    );
}
