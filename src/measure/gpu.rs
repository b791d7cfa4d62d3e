// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! GPU figures through NVML: what the card has and what this process holds. Used by the node's
//! "GPU" diagnostic status, by the memory plan before loading, and by `robobrain bench|memcheck`.

use nvml_wrapper::enum_wrappers::device::TemperatureSensor;
use nvml_wrapper::enums::device::UsedGpuMemory;
use nvml_wrapper::Nvml;

const MIB: u64 = 1024 * 1024;

/// One reading of the GPU.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct GpuSnapshot {
    pub name: String,
    pub total_mib: u64,
    pub used_mib: u64,
    pub free_mib: u64,
    /// GPU memory held by this process; `None` when the driver does not say.
    pub process_mib: Option<u64>,
    /// Percent of time a kernel ran over the driver's last sample period.
    pub utilization_percent: Option<u32>,
    pub temperature_c: Option<u32>,
}

/// NVML, opened once; when it cannot be opened (no driver, no GPU) the reason is kept and
/// reported instead of failing the node.
pub struct GpuMonitor {
    nvml: Result<Nvml, String>,
    index: u32,
}

impl GpuMonitor {
    pub fn open(index: u32) -> Self {
        let nvml = Nvml::init().map_err(|e| {
            format!("NVML unavailable ({e}): no NVIDIA driver or GPU on this machine")
        });
        Self { nvml, index }
    }

    /// Reads the configured GPU; `Err` says why nothing could be read.
    pub fn read(&self) -> Result<GpuSnapshot, String> {
        let nvml = self.nvml.as_ref().map_err(Clone::clone)?;
        let device = nvml
            .device_by_index(self.index)
            .map_err(|e| format!("NVML has no GPU at index {}: {e}", self.index))?;
        let memory = device
            .memory_info()
            .map_err(|e| format!("NVML memory query failed on GPU {}: {e}", self.index))?;
        let own_pid = std::process::id();
        let process_mib = device.running_compute_processes().ok().map(|processes| {
            processes
                .iter()
                .filter(|p| p.pid == own_pid)
                .map(|p| match p.used_gpu_memory {
                    UsedGpuMemory::Used(bytes) => bytes,
                    UsedGpuMemory::Unavailable => 0,
                })
                .sum::<u64>()
                / MIB
        });
        Ok(GpuSnapshot {
            name: device
                .name()
                .unwrap_or_else(|_| format!("GPU {}", self.index)),
            total_mib: memory.total / MIB,
            used_mib: memory.used / MIB,
            free_mib: memory.free / MIB,
            process_mib,
            utilization_percent: device.utilization_rates().ok().map(|u| u.gpu),
            temperature_c: device.temperature(TemperatureSensor::Gpu).ok(),
        })
    }
}

impl GpuSnapshot {
    pub fn free_bytes(&self) -> u64 {
        self.free_mib * MIB
    }
}

/// Samples a memory figure in the background and keeps the highest reading, so a peak between
/// two stage boundaries is not missed.
pub struct PeakSampler {
    stop: std::sync::Arc<std::sync::atomic::AtomicBool>,
    handle: Option<std::thread::JoinHandle<Option<u64>>>,
}

impl PeakSampler {
    /// This process's GPU memory (MiB, NVML) every `period`; `None` from
    /// [`PeakSampler::finish`] when NVML gave no process figure.
    pub fn gpu(index: u32, period: std::time::Duration) -> Self {
        Self::start(
            period,
            move || GpuMonitor::open(index),
            |monitor: &GpuMonitor| monitor.read().ok().and_then(|s| s.process_mib),
        )
    }

    /// This process's resident anonymous host memory (MiB) every `period`.
    pub fn host_anon(period: std::time::Duration) -> Self {
        Self::start(
            period,
            || (),
            |_: &()| super::host_memory::read().map(|m| m.anon_mib),
        )
    }

    /// Polls `read` on a thread of its own, with a reader that `open` makes there.
    fn start<R: 'static>(
        period: std::time::Duration,
        open: impl FnOnce() -> R + Send + 'static,
        read: impl Fn(&R) -> Option<u64> + Send + 'static,
    ) -> Self {
        let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let flag = stop.clone();
        let handle = std::thread::spawn(move || {
            let reader = open();
            let mut peak: Option<u64> = None;
            loop {
                if let Some(mib) = read(&reader) {
                    peak = Some(peak.map_or(mib, |p| p.max(mib)));
                }
                if flag.load(std::sync::atomic::Ordering::Relaxed) {
                    return peak;
                }
                std::thread::sleep(period);
            }
        });
        Self {
            stop,
            handle: Some(handle),
        }
    }

    /// Stops sampling; the highest MiB seen.
    pub fn finish(mut self) -> Option<u64> {
        self.stop.store(true, std::sync::atomic::Ordering::Relaxed);
        self.handle.take().and_then(|h| h.join().ok()).flatten()
    }
}

/// Free and total bytes of an opened CUDA device, from the CUDA driver (cuMemGetInfo): the
/// figures for a fit check where NVML has none, as on Jetson boards, which have no NVML. `None`
/// on the CPU or when the driver does not answer.
pub fn driver_memory(device: &candle_core::Device) -> Option<(u64, u64)> {
    #[cfg(feature = "cuda")]
    if let candle_core::Device::Cuda(cuda) = device {
        let (free, total) = cuda.cuda_stream().context().mem_get_info().ok()?;
        return Some((free as u64, total as u64));
    }
    let _ = device;
    None
}
