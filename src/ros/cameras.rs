// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! Camera subscriptions: the latest frame of each camera and its statistics.
//!
//! Subscribers only store the message (no decoding: most frames are never queried); the query
//! handler decodes the one it needs, and diagnostics read the statistics.

use std::collections::{BTreeMap, VecDeque};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use futures::StreamExt;
use r2r::sensor_msgs::msg::{CompressedImage, Image};
use r2r::std_msgs::msg::Header;
use r2r::QosProfile;

use crate::preprocess::decode::{
    decode_compressed_within, decode_raw_within, DecodeError, RawFrame,
};

use super::params::ImageQos;

/// Frames counted for the rate: arrivals within this window.
const RATE_WINDOW: Duration = Duration::from_secs(5);

/// What a camera topic carries, from its name (image_transport convention).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CameraKind {
    Raw,
    Compressed,
}

impl CameraKind {
    pub fn of_topic(topic: &str) -> Self {
        if topic.ends_with("/compressed") {
            CameraKind::Compressed
        } else {
            CameraKind::Raw
        }
    }
}

/// A received frame, kept as it came.
#[derive(Debug, Clone)]
pub enum CameraFrame {
    Raw(Image),
    Compressed(CompressedImage),
}

impl CameraFrame {
    pub fn header(&self) -> &Header {
        match self {
            CameraFrame::Raw(image) => &image.header,
            CameraFrame::Compressed(image) => &image.header,
        }
    }

    /// The encoding (raw) or format (compressed) as the publisher wrote it.
    pub fn encoding(&self) -> &str {
        match self {
            CameraFrame::Raw(image) => &image.encoding,
            CameraFrame::Compressed(image) => &image.format,
        }
    }

    /// Converts the frame to RGB, refusing one above `max_pixels` (width x height) from its
    /// header; only called when a query needs it.
    pub fn decode(&self, max_pixels: u64) -> Result<image::RgbImage, DecodeError> {
        match self {
            CameraFrame::Raw(image) => decode_raw_within(&raw_view(image), max_pixels),
            CameraFrame::Compressed(image) => {
                decode_compressed_within(&image.format, &image.data, max_pixels)
            }
        }
    }
}

/// Borrows a `sensor_msgs/Image` as the decoder's input.
pub fn raw_view(image: &Image) -> RawFrame<'_> {
    RawFrame {
        encoding: &image.encoding,
        width: image.width,
        height: image.height,
        step: image.step,
        is_bigendian: image.is_bigendian != 0,
        data: &image.data,
    }
}

/// The newest frame of a camera.
#[derive(Debug, Clone)]
pub struct LatestFrame {
    pub frame: Arc<CameraFrame>,
    pub received_at: Instant,
}

impl LatestFrame {
    /// Age of the frame at `now` on the node's ROS clock: from its header stamp when it has one
    /// (capture time, what a planner cares about), else from its arrival here.
    pub fn age(&self, now: Duration) -> Duration {
        match super::clock::stamp_time(&self.frame.header().stamp) {
            // A stamp from the future (clock skew) counts as fresh rather than failing.
            Some(stamped) => now.saturating_sub(stamped),
            None => self.received_at.elapsed(),
        }
    }
}

/// Everything known about one camera.
#[derive(Debug, Default)]
pub struct CameraState {
    pub latest: Option<LatestFrame>,
    pub frames_received: u64,
    arrivals: VecDeque<Instant>,
    /// Width and height as announced by the last raw frame (compressed: known once decoded).
    pub size: Option<(u32, u32)>,
    /// The last decoding failure of a queried frame, shown on diagnostics.
    pub last_decode_error: Option<String>,
}

impl CameraState {
    fn record(&mut self, frame: CameraFrame) {
        let now = Instant::now();
        if let CameraFrame::Raw(image) = &frame {
            self.size = Some((image.width, image.height));
        }
        self.latest = Some(LatestFrame {
            frame: Arc::new(frame),
            received_at: now,
        });
        self.frames_received += 1;
        self.arrivals.push_back(now);
        self.forget_old_arrivals(now);
    }

    fn forget_old_arrivals(&mut self, now: Instant) {
        while self
            .arrivals
            .front()
            .is_some_and(|t| now.duration_since(*t) > RATE_WINDOW)
        {
            self.arrivals.pop_front();
        }
    }

    /// Frames per second over the last [`RATE_WINDOW`]; 0 with fewer than two frames in it.
    pub fn rate_hz(&mut self) -> f64 {
        self.forget_old_arrivals(Instant::now());
        match (self.arrivals.front(), self.arrivals.back()) {
            (Some(first), Some(last)) if self.arrivals.len() >= 2 && last > first => {
                (self.arrivals.len() - 1) as f64 / last.duration_since(*first).as_secs_f64()
            }
            _ => 0.0,
        }
    }
}

/// All cameras, shared between subscribers, the query handler and diagnostics. The lock is held
/// only to copy an `Arc` or update counters, never across an await or a decode.
#[derive(Debug, Clone)]
pub struct CameraRegistry {
    topics: Arc<Vec<String>>,
    states: Arc<Mutex<BTreeMap<String, CameraState>>>,
}

impl CameraRegistry {
    pub fn new(topics: &[String]) -> Self {
        let states = topics
            .iter()
            .map(|t| (t.clone(), CameraState::default()))
            .collect();
        Self {
            topics: Arc::new(topics.to_vec()),
            states: Arc::new(Mutex::new(states)),
        }
    }

    /// The configured topics, default camera first.
    pub fn topics(&self) -> &[String] {
        &self.topics
    }

    /// The topic a request's `camera` field names: the default camera when empty, else that
    /// topic if this node subscribes to it.
    pub fn resolve(&self, requested: &str) -> Result<String, String> {
        if requested.is_empty() {
            return Ok(self.topics[0].clone());
        }
        if self.topics.iter().any(|t| t == requested) {
            Ok(requested.to_string())
        } else {
            Err(format!(
                "unknown camera '{requested}': this node subscribes to {}",
                self.topics.join(", ")
            ))
        }
    }

    fn record(&self, topic: &str, frame: CameraFrame) {
        if let Some(state) = super::lock(&self.states).get_mut(topic) {
            state.record(frame);
        }
    }

    /// The newest frame of `topic`, if the topic is configured and has delivered one.
    pub fn latest(&self, topic: &str) -> Option<LatestFrame> {
        super::lock(&self.states).get(topic)?.latest.clone()
    }

    /// Remembers the outcome of decoding a queried frame (for diagnostics).
    pub fn note_decode(&self, topic: &str, result: Result<(u32, u32), &DecodeError>) {
        if let Some(state) = super::lock(&self.states).get_mut(topic) {
            match result {
                Ok(size) => {
                    state.size = Some(size);
                    state.last_decode_error = None;
                }
                Err(error) => state.last_decode_error = Some(error.to_string()),
            }
        }
    }

    /// Forgets every frame (the node deactivated: they will be stale when it is active again);
    /// the counters stay.
    pub fn forget_frames(&self) {
        for state in super::lock(&self.states).values_mut() {
            state.latest = None;
            state.arrivals.clear();
        }
    }

    /// Runs `f` on every camera's state, in topic order.
    pub fn for_each(&self, mut f: impl FnMut(&str, &mut CameraState)) {
        let mut states = super::lock(&self.states);
        for topic in self.topics.iter() {
            if let Some(state) = states.get_mut(topic) {
                f(topic, state);
            }
        }
    }
}

/// The QoS of camera subscriptions: keep only the newest frame (a query wants the latest).
pub fn camera_qos(reliability: ImageQos) -> QosProfile {
    let qos = QosProfile::default().keep_last(1);
    match reliability {
        ImageQos::Reliable => qos.reliable(),
        ImageQos::BestEffort => qos.best_effort(),
    }
}

/// Subscribes to every camera; returns one future per camera that stores its frames until the
/// subscription ends.
pub fn subscribe_all(
    node: &mut r2r::Node,
    registry: &CameraRegistry,
    reliability: ImageQos,
) -> anyhow::Result<Vec<futures::future::BoxFuture<'static, ()>>> {
    use anyhow::Context as _;
    let mut tasks = Vec::new();
    for topic in registry.topics().to_vec() {
        let qos = camera_qos(reliability);
        let store = registry.clone();
        let task: futures::future::BoxFuture<'static, ()> = match CameraKind::of_topic(&topic) {
            CameraKind::Raw => {
                let stream = node
                    .subscribe::<Image>(&topic, qos)
                    .with_context(|| format!("subscribing to sensor_msgs/Image on {topic}"))?;
                Box::pin(stream.for_each(move |msg| {
                    store.record(&topic, CameraFrame::Raw(msg));
                    futures::future::ready(())
                }))
            }
            CameraKind::Compressed => {
                let stream = node
                    .subscribe::<CompressedImage>(&topic, qos)
                    .with_context(|| {
                        format!("subscribing to sensor_msgs/CompressedImage on {topic}")
                    })?;
                Box::pin(stream.for_each(move |msg| {
                    store.record(&topic, CameraFrame::Compressed(msg));
                    futures::future::ready(())
                }))
            }
        };
        tasks.push(task);
    }
    Ok(tasks)
}
