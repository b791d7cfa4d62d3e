// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! /diagnostics (diagnostic_msgs/DiagnosticArray) following diagnostic_updater's conventions:
//! status names "<node name>: <what>", a hardware_id, levels OK/WARN/ERROR, and a first message
//! saying the node is starting up.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use r2r::diagnostic_msgs::msg::{DiagnosticArray, DiagnosticStatus, KeyValue};
use r2r::std_msgs::msg::Header;

use super::backend::{BackendHandle, ModelState, SharedModelState};
use super::backend_status::{BackendStatus, SharedBackendStatus};
use super::cameras::CameraRegistry;
use super::spatial::SpatialRegistry;
use crate::measure::gpu::{GpuMonitor, GpuSnapshot};
use crate::measure::stats::QueryStats;

pub const OK: u8 = 0;
pub const WARN: u8 = 1;
pub const ERROR: u8 = 2;

/// Everything the statuses are computed from.
pub struct DiagnosticsSources {
    pub node_name: String,
    pub hardware_id: String,
    pub gpu: GpuMonitor,
    pub gpu_free_memory_warn_mib: u64,
    pub model: SharedModelState,
    pub cameras: CameraRegistry,
    /// Each camera's depth and CameraInfo (shown on its status; they never change its level:
    /// 3-D is optional).
    pub spatial: SpatialRegistry,
    pub camera_stale_after: Duration,
    pub service: Arc<Mutex<QueryStats>>,
    /// For the queue depth.
    pub backend: BackendHandle,
    /// Local or remote, and the remote server's figures.
    pub backend_status: SharedBackendStatus,
    pub lifecycle: tokio::sync::watch::Receiver<super::lifecycle::State>,
    /// The camera subscriptions' reliability (the image_qos parameter).
    pub image_qos: super::params::ImageQos,
    /// Per camera topic, the reliability its publishers offer (true: reliable), read from the
    /// graph each period: a camera with publishers and no frame is a QoS mismatch.
    pub camera_publishers: BTreeMap<String, Vec<bool>>,
    /// Frame ages are measured on it.
    pub clock: super::clock::RosClock,
}

/// Why a camera has delivered nothing: no publisher yet, or publishers whose QoS the
/// subscription probably does not match (a reliable subscription receives nothing from a
/// best-effort publisher, which many camera drivers are).
fn no_frame_yet(
    topic: &str,
    publishers_reliable: &[bool],
    image_qos: super::params::ImageQos,
) -> String {
    use super::params::ImageQos;
    let best_effort = publishers_reliable
        .iter()
        .filter(|reliable| !**reliable)
        .count();
    match (publishers_reliable.len(), image_qos) {
        (0, _) => "no frame received yet (no publisher on the topic)".to_string(),
        (n, ImageQos::Reliable) if best_effort > 0 => format!(
            "no frame received yet although {n} publisher(s) offer {topic}: the QoS probably does \
             not match ({best_effort} publish best effort, this node subscribes reliable); set \
             image_qos to best_effort"
        ),
        (n, qos) => format!(
            "no frame received yet although {n} publisher(s) offer {topic} (this node subscribes \
             {}; image_qos)",
            match qos {
                ImageQos::Reliable => "reliable",
                ImageQos::BestEffort => "best effort",
            }
        ),
    }
}

/// Publishes /diagnostics every `diagnostics_period` (a live parameter, like the thresholds),
/// after a first "starting up" message; the cameras' publishers are read from the graph first.
pub async fn run(
    mut sources: DiagnosticsSources,
    publisher: r2r::Publisher<DiagnosticArray>,
    mut settings: tokio::sync::watch::Receiver<super::params::NodeParams>,
    node: Arc<super::managed::SharedNode>,
    logger: String,
) {
    if let Err(e) = publisher.publish(&sources.starting_up(sources.clock.header())) {
        log_warn!(&logger, "publishing /diagnostics failed: {e}");
    }
    let mut period = settings.borrow().diagnostics_period;
    let mut ticks = tokio::time::interval(period);
    ticks.tick().await; // the first tick is immediate: the starting-up message covered it
    loop {
        ticks.tick().await;
        if settings.has_changed().unwrap_or(false) {
            let now = settings.borrow_and_update().clone();
            sources.apply(&now);
            if now.diagnostics_period != period {
                period = now.diagnostics_period;
                ticks = tokio::time::interval(period);
                ticks.tick().await;
            }
        }
        let topics = sources.cameras.topics().to_vec();
        sources.camera_publishers = node.with(|node| {
            topics
                .into_iter()
                .map(|topic| {
                    let reliable = node
                        .get_publishers_info_by_topic(&topic, false)
                        .unwrap_or_default()
                        .into_iter()
                        .map(|p| {
                            matches!(
                                p.qos_profile.reliability,
                                r2r::qos::ReliabilityPolicy::Reliable
                            )
                        })
                        .collect();
                    (topic, reliable)
                })
                .collect()
        });
        if let Err(e) = publisher.publish(&sources.collect(sources.clock.header())) {
            log_warn!(&logger, "publishing /diagnostics failed: {e}");
        }
    }
}

fn status(
    name: String,
    hardware_id: &str,
    level: u8,
    message: String,
    values: Vec<(&str, String)>,
) -> DiagnosticStatus {
    DiagnosticStatus {
        level,
        name,
        message,
        hardware_id: hardware_id.to_string(),
        values: values
            .into_iter()
            .map(|(key, value)| KeyValue {
                key: key.to_string(),
                value,
            })
            .collect(),
    }
}

impl DiagnosticsSources {
    /// The parameters that may change while the node runs.
    pub fn apply(&mut self, params: &super::params::NodeParams) {
        self.hardware_id = Self::default_hardware_id(&params.hardware_id, &self.gpu);
        self.gpu_free_memory_warn_mib = params.gpu_free_memory_warn_mib;
        self.camera_stale_after = params.camera_stale_after;
    }

    /// The hardware_id to use: the parameter, else the GPU's name, else "no-gpu".
    pub fn default_hardware_id(configured: &str, gpu: &GpuMonitor) -> String {
        if !configured.is_empty() {
            return configured.to_string();
        }
        gpu.read()
            .map(|g| g.name)
            .unwrap_or_else(|_| "no-gpu".to_string())
    }

    fn names(&self) -> Vec<String> {
        let mut names = vec![
            format!("{}: GPU", self.node_name),
            format!("{}: Model", self.node_name),
            format!("{}: Backend", self.node_name),
        ];
        names.extend(
            self.cameras
                .topics()
                .iter()
                .map(|t| format!("{}: Camera {t}", self.node_name)),
        );
        names.push(format!("{}: Query service", self.node_name));
        names
    }

    /// What diagnostic_updater sends before the first real update.
    pub fn starting_up(&self, header: Header) -> DiagnosticArray {
        DiagnosticArray {
            header,
            status: self
                .names()
                .into_iter()
                .map(|name| {
                    status(
                        name,
                        &self.hardware_id,
                        OK,
                        "Node starting up".to_string(),
                        vec![],
                    )
                })
                .collect(),
        }
    }

    pub fn collect(&self, header: Header) -> DiagnosticArray {
        let mut statuses = vec![
            self.gpu_status(),
            self.model_status(),
            self.backend_status(),
        ];
        statuses.extend(self.camera_statuses());
        statuses.push(self.service_status());
        DiagnosticArray {
            header,
            status: statuses,
        }
    }

    fn gpu_status(&self) -> DiagnosticStatus {
        let name = format!("{}: GPU", self.node_name);
        match self.gpu.read() {
            Err(reason) => status(
                name,
                &self.hardware_id,
                WARN,
                reason,
                vec![("available", "false".into())],
            ),
            Ok(gpu) => {
                let GpuSnapshot {
                    name: gpu_name,
                    total_mib,
                    used_mib,
                    free_mib,
                    process_mib,
                    utilization_percent,
                    temperature_c,
                } = gpu;
                let optional = |v: Option<u64>| v.map_or("unknown".to_string(), |v| v.to_string());
                let (level, message) = if free_mib < self.gpu_free_memory_warn_mib {
                    (
                        WARN,
                        format!(
                            "low GPU memory: {free_mib} MiB free (< {} MiB)",
                            self.gpu_free_memory_warn_mib
                        ),
                    )
                } else {
                    (OK, format!("{free_mib} MiB free of {total_mib} MiB"))
                };
                status(
                    name,
                    &self.hardware_id,
                    level,
                    message,
                    vec![
                        ("available", "true".into()),
                        ("gpu name", gpu_name),
                        ("total MiB", total_mib.to_string()),
                        ("used MiB", used_mib.to_string()),
                        ("free MiB", free_mib.to_string()),
                        ("process MiB", optional(process_mib)),
                        (
                            "utilization %",
                            optional(utilization_percent.map(u64::from)),
                        ),
                        ("temperature C", optional(temperature_c.map(u64::from))),
                    ],
                )
            }
        }
    }

    fn model_status(&self) -> DiagnosticStatus {
        let name = format!("{}: Model", self.node_name);
        let state = super::lock(&self.model).clone();
        let (level, message, values) = match state {
            ModelState::NotConfigured => (
                WARN,
                "not configured: set the model_path parameter".to_string(),
                vec![("state", "not configured".into())],
            ),
            ModelState::Loading {
                model_path,
                plan,
                progress,
            } => (
                OK,
                if progress.is_empty() {
                    format!("loading {model_path}")
                } else {
                    progress.clone()
                },
                vec![
                    ("state", "loading".into()),
                    ("model_path", model_path),
                    ("memory plan", plan),
                    ("progress", progress),
                ],
            ),
            ModelState::Ready {
                model_id,
                model_family,
                quantization,
                weight_bytes,
                placement,
                cache,
                memory,
            } => {
                let mib = |v: Option<u64>| v.map_or_else(|| "-".to_string(), |v| v.to_string());
                (
                    OK,
                    format!("ready: {model_id} ({quantization})"),
                    vec![
                        ("state", "ready".into()),
                        ("model_id", model_id),
                        (
                            "model family",
                            format!("{model_family} ({})", model_family.robobrain_release()),
                        ),
                        ("quantization", quantization),
                        ("weight bytes", weight_bytes.to_string()),
                        ("placement", placement),
                        ("int8 cache", cache),
                        ("planned MiB", mib(memory.planned_mib)),
                        ("process GPU MiB after load", mib(memory.after_load_mib)),
                        (
                            "process GPU MiB after last query",
                            mib(memory.after_last_query_mib),
                        ),
                        ("process GPU MiB peak", mib(memory.peak_mib)),
                    ],
                )
            }
            ModelState::Released { model_path } => (
                OK,
                "no model loaded: the node is unconfigured (configure loads it)".to_string(),
                vec![("state", "released".into()), ("model_path", model_path)],
            ),
            ModelState::Unavailable { model_path, reason } => (
                ERROR,
                format!("not loaded: {reason}"),
                vec![("state", "unavailable".into()), ("model_path", model_path)],
            ),
        };
        let mut values = values;
        values.push((
            "lifecycle state",
            self.lifecycle.borrow().label().to_string(),
        ));
        status(name, &self.hardware_id, level, message, values)
    }

    /// Which backend answers; for a remote one its server's reachability and figures (the GPU
    /// status stays the local GPU's).
    fn backend_status(&self) -> DiagnosticStatus {
        let name = format!("{}: Backend", self.node_name);
        let state = super::lock(&self.backend_status).clone();
        let (level, message, values) = match state {
            BackendStatus::Local { model_path } => (
                OK,
                "local: the model runs in this process".to_string(),
                vec![("backend", "local".into()), ("model_path", model_path)],
            ),
            BackendStatus::Remote(remote) => {
                let ms = |v: Option<f64>| v.map_or_else(|| "-".to_string(), |v| format!("{v:.1}"));
                let (level, message) = match remote.reachable {
                    None => (OK, format!("remote: {} (not contacted yet)", remote.url)),
                    Some(false) => (
                        ERROR,
                        format!("remote server unreachable: {}", remote.last_contact),
                    ),
                    Some(true) if remote.last_contact.starts_with("serves ") => {
                        if remote.image_check_failed {
                            (WARN, remote.image_check.clone())
                        } else {
                            (OK, format!("remote: {} at {}", remote.model, remote.url))
                        }
                    }
                    Some(true) => (ERROR, remote.last_contact.clone()),
                };
                (
                    level,
                    message,
                    vec![
                        ("backend", "remote".into()),
                        ("url", remote.url),
                        ("model", remote.model),
                        (
                            "reachable",
                            remote
                                .reachable
                                .map_or_else(|| "unknown".to_string(), |r| r.to_string()),
                        ),
                        ("last contact", remote.last_contact),
                        ("queries answered", remote.queries_answered.to_string()),
                        ("queries failed", remote.queries_failed.to_string()),
                        ("last latency ms", ms(remote.last_latency_ms)),
                        ("last tokens/s", ms(remote.last_tokens_per_second)),
                        ("last error", remote.last_error),
                        ("image token check", remote.image_check),
                    ],
                )
            }
        };
        status(name, &self.hardware_id, level, message, values)
    }

    fn camera_statuses(&self) -> Vec<DiagnosticStatus> {
        let mut statuses = Vec::new();
        self.cameras.for_each(|topic, camera| {
            let name = format!("{}: Camera {topic}", self.node_name);
            let rate = camera.rate_hz();
            let mut values = vec![
                ("topic", topic.to_string()),
                ("rate Hz", format!("{rate:.2}")),
                ("frames received", camera.frames_received.to_string()),
            ];
            let publishers = self
                .camera_publishers
                .get(topic)
                .cloned()
                .unwrap_or_default();
            values.push(("publishers", publishers.len().to_string()));
            let (level, message) = match &camera.latest {
                None => (WARN, no_frame_yet(topic, &publishers, self.image_qos)),
                Some(latest) => {
                    let age = latest.age(self.clock.now());
                    values.push(("age s", format!("{:.3}", age.as_secs_f64())));
                    values.push(("encoding", latest.frame.encoding().to_string()));
                    if let Some((width, height)) = camera.size {
                        values.push(("size", format!("{width}x{height}")));
                    }
                    if age > self.camera_stale_after {
                        (
                            WARN,
                            format!("stale: last frame {:.1} s old", age.as_secs_f64()),
                        )
                    } else if let Some(error) = &camera.last_decode_error {
                        (
                            WARN,
                            format!("last queried frame could not be decoded: {error}"),
                        )
                    } else {
                        (OK, format!("{rate:.1} Hz"))
                    }
                }
            };
            if let Some(error) = &camera.last_decode_error {
                values.push(("last decode error", error.clone()));
            }
            let spatial = self.spatial.summary(topic);
            let none = || "none".to_string();
            values.push(("3-D", spatial.readiness()));
            values.push((
                "depth topic",
                spatial.depth_topic.clone().unwrap_or_else(none),
            ));
            values.push((
                "depth frames received",
                spatial.depth_frames_received.to_string(),
            ));
            if let Some(frame) = &spatial.depth_frame {
                values.push(("depth frame", frame.clone()));
            }
            values.push((
                "camera info topic",
                spatial.camera_info_topic.clone().unwrap_or_else(none),
            ));
            values.push((
                "camera info",
                spatial.camera_info.clone().unwrap_or_else(none),
            ));
            statuses.push(status(name, &self.hardware_id, level, message, values));
        });
        statuses
    }

    fn service_status(&self) -> DiagnosticStatus {
        let name = format!("{}: Query service", self.node_name);
        let stats = super::lock(&self.service).clone();
        let (level, message) = match stats.last_succeeded {
            None => (OK, "no queries yet".to_string()),
            Some(true) => (OK, "last query answered".to_string()),
            Some(false) => (WARN, format!("last query failed: {}", stats.last_error)),
        };
        let ms = |v: Option<f64>| v.map_or_else(|| "-".to_string(), |v| format!("{v:.1}"));
        let p50 = stats.latency_percentile_ms(50.0);
        let p95 = stats.latency_percentile_ms(95.0);
        status(
            name,
            &self.hardware_id,
            level,
            message,
            vec![
                ("queries served", stats.served.to_string()),
                ("queries failed", stats.failed.to_string()),
                ("queue depth", self.backend.waiting().to_string()),
                (
                    "last latency ms",
                    ms(stats.last_latency.map(|d| d.as_secs_f64() * 1000.0)),
                ),
                ("latency p50 ms", ms(p50)),
                ("latency p95 ms", ms(p95)),
                ("last tokens/s", ms(stats.last_tokens_per_second)),
                ("mean tokens/s", ms(stats.mean_tokens_per_second())),
                ("last error", stats.last_error),
            ],
        )
    }
}
