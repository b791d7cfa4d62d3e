// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! Progress of long loads (reading, converting and quantizing 3.7 B weights takes 37 s on a GPU
//! machine and minutes on a CPU; the int8 cache is gigabytes): bytes placed of bytes expected,
//! reported to whoever shows it (a terminal bar in the CLI, the Model status in the node).

use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// What a load is doing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LoadStage {
    /// Reading the checkpoint, converting (and at int8 quantizing) each tensor, placing it.
    Loading,
    /// Reading the pre-quantized int8 cache.
    ReadingCache,
    /// Writing the int8 cache for the next start.
    WritingCache,
}

impl LoadStage {
    pub fn describe(self) -> &'static str {
        match self {
            LoadStage::Loading => "loading weights",
            LoadStage::ReadingCache => "reading the int8 cache",
            LoadStage::WritingCache => "writing the int8 cache",
        }
    }
}

/// Where a stage stands.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LoadProgress {
    pub stage: LoadStage,
    pub tensors_done: usize,
    pub bytes_done: u64,
    /// What the stage will handle in all (the exact weight bytes: `engine::memory`).
    pub bytes_total: u64,
    pub elapsed: Duration,
}

impl LoadProgress {
    /// Done share in [0, 1].
    pub fn fraction(&self) -> f64 {
        if self.bytes_total == 0 {
            return 1.0;
        }
        (self.bytes_done as f64 / self.bytes_total as f64).min(1.0)
    }

    /// Bytes per second so far.
    pub fn rate(&self) -> f64 {
        self.bytes_done as f64 / self.elapsed.as_secs_f64().max(1e-9)
    }

    /// The time left at the rate so far; None before anything is done.
    pub fn eta(&self) -> Option<Duration> {
        let rate = self.rate();
        (self.bytes_done > 0 && rate > 0.0).then(|| {
            Duration::from_secs_f64(self.bytes_total.saturating_sub(self.bytes_done) as f64 / rate)
        })
    }

    /// "loading weights 42%: 1.6 of 3.7 GB, 120 MB/s, about 18 s left"
    pub fn describe(&self) -> String {
        let gb = |b: u64| b as f64 / 1e9;
        let eta = self
            .eta()
            .map(|d| format!(", about {:.0} s left", d.as_secs_f64()))
            .unwrap_or_default();
        format!(
            "{} {:.0}%: {:.1} of {:.1} GB, {:.0} MB/s{eta}",
            self.stage.describe(),
            self.fraction() * 100.0,
            gb(self.bytes_done),
            gb(self.bytes_total),
            self.rate() / 1e6
        )
    }
}

type Report = dyn Fn(&LoadProgress) + Send + Sync;

/// Receives progress; a no-op by default. Cheap to clone.
#[derive(Clone, Default)]
pub struct ProgressSink(Option<Arc<Report>>);

impl std::fmt::Debug for ProgressSink {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(if self.0.is_some() {
            "ProgressSink(on)"
        } else {
            "ProgressSink(off)"
        })
    }
}

impl ProgressSink {
    pub fn new(report: impl Fn(&LoadProgress) + Send + Sync + 'static) -> Self {
        Self(Some(Arc::new(report)))
    }

    pub fn is_on(&self) -> bool {
        self.0.is_some()
    }

    /// A meter for one stage of `bytes_total` bytes.
    pub fn stage(&self, stage: LoadStage, bytes_total: u64) -> Arc<ProgressMeter> {
        Arc::new(ProgressMeter {
            sink: self.clone(),
            stage,
            bytes_total,
            started: Instant::now(),
            tensors: AtomicUsize::new(0),
            bytes: AtomicU64::new(0),
            reported: AtomicU64::new(0),
        })
    }
}

/// Counts one stage's tensors and bytes and reports after each.
#[derive(Debug)]
pub struct ProgressMeter {
    sink: ProgressSink,
    stage: LoadStage,
    bytes_total: u64,
    started: Instant,
    tensors: AtomicUsize,
    bytes: AtomicU64,
    /// 1 + the last reported thousandth (0: nothing reported yet).
    reported: AtomicU64,
}

impl ProgressMeter {
    /// `bytes` more are done (`tensors` more of them whole). Reported when the done share
    /// reaches a new thousandth: the cache writer advances every 8 KiB (hundreds of thousands of
    /// times for a 3B model), and a report may take a lock and format text. Reaching the total
    /// is always reported, once.
    pub fn advance(&self, tensors: usize, bytes: u64) {
        let tensors_done = self.tensors.fetch_add(tensors, Ordering::Relaxed) + tensors;
        let bytes_done = self.bytes.fetch_add(bytes, Ordering::Relaxed) + bytes;
        let thousandths = match self.bytes_total {
            0 => 1000,
            total => (bytes_done.min(total) as u128 * 1000 / total as u128) as u64,
        };
        if self.reported.fetch_max(thousandths + 1, Ordering::Relaxed) > thousandths {
            return;
        }
        if let Some(report) = &self.sink.0 {
            report(&LoadProgress {
                stage: self.stage,
                tensors_done,
                bytes_done,
                bytes_total: self.bytes_total,
                elapsed: self.started.elapsed(),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Mutex;

    #[test]
    fn a_meter_reports_running_totals_and_describes_them() {
        let seen = Arc::new(Mutex::new(Vec::new()));
        let sink = {
            let seen = seen.clone();
            ProgressSink::new(move |p| seen.lock().unwrap().push(*p))
        };
        let meter = sink.stage(LoadStage::Loading, 4_000_000_000);
        meter.advance(1, 1_000_000_000);
        meter.advance(2, 680_000_000);
        let last = *seen.lock().unwrap().last().unwrap();
        assert_eq!(seen.lock().unwrap().len(), 2);
        assert_eq!((last.tensors_done, last.bytes_done), (3, 1_680_000_000));
        assert!((last.fraction() - 0.42).abs() < 1e-12);
        let text = last.describe();
        assert!(
            text.starts_with("loading weights 42%: 1.7 of 4.0 GB"),
            "{text}"
        );
        // Overshoot (a tied head's CPU copy) never reads above 100%.
        meter.advance(0, 9_000_000_000);
        assert_eq!(seen.lock().unwrap().last().unwrap().fraction(), 1.0);
        assert_eq!(seen.lock().unwrap().len(), 3);
        // Past the total, and below a new thousandth, nothing more is reported.
        meter.advance(1, 1);
        assert_eq!(seen.lock().unwrap().len(), 3);
        let fine = sink.stage(LoadStage::WritingCache, 1_000_000);
        for _ in 0..10_000 {
            fine.advance(0, 100);
        }
        // 10,000 advances of 0.01%: one report per thousandth (and the first).
        assert_eq!(seen.lock().unwrap().len(), 3 + 1001);
        assert_eq!(seen.lock().unwrap().last().unwrap().bytes_done, 1_000_000);
    }

    #[test]
    fn without_a_sink_nothing_is_reported() {
        let meter = ProgressSink::default().stage(LoadStage::ReadingCache, 10);
        meter.advance(1, 5);
        assert!(!ProgressSink::default().is_on());
    }
}
