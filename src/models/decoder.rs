// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! The text decoder of the Qwen vision-language families: GQA attention (q/k/v biases in Qwen2,
//! per-head q/k RMSNorm in Qwen3), SwiGLU MLP, RMSNorm, and a rotary embedding over three
//! position axes (temporal, height, width): M-RoPE. Each family describes its decoder as a
//! [`DecoderConfig`]; the KV cache, chunked prefill, offloading and operation count are shared.

use candle_core::{DType, Device, Module, Result, Tensor, D};
use candle_nn::kv_cache::KvCache;
use candle_nn::RmsNorm;

use super::ops::OpTally;
use super::sizing::{push_linear, Part, TensorSpec, WorkspaceLimits};
use super::weights::{Embedding, Linear, Weights};
use super::Offload;

/// Which position axis turns each rotary frequency pair of a head.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MropeLayout {
    /// Contiguous sections (Qwen2-VL, Qwen2.5-VL): the first `sections[0]` pairs follow the
    /// temporal axis, the next `sections[1]` the height, the rest the width.
    Sections(Vec<usize>),
    /// Interleaved (Qwen3-VL): pairs follow the temporal axis, except pairs 1, 4, 7, ... below
    /// 3 x `sections[1]` (height) and 2, 5, 8, ... below 3 x `sections[2]` (width), as
    /// transformers' `apply_interleaved_mrope`.
    Interleaved(Vec<usize>),
}

impl MropeLayout {
    /// The axis (0 = t, 1 = h, 2 = w) of each of the `pairs` frequency pairs.
    pub fn axis_of_freq(&self, pairs: usize) -> Vec<usize> {
        match self {
            MropeLayout::Sections(sections) => sections
                .iter()
                .enumerate()
                .flat_map(|(axis, &len)| std::iter::repeat_n(axis % 3, len))
                .chain(std::iter::repeat(0))
                .take(pairs)
                .collect(),
            MropeLayout::Interleaved(sections) => (0..pairs)
                .map(|j| {
                    let within = |axis: usize| sections.get(axis).is_some_and(|&s| j < 3 * s);
                    match j % 3 {
                        1 if within(1) => 1,
                        2 if within(2) => 2,
                        _ => 0,
                    }
                })
                .collect(),
        }
    }

    pub fn sections(&self) -> &[usize] {
        match self {
            MropeLayout::Sections(s) | MropeLayout::Interleaved(s) => s,
        }
    }
}

/// A family's decoder, as the shared layers build it.
#[derive(Debug, Clone, PartialEq)]
pub struct DecoderConfig {
    pub vocab_size: usize,
    pub hidden_size: usize,
    pub intermediate_size: usize,
    pub num_layers: usize,
    pub num_heads: usize,
    pub num_kv_heads: usize,
    pub head_dim: usize,
    pub rms_norm_eps: f64,
    pub rope_theta: f64,
    pub mrope: MropeLayout,
    /// q, k and v projections carry biases (Qwen2).
    pub qkv_bias: bool,
    /// Queries and keys pass an RMSNorm per head before their rotation (Qwen3).
    pub qk_norm: bool,
}

impl DecoderConfig {
    /// Keys (or values) of one token in one layer: KV heads x head_dim.
    pub fn kv_width(&self) -> usize {
        self.num_kv_heads * self.head_dim
    }

    /// Queries of one token: heads x head_dim.
    pub fn q_width(&self) -> usize {
        self.num_heads * self.head_dim
    }
}

/// Multimodal rotary embedding: frequency pair `j` of a head turns with the position on the axis
/// whose `mrope_section` holds `j` (temporal, then height, then width).
#[derive(Debug, Clone)]
pub struct MultimodalRotary {
    inv_freq: Vec<f32>,
    /// Axis (0 = t, 1 = h, 2 = w) of each frequency pair.
    axis_of_freq: Vec<usize>,
}

impl MultimodalRotary {
    pub fn new(cfg: &DecoderConfig) -> Self {
        let dim = cfg.head_dim;
        let inv_freq: Vec<f32> = (0..dim)
            .step_by(2)
            .map(|i| 1.0 / cfg.rope_theta.powf(i as f64 / dim as f64) as f32)
            .collect();
        let axis_of_freq = cfg.mrope.axis_of_freq(inv_freq.len());
        Self {
            inv_freq,
            axis_of_freq,
        }
    }

    pub fn head_dim(&self) -> usize {
        2 * self.inv_freq.len()
    }

    /// cos and sin [L, head_dim / 2] for positions given per axis (`positions[axis][i]`),
    /// times `scale` (a rotation times a factor is still linear: the decoder folds its score
    /// scale in here).
    pub fn cos_sin(
        &self,
        positions: &[Vec<i64>; 3],
        scale: f32,
        dtype: DType,
        device: &Device,
    ) -> Result<(Tensor, Tensor)> {
        let len = positions[0].len();
        let half = self.inv_freq.len();
        let mut angles = Vec::with_capacity(len * half);
        let [t, h, w] = positions;
        for ((&t, &h), &w) in t.iter().zip(h).zip(w) {
            let at = [t, h, w];
            for (f, &axis) in self.inv_freq.iter().zip(&self.axis_of_freq) {
                angles.push(at[axis] as f32 * f);
            }
        }
        let (cos, sin): (Vec<f32>, Vec<f32>) = angles
            .iter()
            .map(|a| (a.cos() * scale, a.sin() * scale))
            .unzip();
        Ok((
            Tensor::from_vec(cos, (len, half), device)?.to_dtype(dtype)?,
            Tensor::from_vec(sin, (len, half), device)?.to_dtype(dtype)?,
        ))
    }
}

/// SwiGLU with the gate and up projections as one product ([`Weights::fused_linear`]).
#[derive(Debug, Clone)]
struct Mlp {
    gate_up_proj: Linear,
    down_proj: Linear,
    intermediate_size: usize,
}

impl Mlp {
    fn new(cfg: &DecoderConfig, w: Weights) -> Result<Self> {
        let (h, i) = (cfg.hidden_size, cfg.intermediate_size);
        Ok(Self {
            gate_up_proj: w.fused_linear(
                "gate_up_proj",
                &[("gate_proj", i), ("up_proj", i)],
                h,
                false,
            )?,
            down_proj: w.pp("down_proj").linear(i, h, false)?,
            intermediate_size: i,
        })
    }

    fn forward(&self, xs: &Tensor, ops: &OpTally) -> Result<Tensor> {
        let i = self.intermediate_size;
        // The gate and up halves are views; silu and the product read them strided.
        let gate_up = ops.linear(&self.gate_up_proj, xs)?;
        let gate = ops.op(gate_up.narrow(D::Minus1, 0, i)?.silu())?;
        let mixed = ops.op(gate * gate_up.narrow(D::Minus1, i, i)?)?;
        drop(gate_up);
        ops.linear(&self.down_proj, &mixed)
    }
}

#[derive(Debug, Clone)]
struct Attention {
    /// q, k and v as one product: [q heads; k heads; v heads] x head_dim outputs.
    qkv_proj: Linear,
    /// Qwen3's per-head RMSNorm of queries and keys.
    qk_norm: Option<QkNorm>,
    o_proj: Linear,
    num_heads: usize,
    num_kv_heads: usize,
    head_dim: usize,
    /// Keys and values of every position seen so far, [1, kv_heads, len, head_dim], written in
    /// place into buffers sized for the whole query ([`TextModel::reserve_kv_cache`]):
    /// `Tensor::cat` copied the whole cache of every layer for every token (at the 3B shape,
    /// 2 x 256 x context x 4 B per layer, 7 MB at 3.5k tokens, 36 times per token). The keys
    /// are stored scaled (see [`Attention::forward`]).
    kv_cache: KvCache,
    /// What the cache holds ([`crate::models::Precision::kv_cache_dtype`]); attention runs in
    /// it, so the cache is never converted whole.
    kv_dtype: DType,
}

impl Attention {
    fn new(cfg: &DecoderConfig, w: Weights) -> Result<Self> {
        let (h, hd) = (cfg.hidden_size, cfg.head_dim);
        let (nh, nkv) = (cfg.num_heads, cfg.num_kv_heads);
        Ok(Self {
            qkv_proj: w.fused_linear(
                "qkv_proj",
                &[
                    ("q_proj", nh * hd),
                    ("k_proj", nkv * hd),
                    ("v_proj", nkv * hd),
                ],
                h,
                cfg.qkv_bias,
            )?,
            qk_norm: cfg
                .qk_norm
                .then(|| QkNorm::new(nh, nkv, hd, cfg.rms_norm_eps, &w))
                .transpose()?,
            o_proj: w.pp("o_proj").linear(nh * hd, h, false)?,
            num_heads: nh,
            num_kv_heads: nkv,
            head_dim: hd,
            kv_cache: KvCache::new(2, DEFAULT_KV_CAPACITY),
            kv_dtype: w.precision().kv_cache_dtype(w.device().is_cuda()),
        })
    }

    /// The score scale 1 / sqrt(head_dim) is not applied here: `cos` and `sin` carry its
    /// square root ([`score_scale_root`]), so queries and keys each come out of their rotation
    /// scaled by it and their products by the whole scale, without an operation of its own.
    fn forward(
        &mut self,
        xs: &Tensor,
        cos: &Tensor,
        sin: &Tensor,
        mask: Option<&Tensor>,
        ops: &OpTally,
    ) -> Result<Tensor> {
        let (b, l, _) = xs.dims3()?;
        let (nh, nkv, hd) = (self.num_heads, self.num_kv_heads, self.head_dim);
        let groups = nh / nkv;
        // [b, heads, L, head_dim] for all q, k and v heads: a view (one token's heads need no
        // copy, rows of one being contiguous in either order), converted once to the cache's
        // dtype: attention runs in it (only this chunk is converted, never the cache), and
        // `cos`/`sin` come in it.
        let qkv = ops
            .linear(&self.qkv_proj, xs)?
            .reshape((b, l, nh + 2 * nkv, hd))?;
        let qkv = match &self.qk_norm {
            Some(norm) => norm.forward(&qkv, ops)?,
            None => qkv,
        };
        let qkv = ops.convert(&qkv.transpose(1, 2)?, self.kv_dtype)?;
        // Queries and keys turn in one rope over their heads.
        let qk = ops.op(candle_nn::rotary_emb::rope(
            &ops.contiguous(&qkv.narrow(1, 0, nh + nkv)?)?,
            cos,
            sin,
        ))?;
        let k = ops.contiguous(&qk.narrow(1, nh, nkv)?)?;
        let v = ops.contiguous(&qkv.narrow(1, nh + nkv, nkv)?)?;
        drop(qkv);
        ops.in_place(2);
        let (k, v) = self.kv_cache.append(&k, &v)?;

        // The query heads that share a KV head are stacked on the row axis, [b, kv_heads,
        // groups * L, head_dim], so keys and values are read where they are: repeating them per
        // query head (repeat_kv) copied them 8 times at the 3B shape, 2 x 16 x 128 x context x
        // 4 B = 48 MB per layer for a 2.9k-token prompt. Head h uses KV head h / groups either way.
        let context = k.dim(2)?;
        let q = qk.narrow(1, 0, nh)?.reshape((b, nkv, groups * l, hd))?;
        drop(qk);
        // Scores in f32 for the softmax: [b, heads, L, context], with L at most a prefill
        // chunk. At most two such f32 matrices (scores and probabilities) exist at once. (A
        // decode step's softmax in a bf16 cache's own dtype saves two launches per layer but
        // took int8's decode logits past its bound on the CPU: 5.3e-2 to f32 over 8 steps of
        // the text-only fixture, 4.3e-2 in f32.)
        let probs = {
            let scores = ops
                .convert(&ops.op(q.matmul(&k.t()?))?, DType::F32)?
                .reshape((b, nh, l, context))?;
            let scores = match mask {
                Some(mask) => {
                    let masked = ops.op(scores.broadcast_add(mask))?;
                    drop(scores);
                    masked
                }
                None => scores,
            };
            let probs = ops.op(candle_nn::ops::softmax_last_dim(&scores))?;
            drop(scores);
            ops.convert(&probs, self.kv_dtype)?
        };
        let mixed = ops.convert(
            &ops.op(probs.reshape((b, nkv, groups * l, context))?.matmul(&v))?,
            xs.dtype(),
        )?;
        drop(probs);
        let mixed = ops.contiguous(&mixed.reshape((b, nh, l, hd))?.transpose(1, 2)?)?;
        ops.linear(&self.o_proj, &mixed.reshape((b, l, nh * hd))?)
    }
}

/// RMSNorm over each query and key head (Qwen3's `q_norm` and `k_norm`, one weight of head_dim
/// each), on the fused [b, L, q + k + v heads, head_dim] product: one weight row per head, so
/// queries and keys are normalized together and the value heads pass unchanged.
#[derive(Debug, Clone)]
struct QkNorm {
    /// [q + k heads, head_dim]: `q_norm` repeated for the query heads, `k_norm` for the keys.
    weight: Tensor,
    eps: f64,
    heads: usize,
}

impl QkNorm {
    fn new(nh: usize, nkv: usize, hd: usize, eps: f64, w: &Weights) -> Result<Self> {
        let q = w.pp("q_norm").get(hd, "weight")?;
        let k = w.pp("k_norm").get(hd, "weight")?;
        let weight = Tensor::cat(
            &[
                q.unsqueeze(0)?.repeat((nh, 1))?,
                k.unsqueeze(0)?.repeat((nkv, 1))?,
            ],
            0,
        )?
        .to_dtype(DType::F32)?;
        Ok(Self {
            weight,
            eps,
            heads: nh + nkv,
        })
    }

    /// As transformers' Qwen3 RMSNorm: in f32, times the weight, back in the input's dtype.
    fn forward(&self, qkv: &Tensor, ops: &OpTally) -> Result<Tensor> {
        let (_, _, all_heads, _) = qkv.dims4()?;
        let qk = ops.convert(&qkv.narrow(2, 0, self.heads)?, DType::F32)?;
        let mean_square = ops.op(qk.sqr()?.mean_keepdim(D::Minus1))?;
        let normed = ops.op(qk.broadcast_div(&ops.op((mean_square + self.eps)?.sqrt())?))?;
        let normed = ops.op(normed.broadcast_mul(&self.weight))?;
        let normed = ops.convert(&normed, qkv.dtype())?;
        let v = qkv.narrow(2, self.heads, all_heads - self.heads)?;
        ops.op(Tensor::cat(&[&normed, &v], 2))
    }
}

/// The square root of the score scale 1 / sqrt(head_dim), folded into the rotation of both
/// queries and keys.
fn score_scale_root(head_dim: usize) -> f32 {
    (head_dim as f32).powf(-0.25)
}

#[derive(Debug, Clone)]
struct DecoderLayer {
    self_attn: Attention,
    mlp: Mlp,
    input_layernorm: RmsNorm,
    post_attention_layernorm: RmsNorm,
}

impl DecoderLayer {
    fn new(cfg: &DecoderConfig, w: Weights) -> Result<Self> {
        Ok(Self {
            self_attn: Attention::new(cfg, w.pp("self_attn"))?,
            mlp: Mlp::new(cfg, w.pp("mlp"))?,
            input_layernorm: w
                .pp("input_layernorm")
                .rms_norm(cfg.hidden_size, cfg.rms_norm_eps)?,
            post_attention_layernorm: w
                .pp("post_attention_layernorm")
                .rms_norm(cfg.hidden_size, cfg.rms_norm_eps)?,
        })
    }

    fn forward(
        &mut self,
        xs: &Tensor,
        cos: &Tensor,
        sin: &Tensor,
        mask: Option<&Tensor>,
        ops: &OpTally,
    ) -> Result<Tensor> {
        let attn =
            self.self_attn
                .forward(&ops.apply(&self.input_layernorm, xs)?, cos, sin, mask, ops)?;
        let xs = ops.op(xs + attn)?;
        let mlp = self
            .mlp
            .forward(&ops.apply(&self.post_attention_layernorm, &xs)?, ops)?;
        ops.op(&xs + mlp)
    }
}

/// Prompt tokens per prefill chunk: the prompt runs through all layers one chunk at a time,
/// each chunk attending to the KV cache and to itself. What prefill holds at once is then one
/// chunk's hidden states and MLP intermediates, 512 x (3 x 2048 + 3 x 11008) x 4 B = 80 MB at
/// the 3B width, or one layer's f32 scores and probabilities against the context so far,
/// 2 x 16 heads x 512 x 2947 x 4 B = 193 MB for a 1080p prompt (2947 tokens), instead of the
/// whole prompt's: 0.46 GB of states and 1.1 GB of scores at 2947 tokens. 512 rows keep the
/// matrix products efficient, and on the GPU int8 prefill dequantizes every weight once per
/// chunk, so fewer, larger chunks cost less there.
pub const PREFILL_CHUNK: usize = 512;

/// Positions a KV cache holds before it grows when nobody reserved its size.
const DEFAULT_KV_CAPACITY: usize = 512;

#[derive(Debug, Clone)]
pub struct TextModel {
    embed_tokens: Embedding,
    layers: Vec<DecoderLayer>,
    /// Layers before this index run on `device`, the rest (and the norm and head) on `tail_device`.
    main_layers: usize,
    norm: RmsNorm,
    lm_head: Linear,
    rotary: MultimodalRotary,
    dtype: DType,
    device: Device,
    tail_device: Device,
    /// Tokens per prefill chunk ([`PREFILL_CHUNK`] unless a test sets another).
    prefill_chunk: usize,
    /// Positions the next query's KV cache is allocated for.
    kv_capacity: usize,
    /// Operations the decoder layers have issued ([`TextModel::layer_operations`]).
    ops: OpTally,
}

impl TextModel {
    /// `w` points at the decoder (`model.` in published checkpoints); `lm_head` at the untied
    /// output head, if the checkpoint has one (on the offload device when offloading).
    pub fn new(
        cfg: &DecoderConfig,
        w: Weights,
        lm_head: Option<Weights>,
        offload: Option<Offload>,
    ) -> Result<Self> {
        let embed_tokens = w
            .pp("embed_tokens")
            .embedding(cfg.vocab_size, cfg.hidden_size)?;
        let (main_layers, tail) = match &offload {
            Some(o) => (o.main_layers.min(cfg.num_layers), o.weights.clone()),
            None => (cfg.num_layers, w.clone()),
        };
        let layers = (0..cfg.num_layers)
            .map(|i| {
                let source = if i < main_layers { &w } else { &tail };
                DecoderLayer::new(cfg, source.pp(format!("layers.{i}")))
            })
            .collect::<Result<Vec<_>>>()?;
        let lm_head = match lm_head {
            Some(head) => head.linear(cfg.hidden_size, cfg.vocab_size, false)?,
            // A tied head next to offloaded layers needs its own copy of the embedding there;
            // on a CPU that packs int8 products the head is that packed copy.
            None if offload.is_some() => tail
                .pp("embed_tokens")
                .tied_head(cfg.vocab_size, cfg.hidden_size)?,
            None => w.tied_head_of(&embed_tokens)?,
        };
        Ok(Self {
            norm: tail
                .pp("norm")
                .rms_norm(cfg.hidden_size, cfg.rms_norm_eps)?,
            embed_tokens,
            layers,
            main_layers,
            lm_head,
            rotary: MultimodalRotary::new(cfg),
            dtype: w.dtype(),
            device: w.device().clone(),
            tail_device: tail.device().clone(),
            prefill_chunk: PREFILL_CHUNK,
            kv_capacity: DEFAULT_KV_CAPACITY,
            ops: OpTally::default(),
        })
    }

    /// Another prefill chunk than [`PREFILL_CHUNK`] (tests use small ones on the tiny fixture;
    /// `usize::MAX` runs a prompt as one chunk).
    pub fn set_prefill_chunk(&mut self, tokens: usize) -> Result<()> {
        if tokens == 0 {
            candle_core::bail!("a prefill chunk needs at least one token");
        }
        self.prefill_chunk = tokens;
        Ok(())
    }

    pub fn prefill_chunk(&self) -> usize {
        self.prefill_chunk
    }

    /// Another KV cache dtype than the precision's for every layer (to measure its effect on
    /// the CPU, where the default keeps f32); clears the cache.
    pub fn set_kv_cache_dtype(&mut self, dtype: DType) {
        for layer in &mut self.layers {
            layer.self_attn.kv_dtype = dtype;
        }
        self.clear_kv_cache();
    }

    /// Sizes the next query's KV cache for `tokens` positions (prompt and answer), allocated at
    /// its first token; a longer query grows it by as much again. Clears the cache.
    pub fn reserve_kv_cache(&mut self, tokens: usize) {
        self.kv_capacity = tokens.max(1);
        self.clear_kv_cache();
    }

    pub fn embed(&self, ids: &[u32]) -> Result<Tensor> {
        let ids = Tensor::new(ids, &self.device)?;
        self.embed_tokens.lookup(&ids)?.to_dtype(self.dtype)
    }

    /// The main device: embeddings and the first decoder layers.
    pub fn device(&self) -> &Device {
        &self.device
    }

    /// Tensor operations the decoder layers have issued since loading ([`super::ops`]): a
    /// decode step's difference over the layer count is the per-token, per-layer figure.
    pub fn layer_operations(&self) -> u64 {
        self.ops.count()
    }

    pub fn num_layers(&self) -> usize {
        self.layers.len()
    }

    /// Positions already in the cache.
    pub fn cached_len(&self) -> usize {
        self.layers
            .first()
            .map_or(0, |l| l.self_attn.kv_cache.current_seq_len())
    }

    /// Frees the cache's buffers; the next query's are sized by [`Self::reserve_kv_cache`].
    pub fn clear_kv_cache(&mut self) {
        for layer in &mut self.layers {
            layer.self_attn.kv_cache = KvCache::new(2, self.kv_capacity);
        }
    }

    /// Runs `embeds` [L, hidden] after what the cache holds, at `positions` (per axis, length L),
    /// in chunks of at most `prefill_chunk` tokens. Returns logits [L, vocab] for every position
    /// when `all_logits` (each chunk's, joined), else [1, vocab] for the last, on the output
    /// head's device.
    pub fn forward(
        &mut self,
        embeds: &Tensor,
        positions: &[Vec<i64>; 3],
        all_logits: bool,
    ) -> Result<Tensor> {
        self.forward_with(embeds, positions, all_logits, None)
    }

    /// [`Self::forward`] with Qwen3-VL's DeepStack features added to the image rows after the
    /// first decoder layers ([`Deepstack`]).
    pub fn forward_with(
        &mut self,
        embeds: &Tensor,
        positions: &[Vec<i64>; 3],
        all_logits: bool,
        deepstack: Option<&Deepstack>,
    ) -> Result<Tensor> {
        let (l, _) = embeds.dims2()?;
        if l == 0 || positions.iter().any(|axis| axis.len() != l) {
            candle_core::bail!(
                "decoder input: {l} embeddings but positions of lengths {:?} (need one per embedding, at least one)",
                positions.each_ref().map(Vec::len)
            );
        }
        let mut logits = Vec::new();
        for start in (0..l).step_by(self.prefill_chunk) {
            let len = self.prefill_chunk.min(l - start);
            let chunk_positions = positions
                .each_ref()
                .map(|axis| axis[start..start + len].to_vec());
            let chunk_deepstack = deepstack
                .map(|d| d.chunk(start, len))
                .transpose()?
                .flatten();
            let xs = self.forward_layers(
                &embeds.narrow(0, start, len)?,
                &chunk_positions,
                chunk_deepstack.as_ref(),
            )?;
            if all_logits {
                logits.push(self.head(&xs)?);
            } else if start + len == l {
                logits.push(self.head(&xs.narrow(0, len - 1, 1)?)?);
            }
        }
        match logits.len() {
            1 => Ok(logits.remove(0)),
            _ => Tensor::cat(&logits, 0),
        }
    }

    /// One chunk [L, hidden] through every decoder layer after what the cache holds: its hidden
    /// states [L, hidden] after the last layer, on the tail device.
    fn forward_layers(
        &mut self,
        embeds: &Tensor,
        positions: &[Vec<i64>; 3],
        deepstack: Option<&DeepstackChunk>,
    ) -> Result<Tensor> {
        let (l, _) = embeds.dims2()?;
        let past = self.cached_len();
        // In the dtype the first layer ropes in (its cache's), so that only an offload
        // boundary converts them.
        let rope_dtype = self
            .layers
            .first()
            .map_or(self.dtype, |layer| layer.self_attn.kv_dtype);
        let (mut cos, mut sin) = self.rotary.cos_sin(
            positions,
            score_scale_root(self.rotary.head_dim()),
            rope_dtype,
            &self.device,
        )?;
        let mut mask = if l > 1 {
            Some(causal_mask(l, past, &self.device)?)
        } else {
            None
        };
        let mut xs = embeds.to_dtype(self.dtype)?.unsqueeze(0)?;
        for (i, layer) in self.layers.iter_mut().enumerate() {
            if i == self.main_layers {
                // The offload boundary: the hidden states and what every layer reads cross over
                // once; each layer's KV cache stays where the layer is.
                let tail = &self.tail_device;
                xs = xs.to_device(tail)?;
                (cos, sin) = (cos.to_device(tail)?, sin.to_device(tail)?);
                mask = mask.map(|m| m.to_device(tail)).transpose()?;
            }
            // Each layer ropes in its cache's dtype (offloaded layers on the CPU keep f32).
            let kv_dtype = layer.self_attn.kv_dtype;
            if cos.dtype() != kv_dtype {
                (cos, sin) = (cos.to_dtype(kv_dtype)?, sin.to_dtype(kv_dtype)?);
            }
            xs = layer.forward(&xs, &cos, &sin, mask.as_ref(), &self.ops)?;
            if let Some(features) = deepstack.and_then(|d| d.features.get(i)) {
                let d = deepstack.expect("features come from it");
                let rows = features.to_device(xs.device())?.to_dtype(xs.dtype())?;
                let at = d.positions.to_device(xs.device())?;
                xs = xs.squeeze(0)?.index_add(&at, &rows, 0)?.unsqueeze(0)?;
            }
        }
        xs.squeeze(0)?.to_device(&self.tail_device)
    }

    /// Final norm and output head: logits [rows, vocab] in f32.
    fn head(&self, xs: &Tensor) -> Result<Tensor> {
        self.lm_head
            .forward(&self.norm.forward(xs)?)?
            .to_dtype(DType::F32)
    }
}

/// Qwen3-VL's DeepStack: feature sets from inner vision layers, one per decoder layer from the
/// first, each added to the image rows of the hidden states after that layer.
#[derive(Debug, Clone)]
pub struct Deepstack {
    /// Per decoder layer: [image rows, hidden], the rows in prompt order.
    pub features: Vec<Tensor>,
    /// Prompt positions of the image rows, ascending.
    pub positions: Vec<u32>,
}

/// The part of a [`Deepstack`] one prefill chunk sees: its image rows and where they sit in it.
struct DeepstackChunk {
    features: Vec<Tensor>,
    /// Positions within the chunk.
    positions: Tensor,
}

impl Deepstack {
    /// The rows at prompt positions `start..start + len`, or None when the chunk has no image
    /// row.
    fn chunk(&self, start: usize, len: usize) -> Result<Option<DeepstackChunk>> {
        let first = self.positions.partition_point(|&p| (p as usize) < start);
        let end = self
            .positions
            .partition_point(|&p| (p as usize) < start + len);
        if first == end {
            return Ok(None);
        }
        let local: Vec<u32> = self.positions[first..end]
            .iter()
            .map(|&p| p - start as u32)
            .collect();
        let device = self
            .features
            .first()
            .map_or(Device::Cpu, |f| f.device().clone());
        Ok(Some(DeepstackChunk {
            features: self
                .features
                .iter()
                .map(|f| f.narrow(0, first, end - first))
                .collect::<Result<_>>()?,
            positions: Tensor::new(local.as_slice(), &device)?,
        }))
    }
}

/// Additive mask [L, past + L]: query i sees keys up to past + i.
fn causal_mask(l: usize, past: usize, device: &Device) -> Result<Tensor> {
    let mask: Vec<f32> = (0..l)
        .flat_map(|i| {
            (0..past + l).map(move |j| if j > past + i { f32::NEG_INFINITY } else { 0.0 })
        })
        .collect();
    Tensor::from_vec(mask, (l, past + l), device)
}

/// The decoder's tensors as the loader places them: the embedding (front), each layer's fused
/// q/k/v, output, fused gate/up and down projections with their norms (and q/k norms), the
/// final norm and an untied head.
pub fn tensor_specs(cfg: &DecoderConfig, tied_head: bool) -> Vec<TensorSpec> {
    let h = cfg.hidden_size;
    let (q, kv) = (cfg.q_width(), cfg.kv_width());
    let mut specs = vec![TensorSpec::embedding(cfg.vocab_size, h)];
    for layer in 0..cfg.num_layers {
        let first = specs.len();
        // q/k/v and gate/up as the loader fuses them (Weights::fused_linear).
        push_linear(&mut specs, q + 2 * kv, h, cfg.qkv_bias);
        push_linear(&mut specs, h, q, false);
        push_linear(&mut specs, 2 * cfg.intermediate_size, h, false);
        push_linear(&mut specs, h, cfg.intermediate_size, false);
        specs.extend([TensorSpec::vector(h), TensorSpec::vector(h)]);
        if cfg.qk_norm {
            specs.extend([
                TensorSpec::vector(cfg.head_dim),
                TensorSpec::vector(cfg.head_dim),
            ]);
        }
        for spec in &mut specs[first..] {
            spec.part = Part::Layer(layer);
        }
    }
    let first = specs.len();
    specs.push(TensorSpec::vector(h));
    if !tied_head {
        push_linear(&mut specs, cfg.vocab_size, h, false);
    }
    for spec in &mut specs[first..] {
        spec.part = Part::Head;
    }
    specs
}

/// What prefill holds at the longest prompt besides weights and KV cache, chunk by chunk
/// ([`TextModel::forward`]), on top of `held` bytes the query keeps all along (the image's pixel
/// rows on the CPU, where the engine holds them to the end of the query). All along: the
/// prompt's embeddings and the image embeddings they were gathered from (and DeepStack's
/// `deepstack_sets` feature sets of the image rows). Then the larger of, for one chunk in one
/// layer,
/// - attention: the layer input, its norm and the queries, the causal mask and the f32 scores
///   and probabilities of the widest chunk (queries x keys: the last full chunk, or the last
///   one, which sees the whole prompt), and the copy of the layer's KV cache when it grows (a
///   query's cache is reserved whole, so only callers that reserve nothing, such as memcheck's
///   prefill, pay it: a few MB at the 3B shape);
/// - MLP: the layer input, the residual, its norm and four intermediate-wide tensors (the fused
///   gate and up product is two wide, with the activated gate and the product).
///
/// And the logits of the last position.
pub fn prefill_workspace(
    cfg: &DecoderConfig,
    limits: &WorkspaceLimits,
    held: u64,
    deepstack_sets: usize,
) -> u64 {
    let (act, f32_bytes, kv_bytes) = (limits.activation_bytes(), 4u64, limits.kv_bytes());
    let (th, ti) = (cfg.hidden_size as u64, cfg.intermediate_size as u64);
    let prompt = (limits.prompt_tokens as u64).max(1);
    let chunk = prompt.min(PREFILL_CHUNK as u64);
    let last_chunk = prompt - (prompt - 1) / chunk * chunk;
    let widest = (chunk * (prompt - last_chunk)).max(last_chunk * prompt);
    let kv_width = cfg.kv_width() as u64;
    let text_inputs = held
        + 2 * prompt * th * act
        + deepstack_sets as u64 * limits.image_tokens as u64 * th * act;
    let text_attention = chunk * 3 * th * act
        + widest * f32_bytes
        + 2 * cfg.num_heads as u64 * widest * f32_bytes
        + 2 * kv_width * prompt * kv_bytes;
    let text_mlp = chunk * (3 * th + 4 * ti) * act;
    let logits = cfg.vocab_size as u64 * f32_bytes;
    let q_width = cfg.q_width() as u64;
    text_inputs
        + text_attention.max(text_mlp)
        + logits
        + limits.dequantized(&[
            (q_width, th),
            (kv_width, th),
            (th, q_width),
            (ti, th),
            (th, ti),
        ])
}
