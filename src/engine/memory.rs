// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! What a model will need on the device, before anything is loaded.
//!
//! Weight bytes are exact: they follow the same rule as [`crate::models::Weights`] (which
//! matrices become Q8_0 and which stay dense), tensor by tensor, as the model family lists its
//! tensors ([`ModelConfig::tensor_specs`]). The KV cache is exact for a given context. The
//! activation workspace is a bound on what one query holds at once besides weights and cache
//! (vision tower at the largest image allowed, text prefill at the longest prompt), as the
//! family computes it from its tiles and chunks ([`ModelConfig::workspace`]).

use serde::Serialize;

use crate::models::sizing::{Part, TensorSpec, WorkspaceLimits};
use crate::models::{ModelConfig, Precision};

pub const MIB: u64 = 1024 * 1024;

/// Bytes of weights on a GPU at `precision`, the whole model there.
pub fn weight_bytes(cfg: &ModelConfig, precision: Precision) -> u64 {
    split_weight_bytes(cfg, precision, None, false).main
}

/// Decoder layers on the main device for `gpu_layers` (None, or more than the model has: all).
pub fn main_layers(cfg: &ModelConfig, gpu_layers: Option<usize>) -> usize {
    let all = cfg.num_layers();
    gpu_layers.map_or(all, |n| n.min(all))
}

/// Weight bytes on the main device and on the offload device (the CPU).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct WeightSplit {
    pub main: u64,
    pub offloaded: u64,
}

/// Where the weights go with the first `gpu_layers` decoder layers on the main device (see
/// [`crate::models::Offload`]): the other layers, the final norm and the head on the CPU, with a
/// copy of the embedding there when the head is tied to it. `main_on_cpu`: the main device is
/// the CPU too (no GPU), where int8 products are packed ([`TensorSpec::host_bytes`]).
pub fn split_weight_bytes(
    cfg: &ModelConfig,
    precision: Precision,
    gpu_layers: Option<usize>,
    main_on_cpu: bool,
) -> WeightSplit {
    let main_layers = main_layers(cfg, gpu_layers);
    let offloading = main_layers < cfg.num_layers();
    let mut split = WeightSplit {
        main: 0,
        offloaded: 0,
    };
    for spec in cfg.tensor_specs() {
        let on_main = match spec.part {
            Part::Front => true,
            Part::Layer(i) => i < main_layers,
            Part::Head => !offloading,
        };
        if on_main {
            split.main += spec.main_bytes(precision, main_on_cpu);
        } else {
            split.offloaded += spec.host_bytes(precision);
        }
    }
    if cfg.tie_word_embeddings() {
        let decoder = cfg.decoder();
        let head = TensorSpec::tied_head(decoder.vocab_size, decoder.hidden_size);
        if offloading {
            // The head's own copy of the embedding on the CPU.
            split.offloaded += head.host_bytes(precision);
        } else if main_on_cpu && head.packed_on_cpu(precision) {
            // Packed beside the embedding it is tied to (elsewhere the two share storage).
            split.main += head.host_bytes(precision);
        }
    }
    split
}

/// Number of weights (parameters) the model loads.
pub fn parameter_count(cfg: &ModelConfig) -> u64 {
    cfg.tensor_specs().iter().map(|s| s.rows * s.cols).sum()
}

/// The limits a query may reach, which size the KV cache and the workspace.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct QueryLimits {
    /// Largest image accepted (pixels after smart_resize).
    pub max_image_pixels: u64,
    /// Prompt text tokens besides the image (system message, template, task text).
    pub max_text_tokens: usize,
    pub max_new_tokens: usize,
}

impl QueryLimits {
    /// Image tokens at the largest image (one per 28 x 28 pixels for RoboBrain 2.0).
    pub fn max_image_tokens(&self, cfg: &ModelConfig) -> usize {
        let factor = cfg.image_factor() as u64;
        (self.max_image_pixels / (factor * factor)) as usize
    }

    pub fn max_context(&self, cfg: &ModelConfig) -> usize {
        self.max_image_tokens(cfg) + self.max_text_tokens + self.max_new_tokens
    }
}

/// What loading and serving will take on the device, in bytes.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct MemoryEstimate {
    /// Decoder layers on the device (the rest are offloaded to the CPU).
    pub gpu_layers: usize,
    pub weights: u64,
    /// Weights offloaded to the CPU (host RAM, not counted in `total`).
    pub offloaded_weights: u64,
    /// Keys and values of the layers on the device.
    pub kv_cache: u64,
    /// The larger of the two stages' workspaces below.
    pub workspace: u64,
    /// What the vision tower holds at the largest image, besides weights.
    pub vision_workspace: u64,
    /// What prefill holds at the longest prompt, besides weights and KV cache.
    pub prefill_workspace: u64,
    /// CUDA context and library handles (cuBLAS), not visible to allocators; 0 on the CPU.
    pub runtime_overhead: u64,
    pub total: u64,
}

/// The CUDA context and cuBLAS workspace, measured at about 0.6 GiB on an H100.
pub const CUDA_RUNTIME_OVERHEAD: u64 = 600 * MIB;

/// The device's share with the first `gpu_layers` decoder layers on it (None = all): weights
/// and KV cache of those layers, the vision tower and the embedding. The workspace bound is
/// the same either way (the vision tower and the first layers' prefill run on the device).
pub fn estimate(
    cfg: &ModelConfig,
    precision: Precision,
    limits: &QueryLimits,
    on_gpu: bool,
    gpu_layers: Option<usize>,
) -> MemoryEstimate {
    let decoder = cfg.decoder();
    let context = limits.max_context(cfg) as u64;
    let layers = main_layers(cfg, gpu_layers);
    let kv_bytes = precision.kv_cache_dtype(on_gpu).size_in_bytes() as u64;
    let kv_cache = 2 * layers as u64 * decoder.kv_width() as u64 * context * kv_bytes;
    let workspace = cfg.workspace(&WorkspaceLimits {
        precision,
        on_gpu,
        image_tokens: limits.max_image_tokens(cfg),
        prompt_tokens: limits.max_image_tokens(cfg) + limits.max_text_tokens,
    });
    let (vision, text) = (workspace.vision, workspace.prefill);
    let workspace = vision.max(text);

    let weights = split_weight_bytes(cfg, precision, gpu_layers, !on_gpu);
    let runtime_overhead = if on_gpu { CUDA_RUNTIME_OVERHEAD } else { 0 };
    MemoryEstimate {
        gpu_layers: layers,
        weights: weights.main,
        offloaded_weights: weights.offloaded,
        kv_cache,
        workspace,
        vision_workspace: vision,
        prefill_workspace: text,
        runtime_overhead,
        total: weights.main + kv_cache + workspace + runtime_overhead,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn robobrain_3b() -> ModelConfig {
        crate::models::preset("3b").unwrap()
    }

    #[test]
    fn robobrain_3b_parameters_and_bytes() {
        let cfg = robobrain_3b();
        // 3.09B text (tied head) + 0.67B vision: the published 3B's parameter count.
        let params = parameter_count(&cfg);
        assert_eq!(params, 3_754_622_976);
        // bf16: every weight at 2 bytes (transformers' measured allocation, 7.11 GiB on an H100,
        // adds buffers and allocator rounding to these 6.99 GiB).
        assert_eq!(weight_bytes(&cfg, Precision::BF16), 2 * params);
        assert!(
            (weight_bytes(&cfg, Precision::BF16) as f64 / (1u64 << 30) as f64 - 6.99).abs() < 0.01
        );
        // int8: Q8_0 is 34/32 bytes per weight (the 3420-wide vision down projections padded to
        // 3456); the patch embedding, biases and norms stay dense f32.
        let int8 = weight_bytes(&cfg, Precision::Int8);
        let gib = int8 as f64 / (1u64 << 30) as f64;
        assert!((3.6..3.8).contains(&gib), "{gib}");
    }

    #[test]
    fn kv_cache_and_total_grow_with_limits() {
        let cfg = robobrain_3b();
        let small = QueryLimits {
            max_image_pixels: 644 * 476,
            max_text_tokens: 256,
            max_new_tokens: 256,
        };
        let large = QueryLimits {
            max_image_pixels: 1932 * 1092,
            ..small
        };
        assert_eq!(small.max_image_tokens(&cfg), 391);
        assert_eq!(large.max_image_tokens(&cfg), 2691);
        let a = estimate(&cfg, Precision::BF16, &small, true, None);
        let b = estimate(&cfg, Precision::BF16, &large, true, None);
        // 36 layers x 2 KV heads x 128 x 2 (k and v) x 2 bytes = 36 KiB per token.
        assert_eq!(a.kv_cache, 36 * 1024 * (391 + 512) as u64);
        assert!(b.kv_cache > a.kv_cache && b.workspace > a.workspace);
        assert_eq!(
            a.total,
            a.weights + a.kv_cache + a.workspace + CUDA_RUNTIME_OVERHEAD
        );
    }
}

/// Free memory kept in reserve: other processes and fragmentation need some.
pub fn headroom(free_bytes: u64) -> u64 {
    (free_bytes / 10).max(256 * MIB)
}

fn gib(bytes: u64) -> f64 {
    bytes as f64 / (1u64 << 30) as f64
}

/// The model will not fit in the GPU memory that is free: the figures and what to do about it.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error(
    "the model will not fit on the GPU: at {precision}{placement} it needs about {needed:.2} GiB (weights {weights:.2}, KV cache {kv:.2} for {context} tokens, workspace {workspace:.2}, CUDA runtime {runtime:.2}) but {free:.2} GiB is free and {reserve:.2} GiB is kept in reserve. Remedies: {}", .remedies.join("; ")
)]
pub struct DoesNotFit {
    pub precision: Precision,
    /// Empty, or which decoder layers were planned on the GPU.
    pub placement: String,
    pub needed: f64,
    pub weights: f64,
    pub kv: f64,
    pub workspace: f64,
    pub runtime: f64,
    pub context: usize,
    pub free: f64,
    pub reserve: f64,
    /// One entry per remedy (an entry may itself hold "; ").
    pub remedies: Vec<String>,
}

/// The GPU estimate when it fits in `free_bytes` with the headroom kept.
fn fitting(
    cfg: &ModelConfig,
    precision: Precision,
    limits: &QueryLimits,
    free_bytes: u64,
    gpu_layers: Option<usize>,
) -> Option<MemoryEstimate> {
    let e = estimate(cfg, precision, limits, true, gpu_layers);
    (e.total + headroom(free_bytes) <= free_bytes).then_some(e)
}

/// The most decoder layers, fewer than `below` and at least one, that fit on the GPU at
/// `precision` with the rest offloaded to the CPU, and the estimate then.
pub fn largest_fitting_gpu_layers(
    cfg: &ModelConfig,
    precision: Precision,
    limits: &QueryLimits,
    free_bytes: u64,
    below: usize,
) -> Option<(usize, MemoryEstimate)> {
    (1..below.min(cfg.num_layers()))
        .rev()
        .find_map(|n| fitting(cfg, precision, limits, free_bytes, Some(n)).map(|e| (n, e)))
}

/// How `n` of the model's decoder layers on the GPU reads in messages.
fn layers_on_gpu(cfg: &ModelConfig, n: usize) -> String {
    format!(
        "{n} of {} decoder layers on the GPU, the rest on the CPU",
        cfg.num_layers()
    )
}

/// Checks `precision` with the first `gpu_layers` decoder layers (None = all) against
/// `free_bytes` of GPU memory; the estimate when it fits.
pub fn check_fit(
    cfg: &ModelConfig,
    precision: Precision,
    limits: &QueryLimits,
    free_bytes: u64,
    gpu_layers: Option<usize>,
) -> Result<MemoryEstimate, DoesNotFit> {
    if let Some(e) = fitting(cfg, precision, limits, free_bytes, gpu_layers) {
        return Ok(e);
    }
    let e = estimate(cfg, precision, limits, true, gpu_layers);
    let mut remedies = Vec::new();
    if precision != Precision::Int8 {
        let int8 = estimate(cfg, Precision::Int8, limits, true, gpu_layers).total;
        remedies.push(format!(
            "quantization int8 (needs about {:.2} GiB)",
            gib(int8)
        ));
    }
    // Offloading: the most layers that fit at this precision, and at int8 (which fits more).
    let mut precisions = vec![precision];
    if precision != Precision::Int8 {
        precisions.push(Precision::Int8);
    }
    let offload = precisions.into_iter().filter_map(|p| {
        largest_fitting_gpu_layers(cfg, p, limits, free_bytes, e.gpu_layers).map(|(n, fit)| {
            let int8 = if p == precision {
                ""
            } else {
                "quantization int8 with "
            };
            format!(
                "{int8}gpu_layers {n} ({}: needs about {:.2} GiB on the GPU and {:.2} GiB of host RAM for the rest; slower)",
                layers_on_gpu(cfg, n),
                gib(fit.total),
                gib(fit.offloaded_weights)
            )
        })
    });
    remedies.extend(offload);
    let smaller = QueryLimits {
        max_image_pixels: (limits.max_image_pixels / 4).max(3136),
        ..*limits
    };
    remedies.push(format!(
        "a smaller max_image_pixels (now {}; a quarter of it needs about {:.2} GiB)",
        limits.max_image_pixels,
        gib(estimate(cfg, precision, &smaller, true, gpu_layers).total)
    ));
    remedies.push(format!(
        "fewer max_new_tokens (now {})",
        limits.max_new_tokens
    ));
    remedies.push("free GPU memory held by other processes (nvidia-smi lists them)".into());
    remedies.push("device cpu (slow, but it runs)".into());
    remedies.push(
        "backend remote: a server with a larger GPU (vLLM, SGLang, llama-server) answers through the same interface"
            .into(),
    );
    let placement = if e.gpu_layers < cfg.num_layers() {
        format!(" with {}", layers_on_gpu(cfg, e.gpu_layers))
    } else {
        String::new()
    };
    Err(DoesNotFit {
        precision,
        placement,
        needed: gib(e.total),
        weights: gib(e.weights),
        kv: gib(e.kv_cache),
        workspace: gib(e.workspace),
        runtime: gib(e.runtime_overhead),
        context: limits.max_context(cfg),
        free: gib(free_bytes),
        reserve: gib(headroom(free_bytes)),
        remedies,
    })
}

/// What precision `auto` picked, where, and why.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AutoChoice {
    pub precision: Precision,
    pub on_gpu: bool,
    /// Decoder layers on the GPU when the rest go to the CPU; None = all of them.
    pub gpu_layers: Option<usize>,
    pub reason: String,
}

/// `auto`: bf16 when it fits with room to spare, else int8, else int8 with as many decoder
/// layers on the GPU as fit (the rest on the CPU), else the CPU (f32 there: candle's CPU
/// kernels are fastest in f32 and host RAM is the robot's larger pool).
pub fn choose_auto(cfg: &ModelConfig, limits: &QueryLimits, free_bytes: Option<u64>) -> AutoChoice {
    let Some(free) = free_bytes else {
        return AutoChoice {
            precision: Precision::F32,
            on_gpu: false,
            gpu_layers: None,
            reason: "no GPU memory figures (no NVIDIA GPU or driver): running on the CPU".into(),
        };
    };
    for precision in [Precision::BF16, Precision::Int8] {
        if let Some(e) = fitting(cfg, precision, limits, free, None) {
            return AutoChoice {
                precision,
                on_gpu: true,
                gpu_layers: None,
                reason: format!(
                    "{precision} needs about {:.2} GiB and {:.2} GiB is free",
                    gib(e.total),
                    gib(free)
                ),
            };
        }
    }
    let int8 = estimate(cfg, Precision::Int8, limits, true, None).total;
    let layers = cfg.num_layers();
    if let Some((n, e)) = largest_fitting_gpu_layers(cfg, Precision::Int8, limits, free, layers) {
        return AutoChoice {
            precision: Precision::Int8,
            on_gpu: true,
            gpu_layers: Some(n),
            reason: format!(
                "int8 needs about {:.2} GiB and only {:.2} GiB is free: {} (about {:.2} GiB on the GPU)",
                gib(int8),
                gib(free),
                layers_on_gpu(cfg, n),
                gib(e.total)
            ),
        };
    }
    AutoChoice {
        precision: Precision::F32,
        on_gpu: false,
        gpu_layers: None,
        reason: format!(
            "even int8 needs about {:.2} GiB and only {:.2} GiB is free, too little for the vision tower and one decoder layer: running on the CPU",
            gib(int8),
            gib(free)
        ),
    }
}

#[cfg(test)]
mod fit_tests {
    use super::*;

    /// The 3B model and limits with a 256-token text part.
    fn robobrain_3b_with(
        max_image_pixels: u64,
        max_new_tokens: usize,
    ) -> (ModelConfig, QueryLimits) {
        let cfg = crate::models::preset("3b").unwrap();
        let limits = QueryLimits {
            max_image_pixels,
            max_text_tokens: 256,
            max_new_tokens,
        };
        (cfg, limits)
    }

    #[test]
    fn auto_policy_for_a_table_of_free_memory() {
        let (cfg, limits) = robobrain_3b_with(1932 * 1092, 768);
        let gib = |g: f64| (g * (1u64 << 30) as f64) as u64;
        let cases = [
            (Some(gib(24.0)), Precision::BF16, true, None),
            (Some(gib(12.0)), Precision::BF16, true, None),
            (Some(gib(8.0)), Precision::Int8, true, None),
            // Too little for all of int8: the first 32 of 36 layers on the GPU (19 when the
            // workspace planned whole-prompt score matrices, 1.27 GiB at 1080p, 0.48 when they
            // were tiled, now 0.34 with each dequantized weight counted in its own phase and the
            // GPU's pixel rows freed after the patch embedding; 29 with an f32 KV cache).
            (Some(gib(5.0)), Precision::Int8, true, Some(32)),
            (Some(gib(2.0)), Precision::F32, false, None),
            (None, Precision::F32, false, None),
        ];
        for (free, precision, on_gpu, gpu_layers) in cases {
            let choice = choose_auto(&cfg, &limits, free);
            assert_eq!(
                (choice.precision, choice.on_gpu, choice.gpu_layers),
                (precision, on_gpu, gpu_layers),
                "free {free:?}: {}",
                choice.reason
            );
            // An offloading choice is the most layers that fit: one more would not.
            if let (Some(free), Some(n)) = (free, gpu_layers) {
                assert!(choice.reason.contains(&format!("{n} of 36 decoder layers")));
                assert!(check_fit(&cfg, precision, &limits, free, Some(n)).is_ok());
                assert!(check_fit(&cfg, precision, &limits, free, Some(n + 1)).is_err());
            }
        }
        // The robot's 5.6 GB card: int8 fits whole with VGA-sized images, and with 1080p ones at
        // the node's limits, 512 text tokens and max_new_tokens 256 (issue 9: 5.59 GiB with the
        // headroom; before the bounded workspace only 26 layers fit). With 768 new tokens the
        // larger KV cache left one layer on the CPU while it was f32; in bf16 it fits whole.
        let vga = QueryLimits {
            max_image_pixels: 644 * 476,
            ..limits
        };
        let choice = choose_auto(&cfg, &vga, Some(gib(5.6)));
        assert_eq!(
            (choice.precision, choice.gpu_layers),
            (Precision::Int8, None)
        );
        let node_default = QueryLimits {
            max_text_tokens: 512,
            max_new_tokens: 256,
            ..limits
        };
        let choice = choose_auto(&cfg, &node_default, Some(gib(5.6)));
        assert_eq!(
            (choice.precision, choice.gpu_layers),
            (Precision::Int8, None),
            "{}",
            choice.reason
        );
        let choice = choose_auto(&cfg, &limits, Some(gib(5.6)));
        assert_eq!(
            (choice.precision, choice.gpu_layers),
            (Precision::Int8, None),
            "{}",
            choice.reason
        );
    }

    #[test]
    fn offloaded_layers_leave_the_gpu_estimate_by_exactly_their_bytes() {
        let (cfg, limits) = robobrain_3b_with(644 * 476, 256);
        // One 3B decoder layer at int8: Q8_0 is 34 bytes per 32 weights; biases and norms f32.
        let q8 = |rows: u64, cols: u64| rows * cols / 32 * 34;
        let (h, kv, mlp) = (2048, 256, 11008);
        let layer = 2 * q8(h, h) + 2 * q8(kv, h) + 3 * q8(mlp, h) + (h + 2 * kv) * 4 + 2 * h * 4;
        let final_norm = h * 4;
        let all = estimate(&cfg, Precision::Int8, &limits, true, None);
        let split = estimate(&cfg, Precision::Int8, &limits, true, Some(30));
        assert_eq!((all.gpu_layers, split.gpu_layers), (36, 30));
        assert_eq!(all.weights - split.weights, 6 * layer + final_norm);
        assert_eq!(all.kv_cache / 36 * 30, split.kv_cache);
        assert_eq!(all.workspace, split.workspace);
        // On the CPU: those layers, the norm, and a copy of the embedding for the tied head;
        // packed for the VNNI kernel (36 bytes per 32 weights) where this CPU has it.
        let host = |rows: u64, cols: u64| {
            if crate::quant::vnni_gemm::available() {
                rows * cols / 32 * 36
            } else {
                q8(rows, cols)
            }
        };
        let host_layer =
            2 * host(h, h) + 2 * host(kv, h) + 3 * host(mlp, h) + (h + 2 * kv) * 4 + 2 * h * 4;
        assert_eq!(
            split.offloaded_weights,
            6 * host_layer + final_norm + host(151_936, h)
        );
        assert_eq!(all.offloaded_weights, 0);
        // gpu_layers at (or past) the layer count is the whole model.
        assert_eq!(
            estimate(&cfg, Precision::Int8, &limits, true, Some(36)),
            all
        );
    }

    #[test]
    fn refusal_names_the_figures_and_the_remedies() {
        let (cfg, limits) = robobrain_3b_with(1932 * 1092, 768);
        let err = check_fit(&cfg, Precision::BF16, &limits, 6 * (1 << 30), None)
            .unwrap_err()
            .to_string();
        for needle in [
            "at bf16 it needs about",
            "6.00 GiB is free",
            "quantization int8",
            "max_image_pixels",
            "max_new_tokens",
            "device cpu",
            "quantization int8 with gpu_layers",
        ] {
            assert!(err.contains(needle), "{needle} missing from: {err}");
        }
        // Refused at int8: the remedy names the layer count that fits.
        let err = check_fit(&cfg, Precision::Int8, &limits, 5 * (1 << 30), None)
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("gpu_layers 32 (32 of 36 decoder layers on the GPU"),
            "{err}"
        );
        assert!(check_fit(&cfg, Precision::Int8, &limits, 8 * (1 << 30), None).is_ok());
    }

    /// RoboBrain 2.5 on the 5.6 GiB robot GPU (5734 MiB free), at the node's limits but the
    /// image: the 8B never fits whole at int8, the 4B not with the reserve kept; both are told
    /// how many layers fit and that a remote server can answer instead.
    #[test]
    fn robobrain_25_on_the_small_gpu_is_refused_with_its_remedies() {
        let free = 5734 * MIB;
        let limits = |max_image_pixels| QueryLimits {
            max_image_pixels,
            max_text_tokens: 256,
            max_new_tokens: 256,
        };
        let gib = |bytes: u64| bytes as f64 / (1u64 << 30) as f64;
        let b8 = crate::models::preset("rb25-8b").unwrap();
        let b4 = crate::models::preset("rb25-4b").unwrap();
        // 144 KiB of bf16 keys and values per token (36 layers x 2 x 8 heads x 128 x 2 bytes).
        let e = estimate(&b8, Precision::Int8, &limits(640 * 480), true, None);
        assert_eq!(e.kv_cache, 144 * 1024 * (300 + 512));
        assert!((8.6..8.8).contains(&gib(e.weights)), "{}", gib(e.weights));
        let err = check_fit(&b8, Precision::Int8, &limits(640 * 480), free, None)
            .unwrap_err()
            .to_string();
        for needle in ["gpu_layers 15 (15 of 36", "backend remote", "device cpu"] {
            assert!(err.contains(needle), "{needle} missing from: {err}");
        }
        for (pixels, layers) in [(1932 * 1092, 28), (640 * 480, 33)] {
            let err = check_fit(&b4, Precision::Int8, &limits(pixels), free, None)
                .unwrap_err()
                .to_string();
            let offload = format!("gpu_layers {layers} ({layers} of 36");
            assert!(
                err.contains(&offload),
                "{pixels}: {offload} missing from: {err}"
            );
            assert!(
                check_fit(&b4, Precision::Int8, &limits(pixels), free, Some(layers)).is_ok(),
                "{pixels}"
            );
        }
    }
}
