//! Qwen2-VL image processor (placeholder, see issue 2).
