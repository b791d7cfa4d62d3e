// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! Random weights at a real configuration, for benchmarks and memory checks: real RoboBrain
//! checkpoints can't be downloaded where this project is built and tested.
//!
//! Every tensor is a pure function of its name (a seeded generator per name), so two loads at
//! different precisions see the same model and their logits can be compared.

use candle_core::{DType, Device, Result, Shape, Tensor};
use candle_nn::var_builder::SimpleBackend;

use crate::models::ModelConfig;

/// A released shape by name ([`crate::models::PRESETS`]).
pub fn preset_config(name: &str) -> anyhow::Result<ModelConfig> {
    crate::models::preset(name).map_err(anyhow::Error::msg)
}

/// `cfg` with `layers` decoder layers and at most as many vision blocks (the widths unchanged),
/// for measuring at a released width on a machine that can't hold or run the whole depth
/// ([`ModelConfig::with_depth`]).
pub fn with_depth(cfg: ModelConfig, layers: usize) -> anyhow::Result<ModelConfig> {
    anyhow::ensure!(
        (1..=cfg.num_layers()).contains(&layers),
        "--layers {layers}: expected 1 to {} (the shape's decoder layers)",
        cfg.num_layers()
    );
    Ok(cfg.with_depth(layers))
}

/// Serves any requested tensor with values scaled like a trained network's: norm weights near
/// 1, biases (LayerNorm biases too) near 0, matrices with unit-variance outputs (std 1/sqrt(fan_in)).
pub struct RandomWeights;

/// splitmix64: fast, and good enough for benchmark weights.
fn next(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

fn seed_of(name: &str) -> u64 {
    // FNV-1a: stable across runs and platforms (std's hasher is randomly keyed).
    name.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ b as u64).wrapping_mul(0x100_0000_01b3)
    })
}

impl SimpleBackend for RandomWeights {
    fn get(
        &self,
        shape: Shape,
        name: &str,
        _: candle_nn::Init,
        dtype: DType,
        dev: &Device,
    ) -> Result<Tensor> {
        let dims = shape.dims();
        let fan_in: usize = dims.iter().skip(1).product::<usize>().max(1);
        let is_norm = name.contains("norm") || name.contains("ln_q");
        let (center, spread) = if dims.len() == 1 && is_norm && !name.ends_with(".bias") {
            (1.0f32, 0.1f32)
        } else if dims.len() == 1 {
            (0.0, 0.02)
        } else {
            (0.0, 1.0 / (fan_in as f32).sqrt())
        };
        // Uniform on [-a, a] has std a / sqrt(3).
        let half_width = spread * 3f32.sqrt();
        let mut state = seed_of(name);
        let values: Vec<f32> = (0..shape.elem_count())
            .map(|_| {
                let unit = (next(&mut state) >> 40) as f32 / (1u64 << 24) as f32;
                center + (2.0 * unit - 1.0) * half_width
            })
            .collect();
        Tensor::from_vec(values, shape, &Device::Cpu)?
            .to_dtype(dtype)?
            .to_device(dev)
    }

    fn get_unchecked(&self, name: &str, _: DType, _: &Device) -> Result<Tensor> {
        candle_core::bail!("random weights need a shape for {name}")
    }

    fn contains_tensor(&self, name: &str) -> bool {
        // Published checkpoint names only: Qwen2.5-VL probes for the transformers-5 layout and
        // both families for an untied head; answer as a tied checkpoint published by
        // transformers 4.x would (a config that says untied reads lm_head anyway). Qwen3-VL
        // reads `model.visual.*` without probing.
        !name.starts_with("model.visual.") && name != "lm_head.weight"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draw(shape: impl Into<Shape>, name: &str) -> Tensor {
        RandomWeights
            .get(
                shape.into(),
                name,
                Default::default(),
                DType::F32,
                &Device::Cpu,
            )
            .unwrap()
    }

    #[test]
    fn reduced_depth_keeps_the_widths_and_a_full_attention_block() {
        let full = preset_config("3b").unwrap();
        let qwen25 = |cfg: ModelConfig| match cfg {
            ModelConfig::Qwen25Vl(c) => c,
            other => panic!("{:?}", other.family()),
        };
        let cfg = qwen25(with_depth(full.clone(), 4).unwrap());
        assert_eq!((cfg.text.num_hidden_layers, cfg.vision.depth), (4, 4));
        assert_eq!(cfg.vision.fullatt_block_indexes, vec![3]);
        assert_eq!(cfg.text.hidden_size, full.text_hidden_size());
        let cfg = qwen25(with_depth(full.clone(), 16).unwrap());
        assert_eq!(cfg.vision.fullatt_block_indexes, vec![7, 15]);
        assert!(with_depth(full.clone(), 0).is_err());
        assert!(with_depth(full, 37).is_err());
    }

    #[test]
    fn same_name_same_values_and_sensible_scales() {
        let a = draw((64, 256), "x.weight");
        let b = draw((64, 256), "x.weight");
        assert_eq!(a.to_vec2::<f32>().unwrap(), b.to_vec2::<f32>().unwrap());
        let std = a
            .sqr()
            .unwrap()
            .mean_all()
            .unwrap()
            .to_scalar::<f32>()
            .unwrap()
            .sqrt();
        assert!((std - 1.0 / 16.0).abs() < 0.005, "{std}");
        let norm = draw(64, "norm.weight");
        let mean = norm.mean_all().unwrap().to_scalar::<f32>().unwrap();
        assert!((mean - 1.0).abs() < 0.05, "{mean}");
    }
}
