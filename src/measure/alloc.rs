// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! A global allocator that counts the bytes live on the heap and their peak: on the CPU every
//! tensor is a heap allocation, so the peak over a stage, less what was live before it, is the
//! stage's measured workspace (what the memory plan bounds for the GPU).
//!
//! Register it in a binary with `#[global_allocator] static A: CountingAllocator =
//! CountingAllocator;`; without that, [`is_counting`] is false and the figures are zero.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

/// [`System`], counting live bytes.
pub struct CountingAllocator;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);
static COUNTING: AtomicBool = AtomicBool::new(false);

fn added(bytes: usize) {
    if !COUNTING.load(Ordering::Relaxed) {
        COUNTING.store(true, Ordering::Relaxed);
    }
    let live = LIVE.fetch_add(bytes, Ordering::Relaxed) + bytes;
    PEAK.fetch_max(live, Ordering::Relaxed);
}

fn removed(bytes: usize) {
    LIVE.fetch_sub(bytes, Ordering::Relaxed);
}

// SAFETY: every call is forwarded to System with the same layout; the counters only observe.
unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let ptr = System.alloc(layout);
        if !ptr.is_null() {
            added(layout.size());
        }
        ptr
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let ptr = System.alloc_zeroed(layout);
        if !ptr.is_null() {
            added(layout.size());
        }
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        System.dealloc(ptr, layout);
        removed(layout.size());
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let new = System.realloc(ptr, layout, new_size);
        if !new.is_null() {
            // Counted as the new block arriving before the old one leaves: the peak realloc
            // can reach when it has to move.
            added(new_size);
            removed(layout.size());
        }
        new
    }
}

/// Whether the process allocates through [`CountingAllocator`].
pub fn is_counting() -> bool {
    COUNTING.load(Ordering::Relaxed)
}

/// Bytes live on the heap now.
pub fn live_bytes() -> usize {
    LIVE.load(Ordering::Relaxed)
}

/// The most bytes live at once since the last [`reset_peak`] (or the start).
pub fn peak_bytes() -> usize {
    PEAK.load(Ordering::Relaxed)
}

/// Starts a new peak from what is live now; returns that.
pub fn reset_peak() -> usize {
    let live = live_bytes();
    PEAK.store(live, Ordering::Relaxed);
    live
}

/// The peak of live bytes while `f` ran, above what was live when it started (0 when the
/// process does not count).
pub fn peak_above_start<T>(f: impl FnOnce() -> T) -> (T, usize) {
    let start = reset_peak();
    let out = f();
    (out, peak_bytes().saturating_sub(start))
}

#[cfg(test)]
mod tests {
    use super::*;

    // The library's tests run on the system allocator, so only this test moves the counters.
    #[test]
    fn counters_track_live_bytes_and_their_peak() {
        let before = live_bytes();
        added(1000);
        added(500);
        removed(1000);
        assert_eq!(live_bytes(), before + 500);
        assert!(peak_bytes() >= before + 1500);
        assert_eq!(reset_peak(), before + 500);
        assert_eq!(peak_bytes(), before + 500);
        let ((), above) = peak_above_start(|| {
            added(4096);
            removed(4096);
        });
        assert_eq!(above, 4096);
        removed(500);
        assert_eq!(live_bytes(), before);
    }
}
