//! Token selection: greedy, or seeded sampling with temperature / top-k / top-p, after a
//! repetition penalty, in the order transformers applies them.

use candle_core::{Result, Tensor};
use candle_transformers::generation::{LogitsProcessor, Sampling};

use super::checkpoint::GenerationConfig;

/// How the next token is chosen.
#[derive(Debug, Clone, PartialEq)]
pub struct SamplingParams {
    /// 0 = greedy (argmax).
    pub temperature: f64,
    pub top_k: Option<usize>,
    pub top_p: Option<f64>,
    /// 1.0 = off. Penalises every token already in the prompt or the answer, as transformers does.
    pub repetition_penalty: f32,
    pub seed: u64,
}

impl SamplingParams {
    pub fn greedy() -> Self {
        Self { temperature: 0.0, top_k: None, top_p: None, repetition_penalty: 1.0, seed: 0 }
    }

    /// The checkpoint's defaults (greedy when it does not sample).
    pub fn from_generation_config(g: &GenerationConfig, seed: u64) -> Self {
        Self {
            temperature: if g.do_sample { g.temperature } else { 0.0 },
            top_k: g.top_k.filter(|&k| k > 0),
            top_p: g.top_p.filter(|&p| p < 1.0),
            repetition_penalty: g.repetition_penalty as f32,
            seed,
        }
    }
}

/// Picks tokens from logits, remembering what it has seen for the repetition penalty.
pub struct TokenSampler {
    processor: LogitsProcessor,
    repetition_penalty: f32,
    seen: Vec<u32>,
}

impl TokenSampler {
    pub fn new(params: &SamplingParams, prompt: &[u32]) -> Self {
        let t = params.temperature;
        let sampling = match (t > 0.0, params.top_k, params.top_p) {
            (false, _, _) => Sampling::ArgMax,
            (true, None, None) => Sampling::All { temperature: t },
            (true, Some(k), None) => Sampling::TopK { k, temperature: t },
            (true, None, Some(p)) => Sampling::TopP { p, temperature: t },
            (true, Some(k), Some(p)) => Sampling::TopKThenTopP { k, p, temperature: t },
        };
        Self {
            processor: LogitsProcessor::from_sampling(params.seed, sampling),
            repetition_penalty: params.repetition_penalty,
            seen: prompt.to_vec(),
        }
    }

    /// `logits` [vocab] (f32) -> next token.
    pub fn next(&mut self, logits: &Tensor) -> Result<u32> {
        let logits = if self.repetition_penalty != 1.0 {
            candle_transformers::utils::apply_repeat_penalty(logits, self.repetition_penalty, &self.seen)?
        } else {
            logits.clone()
        };
        let token = self.processor.sample(&logits)?;
        self.seen.push(token);
        Ok(token)
    }
}

/// Why generation stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StopReason {
    /// An end-of-sequence token (not included in the answer).
    Eos,
    MaxNewTokens,
    Cancelled,
}

impl StopReason {
    pub fn name(self) -> &'static str {
        match self {
            StopReason::Eos => "eos",
            StopReason::MaxNewTokens => "max_new_tokens",
            StopReason::Cancelled => "cancelled",
        }
    }
}
