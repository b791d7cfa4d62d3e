// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! `~/detections` and `~/detections_3d` (cargo feature `vision_msgs`): every answer about an
//! image also as a vision_msgs/Detection2DArray in that image's pixels and a Detection3DArray in
//! its colour camera's optical frame, for the consumers of ROS's common detection messages
//! (trackers, RViz's and Foxglove's vision_msgs displays). The mapping is documented in
//! docs/interfaces.md ("vision_msgs detections"); the choices and why:
//! - a pair of arrays for every answer with an image, empty ones included, both with the Result's
//!   header: a consumer sees every answer, and the two topics pair one to one by stamp;
//! - points are boxes of size zero (vision_msgs has no point detection); ids name the Result's
//!   entry (`points[1]`, `boxes[0]`), so a 3-D detection pairs with its 2-D one although 3-D
//!   leaves out the entries without depth;
//! - the class is the caller's prompt, the score 1.0: the model gives no confidence, and a
//!   consumer's score threshold then keeps every detection.
//!
//! The conversion to plain values ([`detections_of`]) is built and tested with or without
//! vision_msgs; only [`Publishers`] under the feature names the messages, so the default build
//! needs no vision_msgs at all.

use r2r::robobrain_msgs::msg::Result as QueryResult;
use r2r::std_msgs::msg::Header;

/// The hypothesis score of every detection: the model gives no confidence.
pub const SCORE: f64 = 1.0;

/// A detection in the image's pixels: a box, or a point as a box of size zero.
#[derive(Debug, Clone, PartialEq)]
pub struct PixelDetection {
    /// The Result's entry it comes from: `points[i]` or `boxes[i]`.
    pub id: String,
    pub center_x: f64,
    pub center_y: f64,
    pub size_x: f64,
    pub size_y: f64,
}

/// A detection in the colour camera's optical frame, metres: a box's extent, or a point as a box
/// of size zero.
#[derive(Debug, Clone, PartialEq)]
pub struct SpaceDetection {
    /// The Result's entry it comes from: `points[i]` or `boxes[i]`.
    pub id: String,
    pub center: [f64; 3],
    pub size: [f64; 3],
}

/// One answer's detections, both kinds, with what every detection of it shares.
#[derive(Debug, Clone, PartialEq)]
pub struct AnswerDetections {
    /// The Result's header: stamp and frame_id of the colour image.
    pub header: Header,
    /// The hypothesis class of every detection: the caller's prompt.
    pub label: String,
    pub pixels: Vec<PixelDetection>,
    /// Empty when the answer has no 3-D.
    pub space: Vec<SpaceDetection>,
}

/// The detections of `result`; `None` for an answer without an image (a text-only question),
/// which has no frame to detect anything in.
pub fn detections_of(result: &QueryResult) -> Option<AnswerDetections> {
    if result.image_width == 0 || result.image_height == 0 {
        return None;
    }
    let mut pixels: Vec<PixelDetection> = result
        .points
        .iter()
        .enumerate()
        .map(|(i, p)| PixelDetection {
            id: format!("points[{i}]"),
            center_x: f64::from(p.x),
            center_y: f64::from(p.y),
            size_x: 0.0,
            size_y: 0.0,
        })
        .collect();
    pixels.extend(result.boxes.iter().enumerate().map(|(i, b)| {
        let (x_min, y_min) = (f64::from(b.x_min), f64::from(b.y_min));
        let (x_max, y_max) = (f64::from(b.x_max), f64::from(b.y_max));
        PixelDetection {
            id: format!("boxes[{i}]"),
            center_x: (x_min + x_max) / 2.0,
            center_y: (y_min + y_max) / 2.0,
            size_x: x_max - x_min,
            size_y: y_max - y_min,
        }
    }));

    let mut space = Vec::new();
    if result.has_3d {
        let xyz = |p: &r2r::geometry_msgs::msg::Point| [p.x, p.y, p.z];
        space.extend(
            result
                .points_3d
                .iter()
                .enumerate()
                .filter(|(_, p)| p.valid)
                .map(|(i, p)| SpaceDetection {
                    id: format!("points[{i}]"),
                    center: xyz(&p.position),
                    size: [0.0; 3],
                }),
        );
        space.extend(result.boxes_3d.iter().enumerate().filter_map(|(i, b)| {
            let (center, size) = if b.extent_valid {
                let s = &b.extent_size;
                (xyz(&b.extent_center), [s.x, s.y, s.z])
            } else if b.valid {
                (xyz(&b.center), [0.0; 3])
            } else {
                return None;
            };
            Some(SpaceDetection {
                id: format!("boxes[{i}]"),
                center,
                size,
            })
        }));
    }
    Some(AnswerDetections {
        header: result.header.clone(),
        label: result.prompt.clone(),
        pixels,
        space,
    })
}

#[cfg(feature = "vision_msgs")]
mod messages {
    use r2r::geometry_msgs::msg::{Point, Pose, PoseWithCovariance, Quaternion, Vector3};
    use r2r::vision_msgs::msg::{
        BoundingBox2D, BoundingBox3D, Detection2D, Detection2DArray, Detection3D, Detection3DArray,
        ObjectHypothesis, ObjectHypothesisWithPose, Point2D, Pose2D,
    };

    use super::{AnswerDetections, SCORE};

    /// The one hypothesis of a detection; its pose is the box's centre (identity orientation),
    /// or the default (zero) pose for a 2-D detection.
    fn hypothesis(label: &str, pose: Option<Pose>) -> ObjectHypothesisWithPose {
        let mut with_pose = PoseWithCovariance::default();
        if let Some(pose) = pose {
            with_pose.pose = pose;
        }
        ObjectHypothesisWithPose {
            hypothesis: ObjectHypothesis {
                class_id: label.to_string(),
                score: SCORE,
            },
            pose: with_pose,
        }
    }

    impl AnswerDetections {
        /// The vision_msgs/Detection2DArray of these detections.
        pub fn to_2d(&self) -> Detection2DArray {
            Detection2DArray {
                header: self.header.clone(),
                detections: self
                    .pixels
                    .iter()
                    .map(|d| Detection2D {
                        header: self.header.clone(),
                        results: vec![hypothesis(&self.label, None)],
                        bbox: BoundingBox2D {
                            center: Pose2D {
                                position: Point2D {
                                    x: d.center_x,
                                    y: d.center_y,
                                },
                                theta: 0.0,
                            },
                            size_x: d.size_x,
                            size_y: d.size_y,
                        },
                        id: d.id.clone(),
                    })
                    .collect(),
            }
        }

        /// The vision_msgs/Detection3DArray of these detections (axis-aligned in the optical
        /// frame: identity orientation).
        pub fn to_3d(&self) -> Detection3DArray {
            Detection3DArray {
                header: self.header.clone(),
                detections: self
                    .space
                    .iter()
                    .map(|d| {
                        let [x, y, z] = d.center;
                        let center = Pose {
                            position: Point { x, y, z },
                            orientation: Quaternion {
                                x: 0.0,
                                y: 0.0,
                                z: 0.0,
                                w: 1.0,
                            },
                        };
                        let [sx, sy, sz] = d.size;
                        Detection3D {
                            header: self.header.clone(),
                            results: vec![hypothesis(&self.label, Some(center.clone()))],
                            bbox: BoundingBox3D {
                                center,
                                size: Vector3 {
                                    x: sx,
                                    y: sy,
                                    z: sz,
                                },
                            },
                            id: d.id.clone(),
                        }
                    })
                    .collect(),
            }
        }
    }
}

/// The `~/detections` and `~/detections_3d` publishers (with the cargo feature `vision_msgs`).
#[cfg(feature = "vision_msgs")]
pub struct Publishers {
    two_d: r2r::Publisher<r2r::vision_msgs::msg::Detection2DArray>,
    three_d: r2r::Publisher<r2r::vision_msgs::msg::Detection3DArray>,
}

#[cfg(feature = "vision_msgs")]
impl Publishers {
    /// What the node's start-up line says about these topics.
    pub const TOPICS: &'static str = ", ~/detections and ~/detections_3d (vision_msgs)";

    pub fn create(node: &mut r2r::Node) -> anyhow::Result<Self> {
        use anyhow::Context as _;
        let qos = r2r::QosProfile::default;
        Ok(Self {
            two_d: node
                .create_publisher("~/detections", qos())
                .context("creating the ~/detections publisher")?,
            three_d: node
                .create_publisher("~/detections_3d", qos())
                .context("creating the ~/detections_3d publisher")?,
        })
    }

    /// Publishes the detections of `result` (nothing for an answer without an image).
    pub fn publish(&self, result: &QueryResult, logger: &str) {
        let Some(detections) = detections_of(result) else {
            return;
        };
        if let Err(e) = self.two_d.publish(&detections.to_2d()) {
            log_warn!(logger, "publishing ~/detections failed: {e}");
        }
        if let Err(e) = self.three_d.publish(&detections.to_3d()) {
            log_warn!(logger, "publishing ~/detections_3d failed: {e}");
        }
    }
}

/// Without the cargo feature `vision_msgs`: no detection topics.
#[cfg(not(feature = "vision_msgs"))]
pub struct Publishers;

#[cfg(not(feature = "vision_msgs"))]
impl Publishers {
    /// What the node's start-up line says about these topics: nothing.
    pub const TOPICS: &'static str = "";

    pub fn create(_node: &mut r2r::Node) -> anyhow::Result<Self> {
        Ok(Self)
    }

    pub fn publish(&self, _result: &QueryResult, _logger: &str) {}
}

#[cfg(test)]
mod tests {
    use super::*;
    use r2r::builtin_interfaces::msg::Time;
    use r2r::geometry_msgs::msg::{Point, Vector3};
    use r2r::robobrain_msgs::msg::{Box2D, Box3D, Point2D, Point3D};

    fn header() -> Header {
        Header {
            stamp: Time {
                sec: 1_700_000_123,
                nanosec: 456_789,
            },
            frame_id: "camera_color_optical_frame".into(),
        }
    }

    fn point(x: f64, y: f64, z: f64) -> Point {
        Point { x, y, z }
    }

    fn located(x: f64, y: f64, z: f64) -> Point3D {
        Point3D {
            position: point(x, y, z),
            valid: true,
            reason: String::new(),
        }
    }

    fn no_depth() -> Point3D {
        Point3D {
            position: Point::default(),
            valid: false,
            reason: "no valid depth within 5x5 pixels".into(),
        }
    }

    /// Two points (the second without depth) and three boxes: one with its extent, one with only
    /// its centre pixel's depth, one with no depth at all.
    fn answer() -> QueryResult {
        QueryResult {
            header: header(),
            image_width: 640,
            image_height: 480,
            task: "grounding".into(),
            prompt: "the red mug".into(),
            points: vec![Point2D { x: 10.5, y: 20.25 }, Point2D { x: 639.0, y: 0.0 }],
            boxes: vec![
                Box2D {
                    x_min: 100.0,
                    y_min: 50.0,
                    x_max: 201.0,
                    y_max: 80.5,
                },
                Box2D {
                    x_min: 3.0,
                    y_min: 4.0,
                    x_max: 3.0,
                    y_max: 4.0,
                },
                Box2D {
                    x_min: 0.0,
                    y_min: 0.0,
                    x_max: 639.0,
                    y_max: 479.0,
                },
            ],
            has_3d: true,
            points_3d: vec![located(-0.5, 0.25, 1.0), no_depth()],
            boxes_3d: vec![
                Box3D {
                    center: point(0.1, 0.2, 0.7),
                    valid: true,
                    reason: String::new(),
                    extent_center: point(0.11, 0.21, 0.75),
                    extent_size: Vector3 {
                        x: 0.3,
                        y: 0.2,
                        z: 0.1,
                    },
                    extent_valid: true,
                },
                Box3D {
                    center: point(-0.2, -0.1, 0.9),
                    valid: true,
                    reason: String::new(),
                    extent_valid: false,
                    ..Default::default()
                },
                Box3D {
                    valid: false,
                    reason: "no valid depth".into(),
                    extent_valid: false,
                    ..Default::default()
                },
            ],
            ..Default::default()
        }
    }

    #[test]
    fn points_are_boxes_of_size_zero_and_boxes_keep_their_corners() {
        let detections = detections_of(&answer()).unwrap();
        assert_eq!(detections.header, header());
        assert_eq!(detections.label, "the red mug");
        let pixel = |id: &str, center_x, center_y, size_x, size_y| PixelDetection {
            id: id.into(),
            center_x,
            center_y,
            size_x,
            size_y,
        };
        assert_eq!(
            detections.pixels,
            vec![
                pixel("points[0]", 10.5, 20.25, 0.0, 0.0),
                pixel("points[1]", 639.0, 0.0, 0.0, 0.0),
                pixel("boxes[0]", 150.5, 65.25, 101.0, 30.5),
                pixel("boxes[1]", 3.0, 4.0, 0.0, 0.0),
                pixel("boxes[2]", 319.5, 239.5, 639.0, 479.0),
            ]
        );
    }

    #[test]
    fn entries_without_depth_are_left_out_of_3d_and_ids_say_which_remain() {
        let detections = detections_of(&answer()).unwrap();
        let space = |id: &str, center, size| SpaceDetection {
            id: id.into(),
            center,
            size,
        };
        assert_eq!(
            detections.space,
            vec![
                space("points[0]", [-0.5, 0.25, 1.0], [0.0; 3]),
                // The extent, not the centre pixel's point, when there is one.
                space("boxes[0]", [0.11, 0.21, 0.75], [0.3, 0.2, 0.1]),
                space("boxes[1]", [-0.2, -0.1, 0.9], [0.0; 3]),
            ]
        );
    }

    #[test]
    fn an_answer_without_3d_has_2d_only_and_one_without_an_image_none() {
        let mut flat = answer();
        flat.has_3d = false;
        let detections = detections_of(&flat).unwrap();
        assert_eq!(detections.pixels.len(), 5);
        assert!(detections.space.is_empty());
        // A general answer (nothing parsed) still has its (empty) arrays: every answer is seen.
        let general = QueryResult {
            task: "general".into(),
            header: header(),
            image_width: 640,
            image_height: 480,
            ..Default::default()
        };
        let empty = detections_of(&general).unwrap();
        assert!(empty.pixels.is_empty() && empty.space.is_empty());
        assert_eq!(empty.header, header());
        let text_only = QueryResult {
            task: "general".into(),
            ..Default::default()
        };
        assert_eq!(detections_of(&text_only), None);
    }

    #[cfg(feature = "vision_msgs")]
    #[test]
    fn the_messages_carry_the_header_label_score_and_geometry() {
        let detections = detections_of(&answer()).unwrap();
        let flat = detections.to_2d();
        assert_eq!(flat.header, header());
        assert_eq!(flat.detections.len(), 5);
        let first_box = &flat.detections[2];
        assert_eq!(first_box.header, header());
        assert_eq!(first_box.id, "boxes[0]");
        assert_eq!(
            (
                first_box.bbox.center.position.x,
                first_box.bbox.center.position.y,
                first_box.bbox.center.theta,
                first_box.bbox.size_x,
                first_box.bbox.size_y
            ),
            (150.5, 65.25, 0.0, 101.0, 30.5)
        );
        let [result] = first_box.results.as_slice() else {
            panic!("one hypothesis: {:?}", first_box.results);
        };
        assert_eq!(result.hypothesis.class_id, "the red mug");
        assert_eq!(result.hypothesis.score, SCORE);
        assert_eq!(result.pose.covariance.len(), 36);

        let solid = detections.to_3d();
        assert_eq!(solid.header, header());
        let ids: Vec<&str> = solid.detections.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(ids, ["points[0]", "boxes[0]", "boxes[1]"]);
        let extent = &solid.detections[1];
        let c = &extent.bbox.center;
        assert_eq!(
            (c.position.x, c.position.y, c.position.z),
            (0.11, 0.21, 0.75)
        );
        assert_eq!(c.orientation.w, 1.0);
        let s = &extent.bbox.size;
        assert_eq!((s.x, s.y, s.z), (0.3, 0.2, 0.1));
        assert_eq!(extent.results[0].pose.pose, extent.bbox.center);
        assert_eq!(extent.results[0].hypothesis.class_id, "the red mug");
        assert!(solid.detections.iter().all(|d| d.header == header()));
    }
}
