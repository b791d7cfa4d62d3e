// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! Qwen2-VL image processor: RGB `u8` image to `pixel_values` + `grid_thw`.
//!
//! Matches transformers 5.24 `Qwen2VLImageProcessorPil` (the PIL/NumPy path) step by step:
//!
//! 1. [`smart_resize`] picks the target size (multiples of `patch_size * merge_size`, pixel count
//!    within `[min_pixels, max_pixels]`).
//! 2. [`resize_bicubic_pil`] resizes the `u8` image exactly as Pillow's
//!    `Image.resize(size, Image.BICUBIC)` does (separable convolution, cubic kernel with a = -0.5,
//!    support 2 scaled by the downscale factor, 22-bit fixed-point coefficients, two passes each
//!    clipped to `u8` in Pillow 13's order, a pass skipped when its dimension is unchanged).
//!    Verified byte for byte against Pillow 13.0 (see `tests/preprocess.rs`).
//! 3. Rescale and normalize as transformers does it: `(v as f64 * rescale_factor) as f32`, then
//!    `(x - mean as f32) / std as f32` in `f32`. Every `u8` level maps to one float per channel, so
//!    this is a 256-entry table per channel, bit-identical to NumPy.
//! 4. Temporal duplication (a still image is repeated `temporal_patch_size` times) and patch
//!    ordering, written in one pass straight into the output buffer: rows ordered
//!    `(gh/merge, gw/merge, merge_h, merge_w)`, columns `(C, T, patch_h, patch_w)`; this is the
//!    reshape `(gt, T, C, gh/m, m, p, gw/m, m, p)` + transpose `(0, 3, 6, 4, 7, 2, 1, 5, 8)`.

use std::path::{Path, PathBuf};

use candle_core::{Device, Tensor};
use image::RgbImage;
use serde::{Deserialize, Serialize};

/// transformers' `OPENAI_CLIP_MEAN`.
pub const OPENAI_CLIP_MEAN: [f64; 3] = [0.48145466, 0.4578275, 0.40821073];
/// transformers' `OPENAI_CLIP_STD`.
pub const OPENAI_CLIP_STD: [f64; 3] = [0.26862954, 0.26130258, 0.27577711];
/// transformers' default `size["shortest_edge"]` (min pixels): 56 * 56.
pub const DEFAULT_MIN_PIXELS: u64 = 56 * 56;
/// transformers' default `size["longest_edge"]` (max pixels): 28 * 28 * 1280. Note that
/// Qwen2.5-VL / RoboBrain checkpoints set 12845056 in their `preprocessor_config.json`.
pub const DEFAULT_MAX_PIXELS: u64 = 28 * 28 * 1280;
/// PIL's `Image.BICUBIC` (`PILImageResampling.BICUBIC`), the only resample filter supported.
pub const PIL_BICUBIC: u32 = 3;

/// Errors of the image processor. Messages name the file or the figures involved.
#[derive(Debug, thiserror::Error)]
pub enum ImageProcessorError {
    #[error("cannot read preprocessor config {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("invalid preprocessor config {path}: {source}")]
    Json {
        path: PathBuf,
        #[source]
        source: serde_json::Error,
    },
    #[error("invalid preprocessor config: {0}")]
    Config(String),
    #[error(
        "absolute aspect ratio must be smaller than 200, got {ratio} (image {width}x{height}, width x height)"
    )]
    AspectRatio { width: u64, height: u64, ratio: f64 },
    #[error("image {width}x{height} (width x height) is empty")]
    EmptyImage { width: u64, height: u64 },
    #[error(
        "image {width}x{height} (width x height) resizes to {resized_width}x{resized_height} \
         with factor {factor}, min_pixels {min_pixels}, max_pixels {max_pixels}: a dimension is zero"
    )]
    ZeroResize {
        width: u64,
        height: u64,
        resized_width: u64,
        resized_height: u64,
        factor: u64,
        min_pixels: u64,
        max_pixels: u64,
    },
    #[error(
        "do_resize is false but image {width}x{height} (width x height) is not a multiple of {factor}"
    )]
    NotMultiple {
        width: u64,
        height: u64,
        factor: u64,
    },
    #[error("tensor error: {0}")]
    Tensor(#[from] candle_core::Error),
}

pub type Result<T> = std::result::Result<T, ImageProcessorError>;

/// A scalar or a per-channel list, as `image_mean` / `image_std` may be written.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
enum ScalarOrVec {
    Scalar(f64),
    Vec(Vec<f64>),
}

/// `size` as written in `preprocessor_config.json`. Any other key (`height`, `min_pixels`, ...)
/// is kept so that it can be reported.
#[derive(Debug, Clone, Deserialize, Default)]
struct RawSize {
    #[serde(default)]
    shortest_edge: Option<u64>,
    #[serde(default)]
    longest_edge: Option<u64>,
    #[serde(flatten)]
    other: serde_json::Map<String, serde_json::Value>,
}

/// `preprocessor_config.json` as written (every field optional, `null` = absent, like
/// transformers' kwargs; unknown keys such as `processor_class` are ignored).
#[derive(Debug, Clone, Deserialize, Default)]
struct RawConfig {
    #[serde(default)]
    min_pixels: Option<u64>,
    #[serde(default)]
    max_pixels: Option<u64>,
    #[serde(default)]
    size: Option<RawSize>,
    #[serde(default)]
    patch_size: Option<usize>,
    #[serde(default)]
    temporal_patch_size: Option<usize>,
    #[serde(default)]
    merge_size: Option<usize>,
    #[serde(default)]
    image_mean: Option<ScalarOrVec>,
    #[serde(default)]
    image_std: Option<ScalarOrVec>,
    #[serde(default)]
    do_resize: Option<bool>,
    #[serde(default)]
    do_rescale: Option<bool>,
    #[serde(default)]
    rescale_factor: Option<f64>,
    #[serde(default)]
    do_normalize: Option<bool>,
    #[serde(default)]
    resample: Option<u32>,
}

/// Resolved image processor settings.
///
/// Deserializing from a `preprocessor_config.json` resolves the pixel limits as transformers 5.24
/// does in `Qwen2VLImageProcessorPil.__init__`: start from `size` when present (taken as a whole,
/// *not* merged with the defaults) or else from the defaults `{shortest_edge: 3136,
/// longest_edge: 1003520}`; then a non-null top-level `min_pixels` replaces `shortest_edge` and a
/// non-null `max_pixels` replaces `longest_edge`. So **top-level `min_pixels` / `max_pixels`
/// win over `size`** when both exist. After that both edges must be known (transformers raises
/// "`size` dict must contain 'shortest_edge' and 'longest_edge'" at preprocess time; we raise it
/// at load time). Other missing fields take transformers' class defaults.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "RawConfig")]
pub struct ImageProcessorConfig {
    /// `size["shortest_edge"]`: minimum pixel count after resize.
    pub min_pixels: u64,
    /// `size["longest_edge"]`: maximum pixel count after resize.
    pub max_pixels: u64,
    pub patch_size: usize,
    pub temporal_patch_size: usize,
    pub merge_size: usize,
    pub image_mean: [f64; 3],
    pub image_std: [f64; 3],
    pub do_resize: bool,
    pub do_rescale: bool,
    pub rescale_factor: f64,
    pub do_normalize: bool,
}

impl Default for ImageProcessorConfig {
    fn default() -> Self {
        Self {
            min_pixels: DEFAULT_MIN_PIXELS,
            max_pixels: DEFAULT_MAX_PIXELS,
            patch_size: 14,
            temporal_patch_size: 2,
            merge_size: 2,
            image_mean: OPENAI_CLIP_MEAN,
            image_std: OPENAI_CLIP_STD,
            do_resize: true,
            do_rescale: true,
            rescale_factor: 1.0 / 255.0,
            do_normalize: true,
        }
    }
}

fn per_channel(
    name: &str,
    v: Option<ScalarOrVec>,
    default: [f64; 3],
) -> std::result::Result<[f64; 3], String> {
    match v {
        None => Ok(default),
        Some(ScalarOrVec::Scalar(s)) => Ok([s; 3]),
        Some(ScalarOrVec::Vec(v)) => <[f64; 3]>::try_from(v.as_slice())
            .map_err(|_| format!("{name} must have 3 elements (RGB), got {}", v.len())),
    }
}

impl TryFrom<RawConfig> for ImageProcessorConfig {
    type Error = String;

    fn try_from(raw: RawConfig) -> std::result::Result<Self, String> {
        let d = Self::default();
        let (mut shortest, mut longest) = match raw.size {
            None => (Some(d.min_pixels), Some(d.max_pixels)),
            Some(s) => {
                if s.shortest_edge.is_none() && s.longest_edge.is_none() && !s.other.is_empty() {
                    let keys: Vec<&str> = s.other.keys().map(|k| k.as_str()).collect();
                    // Unless both are overridden below, this is an error.
                    if raw.min_pixels.is_none() || raw.max_pixels.is_none() {
                        return Err(format!(
                            "`size` must contain 'shortest_edge' and 'longest_edge', got keys {keys:?}"
                        ));
                    }
                }
                (s.shortest_edge, s.longest_edge)
            }
        };
        if raw.min_pixels.is_some() {
            shortest = raw.min_pixels;
        }
        if raw.max_pixels.is_some() {
            longest = raw.max_pixels;
        }
        let (min_pixels, max_pixels) = match (shortest, longest) {
            (Some(a), Some(b)) if a > 0 && b > 0 => (a, b),
            (a, b) => {
                return Err(format!(
                    "`size` must contain non-zero 'shortest_edge' (min_pixels) and 'longest_edge' \
                     (max_pixels) after applying top-level min_pixels/max_pixels, got \
                     shortest_edge={a:?}, longest_edge={b:?}"
                ))
            }
        };
        if let Some(r) = raw.resample {
            if r != PIL_BICUBIC {
                return Err(format!("resample {r} is not supported (only 3 = BICUBIC)"));
            }
        }
        let cfg = Self {
            min_pixels,
            max_pixels,
            patch_size: raw.patch_size.unwrap_or(d.patch_size),
            temporal_patch_size: raw.temporal_patch_size.unwrap_or(d.temporal_patch_size),
            merge_size: raw.merge_size.unwrap_or(d.merge_size),
            image_mean: per_channel("image_mean", raw.image_mean, d.image_mean)?,
            image_std: per_channel("image_std", raw.image_std, d.image_std)?,
            do_resize: raw.do_resize.unwrap_or(d.do_resize),
            do_rescale: raw.do_rescale.unwrap_or(d.do_rescale),
            rescale_factor: raw.rescale_factor.unwrap_or(d.rescale_factor),
            do_normalize: raw.do_normalize.unwrap_or(d.do_normalize),
        };
        cfg.validate()?;
        Ok(cfg)
    }
}

impl ImageProcessorConfig {
    /// Reads `preprocessor_config.json` (the file itself, not the folder).
    pub fn from_file(path: impl AsRef<Path>) -> Result<Self> {
        let path = path.as_ref();
        let text = std::fs::read_to_string(path).map_err(|source| ImageProcessorError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        serde_json::from_str(&text).map_err(|source| ImageProcessorError::Json {
            path: path.to_path_buf(),
            source,
        })
    }

    /// Parses the JSON text of a `preprocessor_config.json`.
    pub fn from_json_str(text: &str) -> Result<Self> {
        serde_json::from_str(text).map_err(|source| ImageProcessorError::Json {
            path: PathBuf::from("<string>"),
            source,
        })
    }

    /// Overrides the pixel limits (e.g. from the node's max-image-pixels parameter); `None` keeps
    /// the current value.
    pub fn with_pixel_limits(
        mut self,
        min_pixels: Option<u64>,
        max_pixels: Option<u64>,
    ) -> Result<Self> {
        if let Some(m) = min_pixels {
            self.min_pixels = m;
        }
        if let Some(m) = max_pixels {
            self.max_pixels = m;
        }
        self.validate().map_err(ImageProcessorError::Config)?;
        Ok(self)
    }

    /// `patch_size * merge_size` (28): resized sides are multiples of it.
    pub fn factor(&self) -> usize {
        self.patch_size * self.merge_size
    }

    fn validate(&self) -> std::result::Result<(), String> {
        if self.patch_size == 0 || self.merge_size == 0 || self.temporal_patch_size == 0 {
            return Err(format!(
                "patch_size ({}), merge_size ({}) and temporal_patch_size ({}) must be positive",
                self.patch_size, self.merge_size, self.temporal_patch_size
            ));
        }
        if self.min_pixels == 0 || self.max_pixels == 0 {
            return Err(format!(
                "min_pixels ({}) and max_pixels ({}) must be positive",
                self.min_pixels, self.max_pixels
            ));
        }
        if self.do_normalize && self.image_std.contains(&0.0) {
            return Err(format!("image_std {:?} has a zero", self.image_std));
        }
        Ok(())
    }
}

/// transformers' `smart_resize(height, width, factor, min_pixels, max_pixels)`, returning
/// `(height, width)`, both multiples of `factor`.
///
/// Same arithmetic as the Python (f64 math, `round` = round half to even, floor/ceil), so the
/// results agree for every input. Errors: aspect ratio above 200 (as transformers), an empty
/// image, and a zero-sized result (transformers 5.24 has no explicit "smaller than factor" error;
/// tiny images are scaled up to `min_pixels`, which is what we do too).
pub fn smart_resize(
    height: u64,
    width: u64,
    factor: u64,
    min_pixels: u64,
    max_pixels: u64,
) -> Result<(u64, u64)> {
    if height == 0 || width == 0 {
        return Err(ImageProcessorError::EmptyImage { width, height });
    }
    let ratio = height.max(width) as f64 / height.min(width) as f64;
    if ratio > 200.0 {
        return Err(ImageProcessorError::AspectRatio {
            width,
            height,
            ratio,
        });
    }
    let (hf, wf, ff) = (height as f64, width as f64, factor as f64);
    let mut h_bar = (hf / ff).round_ties_even() as u64 * factor;
    let mut w_bar = (wf / ff).round_ties_even() as u64 * factor;
    if h_bar * w_bar > max_pixels {
        let beta = ((height * width) as f64 / max_pixels as f64).sqrt();
        h_bar = factor.max((hf / beta / ff).floor() as u64 * factor);
        w_bar = factor.max((wf / beta / ff).floor() as u64 * factor);
    } else if h_bar * w_bar < min_pixels {
        let beta = (min_pixels as f64 / (height * width) as f64).sqrt();
        h_bar = (hf * beta / ff).ceil() as u64 * factor;
        w_bar = (wf * beta / ff).ceil() as u64 * factor;
    }
    if h_bar == 0 || w_bar == 0 {
        return Err(ImageProcessorError::ZeroResize {
            width,
            height,
            resized_width: w_bar,
            resized_height: h_bar,
            factor,
            min_pixels,
            max_pixels,
        });
    }
    Ok((h_bar, w_bar))
}

// ---------------------------------------------------------------------------------------------
// PIL-exact bicubic resize
// ---------------------------------------------------------------------------------------------

/// Fixed-point precision of Pillow's 8-bit resampling: 32 - 8 - 2.
const PRECISION_BITS: u32 = 22;

/// Keys' cubic convolution kernel with a = -0.5 (Pillow's `bicubic_filter`), support 2.
fn cubic(x: f64) -> f64 {
    const A: f64 = -0.5;
    let x = x.abs();
    if x < 1.0 {
        ((A + 2.0) * x - (A + 3.0)) * x * x + 1.0
    } else if x < 2.0 {
        (((x - 5.0) * x + 8.0) * x - 4.0) * A
    } else {
        0.0
    }
}

/// Per-output-sample taps of one resampling pass.
struct Taps {
    /// First input index of each output sample.
    start: Vec<usize>,
    /// Number of taps of each output sample.
    len: Vec<usize>,
    /// Fixed-point weights, `stride` per output sample.
    weights: Vec<i32>,
    stride: usize,
}

/// Pillow's `precompute_coeffs` + `normalize_coeffs_8bpc` for the full box `[0, in_size)`.
fn precompute_taps(in_size: usize, out_size: usize) -> Taps {
    const SUPPORT: f64 = 2.0;
    let scale = in_size as f64 / out_size as f64;
    let filterscale = scale.max(1.0);
    let support = SUPPORT * filterscale;
    let stride = support.ceil() as usize * 2 + 1;
    let ss = 1.0 / filterscale;
    let mut start = Vec::with_capacity(out_size);
    let mut len = Vec::with_capacity(out_size);
    let mut weights = vec![0i32; out_size * stride];
    let mut k = vec![0f64; stride];
    let one = (1u32 << PRECISION_BITS) as f64;
    for xx in 0..out_size {
        let center = (xx as f64 + 0.5) * scale;
        // C casts truncate toward zero; then clamp to the image.
        let xmin = ((center - support + 0.5) as i64).max(0) as usize;
        let xmax = ((center + support + 0.5) as i64).min(in_size as i64) as usize;
        let n = xmax.saturating_sub(xmin);
        let mut ww = 0.0f64;
        for (x, kx) in k.iter_mut().enumerate().take(n) {
            let w = cubic(((x + xmin) as f64 - center + 0.5) * ss);
            *kx = w;
            ww += w;
        }
        let row = &mut weights[xx * stride..xx * stride + n];
        for (x, out) in row.iter_mut().enumerate() {
            let mut v = k[x];
            if ww != 0.0 {
                v /= ww;
            }
            *out = if v < 0.0 {
                (-0.5 + v * one) as i32
            } else {
                (0.5 + v * one) as i32
            };
        }
        start.push(xmin);
        len.push(n);
    }
    Taps {
        start,
        len,
        weights,
        stride,
    }
}

#[inline(always)]
fn clip8(acc: i32) -> u8 {
    (acc >> PRECISION_BITS).clamp(0, 255) as u8
}

/// Horizontal pass: rows `row0..row0 + rows` of `src` (`in_w` pixels wide) to `taps.start.len()`
/// pixels wide.
/// `None` when `stop` said so (checked every [`STOP_CHECK_ROWS`] rows).
fn horizontal_pass(
    src: &[u8],
    in_w: usize,
    row0: usize,
    rows: usize,
    taps: &Taps,
    stop: &dyn Fn() -> bool,
) -> Option<Vec<u8>> {
    let out_w = taps.start.len();
    let half: i32 = 1 << (PRECISION_BITS - 1);
    let mut buf = vec![0u8; rows * out_w * 3];
    for (r, out_row) in buf.chunks_exact_mut(out_w * 3).enumerate() {
        if r % STOP_CHECK_ROWS == 0 && stop() {
            return None;
        }
        let in_row = &src[(row0 + r) * in_w * 3..(row0 + r + 1) * in_w * 3];
        for (xx, o) in out_row.chunks_exact_mut(3).enumerate() {
            let xmin = taps.start[xx];
            let n = taps.len[xx];
            let w = &taps.weights[xx * taps.stride..xx * taps.stride + n];
            let px = &in_row[xmin * 3..(xmin + n) * 3];
            let (mut s0, mut s1, mut s2) = (half, half, half);
            for (p, &k) in px.chunks_exact(3).zip(w) {
                s0 += p[0] as i32 * k;
                s1 += p[1] as i32 * k;
                s2 += p[2] as i32 * k;
            }
            o[0] = clip8(s0);
            o[1] = clip8(s1);
            o[2] = clip8(s2);
        }
    }
    Some(buf)
}

/// Vertical pass: `src` holds rows `row0..` of a `width`-pixel-wide image; produces
/// `taps.start.len()` rows; `None` when `stop` said so.
fn vertical_pass(
    src: &[u8],
    width: usize,
    row0: usize,
    taps: &Taps,
    stop: &dyn Fn() -> bool,
) -> Option<Vec<u8>> {
    let out_h = taps.start.len();
    let row_len = width * 3;
    let half: i32 = 1 << (PRECISION_BITS - 1);
    let mut out = vec![0u8; out_h * row_len];
    let mut acc = vec![0i32; row_len];
    for (yy, out_row) in out.chunks_exact_mut(row_len).enumerate() {
        if yy % STOP_CHECK_ROWS == 0 && stop() {
            return None;
        }
        acc.fill(half);
        let ymin = taps.start[yy];
        let n = taps.len[yy];
        for (y, &k) in taps.weights[yy * taps.stride..yy * taps.stride + n]
            .iter()
            .enumerate()
        {
            let r = ymin + y - row0;
            let in_row = &src[r * row_len..(r + 1) * row_len];
            for (a, &p) in acc.iter_mut().zip(in_row) {
                *a += p as i32 * k;
            }
        }
        for (o, &a) in out_row.iter_mut().zip(&acc) {
            *o = clip8(a);
        }
    }
    Some(out)
}

/// How many output rows a resize pass computes between two looks at its `stop` callback: a few
/// milliseconds of work even for an 8K-wide image, so a deadline stops a resize promptly.
const STOP_CHECK_ROWS: usize = 16;

/// Resizes an RGB `u8` image to `width` x `height` exactly as Pillow 13's
/// `Image.resize((width, height), Image.BICUBIC)` (no `box`, no `reducing_gap`) does.
///
/// Pass order: Pillow 13 (python-pillow/Pillow#9549) runs the vertical pass first when the height
/// shrinks "significantly more" than the width; Pillow 12 and older always ran horizontal first.
/// The rule used here, `out_h < in_h && in_h - out_h > 2 * (in_w - out_w)`, was fitted to
/// Pillow 13.0 and agrees with it byte for byte on every case tried (153 random size pairs plus
/// the digest table in `tests/preprocess.rs`). The pass order changes results by up to ~20 levels
/// on noisy images, so it matters for exactness.
pub fn resize_bicubic_pil(src: &RgbImage, width: u32, height: u32) -> RgbImage {
    resize_bicubic_pil_until(src, width, height, &|| false).expect("never stopped")
}

/// [`resize_bicubic_pil`] that gives up (`None`) soon after `stop` returns true.
pub fn resize_bicubic_pil_until(
    src: &RgbImage,
    width: u32,
    height: u32,
    stop: &dyn Fn() -> bool,
) -> Option<RgbImage> {
    let (in_w, in_h) = (src.width() as usize, src.height() as usize);
    let (out_w, out_h) = (width as usize, height as usize);
    if (in_w, in_h) == (out_w, out_h) {
        return Some(src.clone());
    }
    if in_w == 0 || in_h == 0 || out_w == 0 || out_h == 0 {
        return Some(RgbImage::new(width, height));
    }
    let need_h = out_w != in_w;
    let need_v = out_h != in_h;
    let input: &[u8] = src.as_raw();
    let vertical_first = need_h
        && need_v
        && out_h < in_h
        && (in_h - out_h) as i64 > 2 * (in_w as i64 - out_w as i64);
    let out = if !need_v {
        horizontal_pass(input, in_w, 0, in_h, &precompute_taps(in_w, out_w), stop)?
    } else if !need_h {
        vertical_pass(input, in_w, 0, &precompute_taps(in_h, out_h), stop)?
    } else if vertical_first {
        let tmp = vertical_pass(input, in_w, 0, &precompute_taps(in_h, out_h), stop)?;
        horizontal_pass(&tmp, in_w, 0, out_h, &precompute_taps(in_w, out_w), stop)?
    } else {
        // Only the input rows the vertical taps reach go through the horizontal pass.
        let vt = precompute_taps(in_h, out_h);
        let (first, last) = (vt.start[0], vt.start[out_h - 1] + vt.len[out_h - 1]);
        let tmp = horizontal_pass(
            input,
            in_w,
            first,
            last - first,
            &precompute_taps(in_w, out_w),
            stop,
        )?;
        vertical_pass(&tmp, out_w, first, &vt, stop)?
    };
    Some(RgbImage::from_raw(width, height, out).expect("buffer size"))
}

// ---------------------------------------------------------------------------------------------
// Processor
// ---------------------------------------------------------------------------------------------

/// Model inputs for one image, plus the sizes needed to map answers back to the original image.
#[derive(Debug, Clone)]
pub struct ProcessedImage {
    /// `f32` `[grid_t * grid_h * grid_w, C * temporal_patch_size * patch_size^2]` (`[N, 1176]`), CPU.
    pub pixel_values: Tensor,
    /// `[1, resized_height / patch_size, resized_width / patch_size]`.
    pub grid_thw: [usize; 3],
    /// Original `(width, height)`.
    pub original_size: (u32, u32),
    /// Resized `(width, height)` (what the model sees).
    pub resized_size: (u32, u32),
    /// `N / merge_size^2`: the number of `<|image_pad|>` tokens for this image.
    pub num_image_tokens: usize,
}

impl ProcessedImage {
    /// `(original_width / resized_width, original_height / resized_height)`.
    pub fn scale_factors(&self) -> (f64, f64) {
        (
            self.original_size.0 as f64 / self.resized_size.0 as f64,
            self.original_size.1 as f64 / self.resized_size.1 as f64,
        )
    }

    /// Maps a point in resized-image pixels (what the model's coordinates refer to) to original
    /// image pixels.
    pub fn to_original(&self, x: f64, y: f64) -> (f64, f64) {
        let (sx, sy) = self.scale_factors();
        (x * sx, y * sy)
    }
}

/// The Qwen2-VL image processor.
#[derive(Debug, Clone)]
pub struct ImageProcessor {
    config: ImageProcessorConfig,
    /// Per channel, per `u8` level: the rescaled + normalized value.
    lut: [[f32; 256]; 3],
}

impl ImageProcessor {
    pub fn new(config: ImageProcessorConfig) -> Self {
        let mut lut = [[0f32; 256]; 3];
        for (c, table) in lut.iter_mut().enumerate() {
            let mean = config.image_mean[c] as f32;
            let std = config.image_std[c] as f32;
            for (v, out) in table.iter_mut().enumerate() {
                // transformers: rescale computes in f64 then casts to f32; normalize in f32.
                let mut x = if config.do_rescale {
                    (v as f64 * config.rescale_factor) as f32
                } else {
                    v as f32
                };
                if config.do_normalize {
                    x = (x - mean) / std;
                }
                *out = x;
            }
        }
        Self { config, lut }
    }

    /// Loads `preprocessor_config.json` (errors name the file).
    pub fn from_file(path: impl AsRef<Path>) -> Result<Self> {
        Ok(Self::new(ImageProcessorConfig::from_file(path)?))
    }

    pub fn config(&self) -> &ImageProcessorConfig {
        &self.config
    }

    /// The `(width, height)` an image of `width` x `height` is resized to.
    pub fn target_size(&self, width: u32, height: u32) -> Result<(u32, u32)> {
        let c = &self.config;
        let factor = c.factor() as u64;
        if !c.do_resize {
            if width == 0 || height == 0 {
                return Err(ImageProcessorError::EmptyImage {
                    width: width as u64,
                    height: height as u64,
                });
            }
            if !(width as u64).is_multiple_of(factor) || !(height as u64).is_multiple_of(factor) {
                return Err(ImageProcessorError::NotMultiple {
                    width: width as u64,
                    height: height as u64,
                    factor,
                });
            }
            return Ok((width, height));
        }
        let (h, w) = smart_resize(
            height as u64,
            width as u64,
            factor,
            c.min_pixels,
            c.max_pixels,
        )?;
        Ok((w as u32, h as u32))
    }

    /// Number of image tokens an image of this size produces (no pixels touched).
    pub fn num_image_tokens(&self, width: u32, height: u32) -> Result<usize> {
        let (w, h) = self.target_size(width, height)?;
        let p = self.config.patch_size;
        Ok((h as usize / p) * (w as usize / p) / (self.config.merge_size * self.config.merge_size))
    }

    /// RGB image to `pixel_values` + `grid_thw`.
    pub fn preprocess(&self, image: &RgbImage) -> Result<ProcessedImage> {
        Ok(self
            .preprocess_until(image, &|| false)?
            .expect("never stopped"))
    }

    /// [`Self::preprocess`] that gives up (`Ok(None)`) soon after `stop` returns true: the
    /// resize of a large frame is the slow part, and it looks at `stop` as it goes.
    pub fn preprocess_until(
        &self,
        image: &RgbImage,
        stop: &dyn Fn() -> bool,
    ) -> Result<Option<ProcessedImage>> {
        let (w0, h0) = image.dimensions();
        let (w, h) = self.target_size(w0, h0)?;
        let resized_owned;
        let resized = if (w, h) == (w0, h0) {
            image
        } else {
            match resize_bicubic_pil_until(image, w, h, stop) {
                Some(done) => resized_owned = done,
                None => return Ok(None),
            }
            &resized_owned
        };
        if stop() {
            return Ok(None);
        }
        let (data, grid_h, grid_w) = self.patchify(resized);
        let c = &self.config;
        let dim = 3 * c.temporal_patch_size * c.patch_size * c.patch_size;
        let n = grid_h * grid_w;
        let pixel_values = Tensor::from_vec(data, (n, dim), &Device::Cpu)?;
        Ok(Some(ProcessedImage {
            pixel_values,
            grid_thw: [1, grid_h, grid_w],
            original_size: (w0, h0),
            resized_size: (w, h),
            num_image_tokens: n / (c.merge_size * c.merge_size),
        }))
    }

    /// Normalize + temporal duplication + patch ordering in one pass. `img` sides are multiples
    /// of `patch_size * merge_size`.
    fn patchify(&self, img: &RgbImage) -> (Vec<f32>, usize, usize) {
        let c = &self.config;
        let (p, m, t) = (c.patch_size, c.merge_size, c.temporal_patch_size);
        let (w, h) = (img.width() as usize, img.height() as usize);
        let (gh, gw) = (h / p, w / p);
        let plane = p * p; // one channel, one frame
        let dim = 3 * t * plane;
        let mut out: Vec<f32> = Vec::with_capacity(gh * gw * dim);
        let raw = img.as_raw();
        // Rows in (gh/m, gw/m, mh, mw) order; within a row (C, T, ph, pw). Written sequentially.
        for bh in 0..gh / m {
            for bw in 0..gw / m {
                for mh in 0..m {
                    for mw in 0..m {
                        let y0 = (bh * m + mh) * p;
                        let x0 = (bw * m + mw) * p;
                        for (ch, lut) in self.lut.iter().enumerate() {
                            let frame0 = out.len();
                            for ph in 0..p {
                                let off = ((y0 + ph) * w + x0) * 3 + ch;
                                let src = &raw[off..off + (p - 1) * 3 + 1];
                                out.extend(src.iter().step_by(3).map(|&v| lut[v as usize]));
                            }
                            // Frames 1..t repeat frame 0.
                            for _ in 1..t {
                                out.extend_from_within(frame0..frame0 + plane);
                            }
                        }
                    }
                }
            }
        }
        debug_assert_eq!(out.len(), gh * gw * dim);
        (out, gh, gw)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sr(h: u64, w: u64, min: u64, max: u64) -> (u64, u64) {
        smart_resize(h, w, 28, min, max).unwrap()
    }

    #[test]
    fn smart_resize_table() {
        const QWEN_MAX: u64 = 12845056;
        // (height, width, min, max) -> (h, w), values from transformers 5.24 smart_resize.
        type Case = ((u64, u64, u64, u64), (u64, u64));
        let cases: &[Case] = &[
            ((480, 640, 3136, QWEN_MAX), (476, 644)),
            ((1080, 1920, 3136, QWEN_MAX), (1092, 1932)),
            ((480, 640, 3136, DEFAULT_MAX_PIXELS), (476, 644)),
            ((1080, 1920, 3136, DEFAULT_MAX_PIXELS), (728, 1316)),
            ((150, 200, 3136, 50176), (140, 196)),
            ((250, 333, 3136, 50176), (168, 252)),
            // Tiny images scaled up to min_pixels.
            ((10, 10, 3136, QWEN_MAX), (56, 56)),
            ((1, 1, 3136, QWEN_MAX), (56, 56)),
            ((1, 150, 3136, QWEN_MAX), (28, 700)),
            ((20, 30, 3136, QWEN_MAX), (56, 84)),
            // Round half to even: 42/28 = 1.5 -> 2, 70/28 = 2.5 -> 2.
            ((42, 70, 1, QWEN_MAX), (56, 56)),
            ((98, 126, 1, QWEN_MAX), (112, 112)),
            // Downscale to max_pixels.
            ((3000, 4000, 3136, 1_000_000), (840, 1148)),
            // max(factor, ..) keeps a side of 28 even though the result exceeds max_pixels (as transformers).
            ((4000, 20, 3136, 10_000), (1400, 28)),
        ];
        for &((h, w, min, max), want) in cases {
            assert_eq!(
                sr(h, w, min, max),
                want,
                "smart_resize({h}, {w}, 28, {min}, {max})"
            );
        }
    }

    #[test]
    fn smart_resize_errors() {
        let e = smart_resize(10, 2011, 28, 3136, 12845056).unwrap_err();
        let msg = e.to_string();
        assert!(
            matches!(e, ImageProcessorError::AspectRatio { .. }),
            "{msg}"
        );
        assert!(msg.contains("201.1") && msg.contains("2011x10"), "{msg}");
        // Exactly 200 is allowed.
        assert!(smart_resize(10, 2000, 28, 3136, 12845056).is_ok());
        let e = smart_resize(0, 10, 28, 3136, 12845056).unwrap_err();
        assert!(e.to_string().contains("10x0"), "{e}");
    }

    #[test]
    fn config_resolution() {
        let d = ImageProcessorConfig::from_json_str("{}").unwrap();
        assert_eq!(d, ImageProcessorConfig::default());
        let c = ImageProcessorConfig::from_json_str(r#"{"min_pixels": 100, "max_pixels": 200}"#)
            .unwrap();
        assert_eq!((c.min_pixels, c.max_pixels), (100, 200));
        let c = ImageProcessorConfig::from_json_str(
            r#"{"size": {"shortest_edge": 300, "longest_edge": 400}}"#,
        )
        .unwrap();
        assert_eq!((c.min_pixels, c.max_pixels), (300, 400));
        // Top-level keys win over size.
        let c = ImageProcessorConfig::from_json_str(
            r#"{"size": {"shortest_edge": 300, "longest_edge": 400}, "min_pixels": 100, "max_pixels": 200}"#,
        )
        .unwrap();
        assert_eq!((c.min_pixels, c.max_pixels), (100, 200));
        let c = ImageProcessorConfig::from_json_str(
            r#"{"size": {"shortest_edge": 300}, "max_pixels": 200}"#,
        )
        .unwrap();
        assert_eq!((c.min_pixels, c.max_pixels), (300, 200));
        // null = absent.
        let c = ImageProcessorConfig::from_json_str(r#"{"min_pixels": null, "max_pixels": 200}"#)
            .unwrap();
        assert_eq!((c.min_pixels, c.max_pixels), (DEFAULT_MIN_PIXELS, 200));
        // size is not merged with defaults.
        let e =
            ImageProcessorConfig::from_json_str(r#"{"size": {"shortest_edge": 300}}"#).unwrap_err();
        assert!(e.to_string().contains("longest_edge"), "{e}");
        let e = ImageProcessorConfig::from_json_str(r#"{"size": {"height": 3}}"#).unwrap_err();
        assert!(e.to_string().contains("height"), "{e}");
        let e = ImageProcessorConfig::from_json_str(r#"{"image_mean": [0.5, 0.5]}"#).unwrap_err();
        assert!(e.to_string().contains("image_mean"), "{e}");
        let e = ImageProcessorConfig::from_json_str(r#"{"resample": 2}"#).unwrap_err();
        assert!(e.to_string().contains("resample"), "{e}");
        // A real Qwen2.5-VL config.
        let c = ImageProcessorConfig::from_json_str(
            r#"{"min_pixels": 3136, "max_pixels": 12845056, "patch_size": 14, "temporal_patch_size": 2,
                "merge_size": 2, "image_mean": [0.48145466, 0.4578275, 0.40821073],
                "image_std": [0.26862954, 0.26130258, 0.27577711],
                "image_processor_type": "Qwen2VLImageProcessor", "processor_class": "Qwen2_5_VLProcessor"}"#,
        )
        .unwrap();
        assert_eq!(
            (c.min_pixels, c.max_pixels, c.factor()),
            (3136, 12845056, 28)
        );
        let c = c.with_pixel_limits(None, Some(1_000_000)).unwrap();
        assert_eq!(c.max_pixels, 1_000_000);
    }

    #[test]
    fn from_file_errors_name_the_file() {
        let e =
            ImageProcessorConfig::from_file("/nonexistent/preprocessor_config.json").unwrap_err();
        assert!(
            e.to_string()
                .contains("/nonexistent/preprocessor_config.json"),
            "{e}"
        );
        let dir = std::env::temp_dir().join(format!("robobrain-prep-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let f = dir.join("preprocessor_config.json");
        std::fs::write(&f, "{ not json").unwrap();
        let e = ImageProcessorConfig::from_file(&f).unwrap_err();
        assert!(e.to_string().contains(f.to_str().unwrap()), "{e}");
        std::fs::remove_dir_all(&dir).ok();
    }

    #[test]
    fn identity_resize_and_constant_image() {
        let img = RgbImage::from_fn(30, 20, |x, y| image::Rgb([x as u8, y as u8, (x * y) as u8]));
        assert_eq!(resize_bicubic_pil(&img, 30, 20), img);
        // A constant image stays constant through any resize (weights sum to 1 in fixed point
        // up to rounding, and Pillow's rounding keeps constants).
        let flat = RgbImage::from_pixel(37, 23, image::Rgb([200, 0, 255]));
        for (w, h) in [(56, 28), (12, 7), (37, 60), (100, 23)] {
            let r = resize_bicubic_pil(&flat, w, h);
            assert!(r.pixels().all(|p| p.0 == [200, 0, 255]), "{w}x{h}");
        }
    }

    #[test]
    fn a_resize_stops_soon_after_it_is_told_to() {
        use std::cell::Cell;
        let img = RgbImage::from_fn(400, 300, |x, y| image::Rgb([x as u8, y as u8, 7]));
        // Never stopped: the same pixels as the plain resize, in both pass orders.
        for (w, h) in [(120, 90), (390, 40)] {
            let resized = resize_bicubic_pil_until(&img, w, h, &|| false).unwrap();
            assert_eq!(resized, resize_bicubic_pil(&img, w, h), "{w}x{h}");
        }
        // Told to stop on its third look: it looks every STOP_CHECK_ROWS rows and gives up.
        let looks = Cell::new(0);
        let stop = || {
            looks.set(looks.get() + 1);
            looks.get() >= 3
        };
        assert!(resize_bicubic_pil_until(&img, 120, 90, &stop).is_none());
        assert_eq!(looks.get(), 3);
        let processor = ImageProcessor::new(ImageProcessorConfig::default());
        assert!(processor
            .preprocess_until(&img, &|| true)
            .unwrap()
            .is_none());
        assert!(processor
            .preprocess_until(&img, &|| false)
            .unwrap()
            .is_some());
    }

    #[test]
    fn patch_ordering() {
        // Raw (unnormalized) values so the layout is checkable: pixel value encodes position.
        let cfg = ImageProcessorConfig {
            do_rescale: false,
            do_normalize: false,
            ..Default::default()
        };
        let proc = ImageProcessor::new(cfg);
        let img = RgbImage::from_fn(56, 84, |x, y| image::Rgb([x as u8, y as u8, 7]));
        let out = proc.preprocess(&img).unwrap();
        assert_eq!(out.grid_thw, [1, 6, 4]);
        assert_eq!(out.num_image_tokens, 6);
        assert_eq!(out.resized_size, (56, 84));
        let v: Vec<Vec<f32>> = out.pixel_values.to_vec2().unwrap();
        assert_eq!((v.len(), v[0].len()), (24, 1176));
        // Row r = ((bh * gw/2 + bw) * 2 + mh) * 2 + mw; column = ((c * 2 + t) * 14 + ph) * 14 + pw.
        for (r, row) in v.iter().enumerate() {
            let (mw, mh, bw, bh) = (r % 2, (r / 2) % 2, (r / 4) % 2, r / 8);
            for (col, &val) in row.iter().enumerate() {
                let (pw, ph, _t, ch) = (col % 14, (col / 14) % 14, (col / 196) % 2, col / 392);
                let x = (bw * 2 + mw) * 14 + pw;
                let y = (bh * 2 + mh) * 14 + ph;
                let want = [x as f32, y as f32, 7.0][ch];
                assert_eq!(val, want, "row {r} col {col}");
            }
        }
    }
}
