// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! Draws an answer's geometry on the image it is about, for people watching in rqt_image_view:
//! points as crosshairs in a ring, boxes as rectangles, a trajectory as a polyline from a start
//! ring to an end arrowhead, and a text label (task and answer) on a dark band at the top.
//!
//! Coordinates are the answer's: ORIGINAL image pixels. Everything is clipped to the image, so
//! hostile coordinates can never panic. Lines scale with the image (2 px at VGA, ~4 px at 1080p)
//! so they stay visible once rqt shrinks the frame to its window.

use image::{Rgb, RgbImage};

use super::{BoundingBox, Point, TaskAnswer};

const POINT_COLOR: Rgb<u8> = Rgb([255, 40, 40]);
const BOX_COLOR: Rgb<u8> = Rgb([40, 255, 40]);
const TRAJECTORY_COLOR: Rgb<u8> = Rgb([255, 200, 0]);
const LABEL_TEXT: Rgb<u8> = Rgb([255, 255, 255]);
/// Glyphs are 8x8 cells; one label line.
const GLYPH: u32 = 8;

/// A copy of `image` with `answer` drawn on it and `label` written across the top.
pub fn annotate(image: &RgbImage, answer: &TaskAnswer, label: &str) -> RgbImage {
    let mut canvas = image.clone();
    let thickness = line_thickness(&canvas);
    for b in &answer.boxes {
        draw_box(&mut canvas, b, thickness, BOX_COLOR);
    }
    for pair in answer.trajectory.windows(2) {
        draw_line(&mut canvas, pair[0], pair[1], thickness, TRAJECTORY_COLOR);
    }
    if let (Some(&start), Some(&end)) = (answer.trajectory.first(), answer.trajectory.last()) {
        draw_ring(
            &mut canvas,
            start,
            3 * thickness,
            thickness,
            TRAJECTORY_COLOR,
        );
        if answer.trajectory.len() >= 2 {
            let before = answer.trajectory[answer.trajectory.len() - 2];
            draw_arrowhead(&mut canvas, before, end, thickness, TRAJECTORY_COLOR);
        }
    }
    for &p in &answer.points {
        draw_marker(&mut canvas, p, thickness, POINT_COLOR);
    }
    draw_label(&mut canvas, label);
    canvas
}

/// The label drawn on an annotated image: task, then the answer on one line.
pub fn label_for(answer: &TaskAnswer) -> String {
    let text = answer
        .answer_text
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    match &answer.parse_error {
        Some(_) if !text.is_empty() => format!("{}: (unparsed) {text}", answer.task.name()),
        _ => format!("{}: {text}", answer.task.name()),
    }
}

fn line_thickness(image: &RgbImage) -> u32 {
    (image.width().max(image.height()) / 480).clamp(1, 6) + 1
}

/// Sets a square of side `size` centred on (x, y), clipped to the image.
fn stamp(image: &mut RgbImage, x: f32, y: f32, size: u32, color: Rgb<u8>) {
    if !(x.is_finite() && y.is_finite()) {
        return;
    }
    let half = size as f32 / 2.0;
    let (w, h) = (image.width() as f32, image.height() as f32);
    let x0 = (x - half + 0.5).floor().clamp(0.0, w) as u32;
    let y0 = (y - half + 0.5).floor().clamp(0.0, h) as u32;
    let x1 = (x + half + 0.5).floor().clamp(0.0, w) as u32;
    let y1 = (y + half + 0.5).floor().clamp(0.0, h) as u32;
    for py in y0..y1 {
        for px in x0..x1 {
            image.put_pixel(px, py, color);
        }
    }
}

/// A thick segment: squares stamped every half pixel along it.
fn draw_line(image: &mut RgbImage, from: Point, to: Point, thickness: u32, color: Rgb<u8>) {
    let (dx, dy) = (to.x - from.x, to.y - from.y);
    let length = (dx * dx + dy * dy).sqrt();
    if !length.is_finite() {
        return;
    }
    // Points are clamped to the image, so the step count stays bounded.
    let steps = ((length * 2.0).ceil() as u32).clamp(1, 100_000);
    for i in 0..=steps {
        let t = i as f32 / steps as f32;
        stamp(image, from.x + t * dx, from.y + t * dy, thickness, color);
    }
}

fn draw_box(image: &mut RgbImage, b: &BoundingBox, thickness: u32, color: Rgb<u8>) {
    let corners = [
        Point { x: b.x1, y: b.y1 },
        Point { x: b.x2, y: b.y1 },
        Point { x: b.x2, y: b.y2 },
        Point { x: b.x1, y: b.y2 },
    ];
    for i in 0..4 {
        draw_line(image, corners[i], corners[(i + 1) % 4], thickness, color);
    }
}

fn draw_ring(image: &mut RgbImage, center: Point, radius: u32, thickness: u32, color: Rgb<u8>) {
    let r = radius as f32;
    let steps = (r * 8.0).ceil().max(16.0) as u32;
    for i in 0..steps {
        let angle = i as f32 / steps as f32 * std::f32::consts::TAU;
        stamp(
            image,
            center.x + r * angle.cos(),
            center.y + r * angle.sin(),
            thickness,
            color,
        );
    }
}

/// A crosshair inside a ring: visible on any background, exact at its centre.
fn draw_marker(image: &mut RgbImage, p: Point, thickness: u32, color: Rgb<u8>) {
    let arm = 5.0 * thickness as f32;
    let (x, y) = (p.x, p.y);
    draw_line(
        image,
        Point { x: x - arm, y },
        Point { x: x + arm, y },
        thickness,
        color,
    );
    draw_line(
        image,
        Point { x, y: y - arm },
        Point { x, y: y + arm },
        thickness,
        color,
    );
    draw_ring(image, p, 4 * thickness, thickness, color);
}

/// Two short strokes back from `tip`, at +-30 degrees of the last segment's direction.
fn draw_arrowhead(image: &mut RgbImage, from: Point, tip: Point, thickness: u32, color: Rgb<u8>) {
    let (dx, dy) = (tip.x - from.x, tip.y - from.y);
    let length = (dx * dx + dy * dy).sqrt();
    if length < 1e-3 || !length.is_finite() {
        return;
    }
    let (ux, uy) = (dx / length, dy / length);
    let size = 6.0 * thickness as f32;
    let (cos, sin) = (30f32.to_radians().cos(), 30f32.to_radians().sin());
    for side in [-1.0f32, 1.0] {
        let (rx, ry) = (ux * cos - side * uy * sin, side * ux * sin + uy * cos);
        let end = Point {
            x: tip.x - size * rx,
            y: tip.y - size * ry,
        };
        draw_line(image, tip, end, thickness, color);
    }
}

/// Writes `text` (ASCII; others become '?') on a dark band across the top, scaled so that it is
/// legible at the image's size, cut with "..." when it does not fit.
fn draw_label(image: &mut RgbImage, text: &str) {
    let scale = (image.height() / 240).clamp(1, 4);
    let cell = GLYPH * scale;
    let padding = scale * 2;
    let band = cell + 2 * padding;
    if image.height() < band || image.width() < cell + 2 * padding {
        return;
    }
    for y in 0..band {
        for x in 0..image.width() {
            let under = image.get_pixel(x, y).0;
            // Darken rather than paint over, so what is under the band stays faintly visible.
            let shade = |c: u8| (c as u32 * 3 / 10) as u8;
            image.put_pixel(
                x,
                y,
                Rgb([shade(under[0]), shade(under[1]), shade(under[2])]),
            );
        }
    }
    let capacity = ((image.width() - 2 * padding) / cell) as usize;
    let mut chars: Vec<char> = text.chars().collect();
    if chars.len() > capacity {
        chars.truncate(capacity.saturating_sub(3));
        chars.extend("...".chars());
    }
    for (i, c) in chars.into_iter().enumerate() {
        let glyph = font8x8::legacy::BASIC_LEGACY[if c.is_ascii() {
            c as usize
        } else {
            b'?' as usize
        }];
        let left = padding + i as u32 * cell;
        for (row, bits) in glyph.iter().enumerate() {
            for col in 0..GLYPH {
                // Bit 0 is the glyph's leftmost pixel.
                if bits & (1 << col) == 0 {
                    continue;
                }
                for sy in 0..scale {
                    for sx in 0..scale {
                        let x = left + col * scale + sx;
                        let y = padding + row as u32 * scale + sy;
                        image.put_pixel(x, y, LABEL_TEXT);
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tasks::Task;

    fn answer(task: Task) -> TaskAnswer {
        TaskAnswer {
            task,
            answer_text: String::new(),
            thinking_text: None,
            points: vec![],
            boxes: vec![],
            trajectory: vec![],
            trajectory_depth: vec![],
            parse_error: None,
            dropped_fragments: 0,
            out_of_image: 0,
        }
    }

    fn gray(width: u32, height: u32) -> RgbImage {
        RgbImage::from_pixel(width, height, Rgb([100, 100, 100]))
    }

    #[test]
    fn point_is_marked_at_its_pixel_and_the_rest_stays() {
        let image = gray(333, 250);
        let mut a = answer(Task::Pointing);
        a.points = vec![Point { x: 200.0, y: 150.0 }];
        let out = annotate(&image, &a, "");
        assert_eq!(out.dimensions(), image.dimensions());
        assert_eq!(*out.get_pixel(200, 150), POINT_COLOR);
        // Far from the marker and below the (empty) label band nothing changes.
        assert_eq!(*out.get_pixel(50, 200), Rgb([100, 100, 100]));
        assert_eq!(*out.get_pixel(300, 240), Rgb([100, 100, 100]));
    }

    #[test]
    fn box_edges_are_drawn_and_its_inside_is_not() {
        let image = gray(640, 480);
        let mut a = answer(Task::Grounding);
        a.boxes = vec![BoundingBox {
            x1: 100.0,
            y1: 120.0,
            x2: 300.0,
            y2: 400.0,
        }];
        let out = annotate(&image, &a, "");
        for (x, y) in [(100, 200), (300, 200), (200, 120), (200, 400)] {
            assert_eq!(*out.get_pixel(x, y), BOX_COLOR, "edge pixel ({x}, {y})");
        }
        assert_eq!(*out.get_pixel(200, 250), Rgb([100, 100, 100]));
    }

    #[test]
    fn trajectory_is_a_polyline_through_its_points() {
        let image = gray(640, 480);
        let mut a = answer(Task::Trajectory);
        a.trajectory = vec![
            Point { x: 100.0, y: 300.0 },
            Point { x: 300.0, y: 300.0 },
            Point { x: 300.0, y: 100.0 },
        ];
        let out = annotate(&image, &a, "");
        assert_eq!(*out.get_pixel(200, 300), TRAJECTORY_COLOR);
        assert_eq!(*out.get_pixel(300, 200), TRAJECTORY_COLOR);
        assert_eq!(*out.get_pixel(200, 200), Rgb([100, 100, 100]));
    }

    #[test]
    fn label_is_written_on_a_band_at_the_top() {
        let image = gray(333, 250);
        let blank = annotate(&image, &answer(Task::General), "");
        let labelled = annotate(&image, &answer(Task::General), "general: a red mug");
        let white = |img: &RgbImage| img.pixels().filter(|p| **p == LABEL_TEXT).count();
        assert_eq!(white(&blank), 0);
        assert!(white(&labelled) > 50, "the text's pixels are drawn");
        // The band darkens the top rows only.
        assert_eq!(*blank.get_pixel(0, 0), Rgb([30, 30, 30]));
        assert_eq!(*blank.get_pixel(0, 100), Rgb([100, 100, 100]));
    }

    #[test]
    fn hostile_geometry_and_tiny_images_never_panic() {
        let mut a = answer(Task::Trajectory);
        a.points = vec![
            Point {
                x: f32::NAN,
                y: 3.0,
            },
            Point { x: -1e9, y: 1e9 },
        ];
        a.trajectory = vec![Point { x: 0.0, y: 0.0 }, Point { x: 0.0, y: 0.0 }];
        a.boxes = vec![BoundingBox {
            x1: 5.0,
            y1: 5.0,
            x2: 5.0,
            y2: 5.0,
        }];
        for (w, h) in [(1, 1), (7, 3), (64, 48)] {
            let out = annotate(&gray(w, h), &a, "a long label that cannot fit é");
            assert_eq!(out.dimensions(), (w, h));
        }
    }

    #[test]
    fn label_names_the_task_and_flags_an_unparsed_answer() {
        let mut a = answer(Task::Pointing);
        a.answer_text = "the cup\nis  here".into();
        assert_eq!(label_for(&a), "pointing: the cup is here");
        a.parse_error = Some("no coordinates".into());
        assert_eq!(label_for(&a), "pointing: (unparsed) the cup is here");
    }
}
