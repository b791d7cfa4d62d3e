//! GPU figures through NVML, for the "GPU" diagnostic status. No ROS types here.

use nvml_wrapper::enum_wrappers::device::TemperatureSensor;
use nvml_wrapper::enums::device::UsedGpuMemory;
use nvml_wrapper::Nvml;

const MIB: u64 = 1024 * 1024;

/// One reading of the GPU.
#[derive(Debug, Clone, PartialEq)]
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
        let nvml = Nvml::init().map_err(|e| format!("NVML unavailable ({e}): no NVIDIA driver or GPU on this machine"));
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
            name: device.name().unwrap_or_else(|_| format!("GPU {}", self.index)),
            total_mib: memory.total / MIB,
            used_mib: memory.used / MIB,
            free_mib: memory.free / MIB,
            process_mib,
            utilization_percent: device.utilization_rates().ok().map(|u| u.gpu),
            temperature_c: device.temperature(TemperatureSensor::Gpu).ok(),
        })
    }
}
