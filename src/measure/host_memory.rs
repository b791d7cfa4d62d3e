// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! This process's host memory, from `/proc/self/status` (Linux): what loading and queries cost in
//! RAM. The anonymous part is what counts on a robot: a memory-mapped checkpoint's pages are the
//! page cache's (counted in RSS while touched, but dropped under pressure), anonymous memory is
//! the process's own (quantization buffers, CPU-resident weights, activations).

use serde::Serialize;

/// One reading, in MiB.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct HostMemory {
    /// Resident set: anonymous + file-backed (mmap) + shared.
    pub rss_mib: u64,
    /// Resident anonymous memory (heap, buffers): not the mapped checkpoint.
    pub anon_mib: u64,
    /// The kernel's high-water mark of the resident set since the process started.
    pub peak_rss_mib: u64,
}

/// Reads this process's figures; `None` where `/proc` does not have them (not Linux).
pub fn read() -> Option<HostMemory> {
    parse_status(&std::fs::read_to_string("/proc/self/status").ok()?)
}

/// Parses the `VmRSS`, `RssAnon` and `VmHWM` lines (in kB) of a `/proc/<pid>/status` text.
fn parse_status(status: &str) -> Option<HostMemory> {
    let field_kib = |name: &str| -> Option<u64> {
        let line = status.lines().find(|l| l.starts_with(name))?;
        let value = line[name.len()..].trim_start_matches(':').trim();
        value.strip_suffix("kB")?.trim().parse().ok()
    };
    Some(HostMemory {
        rss_mib: field_kib("VmRSS")? / 1024,
        anon_mib: field_kib("RssAnon")? / 1024,
        peak_rss_mib: field_kib("VmHWM")? / 1024,
    })
}

/// Hands freed heap memory back to the system. glibc keeps freed blocks in its arenas for reuse,
/// so after the lifecycle's cleanup drops a model, RSS stayed where it was (the tiny checkpoint:
/// 7 MB loaded, 0 returned) until this. Elsewhere a no-op.
pub fn release_freed_heap() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only returns unused pages of the allocator's own arenas.
    unsafe {
        libc::malloc_trim(0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_proc_status() {
        let status = "Name:\trobobrain\nVmHWM:\t  5242880 kB\nVmRSS:\t  4194304 kB\n\
                      RssAnon:\t  1048576 kB\nRssFile:\t  3145728 kB\n";
        assert_eq!(
            parse_status(status),
            Some(HostMemory {
                rss_mib: 4096,
                anon_mib: 1024,
                peak_rss_mib: 5120
            })
        );
        assert_eq!(parse_status("Name:\tx\nVmRSS:\t1 kB\n"), None);
    }

    #[test]
    fn reads_this_process() {
        let before = read().expect("/proc/self/status on Linux");
        // 64 MiB written, so resident and anonymous.
        let block = vec![1u8; 64 << 20];
        let after = read().unwrap();
        assert!(
            after.anon_mib >= before.anon_mib + 60,
            "{before:?} -> {after:?}"
        );
        assert!(after.peak_rss_mib >= after.rss_mib);
        drop(block);
    }
}
