//! Camera images to model inputs.
//!
//! - [`decode`]: raw ROS image buffers (encoding, width, height, step) and compressed frames to RGB.
//! - [`image_processor`]: RGB to `pixel_values` + `grid_thw`, matching transformers'
//!   `Qwen2VLImageProcessor` (smart_resize, PIL bicubic, normalize, patch ordering).

pub mod decode;
pub mod image_processor;
