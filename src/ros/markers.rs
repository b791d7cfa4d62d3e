// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! `~/markers`: an answer's 3-D geometry as a visualization_msgs/MarkerArray for RViz and
//! Foxglove, in the colour image's optical frame (the Result's header).
//!
//! One namespace per task (`robobrain/<task>`), so RViz's namespace list stays as short as the
//! task list however many queries are answered, and a block of marker ids per query within it,
//! so answers never overwrite one another while they are shown; each marker has the lifetime of
//! `marker_lifetime`. Points are spheres, a trajectory a line strip with an arrow on its last
//! segment, a box the cube of its 3-D extent, and a text marker holds the answer. Only valid 3-D
//! entries are drawn.

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

/// Marker ids each query owns: the `n`-th answered query draws with ids from [`first_id`]`(n)`
/// on, at most this many (an answer with more valid 3-D entries than fit has the rest left out;
/// its text marker is always drawn).
pub const IDS_PER_QUERY: u64 = 1024;

/// How many queries' id blocks fit in the non-negative i32 ids before they are used again
/// (2^21, about two million: by then a query's markers have long expired, unless
/// `marker_lifetime` is 0, when the oldest are replaced).
const ID_BLOCKS: u64 = (i32::MAX as u64 + 1) / IDS_PER_QUERY;

/// The namespace of a task's answers.
pub fn namespace(task: &str) -> String {
    format!("robobrain/{task}")
}

/// The first marker id of the `sequence`-th answered query.
pub fn first_id(sequence: u64) -> i32 {
    // At most (ID_BLOCKS - 1) * IDS_PER_QUERY, so first_id + IDS_PER_QUERY - 1 <= i32::MAX.
    ((sequence % ID_BLOCKS) * IDS_PER_QUERY) as i32
}

/// The markers of one answer; empty when it has no 3-D.
pub fn markers_for(result: &QueryResult, sequence: u64, lifetime: Duration) -> MarkerArray {
    let mut markers = Vec::new();
    if !result.has_3d {
        return MarkerArray { markers };
    }
    let ns = namespace(&result.task);
    let lifetime = RosDuration {
        sec: lifetime.as_secs().min(i32::MAX as u64) as i32,
        nanosec: lifetime.subsec_nanos(),
    };
    // Ids are given at the end, in drawing order, from the query's block.
    let base = |kind: i32| Marker {
        header: result.header.clone(),
        ns: ns.clone(),
        type_: kind,
        action: ADD,
        pose: at(Point::default()),
        lifetime: lifetime.clone(),
        frame_locked: false,
        ..Default::default()
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
            ..base(SPHERE)
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
            ..base(LINE_STRIP)
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
            ..base(ARROW)
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
                ..base(CUBE)
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
                ..base(SPHERE)
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
    markers.truncate(IDS_PER_QUERY as usize - 1);
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
        ..base(TEXT_VIEW_FACING)
    });
    let first = first_id(sequence);
    for (offset, marker) in markers.iter_mut().enumerate() {
        marker.id = first + offset as i32;
    }
    MarkerArray { markers }
}

#[cfg(test)]
mod tests {
    use super::*;
    use r2r::robobrain_msgs::msg::Point3D;

    fn answer(task: &str, points: usize) -> QueryResult {
        QueryResult {
            task: task.into(),
            answer: "(1, 2)".into(),
            has_3d: true,
            points_3d: (0..points)
                .map(|i| Point3D {
                    position: Point {
                        x: i as f64 * 0.01,
                        y: 0.0,
                        z: 1.0,
                    },
                    valid: true,
                    reason: String::new(),
                })
                .collect(),
            ..Default::default()
        }
    }

    #[test]
    fn namespaces_stay_one_per_task_and_ids_one_block_per_query() {
        let tasks = [
            "pointing",
            "affordance",
            "trajectory",
            "grounding",
            "general",
        ];
        let mut namespaces = std::collections::BTreeSet::new();
        let mut ids = std::collections::HashSet::new();
        for sequence in 1..=500u64 {
            let task = tasks[sequence as usize % tasks.len()];
            let array = markers_for(&answer(task, 3), sequence, Duration::from_secs(10));
            assert_eq!(array.markers.len(), 4, "three spheres and the text");
            for marker in &array.markers {
                assert_eq!(marker.ns, format!("robobrain/{task}"));
                namespaces.insert(marker.ns.clone());
                let block = first_id(sequence);
                assert!((block..block + IDS_PER_QUERY as i32).contains(&marker.id));
                // No id is used twice within a namespace: a query never replaces another's.
                assert!(
                    ids.insert((marker.ns.clone(), marker.id)),
                    "id {} reused",
                    marker.id
                );
            }
        }
        assert_eq!(namespaces.len(), tasks.len(), "{namespaces:?}");
    }

    #[test]
    fn ids_stay_within_i32_and_wrap_to_the_first_block() {
        let last = ID_BLOCKS - 1;
        assert_eq!(
            first_id(last) as i64 + IDS_PER_QUERY as i64 - 1,
            i32::MAX as i64
        );
        assert_eq!(first_id(ID_BLOCKS), 0);
        assert_eq!(first_id(ID_BLOCKS + 1), IDS_PER_QUERY as i32);
        let array = markers_for(&answer("pointing", 2), last, Duration::ZERO);
        assert!(array.markers.iter().all(|m| m.id >= first_id(last)));
    }

    #[test]
    fn an_answer_larger_than_its_block_keeps_its_text_within_the_block() {
        let array = markers_for(&answer("pointing", 5000), 7, Duration::from_secs(1));
        assert_eq!(array.markers.len(), IDS_PER_QUERY as usize);
        let text = array.markers.last().unwrap();
        assert_eq!(text.type_, TEXT_VIEW_FACING);
        assert_eq!(text.id, first_id(8) - 1, "the block's last id");
        let spheres = array.markers.iter().filter(|m| m.type_ == SPHERE).count();
        assert_eq!(spheres, IDS_PER_QUERY as usize - 1);
    }

    #[test]
    fn no_3d_no_markers() {
        let mut flat = answer("pointing", 3);
        flat.has_3d = false;
        assert!(markers_for(&flat, 1, Duration::from_secs(1))
            .markers
            .is_empty());
    }
}
