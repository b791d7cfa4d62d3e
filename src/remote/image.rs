// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! The image as the server must see it: resized by the node to the smart_resize size for the
//! server's own limit, so that the server's resize is the identity and the model's answer is in
//! a frame the node knows; then encoded into a `data:` URL.

use std::io::Cursor;

use base64::Engine as _;
use image::RgbImage;

use super::config::ImageEncoding;
use crate::preprocess::image_processor::{resize_bicubic_pil, smart_resize};
use crate::tasks::ResizeInfo;

/// The server's resize: its model's factor (patch x spatial merge: resized sides are multiples
/// of it, and each factor x factor square is one image token) and its pixel limits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ServerResize {
    pub factor: u64,
    pub min_pixels: u64,
    pub max_pixels: u64,
}

/// One image ready for a chat request.
#[derive(Debug, Clone)]
pub struct PreparedImage {
    /// `data:image/png;base64,...`
    pub data_url: String,
    /// From the camera image to the image the server sees.
    pub resize: ResizeInfo,
    /// Image tokens the server should count for it (one per factor x factor square).
    pub image_tokens: usize,
    /// Size of the encoded image, before base64.
    pub encoded_bytes: usize,
}

/// An image that cannot be sent.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{0}")]
pub struct ImageError(pub String);

/// The `(width, height)` the server's smart_resize gives for `width` x `height` with these
/// limits (and so the size the node sends).
pub fn target_size(
    width: u32,
    height: u32,
    server: &ServerResize,
) -> Result<(u32, u32), ImageError> {
    let ServerResize {
        factor,
        min_pixels,
        max_pixels,
    } = *server;
    let (h, w) = smart_resize(height as u64, width as u64, factor, min_pixels, max_pixels)
        .map_err(|e| ImageError(format!("resizing the image for the server: {e}")))?;
    Ok((w as u32, h as u32))
}

/// Resizes `image` (with the same bicubic as the local path) and encodes it.
pub fn prepare(
    image: &RgbImage,
    server: &ServerResize,
    encoding: ImageEncoding,
) -> Result<PreparedImage, ImageError> {
    let (width, height) = target_size(image.width(), image.height(), server)?;
    let resized;
    let sent = if (width, height) == image.dimensions() {
        image
    } else {
        resized = resize_bicubic_pil(image, width, height);
        &resized
    };
    let mut bytes = Vec::new();
    let written = match encoding {
        ImageEncoding::Png => sent.write_to(&mut Cursor::new(&mut bytes), image::ImageFormat::Png),
        ImageEncoding::Jpeg { quality } => sent.write_with_encoder(
            image::codecs::jpeg::JpegEncoder::new_with_quality(&mut bytes, quality),
        ),
    };
    written.map_err(|e| ImageError(format!("encoding the image as {encoding}: {e}")))?;
    let data_url = format!(
        "data:{};base64,{}",
        encoding.mime(),
        base64::engine::general_purpose::STANDARD.encode(&bytes)
    );
    Ok(PreparedImage {
        data_url,
        resize: ResizeInfo::new(image.width(), image.height(), width, height),
        image_tokens: ((width as u64 / server.factor) * (height as u64 / server.factor)) as usize,
        encoded_bytes: bytes.len(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A RoboBrain 2.0 server's resize up to `max_pixels`.
    fn qwen25(max_pixels: u64) -> ServerResize {
        ServerResize {
            factor: 28,
            min_pixels: 3136,
            max_pixels,
        }
    }

    fn decode(url: &str) -> RgbImage {
        let (_, payload) = url.split_once(";base64,").unwrap();
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(payload)
            .unwrap();
        image::load_from_memory(&bytes).unwrap().to_rgb8()
    }

    #[test]
    fn a_large_frame_is_resized_to_the_servers_limit_and_sent_losslessly() {
        let frame = RgbImage::from_fn(1000, 700, |x, y| image::Rgb([x as u8, y as u8, 7]));
        let prepared = prepare(&frame, &qwen25(200_704), ImageEncoding::Png).unwrap();
        let ResizeInfo {
            resized_width: w,
            resized_height: h,
            ..
        } = prepared.resize;
        assert_eq!((w % 28, h % 28), (0, 0));
        assert!(u64::from(w * h) <= 200_704, "{w}x{h}");
        assert_eq!(prepared.image_tokens, (w / 28 * (h / 28)) as usize);
        let sent = decode(&prepared.data_url);
        assert_eq!(sent, resize_bicubic_pil(&frame, w, h));
        // The server's own smart_resize of what it received is the identity.
        assert_eq!(target_size(w, h, &qwen25(200_704)).unwrap(), (w, h));
    }

    #[test]
    fn jpeg_is_smaller_and_keeps_the_size() {
        // Texture (as a camera frame has), where PNG cannot compress much.
        let frame = RgbImage::from_fn(280, 224, |x, y| {
            let v = (x.wrapping_mul(2_654_435_761) ^ y.wrapping_mul(40_503)) >> 7;
            image::Rgb([v as u8, (v >> 8) as u8, (x + y) as u8])
        });
        let png = prepare(&frame, &qwen25(1 << 20), ImageEncoding::Png).unwrap();
        let jpeg = prepare(
            &frame,
            &qwen25(1 << 20),
            ImageEncoding::Jpeg { quality: 90 },
        )
        .unwrap();
        assert!(jpeg.data_url.starts_with("data:image/jpeg;base64,"));
        assert_eq!(decode(&jpeg.data_url).dimensions(), (280, 224));
        assert_eq!(png.resize, ResizeInfo::identity(280, 224));
        assert!(jpeg.encoded_bytes < png.encoded_bytes);
    }

    #[test]
    fn an_impossible_aspect_ratio_is_an_error_not_a_panic() {
        let frame = RgbImage::new(4000, 10);
        let err = prepare(&frame, &qwen25(1 << 20), ImageEncoding::Png).unwrap_err();
        assert!(err.0.contains("resizing the image"), "{err}");
    }
}
