//! Camera images to model inputs.
//!
//! - [`decode`]: raw ROS image buffers (encoding, width, height, step) and compressed frames to RGB.
//! - [`depth`]: aligned depth frames (16UC1 millimetres, 32FC1 metres) to metres.
//! - [`image_processor`]: RGB to `pixel_values` + `grid_thw`, matching transformers'
//!   `Qwen2VLImageProcessor` (smart_resize, PIL bicubic, normalize, patch ordering).

pub mod decode;
pub mod depth;
pub mod image_processor;
