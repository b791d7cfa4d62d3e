//! Raw camera buffers to RGB images (placeholder, see issue 4).
