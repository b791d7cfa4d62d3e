// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! How the next token is chosen, composed as transformers composes it.
//!
//! transformers' `generate(**kwargs)` starts from the checkpoint's `generation_config.json` and
//! lets each keyword replace one field; RoboBrain's own inference calls
//! `generate(do_sample=True, temperature=0.7)`, so the published config's `top_k: 1` (greedy in
//! effect) and `repetition_penalty: 1.05` still apply. [`SamplingParams::compose`] does the same
//! with the node's parameters and a request's fields as the keywords, and [`TokenSampler`] applies
//! transformers' processors in transformers' order: repetition penalty, then (only when sampling)
//! temperature, top-k, top-p, softmax and a multinomial draw.
//!
//! candle's `LogitsProcessor` is not used: its top-k-then-top-p keeps tokens by their mass in the
//! whole vocabulary where transformers renormalizes over the top k first, so the two keep
//! different sets whenever both are set.

use candle_core::Tensor;
use rand::{Rng, SeedableRng};
use serde::Serialize;

use super::checkpoint::GenerationConfig;

/// The decoding a query actually used: enough to reproduce its answer.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SamplingParams {
    /// 0 = greedy (argmax, transformers' `do_sample=False`); top_k and top_p then do not apply.
    pub temperature: f64,
    /// None = no top-k limit.
    pub top_k: Option<usize>,
    /// None = no nucleus limit.
    pub top_p: Option<f64>,
    /// 1.0 = off. Penalises every token already in the prompt or the answer, as transformers does.
    pub repetition_penalty: f64,
    /// The random draw's seed (unused when greedy, recorded all the same).
    pub seed: u64,
}

/// Fields that replace the checkpoint's decoding defaults; None keeps what lies below.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct SamplingOverrides {
    /// 0 = greedy (`do_sample=False`); above 0 = sample at this temperature (`do_sample=True`).
    pub temperature: Option<f64>,
    /// 0 = no top-k limit.
    pub top_k: Option<usize>,
    /// 1.0 = no nucleus limit.
    pub top_p: Option<f64>,
    /// 1.0 = off.
    pub repetition_penalty: Option<f64>,
}

/// A sampling value outside what transformers accepts.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum SamplingError {
    #[error("temperature must be >= 0 (0 = greedy) and finite, got {0}")]
    Temperature(f64),
    #[error("top_p must be in (0, 1] (1 = no nucleus limit), got {0}")]
    TopP(f64),
    #[error("repetition_penalty must be > 0 (1 = off) and finite, got {0}")]
    RepetitionPenalty(f64),
}

impl SamplingOverrides {
    /// Checks each value that is set against transformers' own validation.
    pub fn validate(&self) -> Result<(), SamplingError> {
        if let Some(t) = self.temperature {
            if !(t.is_finite() && t >= 0.0) {
                return Err(SamplingError::Temperature(t));
            }
        }
        if let Some(p) = self.top_p {
            if !(p > 0.0 && p <= 1.0) {
                return Err(SamplingError::TopP(p));
            }
        }
        if let Some(r) = self.repetition_penalty {
            if !(r.is_finite() && r > 0.0) {
                return Err(SamplingError::RepetitionPenalty(r));
            }
        }
        Ok(())
    }

    /// These overrides with `later`'s on top (a request over the node's parameters).
    pub fn then(&self, later: &SamplingOverrides) -> SamplingOverrides {
        SamplingOverrides {
            temperature: later.temperature.or(self.temperature),
            top_k: later.top_k.or(self.top_k),
            top_p: later.top_p.or(self.top_p),
            repetition_penalty: later.repetition_penalty.or(self.repetition_penalty),
        }
    }
}

impl SamplingParams {
    pub fn greedy() -> Self {
        Self {
            temperature: 0.0,
            top_k: None,
            top_p: None,
            repetition_penalty: 1.0,
            seed: 0,
        }
    }

    /// What transformers' `generate(**overrides)` decodes with for a checkpoint whose
    /// generation_config is `config`: each override replaces its field only; a temperature
    /// override of 0 is `do_sample=False`, above 0 `do_sample=True` with that temperature. When
    /// the result is greedy, top_k and top_p do not apply and are recorded as off.
    pub fn compose(config: &GenerationConfig, overrides: &SamplingOverrides, seed: u64) -> Self {
        let (do_sample, temperature) = match overrides.temperature {
            Some(t) => (t > 0.0, t),
            None => (config.do_sample, config.temperature),
        };
        // transformers adds its temperature warper only for do_sample; a temperature of 0 with
        // do_sample in the config would be refused there, greedy is the only sensible reading.
        let do_sample = do_sample && temperature > 0.0;
        let repetition_penalty = overrides
            .repetition_penalty
            .unwrap_or(config.repetition_penalty);
        if !do_sample {
            return Self {
                repetition_penalty,
                seed,
                ..Self::greedy()
            };
        }
        Self {
            temperature,
            // transformers skips TopKLogitsWarper for top_k 0 and TopPLogitsWarper for top_p 1.
            top_k: Some(overrides.top_k.unwrap_or(config.top_k)).filter(|&k| k > 0),
            top_p: Some(overrides.top_p.unwrap_or(config.top_p)).filter(|&p| p < 1.0),
            repetition_penalty,
            seed,
        }
    }

    pub fn is_greedy(&self) -> bool {
        self.temperature <= 0.0
    }
}

/// A seed for a query that did not ask for one: random, below 2^63 so that every seed it
/// records can be asked for again through a signed ROS field.
pub fn fresh_seed() -> u64 {
    rand::rng().random::<u64>() >> 1
}

/// Picks tokens from logits, remembering what it has seen for the repetition penalty.
pub struct TokenSampler {
    params: SamplingParams,
    rng: rand::rngs::StdRng,
    /// The prompt and every token chosen so far (transformers penalises both).
    seen: Vec<u32>,
}

/// The model gave logits no token can be chosen from.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("the model's logits hold {0}: no token can be chosen (numerical failure in the model)")]
pub struct BadLogits(&'static str);

impl TokenSampler {
    pub fn new(params: &SamplingParams, prompt: &[u32]) -> Self {
        Self {
            params: params.clone(),
            rng: rand::rngs::StdRng::seed_from_u64(params.seed),
            seen: prompt.to_vec(),
        }
    }

    /// `logits` [vocab] -> next token.
    pub fn next(&mut self, logits: &Tensor) -> anyhow::Result<u32> {
        let mut scores: Vec<f32> = logits.to_dtype(candle_core::DType::F32)?.to_vec1()?;
        let token = self.choose(&mut scores)?;
        self.seen.push(token);
        Ok(token)
    }

    fn choose(&mut self, scores: &mut [f32]) -> Result<u32, BadLogits> {
        if scores.iter().any(|s| s.is_nan()) {
            return Err(BadLogits("NaN"));
        }
        apply_repetition_penalty(scores, &self.seen, self.params.repetition_penalty as f32);
        if self.params.is_greedy() {
            return argmax(scores).ok_or(BadLogits("no finite value"));
        }
        let temperature = self.params.temperature as f32;
        scores.iter_mut().for_each(|s| *s /= temperature);
        let mut candidates: Vec<u32> = (0..scores.len() as u32)
            .filter(|&i| scores[i as usize] > f32::NEG_INFINITY)
            .collect();
        if candidates.is_empty() {
            return Err(BadLogits("no finite value"));
        }
        if let Some(k) = self.params.top_k {
            keep_top_k(&mut candidates, scores, k);
        }
        let probs = softmax(&candidates, scores);
        let (candidates, probs) = match self.params.top_p {
            Some(p) => keep_top_p(candidates, probs, p),
            None => (candidates, probs),
        };
        Ok(draw(&candidates, &probs, &mut self.rng))
    }
}

/// transformers' RepetitionPenaltyLogitsProcessor: each distinct token seen once, positive
/// scores divided by the penalty, negative ones multiplied.
fn apply_repetition_penalty(scores: &mut [f32], seen: &[u32], penalty: f32) {
    if penalty == 1.0 {
        return;
    }
    let mut done = vec![false; scores.len()];
    for &token in seen {
        let i = token as usize;
        if i < scores.len() && !done[i] {
            done[i] = true;
            let s = scores[i];
            scores[i] = if s < 0.0 { s * penalty } else { s / penalty };
        }
    }
}

/// The first index of the largest score, as torch.argmax picks it.
fn argmax(scores: &[f32]) -> Option<u32> {
    let mut best: Option<(usize, f32)> = None;
    for (i, &s) in scores.iter().enumerate() {
        if s > f32::NEG_INFINITY && best.is_none_or(|(_, b)| s > b) {
            best = Some((i, s));
        }
    }
    best.map(|(i, _)| i as u32)
}

/// transformers' TopKLogitsWarper: keeps every token scoring at least the k-th highest score
/// (ties with it included).
fn keep_top_k(candidates: &mut Vec<u32>, scores: &[f32], k: usize) {
    if k >= candidates.len() {
        return;
    }
    let mut values: Vec<f32> = candidates.iter().map(|&i| scores[i as usize]).collect();
    let (_, kth, _) = values.select_nth_unstable_by(k - 1, |a, b| b.total_cmp(a));
    let threshold = *kth;
    candidates.retain(|&i| scores[i as usize] >= threshold);
}

/// Probabilities of `candidates` (the others are -inf to transformers), in f64 for the sums.
fn softmax(candidates: &[u32], scores: &[f32]) -> Vec<f64> {
    let max = candidates
        .iter()
        .map(|&i| scores[i as usize])
        .fold(f32::NEG_INFINITY, f32::max) as f64;
    let exps: Vec<f64> = candidates
        .iter()
        .map(|&i| (scores[i as usize] as f64 - max).exp())
        .collect();
    let sum: f64 = exps.iter().sum();
    exps.into_iter().map(|e| e / sum).collect()
}

/// transformers' TopPLogitsWarper: keeps, from the most likely down, each token while the mass
/// above it is below `top_p` (so at least one), and renormalizes.
fn keep_top_p(candidates: Vec<u32>, probs: Vec<f64>, top_p: f64) -> (Vec<u32>, Vec<f64>) {
    let mut order: Vec<usize> = (0..candidates.len()).collect();
    order.sort_unstable_by(|&a, &b| probs[b].total_cmp(&probs[a]).then(a.cmp(&b)));
    let mut kept_tokens = Vec::new();
    let mut kept_probs = Vec::new();
    let mut mass_above = 0.0;
    for i in order {
        if mass_above >= top_p {
            break;
        }
        kept_tokens.push(candidates[i]);
        kept_probs.push(probs[i]);
        mass_above += probs[i];
    }
    let sum: f64 = kept_probs.iter().sum();
    kept_probs.iter_mut().for_each(|p| *p /= sum);
    (kept_tokens, kept_probs)
}

/// One multinomial draw.
fn draw(candidates: &[u32], probs: &[f64], rng: &mut impl Rng) -> u32 {
    let mut u: f64 = rng.random::<f64>();
    for (&token, &p) in candidates.iter().zip(probs) {
        if u < p {
            return token;
        }
        u -= p;
    }
    // Rounding left u just above the last cumulative sum.
    *candidates.last().expect("at least one candidate")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(
        do_sample: bool,
        temperature: f64,
        top_k: usize,
        top_p: f64,
        rp: f64,
    ) -> GenerationConfig {
        GenerationConfig {
            do_sample,
            temperature,
            top_k,
            top_p,
            repetition_penalty: rp,
            ..GenerationConfig::default()
        }
    }

    fn sampler(params: SamplingParams) -> TokenSampler {
        TokenSampler::new(&params, &[])
    }

    #[test]
    fn greedy_takes_the_first_largest_after_the_penalty() {
        let params = SamplingParams {
            repetition_penalty: 2.0,
            ..SamplingParams::greedy()
        };
        let mut s = TokenSampler::new(&params, &[1]);
        // token 1 (3.0) is penalised to 1.5, below token 2 (2.0); 2 and 3 tie: the first wins.
        assert_eq!(s.choose(&mut [0.0, 3.0, 2.0, 2.0]).unwrap(), 2);
        // negative scores are multiplied: -1 becomes -2, below -1.5.
        let mut s = TokenSampler::new(&params, &[0]);
        assert_eq!(s.choose(&mut [-1.0, -1.5]).unwrap(), 1);
    }

    #[test]
    fn top_k_one_is_deterministic_whatever_the_temperature_and_seed() {
        for seed in 0..50 {
            let mut s = sampler(SamplingParams {
                temperature: 5.0,
                top_k: Some(1),
                top_p: Some(0.001),
                repetition_penalty: 1.0,
                seed,
            });
            assert_eq!(s.choose(&mut [0.1, 0.3, 0.2, -4.0]).unwrap(), 1);
        }
    }

    #[test]
    fn top_p_keeps_the_smallest_set_reaching_p_and_at_least_one() {
        let probs = vec![0.5, 0.3, 0.15, 0.05];
        let (kept, renorm) = keep_top_p(vec![10, 11, 12, 13], probs.clone(), 0.8);
        assert_eq!(kept, vec![10, 11]);
        assert!((renorm[0] - 0.625).abs() < 1e-12);
        let (kept, _) = keep_top_p(vec![10, 11, 12, 13], probs.clone(), 0.81);
        assert_eq!(kept, vec![10, 11, 12]);
        let (kept, _) = keep_top_p(vec![10, 11, 12, 13], probs, 0.001);
        assert_eq!(kept, vec![10]);
    }

    #[test]
    fn top_k_keeps_ties_with_the_kth_score() {
        let scores = [1.0, 3.0, 2.0, 2.0, 0.5];
        let mut candidates = vec![0, 1, 2, 3, 4];
        keep_top_k(&mut candidates, &scores, 2);
        assert_eq!(candidates, vec![1, 2, 3]);
    }

    #[test]
    fn top_p_after_top_k_is_relative_to_the_top_k_mass() {
        // Probabilities 6/16, 2/16 and eight of 1/16. After top_k 2 they are 0.75 and 0.25, so
        // top_p 0.7 keeps only the first (transformers); by their mass in the whole vocabulary
        // (0.375 < 0.7) the second would be kept too (candle's top-k-then-top-p).
        let mut s = sampler(SamplingParams {
            temperature: 1.0,
            top_k: Some(2),
            top_p: Some(0.7),
            repetition_penalty: 1.0,
            seed: 3,
        });
        let mut scores = vec![0.0f32; 10];
        scores[0] = 6f32.ln();
        scores[1] = 2f32.ln();
        for _ in 0..50 {
            assert_eq!(s.choose(&mut scores.clone()).unwrap(), 0);
        }
        // With top_p 0.8 both are kept, and both come up.
        s.params.top_p = Some(0.8);
        let drawn: std::collections::HashSet<u32> = (0..200)
            .map(|_| s.choose(&mut scores.clone()).unwrap())
            .collect();
        assert_eq!(drawn, [0, 1].into_iter().collect());
    }

    #[test]
    fn a_seed_repeats_its_draws_and_sampling_spreads() {
        let params = SamplingParams {
            temperature: 1.0,
            top_k: None,
            top_p: None,
            repetition_penalty: 1.0,
            seed: 7,
        };
        let scores = [0.0f32; 8];
        let draws = |params: &SamplingParams| {
            let mut s = sampler(params.clone());
            (0..64)
                .map(|_| s.choose(&mut scores.clone()).unwrap())
                .collect::<Vec<_>>()
        };
        assert_eq!(draws(&params), draws(&params));
        let spread: std::collections::HashSet<_> = draws(&params).into_iter().collect();
        assert!(
            spread.len() >= 6,
            "uniform draws over 8 tokens hit only {spread:?}"
        );
        assert_ne!(
            draws(&params),
            draws(&SamplingParams {
                seed: 8,
                ..params.clone()
            })
        );
    }

    #[test]
    fn nan_logits_are_an_error_not_a_token() {
        let mut s = sampler(SamplingParams::greedy());
        assert!(s.choose(&mut [0.0, f32::NAN]).is_err());
        let mut s = sampler(SamplingParams {
            temperature: 0.7,
            ..SamplingParams::greedy()
        });
        assert!(s.choose(&mut [f32::NEG_INFINITY; 3]).is_err());
    }

    #[test]
    fn overrides_layer_field_by_field() {
        let node = SamplingOverrides {
            top_k: Some(5),
            repetition_penalty: Some(1.2),
            ..Default::default()
        };
        let request = SamplingOverrides {
            temperature: Some(0.7),
            repetition_penalty: Some(1.0),
            ..Default::default()
        };
        assert_eq!(
            node.then(&request),
            SamplingOverrides {
                temperature: Some(0.7),
                top_k: Some(5),
                top_p: None,
                repetition_penalty: Some(1.0),
            }
        );
    }

    #[test]
    fn compose_keeps_the_checkpoint_for_what_is_not_overridden() {
        let qwen = config(true, 0.1, 1, 0.001, 1.05);
        let upstream = SamplingOverrides {
            temperature: Some(0.7),
            ..Default::default()
        };
        assert_eq!(
            SamplingParams::compose(&qwen, &upstream, 9),
            SamplingParams {
                temperature: 0.7,
                top_k: Some(1),
                top_p: Some(0.001),
                repetition_penalty: 1.05,
                seed: 9,
            }
        );
        let greedy = SamplingOverrides {
            temperature: Some(0.0),
            ..Default::default()
        };
        assert_eq!(
            SamplingParams::compose(&qwen, &greedy, 9),
            SamplingParams {
                repetition_penalty: 1.05,
                seed: 9,
                ..SamplingParams::greedy()
            }
        );
    }

    #[test]
    fn validation_names_the_field_and_its_range() {
        let bad = |o: SamplingOverrides| o.validate().unwrap_err().to_string();
        assert!(bad(SamplingOverrides {
            temperature: Some(-0.1),
            ..Default::default()
        })
        .contains("temperature"));
        assert!(bad(SamplingOverrides {
            top_p: Some(0.0),
            ..Default::default()
        })
        .contains("(0, 1]"));
        assert!(bad(SamplingOverrides {
            repetition_penalty: Some(f64::NAN),
            ..Default::default()
        })
        .contains("repetition_penalty"));
        assert!(SamplingOverrides {
            top_p: Some(1.0),
            top_k: Some(0),
            ..Default::default()
        }
        .validate()
        .is_ok());
    }
}
