//! `~/markers`: an answer's 3-D geometry as a visualization_msgs/MarkerArray for RViz and
//! Foxglove, in the colour image's optical frame (the Result's header).
//!
//! Each query gets its own namespace (`robobrain/<n>/<task>`), so answers never overwrite one
//! another, and the lifetime of `marker_lifetime`: points are spheres, a trajectory a line strip
//! with an arrow on its last segment, a box the cube of its 3-D extent, and a text marker holds
//! the answer. Only valid 3-D entries are drawn.

use std::time::Duration;

use r2r::builtin_interfaces::msg::Duration as RosDuration;
use r2r::geometry_msgs::msg::{Point, Pose, Quaternion, Vector3};
use r2r::robobrain_msgs::msg::Result as QueryResult;
use r2r::std_msgs::msg::ColorRGBA;
use r2r::visualization_msgs::msg::{Marker, MarkerArray};

// visualization_msgs/Marker's type and action constants.
const ARROW: i32 = 0;
const CUBE: i32 = 1;
const SPHERE: i32 = 2;
const LINE_STRIP: i32 = 4;
const TEXT_VIEW_FACING: i32 = 9;
const ADD: i32 = 0;

/// Sphere diameter of a point, metres.
const POINT_DIAMETER: f64 = 0.02;
/// Width of the trajectory line, metres.
const LINE_WIDTH: f64 = 0.008;
/// Height of the answer's text, metres.
const TEXT_HEIGHT: f64 = 0.03;
/// The longest answer text shown (RViz draws one long line).
const TEXT_CHARS: usize = 120;

fn color(r: f32, g: f32, b: f32, a: f32) -> ColorRGBA {
    ColorRGBA { r, g, b, a }
}

fn identity() -> Quaternion {
    Quaternion {
        x: 0.0,
        y: 0.0,
        z: 0.0,
        w: 1.0,
    }
}

fn at(position: Point) -> Pose {
    Pose {
        position,
        orientation: identity(),
    }
}

/// The namespace of the `sequence`-th answered query.
pub fn namespace(sequence: u64, task: &str) -> String {
    format!("robobrain/{sequence}/{task}")
}

/// The markers of one answer; empty when it has no 3-D.
pub fn markers_for(result: &QueryResult, sequence: u64, lifetime: Duration) -> MarkerArray {
    let mut markers = Vec::new();
    if !result.has_3d {
        return MarkerArray { markers };
    }
    let ns = namespace(sequence, &result.task);
    let lifetime = RosDuration {
        sec: lifetime.as_secs().min(i32::MAX as u64) as i32,
        nanosec: lifetime.subsec_nanos(),
    };
    let base = |id: i32, kind: i32| Marker {
        header: result.header.clone(),
        ns: ns.clone(),
        id,
        type_: kind,
        action: ADD,
        pose: at(Point::default()),
        lifetime: lifetime.clone(),
        frame_locked: false,
        ..Default::default()
    };
    let mut id = 0;
    let mut next_id = || {
        id += 1;
        id
    };

    for p in result.points_3d.iter().filter(|p| p.valid) {
        markers.push(Marker {
            pose: at(p.position.clone()),
            scale: Vector3 {
                x: POINT_DIAMETER,
                y: POINT_DIAMETER,
                z: POINT_DIAMETER,
            },
            color: color(1.0, 0.2, 0.2, 1.0),
            ..base(next_id(), SPHERE)
        });
    }

    let path: Vec<Point> = result
        .trajectory_3d
        .iter()
        .filter(|p| p.valid)
        .map(|p| p.position.clone())
        .collect();
    if path.len() >= 2 {
        markers.push(Marker {
            points: path.clone(),
            scale: Vector3 {
                x: LINE_WIDTH,
                y: 0.0,
                z: 0.0,
            },
            color: color(0.2, 0.6, 1.0, 1.0),
            ..base(next_id(), LINE_STRIP)
        });
        // An arrow on the last segment: where the motion ends. Shaft, head width, head length.
        markers.push(Marker {
            points: path[path.len() - 2..].to_vec(),
            scale: Vector3 {
                x: LINE_WIDTH,
                y: 2.5 * LINE_WIDTH,
                z: 3.0 * LINE_WIDTH,
            },
            color: color(0.2, 0.6, 1.0, 1.0),
            ..base(next_id(), ARROW)
        });
    }

    for b in result.boxes_3d.iter() {
        if b.extent_valid {
            markers.push(Marker {
                pose: at(b.extent_center.clone()),
                // A flat box still shows.
                scale: Vector3 {
                    x: b.extent_size.x.max(0.002),
                    y: b.extent_size.y.max(0.002),
                    z: b.extent_size.z.max(0.002),
                },
                color: color(0.2, 1.0, 0.3, 0.4),
                ..base(next_id(), CUBE)
            });
        }
        if b.valid {
            markers.push(Marker {
                pose: at(b.center.clone()),
                scale: Vector3 {
                    x: POINT_DIAMETER,
                    y: POINT_DIAMETER,
                    z: POINT_DIAMETER,
                },
                color: color(0.2, 1.0, 0.3, 1.0),
                ..base(next_id(), SPHERE)
            });
        }
    }

    // The text just above the first located thing (y is down in the optical frame), or 1 m
    // ahead of the camera when nothing was located.
    let anchor = markers
        .first()
        .map(|m: &Marker| {
            let p = m.points.first().unwrap_or(&m.pose.position);
            Point {
                x: p.x,
                y: p.y - 0.05,
                z: p.z,
            }
        })
        .unwrap_or(Point {
            x: 0.0,
            y: 0.0,
            z: 1.0,
        });
    let mut text: String = result.answer.chars().take(TEXT_CHARS).collect();
    if result.answer.chars().count() > TEXT_CHARS {
        text.push('…');
    }
    markers.push(Marker {
        pose: at(anchor),
        scale: Vector3 {
            x: 0.0,
            y: 0.0,
            z: TEXT_HEIGHT,
        },
        color: color(1.0, 1.0, 1.0, 1.0),
        text: format!("{}: {text}", result.task),
        ..base(next_id(), TEXT_VIEW_FACING)
    });
    MarkerArray { markers }
}
