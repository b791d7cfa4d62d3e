// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! Camera geometry: from image pixels to 3-D points in the camera's optical frame (REP 103/105: x right, y down,
//! z forward, metres), with the pinhole model of a `sensor_msgs/CameraInfo` and an aligned depth
//! image. Pure functions over plain values, so the node and the tests share them.
//!
//! - [`PinholeCamera`]: `K` and, when `D` is not all zero, `plumb_bob` or `rational_polynomial`
//!   distortion, undone iteratively as OpenCV's `undistortPoints` does; other models are refused.
//! - [`DepthLookup`]: the depth under a pixel as the median of the valid readings in a small
//!   window (holes, 0 and NaN ignored), also when the depth image is an integer fraction of the
//!   colour image's size.
//! - [`box_extent`]: a box's 3-D centre and size from the depths inside it, robustly.
//! - [`nearest_by_stamp`]: which depth frame goes with a colour frame.
//! - [`locate`]: all of an answer's geometry in 3-D, entry by entry, each with its own reason
//!   when it has none.

use crate::preprocess::depth::DepthImage;

use crate::tasks::{BoundingBox, Point, TaskAnswer};

/// A point in the camera's optical frame, metres.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct Point3 {
    pub x: f64,
    pub y: f64,
    pub z: f64,
}

/// Lens distortion of a CameraInfo (`distortion_model`, `D`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Distortion {
    None,
    /// k1, k2, p1, p2, k3 (`plumb_bob`).
    PlumbBob([f64; 5]),
    /// k1, k2, p1, p2, k3, k4, k5, k6 (`rational_polynomial`).
    RationalPolynomial([f64; 8]),
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum CameraError {
    #[error(
        "camera info has no usable intrinsics (fx {fx}, fy {fy}): the camera is not calibrated"
    )]
    Uncalibrated { fx: f64, fy: f64 },
    #[error("distortion model '{0}' is not supported (supported: plumb_bob, rational_polynomial, or all-zero D); rectify the image and use its camera info")]
    UnsupportedDistortion(String),
    #[error("distortion model '{model}' needs {needed} coefficients in D, got {got}")]
    ShortDistortion {
        model: String,
        needed: usize,
        got: usize,
    },
    #[error("camera info is for {info_width}x{info_height} images but the colour image is {width}x{height}")]
    SizeMismatch {
        info_width: u32,
        info_height: u32,
        width: u32,
        height: u32,
    },
}

/// The pinhole model of one camera.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PinholeCamera {
    pub width: u32,
    pub height: u32,
    pub fx: f64,
    pub fy: f64,
    pub cx: f64,
    pub cy: f64,
    pub distortion: Distortion,
}

impl PinholeCamera {
    /// From a CameraInfo's fields: `k` row-major 3x3, `d` as the model orders it.
    pub fn from_camera_info(
        width: u32,
        height: u32,
        k: &[f64; 9],
        distortion_model: &str,
        d: &[f64],
    ) -> Result<Self, CameraError> {
        let (fx, fy, cx, cy) = (k[0], k[4], k[2], k[5]);
        if !(fx.is_finite() && fy.is_finite() && fx > 0.0 && fy > 0.0) {
            return Err(CameraError::Uncalibrated { fx, fy });
        }
        let coefficients = |needed: usize| -> Result<Vec<f64>, CameraError> {
            if d.len() < needed {
                return Err(CameraError::ShortDistortion {
                    model: distortion_model.to_string(),
                    needed,
                    got: d.len(),
                });
            }
            Ok(d[..needed].to_vec())
        };
        let distortion = if d.iter().all(|&c| c == 0.0) {
            Distortion::None
        } else {
            match distortion_model {
                "plumb_bob" => Distortion::PlumbBob(coefficients(5)?.try_into().expect("five")),
                "rational_polynomial" => {
                    Distortion::RationalPolynomial(coefficients(8)?.try_into().expect("eight"))
                }
                other => return Err(CameraError::UnsupportedDistortion(other.to_string())),
            }
        };
        Ok(Self {
            width,
            height,
            fx,
            fy,
            cx,
            cy,
            distortion,
        })
    }

    /// Refuses a colour image of another size than the calibration's.
    pub fn check_image_size(&self, width: u32, height: u32) -> Result<(), CameraError> {
        if (width, height) == (self.width, self.height) {
            Ok(())
        } else {
            Err(CameraError::SizeMismatch {
                info_width: self.width,
                info_height: self.height,
                width,
                height,
            })
        }
    }

    /// The normalized, undistorted ray (x/z, y/z) through pixel (u, v).
    pub fn ray(&self, u: f64, v: f64) -> (f64, f64) {
        let (xd, yd) = ((u - self.cx) / self.fx, (v - self.cy) / self.fy);
        match self.distortion {
            Distortion::None => (xd, yd),
            Distortion::PlumbBob([k1, k2, p1, p2, k3]) => {
                undistort(xd, yd, [k1, k2, k3, 0.0, 0.0, 0.0], p1, p2)
            }
            Distortion::RationalPolynomial([k1, k2, p1, p2, k3, k4, k5, k6]) => {
                undistort(xd, yd, [k1, k2, k3, k4, k5, k6], p1, p2)
            }
        }
    }

    /// The pixel a 3-D point of the optical frame images to (in front of the camera).
    pub fn project(&self, p: Point3) -> (f64, f64) {
        let (x, y) = (p.x / p.z, p.y / p.z);
        let (xd, yd) = match self.distortion {
            Distortion::None => (x, y),
            Distortion::PlumbBob([k1, k2, p1, p2, k3]) => {
                distort(x, y, [k1, k2, k3, 0.0, 0.0, 0.0], p1, p2)
            }
            Distortion::RationalPolynomial([k1, k2, p1, p2, k3, k4, k5, k6]) => {
                distort(x, y, [k1, k2, k3, k4, k5, k6], p1, p2)
            }
        };
        (self.cx + self.fx * xd, self.cy + self.fy * yd)
    }

    /// The 3-D point at depth `z` (metres along the optical axis) under pixel (u, v).
    pub fn deproject(&self, u: f64, v: f64, z: f64) -> Point3 {
        let (x, y) = self.ray(u, v);
        Point3 {
            x: x * z,
            y: y * z,
            z,
        }
    }
}

/// The distortion of a normalized point (the forward model), k = [k1, k2, k3, k4, k5, k6].
fn distort(x: f64, y: f64, k: [f64; 6], p1: f64, p2: f64) -> (f64, f64) {
    let r2 = x * x + y * y;
    let radial = (1.0 + k[0] * r2 + k[1] * r2 * r2 + k[2] * r2 * r2 * r2)
        / (1.0 + k[3] * r2 + k[4] * r2 * r2 + k[5] * r2 * r2 * r2);
    (
        x * radial + 2.0 * p1 * x * y + p2 * (r2 + 2.0 * x * x),
        y * radial + p1 * (r2 + 2.0 * y * y) + 2.0 * p2 * x * y,
    )
}

/// Inverts [`distort`] by fixed-point iteration, as OpenCV's undistortPoints; 20 rounds leave
/// under 1e-9 of error for the distortions of real lenses (tested below).
fn undistort(xd: f64, yd: f64, k: [f64; 6], p1: f64, p2: f64) -> (f64, f64) {
    let (mut x, mut y) = (xd, yd);
    for _ in 0..20 {
        let r2 = x * x + y * y;
        let inverse_radial = (1.0 + k[3] * r2 + k[4] * r2 * r2 + k[5] * r2 * r2 * r2)
            / (1.0 + k[0] * r2 + k[1] * r2 * r2 + k[2] * r2 * r2 * r2);
        let dx = 2.0 * p1 * x * y + p2 * (r2 + 2.0 * x * x);
        let dy = p1 * (r2 + 2.0 * y * y) + 2.0 * p2 * x * y;
        x = (xd - dx) * inverse_radial;
        y = (yd - dy) * inverse_radial;
    }
    (x, y)
}

/// Why a point has no 3-D position.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum NoDepth {
    #[error("the point ({u:.1}, {v:.1}) is outside the depth image")]
    OutsideImage { u: f64, v: f64 },
    #[error("no valid depth within {window}x{window} pixels of ({u:.1}, {v:.1}) (holes, or readings outside {min_m}-{max_m} m)")]
    NoValidReading {
        u: f64,
        v: f64,
        window: u32,
        min_m: f32,
        max_m: f32,
    },
    #[error("the model gave no usable depth for ({u:.1}, {v:.1}) ({depth} m)")]
    NotPredicted { u: f64, v: f64, depth: f32 },
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("the depth image is {depth_width}x{depth_height} and the colour image {width}x{height}: depth must be aligned to colour, at its size or an integer fraction of it")]
pub struct DepthSizeMismatch {
    pub depth_width: u32,
    pub depth_height: u32,
    pub width: u32,
    pub height: u32,
}

/// Reads depths under colour-image pixels.
#[derive(Debug, Clone, Copy)]
pub struct DepthLookup<'a> {
    depth: &'a DepthImage,
    /// Colour pixels per depth pixel (1, or the integer factor of a downscaled depth image).
    scale: u32,
    /// Side of the square window the median is taken over (odd).
    window: u32,
    min_m: f32,
    max_m: f32,
}

impl<'a> DepthLookup<'a> {
    /// For a colour image of `width` x `height`; `window` is made odd; readings outside
    /// `[min_m, max_m]` are ignored.
    pub fn new(
        depth: &'a DepthImage,
        width: u32,
        height: u32,
        window: u32,
        min_m: f32,
        max_m: f32,
    ) -> Result<Self, DepthSizeMismatch> {
        let mismatch = DepthSizeMismatch {
            depth_width: depth.width,
            depth_height: depth.height,
            width,
            height,
        };
        if depth.width == 0 || depth.height == 0 || !width.is_multiple_of(depth.width) {
            return Err(mismatch);
        }
        let scale = width / depth.width;
        if scale == 0 || height != depth.height * scale {
            return Err(mismatch);
        }
        Ok(Self {
            depth,
            scale,
            window: window.max(1) | 1,
            min_m,
            max_m,
        })
    }

    /// The median of the valid readings in the window around colour pixel (u, v).
    pub fn depth_at(&self, u: f64, v: f64) -> Result<f32, NoDepth> {
        let s = self.scale as f64;
        let (du, dv) = ((u / s).floor(), (v / s).floor());
        if !(du >= 0.0
            && dv >= 0.0
            && du < self.depth.width as f64
            && dv < self.depth.height as f64)
        {
            return Err(NoDepth::OutsideImage { u, v });
        }
        let half = (self.window / 2) as i64;
        let (cx, cy) = (du as i64, dv as i64);
        let mut readings: Vec<f32> = (cy - half..=cy + half)
            .flat_map(|y| (cx - half..=cx + half).map(move |x| (x, y)))
            .filter(|&(x, y)| x >= 0 && y >= 0)
            .filter_map(|(x, y)| self.depth.at(x as u32, y as u32))
            .filter(|d| (self.min_m..=self.max_m).contains(d))
            .collect();
        median(&mut readings).ok_or(NoDepth::NoValidReading {
            u,
            v,
            window: self.window,
            min_m: self.min_m,
            max_m: self.max_m,
        })
    }

    /// Every valid reading inside a colour-pixel box (inclusive corners).
    fn readings_in(&self, b: &BoundingBox) -> Vec<f32> {
        let s = self.scale as f64;
        let clamp_x = |x: f32| ((x as f64 / s).floor().max(0.0) as u32).min(self.depth.width - 1);
        let clamp_y = |y: f32| ((y as f64 / s).floor().max(0.0) as u32).min(self.depth.height - 1);
        let (x1, x2, y1, y2) = (clamp_x(b.x1), clamp_x(b.x2), clamp_y(b.y1), clamp_y(b.y2));
        (y1..=y2)
            .flat_map(|y| (x1..=x2).map(move |x| (x, y)))
            .filter_map(|(x, y)| self.depth.at(x, y))
            .filter(|d| (self.min_m..=self.max_m).contains(d))
            .collect()
    }
}

/// The median (mean of the middle two for an even count); None when empty.
fn median(values: &mut [f32]) -> Option<f32> {
    if values.is_empty() {
        return None;
    }
    values.sort_unstable_by(f32::total_cmp);
    let n = values.len();
    Some(if n % 2 == 1 {
        values[n / 2]
    } else {
        (values[n / 2 - 1] + values[n / 2]) / 2.0
    })
}

/// A box's 3-D centre and axis-aligned size in the optical frame.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct BoxExtent {
    pub center: Point3,
    pub size: Point3,
}

/// The box's extent from the depths inside it: depth from the 10th to the 90th percentile of the
/// valid readings (the box also holds background and edge noise), width and height from its
/// corners at the median depth.
pub fn box_extent(
    camera: &PinholeCamera,
    lookup: &DepthLookup,
    b: &BoundingBox,
) -> Result<BoxExtent, NoDepth> {
    let mut readings = lookup.readings_in(b);
    let (u, v) = (((b.x1 + b.x2) / 2.0) as f64, ((b.y1 + b.y2) / 2.0) as f64);
    if readings.is_empty() {
        return Err(NoDepth::NoValidReading {
            u,
            v,
            window: (b.x2 - b.x1).max(b.y2 - b.y1).ceil() as u32,
            min_m: lookup.min_m,
            max_m: lookup.max_m,
        });
    }
    readings.sort_unstable_by(f32::total_cmp);
    let at = |q: f64| readings[((readings.len() - 1) as f64 * q).round() as usize] as f64;
    let (near, middle, far) = (at(0.1), at(0.5), at(0.9));
    let top_left = camera.deproject(b.x1 as f64, b.y1 as f64, middle);
    let bottom_right = camera.deproject(b.x2 as f64, b.y2 as f64, middle);
    let centre = camera.deproject(u, v, (near + far) / 2.0);
    Ok(BoxExtent {
        center: centre,
        size: Point3 {
            x: (bottom_right.x - top_left.x).abs(),
            y: (bottom_right.y - top_left.y).abs(),
            z: far - near,
        },
    })
}

/// The 3-D point under an answer's pixel, or why there is none.
pub fn point_3d(
    camera: &PinholeCamera,
    lookup: &DepthLookup,
    p: &Point,
) -> Result<Point3, NoDepth> {
    let (u, v) = (p.x as f64, p.y as f64);
    let z = lookup.depth_at(u, v)?;
    Ok(camera.deproject(u, v, z as f64))
}

/// Points at depths a model predicted (RoboBrain 2.5's trajectory `(x, y, d)`: d in metres
/// along the optical axis), deprojected with the intrinsics alone; a depth that is not a
/// positive finite number gives no point.
pub fn at_predicted_depth(
    camera: &PinholeCamera,
    points: &[Point],
    depths: &[f32],
) -> Vec<Result<Point3, NoDepth>> {
    points
        .iter()
        .zip(depths)
        .map(|(p, &d)| {
            let (u, v) = (p.x as f64, p.y as f64);
            if d.is_finite() && d > 0.0 {
                Ok(camera.deproject(u, v, d as f64))
            } else {
                Err(NoDepth::NotPredicted { u, v, depth: d })
            }
        })
        .collect()
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum PairError {
    #[error("no depth frame received yet")]
    NoDepth,
    #[error("the nearest depth frame (stamp {nearest_ns} ns) is {gap_ms:.1} ms from the colour frame (stamp {color_ns} ns), more than the {tolerance_ms:.1} ms allowed")]
    TooFar {
        color_ns: i64,
        nearest_ns: i64,
        gap_ms: f64,
        tolerance_ms: f64,
    },
}

/// The index of the depth stamp nearest to the colour stamp, within `tolerance_ns`.
pub fn nearest_by_stamp(
    color_ns: i64,
    depth_ns: &[i64],
    tolerance_ns: i64,
) -> Result<usize, PairError> {
    let (index, &nearest_ns) = depth_ns
        .iter()
        .enumerate()
        .min_by_key(|(_, &s)| (s - color_ns).unsigned_abs())
        .ok_or(PairError::NoDepth)?;
    let gap = (nearest_ns - color_ns).unsigned_abs();
    if gap > tolerance_ns.unsigned_abs() {
        return Err(PairError::TooFar {
            color_ns,
            nearest_ns,
            gap_ms: gap as f64 / 1e6,
            tolerance_ms: tolerance_ns as f64 / 1e6,
        });
    }
    Ok(index)
}

/// How depth is read under an answer's pixels (the node's parameters).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DepthSettings {
    /// Side of the median window, depth pixels (made odd).
    pub window: u32,
    /// Readings outside `[min_m, max_m]` are ignored (sensor noise, the far wall).
    pub min_m: f32,
    pub max_m: f32,
}

/// A box in 3-D: its centre pixel at the depth under it, and its extent.
#[derive(Debug, Clone, PartialEq)]
pub struct LocatedBox {
    pub center: Result<Point3, NoDepth>,
    pub extent: Result<BoxExtent, NoDepth>,
}

/// An answer's geometry in 3-D: one entry per 2-D point, box and trajectory point, in order.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Located {
    pub points: Vec<Result<Point3, NoDepth>>,
    pub boxes: Vec<LocatedBox>,
    pub trajectory: Vec<Result<Point3, NoDepth>>,
}

/// Why a whole answer has no 3-D (each entry's own reasons are in [`Located`]).
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum SpatialError {
    #[error(transparent)]
    Camera(#[from] CameraError),
    #[error(transparent)]
    DepthSize(#[from] DepthSizeMismatch),
}

/// The answer's points, boxes and trajectory in the camera's optical frame, for a colour image of
/// `width` x `height` with its CameraInfo `camera` and its aligned `depth`. Fails as a whole only
/// when the sizes do not fit together; a point without depth fails alone.
pub fn locate(
    answer: &TaskAnswer,
    camera: &PinholeCamera,
    depth: &DepthImage,
    width: u32,
    height: u32,
    settings: DepthSettings,
) -> Result<Located, SpatialError> {
    camera.check_image_size(width, height)?;
    let lookup = DepthLookup::new(
        depth,
        width,
        height,
        settings.window,
        settings.min_m,
        settings.max_m,
    )?;
    let point = |p: &Point| point_3d(camera, &lookup, p);
    Ok(Located {
        points: answer.points.iter().map(point).collect(),
        boxes: answer
            .boxes
            .iter()
            .map(|b| LocatedBox {
                center: point(&Point {
                    x: (b.x1 + b.x2) / 2.0,
                    y: (b.y1 + b.y2) / 2.0,
                }),
                extent: box_extent(camera, &lookup, b),
            })
            .collect(),
        trajectory: answer.trajectory.iter().map(point).collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn camera(fx: f64, fy: f64, cx: f64, cy: f64) -> PinholeCamera {
        PinholeCamera::from_camera_info(
            640,
            480,
            &[fx, 0.0, cx, 0.0, fy, cy, 0.0, 0.0, 1.0],
            "plumb_bob",
            &[0.0; 5],
        )
        .unwrap()
    }

    fn flat(width: u32, height: u32, metres: f32) -> DepthImage {
        DepthImage {
            width,
            height,
            metres: vec![metres; (width * height) as usize],
        }
    }

    fn close(a: Point3, b: Point3) {
        let d = ((a.x - b.x).powi(2) + (a.y - b.y).powi(2) + (a.z - b.z).powi(2)).sqrt();
        assert!(d < 1e-9, "{a:?} vs {b:?}");
    }

    #[test]
    fn deprojection_by_hand() {
        // Non-square pixels and an off-centre principal point.
        let cam = camera(500.0, 400.0, 330.0, 250.0);
        close(
            cam.deproject(330.0, 250.0, 2.0),
            Point3 {
                x: 0.0,
                y: 0.0,
                z: 2.0,
            },
        );
        // The top-left corner: x = (0 - 330) / 500 * 2, y = (0 - 250) / 400 * 2.
        close(
            cam.deproject(0.0, 0.0, 2.0),
            Point3 {
                x: -1.32,
                y: -1.25,
                z: 2.0,
            },
        );
        // The bottom-right corner.
        close(
            cam.deproject(639.0, 479.0, 1.0),
            Point3 {
                x: 309.0 / 500.0,
                y: 229.0 / 400.0,
                z: 1.0,
            },
        );
    }

    #[test]
    fn distortion_is_undone_and_unknown_models_refused() {
        let k = [600.0, 0.0, 320.0, 0.0, 600.0, 240.0, 0.0, 0.0, 1.0];
        let d = [-0.28, 0.07, 0.001, -0.0005, 0.0];
        let cam = PinholeCamera::from_camera_info(640, 480, &k, "plumb_bob", &d).unwrap();
        // A point's distorted pixel deprojects back onto its ray.
        let (x, y) = (0.31, -0.22);
        let (xd, yd) = distort(x, y, [d[0], d[1], d[4], 0.0, 0.0, 0.0], d[2], d[3]);
        let (rx, ry) = cam.ray(320.0 + 600.0 * xd, 240.0 + 600.0 * yd);
        assert!(
            (rx - x).abs() < 1e-9 && (ry - y).abs() < 1e-9,
            "({rx}, {ry})"
        );
        let rational = [0.1, -0.05, 0.0005, 0.0002, 0.01, 0.05, -0.02, 0.005];
        let cam = PinholeCamera::from_camera_info(640, 480, &k, "rational_polynomial", &rational)
            .unwrap();
        let (xd, yd) = distort(x, y, [0.1, -0.05, 0.01, 0.05, -0.02, 0.005], 0.0005, 0.0002);
        let (rx, ry) = cam.ray(320.0 + 600.0 * xd, 240.0 + 600.0 * yd);
        assert!(
            (rx - x).abs() < 1e-9 && (ry - y).abs() < 1e-9,
            "({rx}, {ry})"
        );
        // All-zero D is no distortion whatever the model's name.
        let cam = PinholeCamera::from_camera_info(640, 480, &k, "equidistant", &[0.0; 4]).unwrap();
        assert_eq!(cam.distortion, Distortion::None);
        let err =
            PinholeCamera::from_camera_info(640, 480, &k, "equidistant", &[0.1, 0.0, 0.0, 0.0]);
        assert!(matches!(err, Err(CameraError::UnsupportedDistortion(m)) if m == "equidistant"));
        let err = PinholeCamera::from_camera_info(640, 480, &k, "plumb_bob", &[0.1, 0.2]);
        assert!(err
            .unwrap_err()
            .to_string()
            .contains("needs 5 coefficients in D, got 2"));
        // Projection inverts deprojection, distortion included.
        let p = cam_rational_roundtrip(&k, &rational);
        assert!(p < 1e-9, "round trip error {p} px");
        let uncalibrated = PinholeCamera::from_camera_info(640, 480, &[0.0; 9], "", &[]);
        assert!(uncalibrated
            .unwrap_err()
            .to_string()
            .contains("not calibrated"));
        assert!(cam
            .check_image_size(1280, 720)
            .unwrap_err()
            .to_string()
            .contains("640x480"));
    }

    fn cam_rational_roundtrip(k: &[f64; 9], d: &[f64]) -> f64 {
        let cam = PinholeCamera::from_camera_info(640, 480, k, "rational_polynomial", d).unwrap();
        let (u, v) = (101.5, 377.25);
        let (pu, pv) = cam.project(cam.deproject(u, v, 1.7));
        (pu - u).abs().max((pv - v).abs())
    }

    #[test]
    fn depth_window_takes_the_median_of_valid_readings() {
        let mut depth = flat(5, 5, 0.0);
        // Around (2, 2): readings 1.0, 1.1, 1.2 and a far outlier 9.0; the rest are holes.
        for (i, m) in [(7, 1.0), (11, 1.1), (12, 1.2), (13, 9.0), (17, f32::NAN)] {
            depth.metres[i] = m;
        }
        let lookup = DepthLookup::new(&depth, 5, 5, 3, 0.1, 5.0).unwrap();
        // 9.0 is beyond max_m; median of 1.0, 1.1, 1.2.
        assert_eq!(lookup.depth_at(2.4, 2.6), Ok(1.1));
        let wide = DepthLookup::new(&depth, 5, 5, 3, 0.1, 10.0).unwrap();
        assert_eq!(wide.depth_at(2.0, 2.0), Ok((1.1 + 1.2) / 2.0));
        assert!(matches!(
            lookup.depth_at(0.0, 4.0),
            Err(NoDepth::NoValidReading { .. })
        ));
        assert!(matches!(
            lookup.depth_at(5.0, 1.0),
            Err(NoDepth::OutsideImage { .. })
        ));
        assert!(matches!(
            lookup.depth_at(-0.5, 1.0),
            Err(NoDepth::OutsideImage { .. })
        ));
    }

    #[test]
    fn a_depth_image_at_an_integer_fraction_of_the_colour_size_is_scaled() {
        let mut depth = flat(4, 3, 2.0);
        depth.metres[4 + 3] = 0.5; // depth pixel (3, 1)
        let lookup = DepthLookup::new(&depth, 8, 6, 1, 0.1, 10.0).unwrap();
        assert_eq!(
            lookup.depth_at(7.5, 3.9),
            Ok(0.5),
            "colour (7.5, 3.9) is depth (3, 1)"
        );
        assert_eq!(lookup.depth_at(5.0, 3.0), Ok(2.0));
        let err = DepthLookup::new(&depth, 8, 7, 1, 0.1, 10.0).unwrap_err();
        assert!(err.to_string().contains("4x3") && err.to_string().contains("8x7"));
        assert!(DepthLookup::new(&depth, 6, 3, 1, 0.1, 10.0).is_err());
    }

    #[test]
    fn a_box_on_a_table_has_the_extent_of_the_object() {
        // A 0.3 m deep box whose top is 0.7 m from the camera on a table at 1.0 m: the box's
        // pixels read 0.7 (top face), a border of table pixels 1.0.
        let cam = camera(100.0, 100.0, 50.0, 50.0);
        let mut depth = flat(100, 100, 1.0);
        for y in 40..60 {
            for x in 30..70 {
                depth.metres[y * 100 + x] = 0.7;
            }
        }
        let lookup = DepthLookup::new(&depth, 100, 100, 5, 0.1, 5.0).unwrap();
        let b = BoundingBox {
            x1: 30.0,
            y1: 40.0,
            x2: 69.0,
            y2: 59.0,
        };
        let extent = box_extent(&cam, &lookup, &b).unwrap();
        assert!((extent.center.z - 0.7).abs() < 1e-6, "{extent:?}");
        assert!(
            (extent.size.x - 39.0 / 100.0 * 0.7).abs() < 1e-6,
            "{extent:?}"
        );
        assert!(
            (extent.size.y - 19.0 / 100.0 * 0.7).abs() < 1e-6,
            "{extent:?}"
        );
        // The box with table around it: the percentiles see both surfaces.
        let wider = BoundingBox {
            x1: 20.0,
            y1: 30.0,
            x2: 79.0,
            y2: 69.0,
        };
        let extent = box_extent(&cam, &lookup, &wider).unwrap();
        assert!((extent.size.z - 0.3).abs() < 1e-6, "{extent:?}");
        let p = point_3d(&cam, &lookup, &Point { x: 50.0, y: 50.0 }).unwrap();
        close(
            p,
            Point3 {
                x: 0.0,
                y: 0.0,
                z: 0.7f32 as f64,
            },
        );
    }

    #[test]
    fn depth_frames_pair_with_the_nearest_stamp_within_the_tolerance() {
        let stamps = [1_000_000_000, 1_033_000_000, 1_066_000_000];
        assert_eq!(nearest_by_stamp(1_040_000_000, &stamps, 20_000_000), Ok(1));
        let err = nearest_by_stamp(1_200_000_000, &stamps, 20_000_000).unwrap_err();
        assert!(err.to_string().contains("134.0 ms"), "{err}");
        assert_eq!(nearest_by_stamp(0, &[], 1), Err(PairError::NoDepth));
    }

    #[test]
    fn a_whole_answer_is_located_entry_by_entry() {
        // A table at 1 m with a hole (no reading) around (100, 100) and a box top at 0.7 m.
        let cam = camera(500.0, 500.0, 320.0, 240.0);
        let mut depth = flat(640, 480, 1.0);
        for y in 200..280 {
            for x in 280..360 {
                depth.metres[y * 640 + x] = 0.7;
            }
        }
        for y in 90..111 {
            for x in 90..111 {
                depth.metres[y * 640 + x] = 0.0;
            }
        }
        let answer = TaskAnswer {
            points: vec![Point { x: 320.0, y: 240.0 }, Point { x: 100.0, y: 100.0 }],
            boxes: vec![BoundingBox {
                x1: 280.0,
                y1: 200.0,
                x2: 359.0,
                y2: 279.0,
            }],
            trajectory: vec![Point { x: 0.0, y: 0.0 }, Point { x: 700.0, y: 10.0 }],
            trajectory_depth: vec![],
            task: crate::tasks::Task::Pointing,
            answer_text: String::new(),
            thinking_text: None,
            parse_error: None,
            dropped_fragments: 0,
            out_of_image: 0,
        };
        let settings = DepthSettings {
            window: 5,
            min_m: 0.1,
            max_m: 10.0,
        };
        let located = locate(&answer, &cam, &depth, 640, 480, settings).unwrap();
        close(
            located.points[0].clone().unwrap(),
            Point3 {
                x: 0.0,
                y: 0.0,
                z: f64::from(0.7f32),
            },
        );
        assert!(matches!(
            located.points[1],
            Err(NoDepth::NoValidReading { window: 5, .. })
        ));
        // The box centre (319.5, 239.5) on the box top; its extent is the box's.
        close(
            located.boxes[0].center.clone().unwrap(),
            cam.deproject(319.5, 239.5, f64::from(0.7f32)),
        );
        let extent = located.boxes[0].extent.clone().unwrap();
        assert!(
            (extent.size.x - 79.0 / 500.0 * 0.7).abs() < 1e-6,
            "{extent:?}"
        );
        close(
            located.trajectory[0].clone().unwrap(),
            Point3 {
                x: -320.0 / 500.0,
                y: -240.0 / 500.0,
                z: 1.0,
            },
        );
        assert!(matches!(
            located.trajectory[1],
            Err(NoDepth::OutsideImage { .. })
        ));
        // Sizes that do not fit refuse the whole answer, naming both.
        let wrong = locate(&answer, &cam, &depth, 320, 240, settings).unwrap_err();
        assert!(wrong.to_string().contains("640x480"), "{wrong}");
        let small = flat(300, 200, 1.0);
        let wrong = locate(&answer, &cam, &small, 640, 480, settings).unwrap_err();
        assert!(matches!(wrong, SpatialError::DepthSize(_)), "{wrong}");
    }

    #[test]
    fn predicted_depths_deproject_with_the_intrinsics_alone() {
        let camera = camera(500.0, 500.0, 320.0, 240.0);
        let points = [
            Point { x: 320.0, y: 240.0 },
            Point { x: 420.0, y: 140.0 },
            Point { x: 1.0, y: 1.0 },
        ];
        let located = at_predicted_depth(&camera, &points, &[0.8, 1.0, f32::NAN]);
        // The model's depth comes as f32.
        assert_eq!(
            located[0],
            Ok(Point3 {
                x: 0.0,
                y: 0.0,
                z: 0.8f32 as f64
            })
        );
        let p = located[1].clone().unwrap();
        assert!(
            (p.x - 0.2).abs() < 1e-9 && (p.y + 0.2).abs() < 1e-9 && p.z == 1.0,
            "{p:?}"
        );
        assert!(located[2]
            .as_ref()
            .unwrap_err()
            .to_string()
            .contains("no usable depth"));
    }
}
