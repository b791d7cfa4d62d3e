//! What a model will need on the device, before anything is loaded.
//!
//! Weight bytes are exact: they follow the same rule as [`crate::model::Weights`] (which
//! matrices become Q8_0 and which stay dense), tensor by tensor. The KV cache is exact for a
//! given context. The activation workspace is a bound on what one query holds at once besides
//! weights and cache (vision tower at the largest image allowed, text prefill at the longest
//! prompt), following the model's tiles and chunks ([`VISION_ATTENTION_TILE`],
//! [`VISION_ROW_CHUNK`], [`PREFILL_CHUNK`]).

use serde::Serialize;

use crate::model::text::PREFILL_CHUNK;
use crate::model::vision::{VISION_ATTENTION_TILE, VISION_ROW_CHUNK};
use crate::model::weights::{Q8_0_BLOCK, Q8_0_ROW_MULTIPLE};
use crate::model::{Config, Precision};

/// Bytes of one Q8_0 block: 32 int8 values and an f16 scale.
const Q8_0_BLOCK_BYTES: u64 = 34;
pub const MIB: u64 = 1024 * 1024;

/// Which part of the model a tensor belongs to: with `gpu_layers`, the decoder layers past the
/// first N and the head go to the CPU, the rest stays on the GPU.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    /// Vision tower and token embedding.
    Front,
    /// Decoder layer i.
    Layer(usize),
    /// Final norm and an untied output head.
    Head,
}

/// One matrix or vector of the model as the loader will place it.
#[derive(Debug, Clone, Copy)]
struct TensorSpec {
    rows: u64,
    cols: u64,
    /// A Linear weight (or the embedding) that Q8_0 may hold.
    quantizable: bool,
    /// Looked up row by row (the embedding), not multiplied: never packed for a kernel.
    looked_up: bool,
    part: Part,
}

impl TensorSpec {
    fn bytes(&self, precision: Precision) -> u64 {
        if precision == Precision::Int8 && self.quantizable {
            // Linear inputs are zero-padded (see Weights::linear).
            let padded = self.cols.next_multiple_of(Q8_0_ROW_MULTIPLE as u64);
            self.rows * (padded / Q8_0_BLOCK as u64) * Q8_0_BLOCK_BYTES
        } else {
            self.rows * self.cols * precision.activation_dtype().size_in_bytes() as u64
        }
    }

    /// Bytes on the CPU: an int8 product matrix there is packed for the VNNI kernel where the
    /// CPU has it ([`crate::model::vnni_gemm::packed_bytes`], 36 bytes per 32 weights, not 34).
    fn host_bytes(&self, precision: Precision) -> u64 {
        if self.packed_on_cpu(precision) {
            let padded = self.cols.next_multiple_of(Q8_0_ROW_MULTIPLE as u64);
            crate::model::vnni_gemm::packed_bytes(self.rows as usize, padded as usize) as u64
        } else {
            self.bytes(precision)
        }
    }

    fn packed_on_cpu(&self, precision: Precision) -> bool {
        precision == Precision::Int8
            && self.quantizable
            && !self.looked_up
            && crate::model::vnni_gemm::available()
    }

    /// Bytes on the main device (the CPU when there is no GPU).
    fn main_bytes(&self, precision: Precision, main_on_cpu: bool) -> u64 {
        if main_on_cpu {
            self.host_bytes(precision)
        } else {
            self.bytes(precision)
        }
    }
}

fn matrix(rows: usize, cols: usize) -> TensorSpec {
    TensorSpec {
        rows: rows as u64,
        cols: cols as u64,
        quantizable: true,
        looked_up: false,
        part: Part::Front,
    }
}

fn vector(len: usize) -> TensorSpec {
    TensorSpec {
        rows: 1,
        cols: len as u64,
        quantizable: false,
        looked_up: false,
        part: Part::Front,
    }
}

/// The token embedding, quantized only when its rows need no padding (it is looked up, not
/// multiplied, so it can't be padded like a Linear input).
fn embedding(cfg: &Config) -> TensorSpec {
    let h = cfg.text.hidden_size;
    TensorSpec {
        quantizable: h.is_multiple_of(Q8_0_ROW_MULTIPLE),
        looked_up: true,
        ..matrix(cfg.text.vocab_size, h)
    }
}

/// The embedding as the tied output head multiplies it.
fn tied_head(cfg: &Config) -> TensorSpec {
    TensorSpec {
        looked_up: false,
        ..embedding(cfg)
    }
}

/// Every tensor the model loads, with Linear biases and norms as vectors.
fn tensor_specs(cfg: &Config) -> Vec<TensorSpec> {
    let (v, t) = (&cfg.vision, &cfg.text);
    let mut specs = vec![TensorSpec {
        quantizable: false,
        ..matrix(v.hidden_size, v.patch_input_len())
    }];
    let linear = |specs: &mut Vec<TensorSpec>, out: usize, inp: usize, bias: bool| {
        specs.push(matrix(out, inp));
        if bias {
            specs.push(vector(out));
        }
    };
    for _ in 0..v.depth {
        specs.extend([vector(v.hidden_size), vector(v.hidden_size)]);
        linear(&mut specs, 3 * v.hidden_size, v.hidden_size, true);
        linear(&mut specs, v.hidden_size, v.hidden_size, true);
        linear(&mut specs, v.intermediate_size, v.hidden_size, true);
        linear(&mut specs, v.intermediate_size, v.hidden_size, true);
        linear(&mut specs, v.hidden_size, v.intermediate_size, true);
    }
    let merged = v.hidden_size * v.spatial_merge_size * v.spatial_merge_size;
    specs.push(vector(v.hidden_size));
    linear(&mut specs, merged, merged, true);
    linear(&mut specs, v.out_hidden_size, merged, true);

    let (h, hd) = (t.hidden_size, t.head_dim());
    let (q, kv) = (t.num_attention_heads * hd, t.num_key_value_heads() * hd);
    specs.push(embedding(cfg));
    for layer in 0..t.num_hidden_layers {
        let first = specs.len();
        // q/k/v and gate/up as the loader fuses them (Weights::fused_linear).
        linear(&mut specs, q + 2 * kv, h, true);
        linear(&mut specs, h, q, false);
        linear(&mut specs, 2 * t.intermediate_size, h, false);
        linear(&mut specs, h, t.intermediate_size, false);
        specs.extend([vector(h), vector(h)]);
        for spec in &mut specs[first..] {
            spec.part = Part::Layer(layer);
        }
    }
    let first = specs.len();
    specs.push(vector(h));
    if !cfg.tie_word_embeddings {
        linear(&mut specs, t.vocab_size, h, false);
    }
    for spec in &mut specs[first..] {
        spec.part = Part::Head;
    }
    specs
}

/// Bytes of weights on a GPU at `precision`, the whole model there.
pub fn weight_bytes(cfg: &Config, precision: Precision) -> u64 {
    split_weight_bytes(cfg, precision, None, false).main
}

/// Decoder layers on the main device for `gpu_layers` (None, or more than the model has: all).
pub fn main_layers(cfg: &Config, gpu_layers: Option<usize>) -> usize {
    let all = cfg.text.num_hidden_layers;
    gpu_layers.map_or(all, |n| n.min(all))
}

/// Weight bytes on the main device and on the offload device (the CPU).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct WeightSplit {
    pub main: u64,
    pub offloaded: u64,
}

/// Where the weights go with the first `gpu_layers` decoder layers on the main device (see
/// [`crate::model::Offload`]): the other layers, the final norm and the head on the CPU, with a
/// copy of the embedding there when the head is tied to it. `main_on_cpu`: the main device is
/// the CPU too (no GPU), where int8 products are packed ([`TensorSpec::host_bytes`]).
pub fn split_weight_bytes(
    cfg: &Config,
    precision: Precision,
    gpu_layers: Option<usize>,
    main_on_cpu: bool,
) -> WeightSplit {
    let main_layers = main_layers(cfg, gpu_layers);
    let offloading = main_layers < cfg.text.num_hidden_layers;
    let mut split = WeightSplit {
        main: 0,
        offloaded: 0,
    };
    for spec in tensor_specs(cfg) {
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
    if cfg.tie_word_embeddings {
        let head = tied_head(cfg);
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
pub fn parameter_count(cfg: &Config) -> u64 {
    tensor_specs(cfg).iter().map(|s| s.rows * s.cols).sum()
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
    /// Image tokens at the largest image (one per 28 x 28 pixels for the released models).
    pub fn max_image_tokens(&self, cfg: &Config) -> usize {
        let factor = (cfg.vision.patch_size * cfg.vision.spatial_merge_size) as u64;
        (self.max_image_pixels / (factor * factor)) as usize
    }

    pub fn max_context(&self, cfg: &Config) -> usize {
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

/// The CUDA context and cuBLAS workspace, measured at about 0.6 GiB on H100 (shared/anchors.md).
pub const CUDA_RUNTIME_OVERHEAD: u64 = 600 * MIB;

/// The device's share with the first `gpu_layers` decoder layers on it (None = all): weights
/// and KV cache of those layers, the vision tower and the embedding. The workspace bound is
/// the same either way (the vision tower and the first layers' prefill run on the device).
pub fn estimate(
    cfg: &Config,
    precision: Precision,
    limits: &QueryLimits,
    on_gpu: bool,
    gpu_layers: Option<usize>,
) -> MemoryEstimate {
    let act = precision.activation_dtype().size_in_bytes() as u64;
    let f32_bytes = 4u64;
    let t = &cfg.text;
    let context = limits.max_context(cfg) as u64;
    let layers = main_layers(cfg, gpu_layers);
    let kv_bytes = precision.kv_cache_dtype(on_gpu).size_in_bytes() as u64;
    let kv_cache = 2
        * layers as u64
        * t.num_key_value_heads() as u64
        * t.head_dim() as u64
        * context
        * kv_bytes;

    let v = &cfg.vision;
    // The vision MLP's intermediate as it runs (widened with zeros at int8 on some CPUs).
    let vi = if on_gpu {
        v.intermediate_size
    } else {
        crate::model::vision::vision_mlp_width(v, precision, &candle_core::Device::Cpu)
    };
    let (vh, vi) = (v.hidden_size as u64, vi as u64);
    let (th, ti) = (t.hidden_size as u64, t.intermediate_size as u64);
    // int8 prefill on the GPU multiplies with a dequantized f32 copy of each weight (candle's
    // dequantize-mul-mat path, forced by default: see engine::parse_device); it exists during
    // that one product, so each phase below adds the largest copy among the products it runs.
    // Single rows (decode, the output head at the last position) use the vector kernel
    // without it.
    let dequantized = |matrices: &[(u64, u64)]| -> u64 {
        if on_gpu && precision == Precision::Int8 {
            let padded = |cols: u64| cols.next_multiple_of(Q8_0_ROW_MULTIPLE as u64);
            matrices
                .iter()
                .map(|&(r, c)| r * padded(c) * f32_bytes)
                .max()
                .unwrap_or(0)
        } else {
            0
        }
    };

    // Vision tower at the largest image, N patches, phase by phase as VisionModel::forward and
    // VisionBlock::forward run (measured against this on the CPU: `robobrain memcheck`,
    // docs/benchmarks.md). The pixel rows: on the CPU the caller's processed image holds them
    // to the end of the query; on a GPU they stay in host memory and the tower frees its device
    // copy after the patch embedding. All along: the rotary cos/sin (f32) and the block input.
    // Then the largest of
    // - patch embedding: the device copy of the pixel rows (GPU) and the embedding before its
    //   reordering into windows;
    // - q/k/v: the f32 queries, keys and values of the chunks done so far with one row chunk's
    //   norm and fused qkv (before and after its bias), or joining them (4 x N x hidden, f32);
    // - attention: q/k/v and the tiles' mixed rows, with one tile's f32 scores and probabilities
    //   (heads x tile x N each: a full-attention block's keys are every patch of the frame);
    // - row-wise layers: the mixed rows and the output rows so far, with one row chunk's
    //   residual, norm and the MLP's three intermediate-wide tensors;
    // - merger: one row chunk's norm, fc1 and GELU rows, and the merged rows so far with their
    //   join.
    let merge = (v.spatial_merge_size * v.spatial_merge_size) as u64;
    let patches = limits.max_image_tokens(cfg) as u64 * merge;
    let rows = patches.min(VISION_ROW_CHUNK as u64);
    let tile = patches.min(VISION_ATTENTION_TILE as u64);
    let pixel_rows = patches * v.patch_input_len() as u64 * f32_bytes;
    let held_pixel_rows = if on_gpu { 0 } else { pixel_rows };
    let vision_frame = held_pixel_rows + patches * (v.head_dim() as u64 * f32_bytes + vh * act);
    let vision_embed = (pixel_rows - held_pixel_rows) + patches * vh * act;
    let vision_qkv = ((patches - rows) * 3 * vh * f32_bytes + rows * 7 * vh * act)
        .max(4 * patches * vh * f32_bytes)
        + dequantized(&[(3 * vh, vh)]);
    let vision_attention = patches * (3 * vh * f32_bytes + vh * act)
        + 2 * v.num_heads as u64 * tile * patches * f32_bytes;
    let vision_rows = (2 * patches - rows) * vh * act
        + rows * (2 * vh + 3 * vi) * act
        + dequantized(&[(vh, vh), (vi, vh), (vh, vi)]);
    let merged = vh * merge;
    let out_hidden = v.out_hidden_size as u64;
    let vision_merger = rows * 3 * vh * act
        + 2 * (patches / merge) * out_hidden * act
        + dequantized(&[(merged, merged), (out_hidden, merged)]);
    let vision = vision_frame
        + [
            vision_embed,
            vision_qkv,
            vision_attention,
            vision_rows,
            vision_merger,
        ]
        .into_iter()
        .max()
        .unwrap_or(0);

    // Text prefill, chunk by chunk (TextModel::forward). All along: the image's pixel rows on
    // the CPU (the engine holds them to the end of the query), the prompt's embeddings and the
    // image embeddings they were gathered from. Then the larger of, for one chunk in one layer,
    // - attention: the layer input, its norm and the queries, the causal mask and the f32
    //   scores and probabilities of the widest chunk (queries x keys: the last full chunk, or
    //   the last one, which sees the whole prompt), and the copy of the layer's KV cache when
    //   it grows (a query's cache is reserved whole, so only callers that reserve nothing, such
    //   as memcheck's prefill, pay it: a few MB at the 3B shape);
    // - MLP: the layer input, the residual, its norm and four intermediate-wide tensors (the
    //   fused gate and up product is two wide, with the activated gate and the product).
    // And the logits of the last position.
    let prompt = ((limits.max_image_tokens(cfg) + limits.max_text_tokens) as u64).max(1);
    let chunk = prompt.min(PREFILL_CHUNK as u64);
    let last_chunk = prompt - (prompt - 1) / chunk * chunk;
    let widest = (chunk * (prompt - last_chunk)).max(last_chunk * prompt);
    let kv_width = t.num_key_value_heads() as u64 * t.head_dim() as u64;
    let text_inputs = held_pixel_rows + 2 * prompt * th * act;
    let text_attention = chunk * 3 * th * act
        + widest * f32_bytes
        + 2 * t.num_attention_heads as u64 * widest * f32_bytes
        + 2 * kv_width * prompt * kv_bytes;
    let text_mlp = chunk * (3 * th + 4 * ti) * act;
    let logits = t.vocab_size as u64 * f32_bytes;
    let q_width = t.num_attention_heads as u64 * t.head_dim() as u64;
    let text = text_inputs
        + text_attention.max(text_mlp)
        + logits
        + dequantized(&[
            (q_width, th),
            (kv_width, th),
            (th, q_width),
            (ti, th),
            (th, ti),
        ]);
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

    fn robobrain_3b() -> Config {
        Config::from_json(crate::model::config::ROBOBRAIN_3B_CONFIG).unwrap()
    }

    #[test]
    fn robobrain_3b_parameters_and_bytes() {
        let cfg = robobrain_3b();
        // 3.09B text (tied head) + 0.67B vision: the published 3B's parameter count.
        let params = parameter_count(&cfg);
        assert_eq!(params, 3_754_622_976);
        // bf16: every weight at 2 bytes (transformers' measured allocation, 7.11 GiB in
        // shared/anchors.md, adds buffers and allocator rounding to these 6.99 GiB).
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
    cfg: &Config,
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
    cfg: &Config,
    precision: Precision,
    limits: &QueryLimits,
    free_bytes: u64,
    below: usize,
) -> Option<(usize, MemoryEstimate)> {
    (1..below.min(cfg.text.num_hidden_layers))
        .rev()
        .find_map(|n| fitting(cfg, precision, limits, free_bytes, Some(n)).map(|e| (n, e)))
}

/// How `n` of the model's decoder layers on the GPU reads in messages.
fn layers_on_gpu(cfg: &Config, n: usize) -> String {
    format!(
        "{n} of {} decoder layers on the GPU, the rest on the CPU",
        cfg.text.num_hidden_layers
    )
}

/// Checks `precision` with the first `gpu_layers` decoder layers (None = all) against
/// `free_bytes` of GPU memory; the estimate when it fits.
pub fn check_fit(
    cfg: &Config,
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
    let placement = if e.gpu_layers < cfg.text.num_hidden_layers {
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
pub fn choose_auto(cfg: &Config, limits: &QueryLimits, free_bytes: Option<u64>) -> AutoChoice {
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
    let layers = cfg.text.num_hidden_layers;
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
    fn robobrain_3b_with(max_image_pixels: u64, max_new_tokens: usize) -> (Config, QueryLimits) {
        let cfg = Config::from_json(crate::model::config::ROBOBRAIN_3B_CONFIG).unwrap();
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
            if crate::model::vnni_gemm::available() {
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
}
