// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! Camera images to model inputs.
//!
//! - [`decode`]: raw ROS image buffers (encoding, width, height, step) and compressed frames to RGB.
//! - [`depth`]: aligned depth frames (16UC1 millimetres, 32FC1 metres) to metres.
//! - [`image_processor`]: RGB to `pixel_values` + `grid_thw`, matching transformers'
//!   `Qwen2VLImageProcessor` (smart_resize, PIL bicubic, normalize, patch ordering).
//! - [`ResizeInfo`]: the sizes of one resize, which map the model's coordinates back.

pub mod decode;
pub mod depth;
pub mod image_processor;

/// The four numbers of one smart_resize: the camera image and the image the model saw.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
pub struct ResizeInfo {
    pub original_width: u32,
    pub original_height: u32,
    pub resized_width: u32,
    pub resized_height: u32,
}

/// A [`ResizeInfo`] that cannot map anything.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "invalid image sizes: original {original_width}x{original_height}, resized \
     {resized_width}x{resized_height} (all must be positive)"
)]
pub struct InvalidResize {
    pub original_width: u32,
    pub original_height: u32,
    pub resized_width: u32,
    pub resized_height: u32,
}

impl ResizeInfo {
    pub fn new(
        original_width: u32,
        original_height: u32,
        resized_width: u32,
        resized_height: u32,
    ) -> Self {
        ResizeInfo {
            original_width,
            original_height,
            resized_width,
            resized_height,
        }
    }

    /// No resize: model pixels are image pixels.
    pub fn identity(width: u32, height: u32) -> Self {
        ResizeInfo::new(width, height, width, height)
    }

    /// All four sizes must be positive for the ratios to exist.
    pub fn validate(&self) -> Result<(), InvalidResize> {
        let &ResizeInfo {
            original_width,
            original_height,
            resized_width,
            resized_height,
        } = self;
        if [
            original_width,
            original_height,
            resized_width,
            resized_height,
        ]
        .contains(&0)
        {
            return Err(InvalidResize {
                original_width,
                original_height,
                resized_width,
                resized_height,
            });
        }
        Ok(())
    }
}
