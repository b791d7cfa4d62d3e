// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! Camera frames as ROS delivers them to RGB images.
//!
//! Two inputs are handled, both without any ROS dependency so the node and the CLI share them:
//! - raw frames (`sensor_msgs/Image`): a byte buffer described by `encoding`, `width`, `height`,
//!   `step` (bytes per row, rows may be padded) and `is_bigendian` (only matters for 16-bit data);
//! - compressed frames (`sensor_msgs/CompressedImage`): JPEG or PNG bytes with a `format` string
//!   as image_transport writes it (`jpeg`, `png`, `rgb8; jpeg compressed bgr8`, ...).
//!
//! Every malformed input is an [`DecodeError`] naming what is wrong; nothing here panics on
//! untrusted data.

use image::{ImageDecoder, ImageFormat, RgbImage};

/// The default cap on a frame's decoded size (width x height), checked from the header before
/// any pixel is decoded: 8192 x 4096 = 33,554,432 pixels (8K UHD, 7680 x 4320, fits). A frame
/// of that size takes ~100 MB as RGB; larger ones are refused, whatever their compressed size
/// (a 242 KiB PNG can claim 16000 x 16000).
pub const DEFAULT_MAX_DECODED_PIXELS: u64 = 8192 * 4096;

/// Why a frame could not be turned into an RGB image.
#[derive(Debug, thiserror::Error)]
pub enum DecodeError {
    #[error(
        "unsupported image encoding '{0}': supported are rgb8, bgr8, rgba8, bgra8, mono8, mono16"
    )]
    UnsupportedEncoding(String),

    #[error("image has zero size ({width}x{height})")]
    EmptyImage { width: u32, height: u32 },

    #[error(
        "image step {step} is smaller than a {encoding} row of width {width} ({row_bytes} bytes)"
    )]
    StepTooSmall {
        step: u32,
        row_bytes: u64,
        width: u32,
        encoding: String,
    },

    #[error(
        "image data is truncated: {width}x{height} {encoding} with step {step} needs {expected} bytes, got {actual}"
    )]
    Truncated {
        width: u32,
        height: u32,
        encoding: String,
        step: u32,
        expected: u64,
        actual: usize,
    },

    #[error("unsupported compressed format '{0}': supported are jpeg and png")]
    UnsupportedCompressedFormat(String),

    #[error("compressed image is empty (format '{0}')")]
    EmptyCompressed(String),

    #[error(
        "image too large: {width}x{height} = {pixels} pixels, the limit (max_decoded_image_pixels) is {max_pixels}"
    )]
    TooLarge {
        width: u32,
        height: u32,
        pixels: u64,
        max_pixels: u64,
    },

    #[error("could not decode {format} image: {source}")]
    Compressed {
        format: &'static str,
        #[source]
        source: image::ImageError,
    },
}

/// The pixel layouts of `sensor_msgs/Image` that can be converted to RGB.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RawEncoding {
    Rgb8,
    Bgr8,
    Rgba8,
    Bgra8,
    Mono8,
    Mono16,
}

impl RawEncoding {
    /// Parses a `sensor_msgs/Image.encoding` string (as in `sensor_msgs/image_encodings.hpp`).
    pub fn from_ros_name(encoding: &str) -> Result<Self, DecodeError> {
        match encoding {
            "rgb8" => Ok(Self::Rgb8),
            "bgr8" => Ok(Self::Bgr8),
            "rgba8" => Ok(Self::Rgba8),
            "bgra8" => Ok(Self::Bgra8),
            "mono8" => Ok(Self::Mono8),
            "mono16" => Ok(Self::Mono16),
            other => Err(DecodeError::UnsupportedEncoding(other.to_string())),
        }
    }

    /// Bytes one pixel takes in the buffer.
    pub fn bytes_per_pixel(self) -> usize {
        match self {
            Self::Rgb8 | Self::Bgr8 => 3,
            Self::Rgba8 | Self::Bgra8 => 4,
            Self::Mono8 => 1,
            Self::Mono16 => 2,
        }
    }
}

/// A borrowed view of a raw frame, field for field as in `sensor_msgs/Image`.
#[derive(Debug, Clone, Copy)]
pub struct RawFrame<'a> {
    pub encoding: &'a str,
    pub width: u32,
    pub height: u32,
    /// Bytes from the start of one row to the start of the next (>= width * bytes per pixel).
    pub step: u32,
    /// Byte order of 16-bit samples; ignored for 8-bit encodings.
    pub is_bigendian: bool,
    pub data: &'a [u8],
}

/// A little-endian frame from its fields, for the tests of the decoders.
#[cfg(test)]
pub(crate) fn raw_little_endian<'a>(
    encoding: &'a str,
    width: u32,
    height: u32,
    step: u32,
    data: &'a [u8],
) -> RawFrame<'a> {
    RawFrame {
        encoding,
        width,
        height,
        step,
        is_bigendian: false,
        data,
    }
}

/// Converts a raw frame to RGB, checking its geometry against the buffer first.
///
/// Alpha is dropped (not blended); mono images are replicated to three channels; mono16 is
/// scaled to 8 bits over the full 16-bit range (`round(v / 257)`, so 65535 becomes 255).
/// Bytes past `width * bytes_per_pixel` in each row (step padding) are ignored, and the last row
/// needs no padding, as some drivers send it without.
pub fn decode_raw(frame: &RawFrame<'_>) -> Result<RgbImage, DecodeError> {
    decode_raw_within(frame, DEFAULT_MAX_DECODED_PIXELS)
}

/// [`decode_raw`], refusing a frame of more than `max_pixels` (width x height) before its data
/// is touched.
pub fn decode_raw_within(frame: &RawFrame<'_>, max_pixels: u64) -> Result<RgbImage, DecodeError> {
    let encoding = RawEncoding::from_ros_name(frame.encoding)?;
    let (width, height) = (frame.width, frame.height);
    if width == 0 || height == 0 {
        return Err(DecodeError::EmptyImage { width, height });
    }
    check_size(width, height, max_pixels)?;
    let row_bytes = check_rows(frame, encoding.bytes_per_pixel())?;
    let row_bytes = row_bytes as usize;
    let step = frame.step as usize;
    let mut rgb = Vec::with_capacity(width as usize * height as usize * 3);
    for row_index in 0..height as usize {
        let row = &frame.data[row_index * step..row_index * step + row_bytes];
        match encoding {
            RawEncoding::Rgb8 => rgb.extend_from_slice(row),
            RawEncoding::Bgr8 => {
                for pixel in row.chunks_exact(3) {
                    rgb.extend_from_slice(&[pixel[2], pixel[1], pixel[0]]);
                }
            }
            RawEncoding::Rgba8 => {
                for pixel in row.chunks_exact(4) {
                    rgb.extend_from_slice(&pixel[..3]);
                }
            }
            RawEncoding::Bgra8 => {
                for pixel in row.chunks_exact(4) {
                    rgb.extend_from_slice(&[pixel[2], pixel[1], pixel[0]]);
                }
            }
            RawEncoding::Mono8 => {
                for &gray in row {
                    rgb.extend_from_slice(&[gray, gray, gray]);
                }
            }
            RawEncoding::Mono16 => {
                for sample in row.chunks_exact(2) {
                    let bytes = [sample[0], sample[1]];
                    let value = if frame.is_bigendian {
                        u16::from_be_bytes(bytes)
                    } else {
                        u16::from_le_bytes(bytes)
                    };
                    let gray = mono16_to_8(value);
                    rgb.extend_from_slice(&[gray, gray, gray]);
                }
            }
        }
    }
    Ok(RgbImage::from_raw(width, height, rgb)
        .expect("buffer length is width * height * 3 by construction"))
}

/// Refuses `width` x `height` above `max_pixels`.
/// The bytes of one row's pixels, after checking that `step` holds them and that the buffer holds
/// every row (the last without its padding, as some drivers send it).
pub fn check_rows(frame: &RawFrame<'_>, bytes_per_pixel: usize) -> Result<u64, DecodeError> {
    let (width, height) = (frame.width, frame.height);
    let row_bytes = u64::from(width) * bytes_per_pixel as u64;
    if u64::from(frame.step) < row_bytes {
        return Err(DecodeError::StepTooSmall {
            step: frame.step,
            row_bytes,
            width,
            encoding: frame.encoding.to_string(),
        });
    }
    // Computed in u64 so that absurd headers cannot overflow on the way to the error.
    let needed = u64::from(frame.step) * u64::from(height.saturating_sub(1)) + row_bytes;
    if (frame.data.len() as u64) < needed {
        return Err(DecodeError::Truncated {
            width,
            height,
            encoding: frame.encoding.to_string(),
            step: frame.step,
            expected: needed,
            actual: frame.data.len(),
        });
    }
    Ok(row_bytes)
}

pub fn check_size(width: u32, height: u32, max_pixels: u64) -> Result<(), DecodeError> {
    let pixels = u64::from(width) * u64::from(height);
    if pixels > max_pixels {
        return Err(DecodeError::TooLarge {
            width,
            height,
            pixels,
            max_pixels,
        });
    }
    Ok(())
}

/// Full-range 16-bit to 8-bit with rounding: 0 -> 0, 65535 -> 255, 32896 -> 128.
fn mono16_to_8(value: u16) -> u8 {
    ((u32::from(value) + 128) / 257) as u8
}

/// The compressed formats image_transport produces that we decode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CompressedFormat {
    Jpeg,
    Png,
}

impl CompressedFormat {
    /// Reads `sensor_msgs/CompressedImage.format`. image_transport's compressed plugin writes
    /// e.g. `rgb8; jpeg compressed bgr8`, plain publishers write `jpeg`, `jpg` or `png`.
    /// An empty format falls back to the file signature in `data`.
    pub fn detect(format: &str, data: &[u8]) -> Result<Self, DecodeError> {
        let lower = format.to_ascii_lowercase();
        if lower.contains("jpeg") || lower.contains("jpg") {
            return Ok(Self::Jpeg);
        }
        if lower.contains("png") {
            return Ok(Self::Png);
        }
        if lower.trim().is_empty() {
            if data.starts_with(&[0xFF, 0xD8, 0xFF]) {
                return Ok(Self::Jpeg);
            }
            if data.starts_with(b"\x89PNG\r\n\x1a\n") {
                return Ok(Self::Png);
            }
        }
        Err(DecodeError::UnsupportedCompressedFormat(format.to_string()))
    }

    fn name(self) -> &'static str {
        match self {
            Self::Jpeg => "jpeg",
            Self::Png => "png",
        }
    }
}

/// Decodes a JPEG or PNG frame to RGB (alpha and 16-bit PNGs are converted).
pub fn decode_compressed(format: &str, data: &[u8]) -> Result<RgbImage, DecodeError> {
    decode_compressed_within(format, data, DEFAULT_MAX_DECODED_PIXELS)
}

/// [`decode_compressed`], refusing an image whose header claims more than `max_pixels` before
/// any pixel is decoded (a decompression bomb costs only its header). The decoder also gets an
/// allocation limit sized for that many pixels, in case a header lies.
pub fn decode_compressed_within(
    format: &str,
    data: &[u8],
    max_pixels: u64,
) -> Result<RgbImage, DecodeError> {
    if data.is_empty() {
        return Err(DecodeError::EmptyCompressed(format.to_string()));
    }
    let kind = CompressedFormat::detect(format, data)?;
    let image_format = match kind {
        CompressedFormat::Jpeg => ImageFormat::Jpeg,
        CompressedFormat::Png => ImageFormat::Png,
    };
    let failed = |source| DecodeError::Compressed {
        format: kind.name(),
        source,
    };
    let mut reader = image::ImageReader::with_format(std::io::Cursor::new(data), image_format);
    let mut limits = image::Limits::default();
    // 16-bit RGBA is the widest layout decoded here: 8 bytes a pixel, plus the decoder's own.
    limits.max_alloc = Some(max_pixels.saturating_mul(8).saturating_add(64 << 20));
    reader.limits(limits);
    let decoder = reader.into_decoder().map_err(failed)?;
    let (width, height) = decoder.dimensions();
    check_size(width, height, max_pixels)?;
    let decoded = image::DynamicImage::from_decoder(decoder).map_err(|source| match source {
        // The header passed the pixel check, so a limit hit here means a lying header.
        image::ImageError::Limits(_) => DecodeError::TooLarge {
            width,
            height,
            pixels: u64::from(width) * u64::from(height),
            max_pixels,
        },
        source => failed(source),
    })?;
    Ok(decoded.into_rgb8())
}

#[cfg(test)]
/// Crafted image files for tests.
pub(crate) mod test_images {
    /// CRC-32 (ISO-HDLC) as PNG chunks use it.
    fn crc32(bytes: &[u8]) -> u32 {
        let mut crc = !0u32;
        for &b in bytes {
            crc ^= u32::from(b);
            for _ in 0..8 {
                crc = if crc & 1 != 0 {
                    (crc >> 1) ^ 0xEDB8_8320
                } else {
                    crc >> 1
                };
            }
        }
        !crc
    }

    /// A PNG claiming `width` x `height` RGB whose pixel data is a few bytes of nothing (tests of
    /// the size check made from the header, here and in the query's).
    pub(crate) fn png_header(width: u32, height: u32) -> Vec<u8> {
        let mut ihdr = Vec::new();
        ihdr.extend_from_slice(&width.to_be_bytes());
        ihdr.extend_from_slice(&height.to_be_bytes());
        ihdr.extend_from_slice(&[8, 2, 0, 0, 0]);
        let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
        for (kind, data) in [
            (b"IHDR", &ihdr[..]),
            (b"IDAT", &[0x78, 0x9c, 0, 0][..]),
            (b"IEND", &[][..]),
        ] {
            let mut chunk = kind.to_vec();
            chunk.extend_from_slice(data);
            png.extend_from_slice(&(data.len() as u32).to_be_bytes());
            png.extend_from_slice(&chunk);
            png.extend_from_slice(&crc32(&chunk).to_be_bytes());
        }
        png
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use test_images::png_header;

    use super::raw_little_endian as raw;

    /// Pixel (x, y) of a test pattern whose channels all differ, so a swap cannot go unnoticed.
    fn pattern(x: u32, y: u32) -> [u8; 3] {
        [(x * 10 + 1) as u8, (y * 20 + 2) as u8, (x + y + 100) as u8]
    }

    /// Builds a buffer for `encoding` from [`pattern`], with `padding` junk bytes after each row.
    fn encode(encoding: &str, width: u32, height: u32, padding: usize) -> (Vec<u8>, u32) {
        let mut data = Vec::new();
        for y in 0..height {
            for x in 0..width {
                let [r, g, b] = pattern(x, y);
                match encoding {
                    "rgb8" => data.extend_from_slice(&[r, g, b]),
                    "bgr8" => data.extend_from_slice(&[b, g, r]),
                    "rgba8" => data.extend_from_slice(&[r, g, b, 77]),
                    "bgra8" => data.extend_from_slice(&[b, g, r, 77]),
                    other => panic!("no pattern encoder for {other}"),
                }
            }
            data.extend(std::iter::repeat_n(0xEE, padding));
        }
        let bytes_per_pixel = RawEncoding::from_ros_name(encoding)
            .unwrap()
            .bytes_per_pixel();
        let step = width as usize * bytes_per_pixel + padding;
        (data, step as u32)
    }

    fn assert_is_pattern(image: &RgbImage, width: u32, height: u32) {
        assert_eq!(image.dimensions(), (width, height));
        for y in 0..height {
            for x in 0..width {
                assert_eq!(image.get_pixel(x, y).0, pattern(x, y), "pixel ({x}, {y})");
            }
        }
    }

    #[test]
    fn colour_encodings_give_the_same_rgb_including_odd_widths_and_step_padding() {
        for encoding in ["rgb8", "bgr8", "rgba8", "bgra8"] {
            for (width, height) in [(1, 1), (3, 2), (7, 5), (640, 3)] {
                for padding in [0, 1, 3, 64] {
                    let (data, step) = encode(encoding, width, height, padding);
                    let image = decode_raw(&raw(encoding, width, height, step, &data))
                        .unwrap_or_else(|e| {
                            panic!("{encoding} {width}x{height} pad {padding}: {e}")
                        });
                    assert_is_pattern(&image, width, height);
                }
            }
        }
    }

    #[test]
    fn bgr8_is_swapped_to_rgb() {
        let data = [10, 20, 30];
        let image = decode_raw(&raw("bgr8", 1, 1, 3, &data)).unwrap();
        assert_eq!(image.get_pixel(0, 0).0, [30, 20, 10]);
        let image = decode_raw(&raw("bgra8", 1, 1, 4, &[10, 20, 30, 40])).unwrap();
        assert_eq!(image.get_pixel(0, 0).0, [30, 20, 10]);
    }

    #[test]
    fn mono8_is_replicated_to_three_channels() {
        // Width 3 with step 4: one padding byte per row.
        let data = [0, 128, 255, 9, 1, 2, 3, 9];
        let image = decode_raw(&raw("mono8", 3, 2, 4, &data)).unwrap();
        assert_eq!(image.get_pixel(1, 0).0, [128, 128, 128]);
        assert_eq!(image.get_pixel(2, 0).0, [255, 255, 255]);
        assert_eq!(image.get_pixel(2, 1).0, [3, 3, 3]);
    }

    #[test]
    fn mono16_scales_full_range_in_either_byte_order() {
        let values: [u16; 4] = [0, 257, 32896, 65535];
        let expected = [0u8, 1, 128, 255];
        let little: Vec<u8> = values.iter().flat_map(|v| v.to_le_bytes()).collect();
        let big: Vec<u8> = values.iter().flat_map(|v| v.to_be_bytes()).collect();
        for (data, is_bigendian) in [(little, false), (big, true)] {
            let frame = RawFrame {
                is_bigendian,
                ..raw("mono16", 4, 1, 8, &data)
            };
            let image = decode_raw(&frame).unwrap();
            let grays: Vec<u8> = image.pixels().map(|p| p.0[0]).collect();
            assert_eq!(grays, expected, "big endian: {is_bigendian}");
            assert!(image.pixels().all(|p| p.0[0] == p.0[1] && p.0[1] == p.0[2]));
        }
    }

    #[test]
    fn last_row_may_omit_its_padding() {
        // 2x2 rgb8 with step 8 (2 padding bytes), the final row sent without padding.
        let (mut data, step) = encode("rgb8", 2, 2, 2);
        data.truncate(data.len() - 2);
        let image = decode_raw(&raw("rgb8", 2, 2, step, &data)).unwrap();
        assert_is_pattern(&image, 2, 2);
    }

    #[test]
    fn truncated_data_is_reported_with_sizes() {
        let (data, step) = encode("rgb8", 4, 3, 0);
        let err = decode_raw(&raw("rgb8", 4, 3, step, &data[..data.len() - 1])).unwrap_err();
        assert!(
            matches!(
                err,
                DecodeError::Truncated {
                    expected: 36,
                    actual: 35,
                    ..
                }
            ),
            "{err:?}"
        );
        let message = err.to_string();
        assert!(
            message.contains("truncated") && message.contains("36") && message.contains("35"),
            "{message}"
        );

        let err = decode_raw(&raw("mono16", 2, 2, 4, &[0; 7])).unwrap_err();
        assert!(
            matches!(
                err,
                DecodeError::Truncated {
                    expected: 8,
                    actual: 7,
                    ..
                }
            ),
            "{err:?}"
        );
    }

    #[test]
    fn step_smaller_than_a_row_is_rejected() {
        let err = decode_raw(&raw("rgb8", 5, 1, 14, &[0; 100])).unwrap_err();
        assert!(
            matches!(
                err,
                DecodeError::StepTooSmall {
                    step: 14,
                    row_bytes: 15,
                    ..
                }
            ),
            "{err:?}"
        );
    }

    #[test]
    fn zero_size_is_rejected() {
        let err = decode_raw(&raw("rgb8", 0, 10, 0, &[])).unwrap_err();
        assert!(
            matches!(
                err,
                DecodeError::EmptyImage {
                    width: 0,
                    height: 10
                }
            ),
            "{err:?}"
        );
    }

    #[test]
    fn absurd_dimensions_do_not_overflow_or_allocate() {
        let no_cap = u64::MAX;
        let frame = raw("rgba8", u32::MAX, u32::MAX, u32::MAX, &[0; 16]);
        let err = decode_raw_within(&frame, no_cap).unwrap_err();
        assert!(matches!(err, DecodeError::StepTooSmall { .. }), "{err:?}");
        let frame = raw("mono8", u32::MAX, u32::MAX, u32::MAX, &[0; 16]);
        let err = decode_raw_within(&frame, no_cap).unwrap_err();
        assert!(matches!(err, DecodeError::Truncated { .. }), "{err:?}");
    }

    #[test]
    fn a_raw_frame_above_the_pixel_cap_is_refused_from_its_header() {
        // 16 bytes of data for a 100000 x 100000 frame: refused for its size, not its data.
        let err = decode_raw(&raw("rgb8", 100_000, 100_000, 300_000, &[0; 16])).unwrap_err();
        assert!(matches!(err, DecodeError::TooLarge { .. }), "{err:?}");
        assert_eq!(
            err.to_string(),
            "image too large: 100000x100000 = 10000000000 pixels, the limit \
             (max_decoded_image_pixels) is 33554432"
        );
        let (data, step) = encode("rgb8", 8, 4, 0);
        assert!(decode_raw_within(&raw("rgb8", 8, 4, step, &data), 32).is_ok());
        let err = decode_raw_within(&raw("rgb8", 8, 4, step, &data), 31).unwrap_err();
        assert!(
            matches!(err, DecodeError::TooLarge { pixels: 32, .. }),
            "{err:?}"
        );
    }

    #[test]
    fn a_png_bomb_is_refused_from_its_header() {
        let err = decode_compressed("png", &png_header(16_000, 16_000)).unwrap_err();
        assert!(
            matches!(
                err,
                DecodeError::TooLarge {
                    width: 16_000,
                    height: 16_000,
                    pixels: 256_000_000,
                    max_pixels: DEFAULT_MAX_DECODED_PIXELS
                }
            ),
            "{err:?}"
        );
        // Under the cap the same header gets as far as its (missing) pixel data.
        let err = decode_compressed("png", &png_header(64, 48)).unwrap_err();
        assert!(matches!(err, DecodeError::Compressed { .. }), "{err:?}");
        // A real image under a cap it exceeds is refused too, and fits a larger one.
        let png = encoded(ImageFormat::Png, &test_image(40, 30));
        let err = decode_compressed_within("png", &png, 1199).unwrap_err();
        assert!(
            matches!(err, DecodeError::TooLarge { pixels: 1200, .. }),
            "{err:?}"
        );
        assert_eq!(
            decode_compressed_within("png", &png, 1200).unwrap(),
            test_image(40, 30)
        );
    }

    #[test]
    fn unsupported_encodings_are_named() {
        for encoding in ["yuv422", "32FC1", "bayer_rggb8", "16UC1", "", "RGB8"] {
            let err = decode_raw(&raw(encoding, 1, 1, 3, &[0; 3])).unwrap_err();
            assert!(
                matches!(err, DecodeError::UnsupportedEncoding(ref e) if e == encoding),
                "{err:?}"
            );
            assert!(err.to_string().contains(&format!("'{encoding}'")), "{err}");
        }
    }

    fn encoded(format: ImageFormat, image: &RgbImage) -> Vec<u8> {
        let mut bytes = std::io::Cursor::new(Vec::new());
        image.write_to(&mut bytes, format).unwrap();
        bytes.into_inner()
    }

    fn test_image(width: u32, height: u32) -> RgbImage {
        RgbImage::from_fn(width, height, |x, y| image::Rgb(pattern(x, y)))
    }

    #[test]
    fn png_round_trips_exactly_with_any_format_spelling() {
        let original = test_image(13, 7);
        let png = encoded(ImageFormat::Png, &original);
        for format in ["png", "PNG", "rgb8; png compressed rgb8", ""] {
            let image =
                decode_compressed(format, &png).unwrap_or_else(|e| panic!("'{format}': {e}"));
            assert_eq!(image, original, "format '{format}'");
        }
    }

    #[test]
    fn jpeg_decodes_to_the_right_size_and_colours() {
        let original = RgbImage::from_pixel(33, 17, image::Rgb([200, 40, 90]));
        let jpeg = encoded(ImageFormat::Jpeg, &original);
        for format in ["jpeg", "jpg", "rgb8; jpeg compressed bgr8", ""] {
            let image =
                decode_compressed(format, &jpeg).unwrap_or_else(|e| panic!("'{format}': {e}"));
            assert_eq!(image.dimensions(), (33, 17));
            let centre = image.get_pixel(16, 8).0;
            for (got, want) in centre.iter().zip([200u8, 40, 90]) {
                assert!(
                    got.abs_diff(want) <= 6,
                    "centre {centre:?} vs [200, 40, 90]"
                );
            }
        }
    }

    #[test]
    fn compressed_errors_are_specific() {
        let err = decode_compressed("jpeg", &[]).unwrap_err();
        assert!(matches!(err, DecodeError::EmptyCompressed(_)), "{err:?}");

        let err = decode_compressed("tiff", &[1, 2, 3]).unwrap_err();
        assert!(
            matches!(err, DecodeError::UnsupportedCompressedFormat(ref f) if f == "tiff"),
            "{err:?}"
        );

        // No format and no known signature.
        let err = decode_compressed("", b"hello").unwrap_err();
        assert!(
            matches!(err, DecodeError::UnsupportedCompressedFormat(_)),
            "{err:?}"
        );

        let mut jpeg = encoded(ImageFormat::Jpeg, &test_image(16, 16));
        jpeg.truncate(40);
        let err = decode_compressed("jpeg", &jpeg).unwrap_err();
        assert!(
            matches!(err, DecodeError::Compressed { format: "jpeg", .. }),
            "{err:?}"
        );
        assert!(
            err.to_string().starts_with("could not decode jpeg image"),
            "{err}"
        );

        let err = decode_compressed("png", b"not a png at all").unwrap_err();
        assert!(
            matches!(err, DecodeError::Compressed { format: "png", .. }),
            "{err:?}"
        );
    }
}
