// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! Depth and CameraInfo of each camera, and the 3-D fields of a Result.
//!
//! Subscribers keep the last few depth frames of each camera (as they came: most are never
//! queried) and its latest CameraInfo. A query pairs its colour frame with the depth frame of the
//! nearest stamp ([`crate::camera::nearest_by_stamp`]), decodes it and the intrinsics on
//! the blocking pool, and after the answer [`crate::camera::locate`] gives every point
//! and box its 3-D position. Any missing piece leaves the answer in pixels with the reason.

use std::collections::{BTreeMap, VecDeque};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures::StreamExt;
use r2r::geometry_msgs::msg::{Point, Vector3};
use r2r::robobrain_msgs::msg::{Box3D, Point3D, Result as QueryResult};
use r2r::sensor_msgs::msg::{CameraInfo, Image};
use r2r::std_msgs::msg::Header;
use r2r::QosProfile;

use crate::camera::{locate, nearest_by_stamp, DepthSettings, NoDepth, PinholeCamera, Point3};
use crate::preprocess::depth::{decode_depth, DepthImage};
use crate::tasks::TaskAnswer;

use super::cameras::{camera_qos, raw_view};
use super::params::{ImageQos, NodeParams};

/// Depth frames kept per camera for pairing: at 30 Hz, the last quarter of a second or so.
const DEPTH_HISTORY: usize = 8;

/// A camera's depth and CameraInfo topics (None: not configured).
#[derive(Debug, Clone, Default)]
struct Companions {
    depth: Option<String>,
    camera_info: Option<String>,
}

#[derive(Debug, Default)]
struct SpatialState {
    depth: VecDeque<Arc<Image>>,
    depth_received: u64,
    info: Option<Arc<CameraInfo>>,
}

/// What /diagnostics shows about a camera's depth and CameraInfo.
#[derive(Debug, Clone, PartialEq)]
pub struct SpatialSummary {
    pub depth_topic: Option<String>,
    pub depth_frames_received: u64,
    /// Encoding and size of the newest depth frame.
    pub depth_frame: Option<String>,
    pub camera_info_topic: Option<String>,
    /// Size and distortion model of the latest CameraInfo.
    pub camera_info: Option<String>,
}

impl SpatialSummary {
    /// Whether a query on this camera can get 3-D, or what is missing.
    pub fn readiness(&self) -> String {
        match (&self.depth_topic, &self.camera_info_topic) {
            (None, _) | (_, None) => "off (depth_topics or camera_info_topics says none)".into(),
            (Some(depth), Some(info)) => match (&self.depth_frame, &self.camera_info) {
                (Some(_), Some(_)) => "depth and camera info arriving".into(),
                (None, _) => format!("no depth frame received yet on {depth}"),
                (_, None) => format!("no camera info received yet on {info}"),
            },
        }
    }
}

/// Every camera's depth frames and CameraInfo, shared by the subscribers and the query handler.
/// The lock is held only to copy `Arc`s.
#[derive(Debug, Clone)]
pub struct SpatialRegistry {
    companions: Arc<BTreeMap<String, Companions>>,
    states: Arc<Mutex<BTreeMap<String, SpatialState>>>,
}

/// What a query's colour frame needs for 3-D: its camera's intrinsics and the paired depth
/// frame, or why there is none (a model that predicts depth needs only the intrinsics).
#[derive(Debug, Clone)]
pub struct SpatialInput {
    pub info: Arc<CameraInfo>,
    pub depth: Result<Arc<Image>, String>,
}

/// The intrinsics and depth of one colour frame, decoded and checked.
#[derive(Debug, Clone)]
pub struct SpatialFrame {
    pub camera: PinholeCamera,
    pub depth: Result<DepthImage, String>,
}

fn stamp_ns(header: &Header) -> i64 {
    i64::from(header.stamp.sec) * 1_000_000_000 + i64::from(header.stamp.nanosec)
}

impl SpatialRegistry {
    pub fn new(params: &NodeParams) -> Self {
        let companions = params
            .camera_topics
            .iter()
            .enumerate()
            .map(|(i, topic)| {
                (
                    topic.clone(),
                    Companions {
                        depth: params.depth_topics.get(i).cloned().flatten(),
                        camera_info: params.camera_info_topics.get(i).cloned().flatten(),
                    },
                )
            })
            .collect();
        let states = params
            .camera_topics
            .iter()
            .map(|t| (t.clone(), SpatialState::default()))
            .collect();
        Self {
            companions: Arc::new(companions),
            states: Arc::new(Mutex::new(states)),
        }
    }

    /// Forgets the depth frames and intrinsics (the node deactivated); the counters stay.
    pub fn forget_frames(&self) {
        for state in super::lock(&self.states).values_mut() {
            state.depth.clear();
            state.info = None;
        }
    }

    /// The depth and CameraInfo topics of `camera` (for the log and diagnostics).
    pub fn topics_of(&self, camera: &str) -> (Option<String>, Option<String>) {
        self.companions
            .get(camera)
            .map_or((None, None), |c| (c.depth.clone(), c.camera_info.clone()))
    }

    fn record_depth(&self, camera: &str, image: Image) {
        if let Some(state) = super::lock(&self.states).get_mut(camera) {
            if state.depth.len() == DEPTH_HISTORY {
                state.depth.pop_front();
            }
            state.depth.push_back(Arc::new(image));
            state.depth_received += 1;
        }
    }

    /// The depth and CameraInfo state of `camera`, for /diagnostics.
    pub fn summary(&self, camera: &str) -> SpatialSummary {
        let (depth_topic, camera_info_topic) = self.topics_of(camera);
        let states = super::lock(&self.states);
        let state = states.get(camera);
        SpatialSummary {
            depth_topic,
            depth_frames_received: state.map_or(0, |s| s.depth_received),
            depth_frame: state
                .and_then(|s| s.depth.back())
                .map(|d| format!("{} {}x{}", d.encoding, d.width, d.height)),
            camera_info_topic,
            camera_info: state
                .and_then(|s| s.info.as_ref())
                .map(|i| format!("{}x{} {}", i.width, i.height, i.distortion_model)),
        }
    }

    fn record_info(&self, camera: &str, info: CameraInfo) {
        if let Some(state) = super::lock(&self.states).get_mut(camera) {
            state.info = Some(Arc::new(info));
        }
    }

    /// The CameraInfo and the depth frame nearest in stamp to the colour frame `color` of
    /// `camera`, or why there is none (the text goes to the Result's `missing_3d`).
    pub fn pair(
        &self,
        camera: &str,
        color: &Header,
        tolerance: Duration,
    ) -> Result<SpatialInput, String> {
        let companions = self.companions.get(camera).cloned().unwrap_or_default();
        let Some(info_topic) = companions.camera_info else {
            return Err(format!(
                "camera '{camera}' has no CameraInfo topic (camera_info_topics says none)"
            ));
        };
        let (info, depths) = {
            let states = super::lock(&self.states);
            let state = states.get(camera);
            (
                state.and_then(|s| s.info.clone()),
                state.map(|s| s.depth.iter().cloned().collect::<Vec<_>>()),
            )
        };
        let info = info.ok_or_else(|| format!("no CameraInfo received yet on '{info_topic}'"))?;
        frames_agree("CameraInfo", &info_topic, &info.header.frame_id, color)?;
        let depth = match companions.depth {
            None => Err(format!(
                "camera '{camera}' has no depth topic (depth_topics says none)"
            )),
            Some(depth_topic) => {
                let depths = depths.unwrap_or_default();
                let stamps: Vec<i64> = depths.iter().map(|d| stamp_ns(&d.header)).collect();
                nearest_by_stamp(
                    stamp_ns(color),
                    &stamps,
                    i64::try_from(tolerance.as_nanos()).unwrap_or(i64::MAX),
                )
                .map(|index| depths[index].clone())
                .map_err(|e| match e {
                    crate::camera::PairError::NoDepth => {
                        format!("no depth frame received yet on '{depth_topic}'")
                    }
                    e => format!("depth on '{depth_topic}': {e} (depth_stamp_tolerance_ms)"),
                })
                .and_then(|depth| {
                    frames_agree("depth image", &depth_topic, &depth.header.frame_id, color)
                        .map(|()| depth)
                })
            }
        };
        Ok(SpatialInput { info, depth })
    }
}

/// 3-D needs depth and intrinsics in the colour image's optical frame: a remap to another
/// camera's topics would give confident but wrong metres. A missing frame_id (empty) on either
/// side is not checked.
fn frames_agree(what: &str, topic: &str, frame_id: &str, color: &Header) -> Result<(), String> {
    if frame_id.is_empty() || color.frame_id.is_empty() || frame_id == color.frame_id {
        return Ok(());
    }
    Err(format!(
        "the {what} on '{topic}' is in frame '{frame_id}' but the colour image is in '{}': no 3-D \
         (remapped to another camera's topic?)",
        color.frame_id
    ))
}

impl SpatialInput {
    /// Decodes the depth frame and reads the intrinsics (CPU work: on the blocking pool).
    pub fn prepare(&self) -> Result<SpatialFrame, String> {
        let info = &self.info;
        let k: [f64; 9] = info
            .k
            .as_slice()
            .try_into()
            .map_err(|_| format!("camera info has {} values in K, not 9", info.k.len()))?;
        let camera = PinholeCamera::from_camera_info(
            info.width,
            info.height,
            &k,
            &info.distortion_model,
            &info.d,
        )
        .map_err(|e| e.to_string())?;
        let depth = self
            .depth
            .as_ref()
            .map_err(Clone::clone)
            .and_then(|d| decode_depth(&raw_view(d)).map_err(|e| format!("{e}")));
        Ok(SpatialFrame { camera, depth })
    }
}

/// Subscribes to every camera's depth and CameraInfo topics; one future per subscription.
pub fn subscribe_all(
    node: &mut r2r::Node,
    registry: &SpatialRegistry,
    reliability: ImageQos,
) -> anyhow::Result<Vec<futures::future::BoxFuture<'static, ()>>> {
    use anyhow::Context as _;
    let mut tasks: Vec<futures::future::BoxFuture<'static, ()>> = Vec::new();
    for (camera, companions) in registry.companions.iter() {
        if let Some(topic) = &companions.depth {
            // Depth frames are as large as colour frames: the cameras' reliability; a few kept
            // by the node itself for pairing.
            let stream = node
                .subscribe::<Image>(topic, camera_qos(reliability))
                .with_context(|| format!("subscribing to the depth image {topic}"))?;
            let (store, camera) = (registry.clone(), camera.clone());
            tasks.push(Box::pin(stream.for_each(move |msg| {
                store.record_depth(&camera, msg);
                futures::future::ready(())
            })));
        }
        if let Some(topic) = &companions.camera_info {
            // Best effort matches both reliable and best-effort (sensor data) publishers; a lost
            // CameraInfo is replaced by the next.
            let stream = node
                .subscribe::<CameraInfo>(topic, QosProfile::default().keep_last(1).best_effort())
                .with_context(|| format!("subscribing to the camera info {topic}"))?;
            let (store, camera) = (registry.clone(), camera.clone());
            tasks.push(Box::pin(stream.for_each(move |msg| {
                store.record_info(&camera, msg);
                futures::future::ready(())
            })));
        }
    }
    Ok(tasks)
}

fn point_msg(p: Point3) -> Point {
    Point {
        x: p.x,
        y: p.y,
        z: p.z,
    }
}

fn point3d_msg(located: &Result<Point3, NoDepth>) -> Point3D {
    match located {
        Ok(p) => Point3D {
            position: point_msg(*p),
            valid: true,
            reason: String::new(),
        },
        Err(why) => Point3D {
            position: Point::default(),
            valid: false,
            reason: why.to_string(),
        },
    }
}

/// Fills the 3-D fields of `result` for `answer` (geometry in the pixels of the colour frame
/// `result.header` describes): the located points, or why there are none. A trajectory whose
/// points carry the model's depth (RoboBrain 2.5) is placed at that depth with the intrinsics
/// alone, and, where a depth frame is paired, also at the sensor's depth
/// (`trajectory_3d_sensor`).
pub fn fill_3d(
    result: &mut QueryResult,
    answer: &TaskAnswer,
    frame: Result<&SpatialFrame, String>,
    settings: DepthSettings,
) {
    let frame = match frame {
        Ok(frame) => frame,
        Err(why) => return mark_3d(result, Err(why)),
    };
    // A trajectory with the model's depth (its answer has no points or boxes, which would need
    // the sensor) is placed with the intrinsics alone when no depth frame is paired.
    let model_depth =
        !answer.trajectory_depth.is_empty() && answer.points.is_empty() && answer.boxes.is_empty();
    let located = frame
        .depth
        .as_ref()
        .map_err(Clone::clone)
        .and_then(|depth| {
            locate(
                answer,
                &frame.camera,
                depth,
                result.image_width,
                result.image_height,
                settings,
            )
            .map_err(|e| e.to_string())
        });
    let sensor = match located {
        Ok(located) => located,
        Err(_) if model_depth => {
            let placed = at_model_depth(
                &frame.camera,
                answer,
                result.image_width,
                result.image_height,
            )
            .map(|trajectory| result.trajectory_3d = trajectory);
            return mark_3d(result, placed);
        }
        Err(why) => return mark_3d(result, Err(why)),
    };
    mark_3d(result, Ok(()));
    result.points_3d = sensor.points.iter().map(point3d_msg).collect();
    let sensor_trajectory: Vec<Point3D> = sensor.trajectory.iter().map(point3d_msg).collect();
    if model_depth {
        result.trajectory_3d = at_model_depth(
            &frame.camera,
            answer,
            result.image_width,
            result.image_height,
        )
        .unwrap_or_default();
        result.trajectory_3d_sensor = sensor_trajectory;
    } else {
        result.trajectory_3d = sensor_trajectory;
    }
    result.boxes_3d = sensor
        .boxes
        .iter()
        .map(|b| {
            let center = point3d_msg(&b.center);
            let (extent_center, extent_size, extent_valid) = match &b.extent {
                Ok(e) => (
                    point_msg(e.center),
                    Vector3 {
                        x: e.size.x,
                        y: e.size.y,
                        z: e.size.z,
                    },
                    true,
                ),
                Err(_) => (Point::default(), Vector3::default(), false),
            };
            Box3D {
                center: center.position,
                valid: center.valid,
                reason: center.reason,
                extent_center,
                extent_size,
                extent_valid,
            }
        })
        .collect();
}

/// `has_3d` and `missing_3d`: whether the 3-D arrays are filled, or why not.
fn mark_3d(result: &mut QueryResult, filled: Result<(), String>) {
    result.has_3d = filled.is_ok();
    result.missing_3d = filled.err().unwrap_or_default();
}

/// The trajectory at the model's own depths, deprojected with the intrinsics; an error when the
/// CameraInfo does not fit the colour image.
fn at_model_depth(
    camera: &PinholeCamera,
    answer: &TaskAnswer,
    width: u32,
    height: u32,
) -> Result<Vec<Point3D>, String> {
    camera
        .check_image_size(width, height)
        .map_err(|e| e.to_string())?;
    Ok(
        crate::camera::at_predicted_depth(camera, &answer.trajectory, &answer.trajectory_depth)
            .iter()
            .map(point3d_msg)
            .collect(),
    )
}

/// A deprojected pixel list for the `~/locate` service: the same path as an answer's points.
pub fn locate_pixels(
    frame: &SpatialFrame,
    width: u32,
    height: u32,
    points: &[crate::tasks::Point],
    boxes: &[crate::tasks::BoundingBox],
    settings: DepthSettings,
) -> Result<(Vec<Point3D>, Vec<Box3D>), String> {
    let answer = TaskAnswer {
        task: crate::tasks::Task::Pointing,
        answer_text: String::new(),
        thinking_text: None,
        points: points.to_vec(),
        boxes: boxes.to_vec(),
        trajectory: Vec::new(),
        trajectory_depth: Vec::new(),
        parse_error: None,
        dropped_fragments: 0,
        out_of_image: 0,
    };
    let mut result = QueryResult {
        image_width: width,
        image_height: height,
        ..Default::default()
    };
    fill_3d(&mut result, &answer, Ok(frame), settings);
    if !result.has_3d {
        return Err(result.missing_3d);
    }
    Ok((result.points_3d, result.boxes_3d))
}
