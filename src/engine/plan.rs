// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! The load policy: which precision, where, with how many decoder layers on the GPU, and whether
//! that fits the GPU memory that is free. One decision for the node, `robobrain plan` and the
//! other commands, from the estimator in [`super::memory`].

use serde::Serialize;

use candle_core::Device;

use super::memory::{self, AutoChoice, DoesNotFit, MemoryEstimate, QueryLimits};
use super::Checkpoint;
use super::DeviceSpec;
use crate::measure::gpu::{driver_memory, GpuMonitor};
use crate::models::{ModelConfig, Precision};

/// The node's defaults (config/robobrain.yaml): what `robobrain plan` checks unless told
/// otherwise, so that a card is judged by what the node will really ask of it.
pub const NODE_DEFAULT_MAX_IMAGE_PIXELS: u64 = 2_109_744;
pub const NODE_DEFAULT_MAX_NEW_TOKENS: usize = 256;
/// Prompt text tokens besides the image that the node plans for (system message, chat
/// template, RoboBrain's task templates and the caller's prompt).
pub const NODE_MAX_TEXT_TOKENS: usize = 512;

/// The `quantization` setting: one weight format, or `auto` (the best that fits).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Quantization {
    Fixed(Precision),
    Auto,
}

impl std::str::FromStr for Quantization {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if s.trim().eq_ignore_ascii_case("auto") {
            return Ok(Quantization::Auto);
        }
        s.parse().map(Quantization::Fixed).map_err(|_| {
            format!("unknown quantization '{s}': expected int8 (q8_0), bf16, f16, f32 or auto")
        })
    }
}

impl std::fmt::Display for Quantization {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Quantization::Fixed(p) => p.fmt(f),
            Quantization::Auto => f.write_str("auto"),
        }
    }
}

/// What is asked of the GPU.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PlanRequest {
    pub quantization: Quantization,
    /// Decoder layers on the GPU; None = all (or, with auto, auto's count).
    pub gpu_layers: Option<usize>,
    pub limits: QueryLimits,
    /// GPU memory free for this process; None = unknown (no NVML and no CUDA driver figure).
    pub free_bytes: Option<u64>,
}

/// What will be loaded where (the GPU, or the CPU's RAM), what it will take, and whether that
/// fits the GPU's free memory.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MemoryPlan {
    pub precision: Precision,
    /// False when auto found the GPU too small even for one decoder layer: the CPU runs it.
    pub on_gpu: bool,
    /// Decoder layers on the GPU when the rest are offloaded; None = all of them.
    pub gpu_layers: Option<usize>,
    pub limits: QueryLimits,
    pub estimate: MemoryEstimate,
    /// Tokens of the longest query (image, text and answer): what the KV cache holds.
    pub context_tokens: usize,
    pub free_bytes: Option<u64>,
    /// Kept free for other processes and fragmentation (None without free figures).
    pub headroom_bytes: Option<u64>,
    /// None without free figures (nothing to check against).
    pub fits: Option<bool>,
    /// What `auto` would choose with the same limits and free memory.
    pub auto: AutoChoice,
    /// The refusal, with its figures and remedies, when it does not fit.
    #[serde(skip)]
    pub refusal: Option<DoesNotFit>,
}

/// Decides precision and placement on the GPU for `cfg` and checks them against free memory.
pub fn plan_gpu(cfg: &ModelConfig, request: &PlanRequest) -> MemoryPlan {
    let limits = request.limits;
    let auto = memory::choose_auto(cfg, &limits, request.free_bytes);
    let (precision, on_gpu, gpu_layers) = match request.quantization {
        Quantization::Fixed(precision) => (precision, true, request.gpu_layers),
        // A gpu_layers set by hand wins over auto's count.
        Quantization::Auto => (
            auto.precision,
            auto.on_gpu,
            request.gpu_layers.or(auto.gpu_layers),
        ),
    };
    let estimate = memory::estimate(cfg, precision, &limits, on_gpu, gpu_layers);
    let refusal = match request.free_bytes {
        Some(free) if on_gpu => memory::check_fit(cfg, precision, &limits, free, gpu_layers).err(),
        _ => None,
    };
    MemoryPlan {
        precision,
        on_gpu,
        gpu_layers,
        limits,
        estimate,
        context_tokens: limits.max_context(cfg),
        free_bytes: request.free_bytes,
        headroom_bytes: request.free_bytes.map(memory::headroom),
        fits: request.free_bytes.map(|_| refusal.is_none()),
        auto,
        refusal,
    }
}

impl MemoryPlan {
    /// One line for logs and the Model status: where the layers go and what each part takes.
    pub fn summary(&self) -> String {
        let e = &self.estimate;
        let gib = |b: u64| b as f64 / (1u64 << 30) as f64;
        format!(
            "at {} ({} decoder layers on the {}, {:.2} GiB of weights on the CPU): weights {:.2} GiB, KV cache {:.2} GiB ({} tokens), workspace {:.2} GiB, runtime {:.2} GiB, total {:.2} GiB",
            self.precision,
            e.gpu_layers,
            if self.on_gpu { "GPU" } else { "CPU" },
            gib(e.offloaded_weights),
            gib(e.weights),
            gib(e.kv_cache),
            self.context_tokens,
            gib(e.workspace),
            gib(e.runtime_overhead),
            gib(e.total)
        )
    }

    /// The remedies of a refusal, one per entry (empty when it fits).
    pub fn remedies(&self) -> Vec<String> {
        self.refusal
            .as_ref()
            .map(|r| r.remedies.clone())
            .unwrap_or_default()
    }

    /// `robobrain plan`'s JSON: the figures in bytes, the choice, and the remedies.
    pub fn to_json(&self) -> serde_json::Value {
        let e = &self.estimate;
        serde_json::json!({
            "fits": self.fits,
            "precision": self.precision,
            "on_gpu": self.on_gpu,
            "gpu_layers": self.gpu_layers,
            "decoder_layers_on_gpu": e.gpu_layers,
            "total_bytes": e.total,
            "weights_bytes": e.weights,
            "offloaded_weights_bytes": e.offloaded_weights,
            "kv_cache_bytes": e.kv_cache,
            "workspace_bytes": e.workspace,
            "runtime_bytes": e.runtime_overhead,
            "free_bytes": self.free_bytes,
            "headroom_bytes": self.headroom_bytes,
            "context_tokens": self.context_tokens,
            "limits": self.limits,
            "auto": self.auto,
            "summary": self.summary(),
            "refusal": self.refusal.as_ref().map(|r| r.to_string()),
            "remedies": self.remedies(),
        })
    }
}

/// Where a model is asked to run.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LoadRequest {
    pub quantization: Quantization,
    pub device: DeviceSpec,
    pub gpu_layers: Option<usize>,
    pub limits: QueryLimits,
    /// NVML index of the GPU whose free memory is checked.
    pub gpu_index: u32,
}

/// A line for the log: what was found or decided on the way.
#[derive(Debug, Clone, PartialEq)]
pub struct Note {
    pub warning: bool,
    pub text: String,
}

/// What to load where, decided and checked before loading.
#[derive(Debug)]
pub struct LoadDecision {
    pub precision: Precision,
    pub device: Device,
    pub gpu_layers: Option<usize>,
    /// The memory plan (on the CPU, its RAM share), checked against the GPU's free memory when
    /// that is known.
    pub plan: MemoryPlan,
    pub notes: Vec<Note>,
}

/// The load policy, for the node and the command line: opens the device (`auto` falls back to
/// the CPU when there is no usable GPU: an error otherwise), reads the GPU's free memory (NVML,
/// else the CUDA driver, else unknown: no fit check) and lets `auto` choose. A plan that does
/// not fit comes back with its refusal ([`LoadDecision::check`]), so that the caller can log
/// what it found first. The largest image planned for is the request's or the checkpoint's own
/// limit, whichever is smaller ([`Checkpoint::max_image_pixels`]).
pub fn decide_load(checkpoint: &Checkpoint, request: &LoadRequest) -> Result<LoadDecision, String> {
    let request = LoadRequest {
        limits: QueryLimits {
            max_image_pixels: checkpoint.max_image_pixels(Some(request.limits.max_image_pixels)),
            ..request.limits
        },
        ..*request
    };
    decide_load_for(&checkpoint.config, &request)
}

/// [`decide_load`] for a configuration whose limits are already the ones to plan for.
fn decide_load_for(cfg: &ModelConfig, request: &LoadRequest) -> Result<LoadDecision, String> {
    let mut notes = Vec::new();
    let mut note = |warning: bool, text: String| notes.push(Note { warning, text });
    let auto = request.quantization == Quantization::Auto;
    let device = match request.device.open() {
        Ok(device) => device,
        // auto means the best that runs: without a usable GPU that is the CPU.
        Err(e) if auto => {
            note(
                true,
                format!("{e:#}; quantization auto runs the model on the CPU"),
            );
            Device::Cpu
        }
        Err(e) => return Err(format!("{e:#}")),
    };
    if !device.is_cuda() {
        let precision = match request.quantization {
            Quantization::Fixed(p) => {
                let (p, why) = on_the_cpu(p);
                if let Some(why) = why {
                    note(true, why);
                }
                p
            }
            // candle's CPU kernels are fastest in f32, and host RAM is the robot's larger pool.
            Quantization::Auto => Precision::F32,
        };
        let plan = plan_cpu(cfg, precision, &request.limits);
        return Ok(LoadDecision {
            precision,
            device,
            gpu_layers: request.gpu_layers,
            plan,
            notes,
        });
    }
    let free_bytes = match GpuMonitor::open(request.gpu_index).read() {
        Ok(gpu) => {
            note(
                false,
                format!(
                    "GPU {}: {} MiB total, {} MiB used, {} MiB free",
                    gpu.name, gpu.total_mib, gpu.used_mib, gpu.free_mib
                ),
            );
            Some(gpu.free_bytes())
        }
        Err(reason) => match driver_memory(&device) {
            Some((free, total)) => {
                note(
                    false,
                    format!(
                        "GPU {}: {} MiB total, {} MiB free (from the CUDA driver; {reason})",
                        request.gpu_index,
                        total >> 20,
                        free >> 20
                    ),
                );
                Some(free)
            }
            None => {
                note(
                    true,
                    format!("no GPU memory figures before loading ({reason}); loading without a fit check"),
                );
                None
            }
        },
    };
    let plan = plan_gpu(
        cfg,
        &PlanRequest {
            quantization: request.quantization,
            gpu_layers: request.gpu_layers,
            limits: request.limits,
            free_bytes,
        },
    );
    if auto {
        note(
            false,
            format!(
                "quantization auto chose {} ({})",
                plan.auto.precision, plan.auto.reason
            ),
        );
    }
    let device = if plan.on_gpu { device } else { Device::Cpu };
    Ok(LoadDecision {
        precision: plan.precision,
        gpu_layers: plan.gpu_layers,
        device,
        plan,
        notes,
    })
}

/// What a precision runs as on the CPU, and why when that is another: bf16 and f16 run as f32
/// there. candle's CPU bf16 matmul is its slow path: issue 11 measured 0.15 tokens/s for bf16
/// decode against 1.63 for f32 (3B shape, 2 cores). f32 takes twice the RAM of bf16.
pub fn on_the_cpu(precision: Precision) -> (Precision, Option<String>) {
    match precision {
        Precision::BF16 | Precision::F16 => (
            Precision::F32,
            Some(format!(
                "{precision} on the CPU runs as f32 (candle's CPU {precision} matmul is about 10x slower than f32; the weights take twice the RAM of {precision}); int8 is the CPU's compact choice"
            )),
        ),
        other => (other, None),
    }
}

impl LoadDecision {
    /// The refusal, with figures and remedies, when the plan does not fit the free memory.
    pub fn check(&self) -> Result<(), String> {
        match &self.plan.refusal {
            Some(refusal) => Err(refusal.to_string()),
            None => Ok(()),
        }
    }
}

/// The plan of a model on the CPU (host RAM): no fit check, no CUDA runtime.
fn plan_cpu(cfg: &ModelConfig, precision: Precision, limits: &QueryLimits) -> MemoryPlan {
    let auto = memory::choose_auto(cfg, limits, None);
    MemoryPlan {
        precision,
        on_gpu: false,
        gpu_layers: None,
        limits: *limits,
        estimate: memory::estimate(cfg, precision, limits, false, None),
        context_tokens: limits.max_context(cfg),
        free_bytes: None,
        headroom_bytes: None,
        fits: None,
        auto,
        refusal: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MIB: u64 = 1 << 20;

    fn robobrain_3b() -> ModelConfig {
        crate::models::preset("3b").unwrap()
    }

    fn node_defaults(quantization: Quantization, free_mib: u64) -> PlanRequest {
        PlanRequest {
            quantization,
            gpu_layers: None,
            limits: QueryLimits {
                max_image_pixels: NODE_DEFAULT_MAX_IMAGE_PIXELS,
                max_text_tokens: NODE_MAX_TEXT_TOKENS,
                max_new_tokens: NODE_DEFAULT_MAX_NEW_TOKENS,
            },
            free_bytes: Some(free_mib * MIB),
        }
    }

    fn node_request(quantization: Quantization, device: DeviceSpec) -> LoadRequest {
        LoadRequest {
            quantization,
            device,
            gpu_layers: None,
            limits: node_defaults(quantization, 0).limits,
            gpu_index: 0,
        }
    }

    #[test]
    fn the_cpu_runs_what_it_is_asked_and_auto_runs_f32_there() {
        let cfg = robobrain_3b();
        let fixed = decide_load_for(
            &cfg,
            &node_request(Quantization::Fixed(Precision::Int8), DeviceSpec::Cpu),
        )
        .unwrap();
        assert_eq!(
            (fixed.precision, fixed.device.is_cpu()),
            (Precision::Int8, true)
        );
        assert!(!fixed.plan.on_gpu && fixed.plan.fits.is_none());
        assert_eq!(fixed.plan.estimate.runtime_overhead, 0);
        let auto =
            decide_load_for(&cfg, &node_request(Quantization::Auto, DeviceSpec::Cpu)).unwrap();
        assert_eq!(auto.precision, Precision::F32);
    }

    #[cfg(not(feature = "cuda"))]
    #[test]
    fn without_cuda_a_gpu_request_is_refused_and_auto_falls_back_to_the_cpu() {
        let cfg = robobrain_3b();
        let err = decide_load_for(
            &cfg,
            &node_request(Quantization::Fixed(Precision::Int8), DeviceSpec::Cuda(0)),
        )
        .unwrap_err();
        assert!(err.contains("this build has no CUDA support"), "{err}");
        let auto =
            decide_load_for(&cfg, &node_request(Quantization::Auto, DeviceSpec::Cuda(0))).unwrap();
        assert!(auto.device.is_cpu() && auto.precision == Precision::F32);
        assert!(auto
            .notes
            .iter()
            .any(|n| n.warning && n.text.contains("runs the model on the CPU")));
    }

    #[test]
    fn bf16_and_f16_run_as_f32_on_the_cpu_and_say_so() {
        let cfg = robobrain_3b();
        for asked in [Precision::BF16, Precision::F16] {
            let d = decide_load_for(
                &cfg,
                &node_request(Quantization::Fixed(asked), DeviceSpec::Cpu),
            )
            .unwrap();
            assert_eq!(d.precision, Precision::F32);
            assert!(
                d.notes
                    .iter()
                    .any(|n| n.warning && n.text.contains("runs as f32")),
                "{:?}",
                d.notes
            );
        }
        assert_eq!(on_the_cpu(Precision::Int8), (Precision::Int8, None));
    }

    #[test]
    fn quantization_parses_every_name_and_auto() {
        assert_eq!("auto".parse(), Ok(Quantization::Auto));
        assert_eq!("Q8_0".parse(), Ok(Quantization::Fixed(Precision::Int8)));
        assert_eq!("bf16".parse(), Ok(Quantization::Fixed(Precision::BF16)));
        let err = "int4".parse::<Quantization>().unwrap_err();
        assert!(err.contains("'int4'") && err.contains("auto"), "{err}");
    }

    #[test]
    fn a_plan_that_fits_has_no_remedies_and_one_that_does_not_names_them() {
        let cfg = robobrain_3b();
        let big = plan_gpu(
            &cfg,
            &node_defaults(Quantization::Fixed(Precision::Int8), 80_000),
        );
        assert_eq!(big.fits, Some(true));
        assert!(big.remedies().is_empty() && big.refusal.is_none());
        assert_eq!(big.headroom_bytes, Some(8_000 * MIB));
        let small = plan_gpu(
            &cfg,
            &node_defaults(Quantization::Fixed(Precision::BF16), 3_000),
        );
        assert_eq!(small.fits, Some(false));
        let remedies = small.remedies();
        assert!(
            remedies.iter().any(|r| r.starts_with("quantization int8")),
            "{remedies:?}"
        );
        assert!(
            remedies.iter().any(|r| r.starts_with("device cpu")),
            "{remedies:?}"
        );
        // The JSON carries the same figures.
        let json = small.to_json();
        assert_eq!(json["fits"], false);
        assert_eq!(json["total_bytes"], small.estimate.total);
        assert_eq!(json["remedies"].as_array().unwrap().len(), remedies.len());
    }

    #[test]
    fn the_node_defaults_fit_the_robot_s_5_6_gib_card() {
        // Issue 9's card: 5734 MiB free for the process. At the node's default image cap
        // (1932x1092) the plan says 4.77 GiB (the target: 4.8), and the whole model
        // fits with the headroom kept; at 644x476, 4.52 GiB (target 4.6).
        let cfg = robobrain_3b();
        let full = plan_gpu(
            &cfg,
            &node_defaults(Quantization::Fixed(Precision::Int8), 5734),
        );
        assert_eq!(full.fits, Some(true), "{}", full.summary());
        assert_eq!(full.estimate.gpu_layers, 36);
        let gib = |b: u64| b as f64 / (1u64 << 30) as f64;
        assert!(gib(full.estimate.total) <= 4.8, "{}", full.summary());
        let vga = PlanRequest {
            limits: QueryLimits {
                max_image_pixels: 644 * 476,
                ..node_defaults(Quantization::Auto, 0).limits
            },
            ..node_defaults(Quantization::Fixed(Precision::Int8), 5734)
        };
        let vga = plan_gpu(&cfg, &vga);
        assert!(gib(vga.estimate.total) <= 4.6, "{}", vga.summary());
        // auto at the node's defaults takes the whole int8 model rather than offloading.
        let auto = plan_gpu(&cfg, &node_defaults(Quantization::Auto, 5734));
        assert_eq!((auto.precision, auto.gpu_layers), (Precision::Int8, None));
    }

    #[test]
    fn auto_takes_auto_s_choice_and_a_hand_set_gpu_layers_wins() {
        let cfg = robobrain_3b();
        let roomy = plan_gpu(&cfg, &node_defaults(Quantization::Auto, 80_000));
        assert_eq!((roomy.precision, roomy.on_gpu), (Precision::BF16, true));
        let none = PlanRequest {
            free_bytes: None,
            ..node_defaults(Quantization::Auto, 0)
        };
        let cpu = plan_gpu(&cfg, &none);
        assert!(!cpu.on_gpu && cpu.fits.is_none() && cpu.estimate.runtime_overhead == 0);
        let by_hand = PlanRequest {
            gpu_layers: Some(3),
            ..node_defaults(Quantization::Auto, 4_000)
        };
        let plan = plan_gpu(&cfg, &by_hand);
        assert_eq!(plan.gpu_layers, Some(3));
        assert_eq!(plan.estimate.gpu_layers, 3);
    }
}
