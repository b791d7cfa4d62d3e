// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! Draws an answer's geometry on the image it is about, for people watching in rqt_image_view:
//! points as crosshairs in a ring, boxes as rectangles, a trajectory as a polyline from a start
//! ring to an end arrowhead, and a text label (task and answer) on a dark band at the top.
//!
//! The shapes are imageproc's filled polygons, circles and rectangles (its lines are one pixel
//! wide); the label is DejaVu Sans Bold rasterised by ab_glyph, so any script the font covers
//! is written as such and a character it lacks shows as the font's missing-glyph box.
//!
//! Coordinates are the answer's: ORIGINAL image pixels, pixel (x, y) centred on the point (x, y).
//! Every shape is clipped to a margin around the image before it reaches imageproc (whose
//! integer arithmetic and line walks assume sane coordinates), so hostile coordinates can never
//! panic or stall. Lines scale with the image (2 px at VGA, 5 px at 1080p) so they stay visible
//! once rqt shrinks the frame to its window.

use std::sync::OnceLock;

use ab_glyph::{Font, FontRef, PxScale, ScaleFont};
use image::{Rgb, RgbImage};
use imageproc::drawing::{
    draw_filled_circle_mut, draw_filled_rect_mut, draw_polygon_mut, draw_text_mut,
};
use imageproc::rect::Rect;

use super::{BoundingBox, Point, TaskAnswer};

const POINT_COLOR: Rgb<u8> = Rgb([255, 40, 40]);
const BOX_COLOR: Rgb<u8> = Rgb([40, 255, 40]);
const TRAJECTORY_COLOR: Rgb<u8> = Rgb([255, 200, 0]);
const LABEL_TEXT: Rgb<u8> = Rgb([255, 255, 255]);
/// Height of the label's text in pixels at the smallest scale (images under 480 rows); larger
/// images multiply it, up to 4x (44 px at 1080p).
const TEXT_PX: u32 = 11;
/// Marks the end of a label cut to the image's width.
const ELLIPSIS: char = '\u{2026}';

/// A copy of `image` with `answer` drawn on it and `label` written across the top.
pub fn annotate(image: &RgbImage, answer: &TaskAnswer, label: &str) -> RgbImage {
    let mut canvas = image.clone();
    if canvas.width() == 0 || canvas.height() == 0 {
        return canvas;
    }
    let thickness = line_thickness(&canvas);
    for b in &answer.boxes {
        draw_box(&mut canvas, b, thickness, BOX_COLOR);
    }
    for pair in answer.trajectory.windows(2) {
        draw_segment(&mut canvas, pair[0], pair[1], thickness, TRAJECTORY_COLOR);
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

/// How far outside the image a shape is kept when clipped: wider than any cap, ring or arrowhead
/// stroke, so cutting a shape there never shows inside the image.
fn clip_margin(thickness: u32) -> f64 {
    f64::from(16 * thickness)
}

/// The part of the segment `from`-`to` inside the image widened by `margin` on every side
/// (Liang-Barsky), or None when nothing of it is, or a coordinate is not finite. Computed in f64:
/// f32 extremes (1e38) would overflow to infinity in the differences.
fn clip_segment(image: &RgbImage, from: Point, to: Point, margin: f64) -> Option<(Point, Point)> {
    let (x0, y0) = (f64::from(from.x), f64::from(from.y));
    let (x1, y1) = (f64::from(to.x), f64::from(to.y));
    if ![x0, y0, x1, y1].iter().all(|v| v.is_finite()) {
        return None;
    }
    let (left, top) = (-margin, -margin);
    let right = f64::from(image.width()) - 1.0 + margin;
    let bottom = f64::from(image.height()) - 1.0 + margin;
    let (dx, dy) = (x1 - x0, y1 - y0);
    let (mut enter, mut leave) = (0.0f64, 1.0f64);
    for (p, q) in [
        (-dx, x0 - left),
        (dx, right - x0),
        (-dy, y0 - top),
        (dy, bottom - y0),
    ] {
        if p == 0.0 {
            if q < 0.0 {
                return None;
            }
        } else {
            let t = q / p;
            if p < 0.0 {
                enter = enter.max(t);
            } else {
                leave = leave.min(t);
            }
        }
    }
    if enter > leave {
        return None;
    }
    let at = |t: f64| Point {
        x: (x0 + t * dx) as f32,
        y: (y0 + t * dy) as f32,
    };
    Some((at(enter), at(leave)))
}

/// A point of a clipped shape as imageproc's integer pixel; clipped coordinates are within a
/// few thousand pixels of the image, far inside i32.
fn pixel(p: Point) -> imageproc::point::Point<i32> {
    imageproc::point::Point::new(p.x.round() as i32, p.y.round() as i32)
}

/// A thick segment with round ends: a filled quadrilateral along it and a filled circle at each
/// end, so that consecutive segments of a polyline or a ring join without gaps.
fn draw_segment(image: &mut RgbImage, from: Point, to: Point, thickness: u32, color: Rgb<u8>) {
    let Some((a, b)) = clip_segment(image, from, to, clip_margin(thickness)) else {
        return;
    };
    let half = thickness as f32 / 2.0;
    let (dx, dy) = (b.x - a.x, b.y - a.y);
    let length = (dx * dx + dy * dy).sqrt();
    if length >= 0.5 {
        let (nx, ny) = (-dy / length * half, dx / length * half);
        let corners = [
            pixel(Point {
                x: a.x + nx,
                y: a.y + ny,
            }),
            pixel(Point {
                x: b.x + nx,
                y: b.y + ny,
            }),
            pixel(Point {
                x: b.x - nx,
                y: b.y - ny,
            }),
            pixel(Point {
                x: a.x - nx,
                y: a.y - ny,
            }),
        ];
        draw_polygon_mut(image, &corners, color);
    }
    let radius = (thickness / 2) as i32;
    for end in [a, b] {
        let centre = pixel(end);
        draw_filled_circle_mut(image, (centre.x, centre.y), radius, color);
    }
}

/// A filled rectangle from (x0, y0) to (x1, y1) inclusive, in either order, clipped to the
/// image; callers pass finite corners.
fn fill_rect(image: &mut RgbImage, x0: f32, y0: f32, x1: f32, y1: f32, color: Rgb<u8>) {
    let (w, h) = (image.width() as f32, image.height() as f32);
    let left = x0.min(x1).round().clamp(-1.0, w);
    let right = x0.max(x1).round().clamp(-1.0, w);
    let top = y0.min(y1).round().clamp(-1.0, h);
    let bottom = y0.max(y1).round().clamp(-1.0, h);
    let (width, height) = ((right - left) as u32 + 1, (bottom - top) as u32 + 1);
    // imageproc keeps the part of the rectangle inside the image.
    draw_filled_rect_mut(
        image,
        Rect::at(left as i32, top as i32).of_size(width, height),
        color,
    );
}

/// A box's four edges as filled rectangles centred on its sides: square corners, as a box has.
/// A box with a coordinate that is not finite is left out whole.
fn draw_box(image: &mut RgbImage, b: &BoundingBox, thickness: u32, color: Rgb<u8>) {
    if ![b.x1, b.y1, b.x2, b.y2].iter().all(|v| v.is_finite()) {
        return;
    }
    let half = thickness as f32 / 2.0;
    let (left, right) = (b.x1.min(b.x2), b.x1.max(b.x2));
    let (top, bottom) = (b.y1.min(b.y2), b.y1.max(b.y2));
    let outer = (left - half, top - half, right + half, bottom + half);
    fill_rect(image, outer.0, top - half, outer.2, top + half, color);
    fill_rect(image, outer.0, bottom - half, outer.2, bottom + half, color);
    fill_rect(image, left - half, outer.1, left + half, outer.3, color);
    fill_rect(image, right - half, outer.1, right + half, outer.3, color);
}

/// A ring of `radius` as a closed polyline of thick segments, fine enough (about 3 px a side)
/// to look round at any size drawn here.
fn draw_ring(image: &mut RgbImage, center: Point, radius: u32, thickness: u32, color: Rgb<u8>) {
    let reach = (radius + thickness) as f32;
    let (w, h) = (image.width() as f32, image.height() as f32);
    let visible = center.x.is_finite()
        && center.y.is_finite()
        && center.x > -reach
        && center.y > -reach
        && center.x < w + reach
        && center.y < h + reach;
    if !visible {
        return;
    }
    let r = radius as f32;
    let sides = ((std::f32::consts::TAU * r / 3.0).ceil() as u32).clamp(12, 256);
    let vertex = |i: u32| {
        let angle = i as f32 / sides as f32 * std::f32::consts::TAU;
        Point {
            x: center.x + r * angle.cos(),
            y: center.y + r * angle.sin(),
        }
    };
    for i in 0..sides {
        draw_segment(image, vertex(i), vertex(i + 1), thickness, color);
    }
}

/// A crosshair inside a ring: visible on any background, exact at its centre.
fn draw_marker(image: &mut RgbImage, p: Point, thickness: u32, color: Rgb<u8>) {
    let arm = 5.0 * thickness as f32;
    let (x, y) = (p.x, p.y);
    draw_segment(
        image,
        Point { x: x - arm, y },
        Point { x: x + arm, y },
        thickness,
        color,
    );
    draw_segment(
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
        draw_segment(image, tip, end, thickness, color);
    }
}

/// DejaVu Sans Bold (bold stays legible at the 11 px of small images), parsed once. None only
/// if the embedded font would not parse (then labels are left out, never a panic).
fn label_font() -> Option<&'static FontRef<'static>> {
    static FONT: OnceLock<Option<FontRef<'static>>> = OnceLock::new();
    FONT.get_or_init(|| FontRef::try_from_slice(dejavu::sans::bold()).ok())
        .as_ref()
}

/// The longest start of `text` that fits in `width` pixels at `scale`, ended by an ellipsis when
/// cut. Reads no further than the width allows, so a huge label costs no more than a short one.
fn fit_text(font: &FontRef<'static>, scale: PxScale, text: &str, width: f32) -> String {
    let font = font.as_scaled(scale);
    let ellipsis = font.h_advance(font.glyph_id(ELLIPSIS));
    let mut used = 0.0f32;
    // The end (in bytes) of the longest start that still leaves room for the ellipsis.
    let mut cut = 0;
    for (at, c) in text.char_indices() {
        used += font.h_advance(font.glyph_id(c));
        if used > width {
            let mut fitted = text[..cut].trim_end().to_string();
            fitted.push(ELLIPSIS);
            return fitted;
        }
        if used + ellipsis <= width {
            cut = at + c.len_utf8();
        }
    }
    text.to_string()
}

/// Writes `text` on a dark band across the top, sized so that it is legible at the image's size,
/// cut with an ellipsis when it does not fit.
fn draw_label(image: &mut RgbImage, text: &str) {
    let scale = (image.height() / 240).clamp(1, 4);
    let text_px = TEXT_PX * scale;
    let padding = scale * 2;
    let band = text_px + 2 * padding;
    if image.height() < band || image.width() < text_px + 2 * padding {
        return;
    }
    let width = image.width() as usize;
    // Darken rather than paint over, so what is under the band stays faintly visible.
    for value in image.as_mut().iter_mut().take(band as usize * width * 3) {
        *value = (u32::from(*value) * 3 / 10) as u8;
    }
    let Some(font) = label_font() else {
        return;
    };
    let px = PxScale::from(text_px as f32);
    let fitted = fit_text(font, px, text, (image.width() - 2 * padding) as f32);
    if fitted.is_empty() {
        return;
    }
    draw_text_mut(
        image,
        LABEL_TEXT,
        padding as i32,
        padding as i32,
        px,
        font,
        &fitted,
    );
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

    const GRAY: Rgb<u8> = Rgb([100, 100, 100]);

    fn gray(width: u32, height: u32) -> RgbImage {
        RgbImage::from_pixel(width, height, GRAY)
    }

    /// A pixel of the label's text: white at least 60% over the band's darkened background
    /// (at most 77 in any channel), which nothing else drawn here is.
    fn is_text(p: &Rgb<u8>) -> bool {
        p.0.iter().all(|&c| c >= 160)
    }

    fn text_pixels(image: &RgbImage) -> Vec<(u32, u32)> {
        image
            .enumerate_pixels()
            .filter(|(_, _, p)| is_text(p))
            .map(|(x, y, _)| (x, y))
            .collect()
    }

    #[test]
    fn point_is_marked_at_its_pixel_and_the_rest_stays() {
        let image = gray(333, 250);
        let mut a = answer(Task::Pointing);
        a.points = vec![Point { x: 200.0, y: 150.0 }];
        let out = annotate(&image, &a, "");
        assert_eq!(out.dimensions(), image.dimensions());
        assert_eq!(*out.get_pixel(200, 150), POINT_COLOR);
        // The crosshair's arms (5 x 2 px long) and the ring (radius 8) are drawn...
        for (x, y) in [(208, 150), (192, 150), (200, 158), (200, 142)] {
            assert_eq!(*out.get_pixel(x, y), POINT_COLOR, "marker pixel ({x}, {y})");
        }
        // ...and between the arms, inside the ring, the image shows through.
        assert_eq!(*out.get_pixel(204, 154), GRAY);
        // Far from the marker and below the (empty) label band nothing changes.
        assert_eq!(*out.get_pixel(50, 200), GRAY);
        assert_eq!(*out.get_pixel(300, 240), GRAY);
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
        for (x, y) in [(100, 200), (300, 200), (200, 120), (200, 400), (100, 120)] {
            assert_eq!(*out.get_pixel(x, y), BOX_COLOR, "edge pixel ({x}, {y})");
        }
        assert_eq!(*out.get_pixel(200, 250), GRAY);
        assert_eq!(*out.get_pixel(90, 200), GRAY, "outside the left edge");
        // Thickness 2 at VGA: each edge is 3 px across (the half-thickness either side).
        let across = (95..106)
            .filter(|&x| *out.get_pixel(x, 200) == BOX_COLOR)
            .count();
        assert_eq!(across, 3);
    }

    #[test]
    fn trajectory_is_a_polyline_from_a_ring_to_an_arrowhead() {
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
        assert_eq!(*out.get_pixel(200, 200), GRAY);
        // The start ring (radius 6) around (100, 300): above and below the line.
        assert_eq!(*out.get_pixel(100, 294), TRAJECTORY_COLOR);
        assert_eq!(*out.get_pixel(100, 306), TRAJECTORY_COLOR);
        // The arrowhead at (300, 100) points up: its strokes reach back 12 px at +-30 degrees.
        assert_eq!(*out.get_pixel(294, 110), TRAJECTORY_COLOR);
        assert_eq!(*out.get_pixel(306, 110), TRAJECTORY_COLOR);
        assert_eq!(*out.get_pixel(300, 95), GRAY, "nothing past the tip");
    }

    #[test]
    fn a_diagonal_line_is_continuous_and_as_thick_as_asked() {
        let image = gray(1920, 1080);
        let mut a = answer(Task::Trajectory);
        a.trajectory = vec![Point { x: 200.0, y: 200.0 }, Point { x: 900.0, y: 900.0 }];
        let out = annotate(&image, &a, "");
        // Every row the line crosses holds a run of about the thickness (5 px) times sqrt 2.
        for y in (250..850).step_by(7) {
            let run = (0..1920)
                .filter(|&x| *out.get_pixel(x, y) == TRAJECTORY_COLOR)
                .count();
            assert!((5..=9).contains(&run), "row {y}: {run} px");
        }
    }

    #[test]
    fn label_is_written_legibly_on_a_band_at_the_top() {
        let image = gray(333, 250);
        let blank = annotate(&image, &answer(Task::General), "");
        let labelled = annotate(&image, &answer(Task::General), "general: a red mug");
        assert!(text_pixels(&blank).is_empty());
        // The text's strokes are drawn bright (some in full white, not only antialiased edges),
        // inside the band (15 rows at this size) and nowhere else.
        let text = text_pixels(&labelled);
        assert!(text.len() > 100, "{} text pixels", text.len());
        let full = labelled
            .pixels()
            .filter(|p| p.0.iter().all(|&c| c >= 230))
            .count();
        assert!(full > 20, "{full} pixels of full-strength strokes");
        let band = TEXT_PX + 4;
        let lowest = text.iter().map(|&(_, y)| y).max().unwrap();
        assert!(lowest < band, "text pixel at row {lowest}");
        // The band darkens the top rows only.
        assert_eq!(*blank.get_pixel(0, 0), Rgb([30, 30, 30]));
        assert_eq!(*blank.get_pixel(0, band - 1), Rgb([30, 30, 30]));
        assert_eq!(*blank.get_pixel(0, band), GRAY);
        // Different words give different pixels: glyphs, not blocks.
        let other = annotate(&image, &answer(Task::General), "general: a big box");
        assert_ne!(labelled, other);
    }

    #[test]
    fn label_grows_with_the_image() {
        let height = |img: &RgbImage| {
            let rows: Vec<u32> = text_pixels(img).iter().map(|&(_, y)| y).collect();
            rows.iter().max().unwrap() - rows.iter().min().unwrap()
        };
        let small = annotate(&gray(320, 240), &answer(Task::General), "general: Hy");
        let large = annotate(&gray(1920, 1080), &answer(Task::General), "general: Hy");
        assert!(
            height(&large) >= 3 * height(&small),
            "{} vs {}",
            height(&large),
            height(&small)
        );
    }

    #[test]
    fn a_long_label_is_cut_with_an_ellipsis_inside_the_image() {
        let font = label_font().expect("the embedded font parses");
        let px = PxScale::from(44.0);
        let long = "pointing: ".to_string() + &"the red mug left of the kettle ".repeat(40_000);
        let started = std::time::Instant::now();
        let fitted = fit_text(font, px, &long, 1900.0);
        assert!(fitted.ends_with(ELLIPSIS), "{fitted}");
        assert!(fitted.starts_with("pointing: the red mug"), "{fitted}");
        let (drawn_width, _) = imageproc::drawing::text_size(px, font, &fitted);
        assert!(drawn_width <= 1902, "{drawn_width} px");
        assert_eq!(
            fit_text(font, px, "pointing: here", 1900.0),
            "pointing: here"
        );
        // A 1.2 MB label is measured only as far as the image is wide.
        let out = annotate(&gray(1920, 1080), &answer(Task::Pointing), &long);
        assert!(started.elapsed() < std::time::Duration::from_secs(2));
        assert!(text_pixels(&out).len() > 1000);
        // No text in the right-hand padding (8 px at 1080p).
        assert!(text_pixels(&out).iter().all(|&(x, _)| x < 1912));
    }

    #[test]
    fn non_ascii_text_is_drawn_with_the_fonts_glyphs_and_missing_ones_as_boxes() {
        let font = label_font().unwrap();
        // DejaVu covers Latin, Greek and Cyrillic; not CJK, which falls to the missing-glyph box.
        for c in ['é', 'ß', 'λ', 'Ж', ELLIPSIS] {
            assert_ne!(font.glyph_id(c).0, 0, "{c}");
        }
        assert_eq!(font.glyph_id('杯').0, 0);
        let image = gray(640, 480);
        for label in ["红色的杯子", "café ß λ Ж"] {
            let out = annotate(&image, &answer(Task::General), label);
            assert!(text_pixels(&out).len() > 50, "{label:?}: text drawn");
        }
        // Each missing glyph is drawn (a box), so more of them draw more.
        let one = annotate(&image, &answer(Task::General), "红");
        let four = annotate(&image, &answer(Task::General), "红色杯子");
        assert!(text_pixels(&four).len() > 3 * text_pixels(&one).len());
        // Control and formatting characters: what the font has for them (a box or nothing).
        let controls = annotate(&image, &answer(Task::General), "\u{0}\u{7}\u{202e}\u{feff}");
        assert_eq!(controls.dimensions(), image.dimensions());
    }

    #[test]
    fn hostile_geometry_and_tiny_images_never_panic() {
        let hostile = [
            f32::NAN,
            f32::INFINITY,
            f32::NEG_INFINITY,
            f32::MAX,
            f32::MIN,
            -1e9,
            1e9,
            -0.5,
            3.0,
        ];
        let mut a = answer(Task::Trajectory);
        for &x in &hostile {
            for &y in &hostile {
                a.points.push(Point { x, y });
                a.trajectory.push(Point { x, y });
                a.boxes.push(BoundingBox {
                    x1: x,
                    y1: y,
                    x2: -x,
                    y2: 5.0,
                });
            }
        }
        a.trajectory.push(Point { x: 0.0, y: 0.0 });
        a.trajectory.push(Point { x: 0.0, y: 0.0 });
        let started = std::time::Instant::now();
        for (w, h) in [(1, 1), (7, 3), (64, 48), (1, 400), (400, 1), (0, 0), (0, 5)] {
            for label in [
                "",
                "a long label that cannot fit é 红",
                &"x".repeat(100_000),
            ] {
                let out = annotate(&gray(w, h), &a, label);
                assert_eq!(out.dimensions(), (w, h));
            }
        }
        // Clipping keeps lines to the image's size: no walk along a billion pixels.
        assert!(started.elapsed() < std::time::Duration::from_secs(5));
        // A line from far outside through the image is still drawn where it crosses. (One from
        // 1e30 is not: its crossing is below f64's resolution there.)
        let mut through = answer(Task::Trajectory);
        through.trajectory = vec![Point { x: -1e7, y: 100.0 }, Point { x: 1e7, y: 100.0 }];
        let out = annotate(&gray(640, 480), &through, "");
        assert_eq!(*out.get_pixel(320, 100), TRAJECTORY_COLOR);
        assert_eq!(*out.get_pixel(0, 100), TRAJECTORY_COLOR);
        assert_eq!(*out.get_pixel(639, 100), TRAJECTORY_COLOR);
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
