// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! From the model's coordinate frame back to the camera image.
//!
//! RoboBrain 2.0 answers in absolute pixels of the image it saw, i.e. after smart_resize (the
//! prompt's word "normalized" notwithstanding); RoboBrain 2.5 on a relative 0-1000 grid of the
//! image ([`CoordinateFrame`]). The way back is the per-axis ratio `original / model frame`
//! (resized pixels, or the grid's 1000 steps), the same plain scaling with which boxes are
//! scaled into the model's frame for training (no half-pixel offset).
//!
//! Clamping: results are pixel addresses, clamped to `[0, width - 1] x [0, height - 1]`, so
//! every returned point (and every box corner) names a pixel that exists and can be drawn or
//! looked up without further checks. A box is clamped corner by corner, so its right/bottom edges
//! are inclusive pixel indices. A coordinate is reported as out of the image only when it lies
//! beyond the image's edges, outside `[0, width] x [0, height]`; a box reaching exactly the
//! right edge (`x2 = width`) is a normal answer, merely clamped onto the last pixel.

use super::parse::RawBox;
use crate::models::CoordinateFrame;
pub use crate::preprocess::{InvalidResize, ResizeInfo};

/// What a query's coordinates refer to: the image sizes and the frame the model answers in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AnswerFrame {
    pub resize: ResizeInfo,
    pub coordinates: CoordinateFrame,
}

impl AnswerFrame {
    pub fn new(resize: ResizeInfo, coordinates: CoordinateFrame) -> Self {
        Self {
            resize,
            coordinates,
        }
    }

    /// Pixels of the resized image.
    pub fn pixels(resize: ResizeInfo) -> Self {
        Self::new(resize, CoordinateFrame::ResizedPixels)
    }

    /// The scaling from the model's frame to the original image, as a resize.
    fn scaling(&self) -> ResizeInfo {
        match self.coordinates {
            CoordinateFrame::ResizedPixels => self.resize,
            CoordinateFrame::Relative { scale } => ResizeInfo::new(
                self.resize.original_width,
                self.resize.original_height,
                scale,
                scale,
            ),
        }
    }

    /// Every size the mapping needs must be positive.
    pub fn validate(&self) -> Result<(), InvalidResize> {
        self.scaling().validate()
    }

    /// Maps one point of the model's frame. Call [`AnswerFrame::validate`] first.
    pub fn map_point(&self, x: f64, y: f64) -> Mapped<Point> {
        self.scaling().map_point(x, y)
    }

    /// Maps one box of the model's frame (already normalised) corner by corner.
    pub fn map_box(&self, raw: RawBox) -> Mapped<BoundingBox> {
        self.scaling().map_box(raw)
    }
}

/// A point in original image pixels.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Point {
    pub x: f32,
    pub y: f32,
}

/// A box in original image pixels, `x1 <= x2`, `y1 <= y2`, corners inclusive.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BoundingBox {
    pub x1: f32,
    pub y1: f32,
    pub x2: f32,
    pub y2: f32,
}

/// A mapped item and whether the model put any of its coordinates beyond the image's edges.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Mapped<T> {
    pub value: T,
    pub out_of_image: bool,
}

impl ResizeInfo {
    /// Maps one model-frame point. Call [`ResizeInfo::validate`] first: zero sizes give NaN.
    pub fn map_point(&self, x: f64, y: f64) -> Mapped<Point> {
        let (x, x_out) = map_axis(x, self.original_width, self.resized_width);
        let (y, y_out) = map_axis(y, self.original_height, self.resized_height);
        Mapped {
            value: Point { x, y },
            out_of_image: x_out || y_out,
        }
    }

    /// Maps one model-frame box (already normalised) corner by corner.
    pub fn map_box(&self, raw: RawBox) -> Mapped<BoundingBox> {
        let top_left = self.map_point(raw.x1, raw.y1);
        let bottom_right = self.map_point(raw.x2, raw.y2);
        Mapped {
            value: BoundingBox {
                x1: top_left.value.x,
                y1: top_left.value.y,
                x2: bottom_right.value.x,
                y2: bottom_right.value.y,
            },
            out_of_image: top_left.out_of_image || bottom_right.out_of_image,
        }
    }
}

/// Scales one coordinate by `original / resized` and clamps it to the pixel range; also says
/// whether it lay beyond the image's edges.
fn map_axis(coordinate: f64, original: u32, resized: u32) -> (f32, bool) {
    let original = f64::from(original);
    // Multiply before dividing: exact for the integer coordinates models mostly write.
    let scaled = coordinate * original / f64::from(resized);
    let out_of_image = !(0.0..=original).contains(&scaled);
    (scaled.clamp(0.0, original - 1.0) as f32, out_of_image)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 641x479 is not a multiple of 28 on either axis; smart_resize gives 644x476 (wider, less
    /// tall), so the two axes scale in opposite directions.
    fn camera() -> ResizeInfo {
        ResizeInfo::new(641, 479, 644, 476)
    }

    fn point(x: f64, y: f64) -> (f32, f32, bool) {
        let mapped = camera().map_point(x, y);
        (mapped.value.x, mapped.value.y, mapped.out_of_image)
    }

    #[test]
    fn points_scale_per_axis() {
        assert_eq!(point(0.0, 0.0), (0.0, 0.0, false));
        // 322 * 641 / 644 = 320.5 and 238 * 479 / 476 = 239.5: the centres map to the centres.
        assert_eq!(point(322.0, 238.0), (320.5, 239.5, false));
        let (x, y, out) = point(100.0, 100.0);
        assert!(
            (x - 99.534_16).abs() < 1e-4 && (y - 100.630_25).abs() < 1e-4 && !out,
            "{x} {y}"
        );
        let (x, y, _) = point(12.5, 400.25);
        assert!((x - (12.5 * 641.0 / 644.0) as f32).abs() < 1e-5, "{x}");
        assert!((y - (400.25 * 479.0 / 476.0) as f32).abs() < 1e-4, "{y}");
    }

    #[test]
    fn points_clamp_to_the_last_pixel() {
        // The far edges of the model frame land on the far edges of the image, then on the last
        // pixel; that is not "out of the image".
        assert_eq!(point(644.0, 476.0), (640.0, 478.0, false));
        assert_eq!(point(643.5, 475.9), (640.0, 478.0, false));
        // Beyond the edges: clamped and reported.
        assert_eq!(point(-10.0, 500.0), (0.0, 478.0, true));
        assert_eq!(point(5000.0, -0.5), (640.0, 0.0, true));
        assert!(point(645.0, 10.0).2);
    }

    #[test]
    fn boxes_map_corner_by_corner() {
        let mapped = camera().map_box(RawBox {
            x1: 322.0,
            y1: 0.0,
            x2: 644.0,
            y2: 238.0,
        });
        assert_eq!(
            mapped.value,
            BoundingBox {
                x1: 320.5,
                y1: 0.0,
                x2: 640.0,
                y2: 239.5
            }
        );
        assert!(!mapped.out_of_image);
        let mapped = camera().map_box(RawBox {
            x1: -5.0,
            y1: 10.0,
            x2: 9999.0,
            y2: 476.0,
        });
        assert_eq!(mapped.value.x1, 0.0);
        assert_eq!(mapped.value.x2, 640.0);
        assert_eq!(mapped.value.y2, 478.0);
        assert!(mapped.out_of_image);
    }

    #[test]
    fn identity_and_validation() {
        let same = ResizeInfo::identity(644, 476);
        assert_eq!(
            same.map_point(17.25, 300.0).value,
            Point { x: 17.25, y: 300.0 }
        );
        assert!(same.validate().is_ok());
        let err = ResizeInfo::new(640, 0, 644, 476).validate().unwrap_err();
        assert!(err.to_string().contains("640x0"), "{err}");
        assert!(ResizeInfo::default().validate().is_err());
    }

    #[test]
    fn a_relative_grid_maps_by_the_original_size() {
        // RoboBrain 2.5: x / 1000 * width, whatever size the model saw.
        let frame = AnswerFrame::new(
            ResizeInfo::new(640, 480, 640, 480),
            CoordinateFrame::Relative { scale: 1000 },
        );
        let p = frame.map_point(500.0, 250.0);
        assert_eq!(
            (p.value.x, p.value.y, p.out_of_image),
            (320.0, 120.0, false)
        );
        let edge = frame.map_point(1000.0, 1000.0);
        assert_eq!(
            (edge.value.x, edge.value.y, edge.out_of_image),
            (639.0, 479.0, false)
        );
        let beyond = frame.map_point(1001.0, -1.0);
        assert_eq!(
            (beyond.value.x, beyond.value.y, beyond.out_of_image),
            (639.0, 0.0, true)
        );
        let b = frame.map_box(RawBox {
            x1: 100.0,
            y1: 200.0,
            x2: 300.0,
            y2: 400.0,
        });
        assert_eq!(
            b.value,
            BoundingBox {
                x1: 64.0,
                y1: 96.0,
                x2: 192.0,
                y2: 192.0
            }
        );
        assert!(AnswerFrame::new(
            ResizeInfo::default(),
            CoordinateFrame::Relative { scale: 1000 }
        )
        .validate()
        .is_err());
    }
}
