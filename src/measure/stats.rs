// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! Running figures of the queries a server has answered: counts, latency percentiles and decode
//! speed over a window of recent queries (what an operator watches in rqt's diagnostics).

use std::collections::VecDeque;
use std::time::Duration;

/// How many recent queries the percentiles and mean speed cover.
pub const RECENT_QUERIES: usize = 200;

#[derive(Debug, Clone, Default)]
pub struct QueryStats {
    /// Every query answered, successfully or not.
    pub served: u64,
    pub failed: u64,
    pub last_error: String,
    /// `None` before the first query.
    pub last_succeeded: Option<bool>,
    /// From the request's arrival to its answer (queueing included) of the last successful query.
    pub last_latency: Option<Duration>,
    /// Decode speed of the last successful query that decoded more than its first token.
    pub last_tokens_per_second: Option<f64>,
    /// Latencies (ms) of the recent successful queries, oldest first.
    recent_latency_ms: VecDeque<f64>,
    /// (tokens decoded after the first, decode seconds) of the recent successful queries.
    recent_decode: VecDeque<(u64, f64)>,
}

impl QueryStats {
    pub fn record_success(&mut self, latency: Duration, generated_tokens: u32, decode_ms: f64) {
        self.served += 1;
        self.last_succeeded = Some(true);
        self.last_latency = Some(latency);
        push_bounded(&mut self.recent_latency_ms, latency.as_secs_f64() * 1000.0);
        if let Some(rate) = DecodeRate::of(generated_tokens as usize, decode_ms) {
            self.last_tokens_per_second = Some(rate.tokens_per_second());
            push_bounded(&mut self.recent_decode, (rate.decoded_tokens, rate.seconds));
        }
    }

    pub fn record_failure(&mut self, error: &str) {
        self.served += 1;
        self.failed += 1;
        self.last_succeeded = Some(false);
        self.last_error = error.to_string();
    }

    /// The `p`-th percentile (0..=100, nearest rank) of recent successful latencies, in ms.
    pub fn latency_percentile_ms(&self, p: f64) -> Option<f64> {
        if self.recent_latency_ms.is_empty() {
            return None;
        }
        let mut sorted: Vec<f64> = self.recent_latency_ms.iter().copied().collect();
        sorted.sort_by(f64::total_cmp);
        let rank = ((p.clamp(0.0, 100.0) / 100.0) * sorted.len() as f64).ceil() as usize;
        Some(sorted[rank.clamp(1, sorted.len()) - 1])
    }

    /// Tokens per second over the recent queries' decoding (total tokens / total time).
    pub fn mean_tokens_per_second(&self) -> Option<f64> {
        let (tokens, seconds) = self
            .recent_decode
            .iter()
            .fold((0u64, 0.0f64), |(t, s), &(dt, ds)| (t + dt, s + ds));
        (tokens > 0 && seconds > 0.0).then(|| tokens as f64 / seconds)
    }
}

fn push_bounded<T>(window: &mut VecDeque<T>, value: T) {
    if window.len() == RECENT_QUERIES {
        window.pop_front();
    }
    window.push_back(value);
}

/// What decoding did in one query: the first generated token comes out of prefill, so the
/// decode time covers the ones after it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DecodeRate {
    pub decoded_tokens: u64,
    pub seconds: f64,
}

impl DecodeRate {
    /// None when nothing was decoded after the first token.
    pub fn of(generated_tokens: usize, decode_ms: f64) -> Option<Self> {
        let decoded_tokens = generated_tokens.saturating_sub(1) as u64;
        (decoded_tokens > 0 && decode_ms > 0.0).then_some(Self {
            decoded_tokens,
            seconds: decode_ms / 1000.0,
        })
    }

    pub fn tokens_per_second(&self) -> f64 {
        self.decoded_tokens as f64 / self.seconds
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_and_last_error() {
        let mut stats = QueryStats::default();
        assert_eq!(stats.last_succeeded, None);
        assert_eq!(stats.latency_percentile_ms(50.0), None);
        stats.record_failure("empty prompt");
        stats.record_success(Duration::from_millis(120), 11, 500.0);
        assert_eq!((stats.served, stats.failed), (2, 1));
        assert_eq!(stats.last_succeeded, Some(true));
        assert_eq!(stats.last_error, "empty prompt");
        assert_eq!(stats.last_latency, Some(Duration::from_millis(120)));
        // 10 tokens after the first in 0.5 s.
        assert_eq!(stats.last_tokens_per_second, Some(20.0));
    }

    #[test]
    fn percentiles_by_nearest_rank() {
        let mut stats = QueryStats::default();
        for ms in (1..=100).rev() {
            stats.record_success(Duration::from_millis(ms), 1, 0.0);
        }
        assert_eq!(stats.latency_percentile_ms(50.0), Some(50.0));
        assert_eq!(stats.latency_percentile_ms(95.0), Some(95.0));
        assert_eq!(stats.latency_percentile_ms(100.0), Some(100.0));
        assert_eq!(stats.latency_percentile_ms(0.0), Some(1.0));
        // One token each: nothing decoded after prefill, so no speed.
        assert_eq!(stats.mean_tokens_per_second(), None);
    }

    #[test]
    fn window_keeps_only_recent_queries() {
        let mut stats = QueryStats::default();
        for _ in 0..RECENT_QUERIES {
            stats.record_success(Duration::from_secs(10), 101, 1000.0);
        }
        for _ in 0..RECENT_QUERIES {
            stats.record_success(Duration::from_millis(10), 201, 1000.0);
        }
        assert_eq!(stats.latency_percentile_ms(95.0), Some(10.0));
        assert_eq!(stats.mean_tokens_per_second(), Some(200.0));
        assert_eq!(stats.served, 2 * RECENT_QUERIES as u64);
    }
}
