// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! Depth frames as ROS delivers them (`sensor_msgs/Image`, REP 118) to metres.
//!
//! `16UC1` (and `mono16`, as some drivers label it) holds millimetres, `32FC1` metres; 0 and NaN
//! mean "no reading". Rows may be padded (`step`), 16-bit data may be big-endian. Every malformed
//! frame is a [`DepthError`] naming what is wrong; nothing here panics on untrusted data.

use super::decode::{check_rows, DecodeError, RawFrame};

/// A depth image in metres, row-major; a pixel without a reading is 0.
#[derive(Debug, Clone, PartialEq)]
pub struct DepthImage {
    pub width: u32,
    pub height: u32,
    pub metres: Vec<f32>,
}

impl DepthImage {
    /// The reading at (x, y), None outside the image or where there is none.
    pub fn at(&self, x: u32, y: u32) -> Option<f32> {
        if x >= self.width || y >= self.height {
            return None;
        }
        let d = self.metres[(y as usize) * self.width as usize + x as usize];
        (d.is_finite() && d > 0.0).then_some(d)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum DepthError {
    #[error("unsupported depth encoding '{0}': supported are 16UC1 (millimetres, also mono16) and 32FC1 (metres)")]
    UnsupportedEncoding(String),
    #[error("depth image has zero size ({width}x{height})")]
    Empty { width: u32, height: u32 },
    /// The same geometry errors as a colour frame's (step, truncation).
    #[error("depth {0}")]
    Geometry(#[from] DecodeError),
}

/// How a depth encoding stores one pixel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DepthEncoding {
    Millimetres16,
    Metres32,
}

impl DepthEncoding {
    fn from_ros_name(name: &str) -> Result<Self, DepthError> {
        match name.trim().to_ascii_uppercase().as_str() {
            "16UC1" | "MONO16" => Ok(DepthEncoding::Millimetres16),
            "32FC1" => Ok(DepthEncoding::Metres32),
            _ => Err(DepthError::UnsupportedEncoding(name.to_string())),
        }
    }

    fn bytes_per_pixel(self) -> usize {
        match self {
            DepthEncoding::Millimetres16 => 2,
            DepthEncoding::Metres32 => 4,
        }
    }
}

/// Converts a raw depth frame to metres, checking its geometry against the buffer first.
pub fn decode_depth(frame: &RawFrame<'_>) -> Result<DepthImage, DepthError> {
    let encoding = DepthEncoding::from_ros_name(frame.encoding)?;
    let (width, height) = (frame.width, frame.height);
    if width == 0 || height == 0 {
        return Err(DepthError::Empty { width, height });
    }
    let bpp = encoding.bytes_per_pixel();
    let row_bytes = check_rows(frame, bpp)?;
    let mut metres = Vec::with_capacity(width as usize * height as usize);
    for row in 0..height as usize {
        let start = row * frame.step as usize;
        let pixels = frame.data[start..start + row_bytes as usize].chunks_exact(bpp);
        match encoding {
            DepthEncoding::Millimetres16 => metres.extend(pixels.map(|p| {
                let raw = [p[0], p[1]];
                let mm = if frame.is_bigendian {
                    u16::from_be_bytes(raw)
                } else {
                    u16::from_le_bytes(raw)
                };
                mm as f32 / 1000.0
            })),
            DepthEncoding::Metres32 => metres.extend(pixels.map(|p| {
                let raw = [p[0], p[1], p[2], p[3]];
                let m = if frame.is_bigendian {
                    f32::from_be_bytes(raw)
                } else {
                    f32::from_le_bytes(raw)
                };
                if m.is_finite() && m > 0.0 {
                    m
                } else {
                    0.0
                }
            })),
        }
    }
    Ok(DepthImage {
        width,
        height,
        metres,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::preprocess::decode::raw_little_endian as frame;

    #[test]
    fn millimetres_and_metres_give_the_same_depths_with_padded_rows() {
        // 2x2, readings 1.000 m, 0.700 m, none, 2.5 m; each row padded by 2 bytes.
        let mm: Vec<u8> = [[1000u16, 700], [0, 2500]]
            .iter()
            .flat_map(|row| {
                let mut bytes: Vec<u8> = row.iter().flat_map(|v| v.to_le_bytes()).collect();
                bytes.extend([0xEE, 0xEE]);
                bytes
            })
            .collect();
        let a = decode_depth(&frame("16UC1", 2, 2, 6, &mm)).unwrap();
        let m: Vec<u8> = [[1.0f32, 0.7], [f32::NAN, 2.5]]
            .iter()
            .flat_map(|row| row.iter().flat_map(|v| v.to_le_bytes()))
            .collect();
        let b = decode_depth(&frame("32FC1", 2, 2, 8, &m)).unwrap();
        assert_eq!(a.metres, vec![1.0, 0.7, 0.0, 2.5]);
        assert_eq!(a, b);
        assert_eq!(a.at(1, 1), Some(2.5));
        assert_eq!(a.at(0, 1), None, "no reading");
        assert_eq!(a.at(2, 0), None, "outside");
    }

    #[test]
    fn big_endian_16_bit_depth_is_read_as_such() {
        let data = 1234u16.to_be_bytes();
        let mut f = frame("mono16", 1, 1, 2, &data);
        f.is_bigendian = true;
        assert_eq!(decode_depth(&f).unwrap().metres, vec![1.234]);
    }

    #[test]
    fn malformed_frames_are_named() {
        let data = [0u8; 7];
        let err = |f: RawFrame| decode_depth(&f).unwrap_err().to_string();
        assert!(err(frame("rgb8", 1, 1, 3, &data)).contains("unsupported depth encoding 'rgb8'"));
        assert!(err(frame("16UC1", 0, 1, 2, &data)).contains("zero size"));
        assert!(err(frame("16UC1", 4, 1, 6, &data)).contains("step 6 is smaller"));
        assert!(err(frame("32FC1", 1, 2, 4, &data)).contains("needs 8 bytes, got 7"));
    }
}
