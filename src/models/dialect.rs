// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! How a family's RoboBrain release is asked and how it answers: its chat template's system
//! message, its task templates, the frame of its coordinates and its thinking rule. The task
//! layer reads these through [`Family`] and never names a family itself.

use super::Family;

/// Which RoboBrain release's task templates a checkpoint was trained on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TaskDialect {
    /// RoboBrain 2.0's `inference.py`: thinking switch by model size, pixel coordinates of the
    /// image the model saw.
    RoboBrain20,
    /// RoboBrain 2.5's: no thinking, a relative 0-1000 grid, 3-D trajectories `(x, y, d)` with
    /// d in metres, affordance asked as pointing.
    RoboBrain25,
}

/// The frame a family's answers give coordinates in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case", tag = "frame")]
pub enum CoordinateFrame {
    /// Pixels of the image the model saw (after smart_resize).
    ResizedPixels,
    /// A grid of `scale` steps over the original image on each axis (x / scale * width).
    Relative { scale: u32 },
}

impl Family {
    /// The system message the chat template writes when the conversation has none (None: no
    /// system block at all).
    pub fn default_system_message(self) -> Option<&'static str> {
        match self {
            Family::Qwen25Vl => Some("You are a helpful assistant."),
            // Qwen3-VL's template writes a system block only for a system message.
            Family::Qwen3Vl => None,
        }
    }

    pub fn task_dialect(self) -> TaskDialect {
        match self {
            Family::Qwen25Vl => TaskDialect::RoboBrain20,
            Family::Qwen3Vl => TaskDialect::RoboBrain25,
        }
    }

    pub fn coordinate_frame(self) -> CoordinateFrame {
        match self {
            Family::Qwen25Vl => CoordinateFrame::ResizedPixels,
            Family::Qwen3Vl => CoordinateFrame::Relative { scale: 1000 },
        }
    }

    /// Pixels per side of one image token in the released models (patch x spatial merge), for
    /// a server whose checkpoint the node cannot read.
    pub fn image_factor(self) -> u64 {
        match self {
            Family::Qwen25Vl => 28,
            // Patch 16 x merge 2.
            Family::Qwen3Vl => 32,
        }
    }

    /// The released preprocessor's pixel limits (min, max) after resizing.
    pub fn default_pixel_limits(self) -> (u64, u64) {
        match self {
            // qwen_vl_utils' and the published preprocessor's: 4 and 16384 tokens of 28 x 28.
            Family::Qwen25Vl => (3_136, 12_845_056),
            // The published Qwen3-VL preprocessor's `size`: shortest_edge 65536 (64 tokens of
            // 32 x 32), longest_edge 16777216 (16384 tokens).
            Family::Qwen3Vl => (65_536, 16_777_216),
        }
    }
}
