// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! Image preprocessing parity with transformers 5.24 `Qwen2VLImageProcessorPil` / Pillow 13.0.
//!
//! Digests below were produced in a scratch venv with transformers 5.24, Pillow 13.0 and numpy
//! from deterministic images that both sides generate with the same LCG ([`lcg_image`]):
//!
//! ```python
//! M = (1 << 64) - 1
//! def lcg_image(w, h, seed, smooth):           # -> uint8 [h, w, 3]
//!     s, out = seed, np.empty(w * h * 3, np.uint8)
//!     for i in range(w * h * 3):
//!         s = (s * 6364136223846793005 + 1442695040888963407) & M
//!         out[i] = s >> 56
//!     a = out.reshape(h, w, 3)
//!     if smooth:
//!         y, x, c = np.meshgrid(np.arange(h), np.arange(w), np.arange(3), indexing="ij")
//!         a = ((x * 2 + y * 3 + c * 50 + (a >> 5)) % 256).astype(np.uint8)
//!     return a
//! def fnv(b):                                  # FNV-1a 64 over the resized RGB bytes
//!     h = 0xcbf29ce484222325
//!     for v in b: h = ((h ^ v) * 0x100000001b3) & M
//!     return h
//! r = np.asarray(Image.fromarray(a, "RGB").resize((ow, oh), Image.BICUBIC))
//! print(fnv(r.tobytes()), r.astype(np.int64).sum())
//! # default-config digest:
//! pv = Qwen2VLImageProcessorPil()(Image.fromarray(lcg_image(640, 480, 2000, 1), "RGB"),
//!                                 return_tensors="np")["pixel_values"]
//! print(pv.astype(np.float64).sum(), np.abs(pv.astype(np.float64)).sum(), pv[i, j] ...)
//! ```

use std::path::{Path, PathBuf};

use image::RgbImage;
use robobrain::preprocess::image_processor::{
    resize_bicubic_pil, ImageProcessor, ImageProcessorConfig, ProcessedImage,
};

fn lcg_image(w: u32, h: u32, seed: u64, smooth: bool) -> RgbImage {
    let mut s = seed;
    let mut raw = Vec::with_capacity((w * h * 3) as usize);
    for _ in 0..w * h * 3 {
        s = s
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        raw.push((s >> 56) as u8);
    }
    if smooth {
        for y in 0..h as usize {
            for x in 0..w as usize {
                for c in 0..3 {
                    let i = (y * w as usize + x) * 3 + c;
                    raw[i] = ((x * 2 + y * 3 + c * 50 + (raw[i] >> 5) as usize) % 256) as u8;
                }
            }
        }
    }
    RgbImage::from_raw(w, h, raw).unwrap()
}

fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf29ce484222325u64, |h, &b| {
        (h ^ b as u64).wrapping_mul(0x100000001b3)
    })
}

/// (in_w, in_h, out_w, out_h, seed, smooth, fnv1a of PIL's output, sum of PIL's output).
/// Sizes from the 1920x1080 case on are not in the PIL_REF_DIR dumps of the dev test.
/// Covers downscale, upscale, one-axis-only resizes (a pass skipped), mixed directions,
/// large downscale factors and a 1x1 source.
type Digest = (u32, u32, u32, u32, u64, bool, u64, u64);
const PIL_BICUBIC_DIGESTS: &[Digest] = &[
    (
        200,
        150,
        196,
        140,
        1000,
        false,
        0x1b8c31d9dd420948,
        10485775,
    ),
    (
        333,
        250,
        252,
        168,
        1001,
        false,
        0xf7d3d96765b154ba,
        16163787,
    ),
    (
        640,
        480,
        644,
        476,
        1002,
        false,
        0xa5064989d6002454,
        117253157,
    ),
    (30, 20, 56, 84, 1003, false, 0x6f1cd1210a0a2fe9, 1812912),
    (100, 100, 100, 56, 1004, false, 0xe0586f29ffb12ab9, 2143710),
    (100, 100, 28, 100, 1005, false, 0x3fe12f7acd2df7c5, 1072758),
    (500, 37, 84, 28, 1006, false, 0x16899039626d639a, 903063),
    (17, 300, 56, 700, 1007, false, 0x0bafdc6d57cca998, 14991847),
    (1, 1, 56, 56, 1008, false, 0x90f1d621abd12c25, 1517824),
    (200, 150, 196, 140, 1000, true, 0xf1ab821336ec4537, 10567382),
    (333, 250, 252, 168, 1001, true, 0x723c53bdfc8f8be0, 16191671),
    (
        640,
        480,
        644,
        476,
        1002,
        true,
        0xa39c105db8846e05,
        117319422,
    ),
    (30, 20, 56, 84, 1003, true, 0x8f80e9ab7e4592bb, 1566818),
    (100, 100, 100, 56, 1004, true, 0x1f2ed1cf824d6c68, 2165361),
    (100, 100, 28, 100, 1005, true, 0x2cf65d87aea9f034, 1083317),
    (500, 37, 84, 28, 1006, true, 0x9c0454c6eca88742, 904237),
    (17, 300, 56, 700, 1007, true, 0xb9625c41eb860d4c, 15081555),
    (1, 1, 56, 56, 1008, true, 0x1b72fe4c94b46ce5, 511168),
    (
        1920,
        1080,
        1316,
        728,
        1009,
        true,
        0x32c70f25815a4dd6,
        366454445,
    ),
    // Pillow 13 pass-order boundary: in_h - out_h == 2 * (in_w - out_w) -> horizontal first,
    // one more row of height reduction -> vertical first.
    (
        200,
        400,
        198,
        396,
        1100,
        false,
        0xf736f3a165e75f54,
        29938731,
    ),
    (
        200,
        400,
        198,
        395,
        1101,
        false,
        0xb1884c4059efe5ad,
        29888358,
    ),
    (
        1080,
        1920,
        728,
        1316,
        1102,
        true,
        0x33fd57b75bac910f,
        366517972,
    ),
];

#[test]
fn bicubic_resize_is_byte_identical_to_pil() {
    let mut failures = Vec::new();
    for &(w, h, ow, oh, seed, smooth, want_fnv, want_sum) in PIL_BICUBIC_DIGESTS {
        let img = lcg_image(w, h, seed, smooth);
        let r = resize_bicubic_pil(&img, ow, oh);
        assert_eq!(r.dimensions(), (ow, oh));
        let sum: u64 = r.as_raw().iter().map(|&v| v as u64).sum();
        let got = fnv1a(r.as_raw());
        if (got, sum) != (want_fnv, want_sum) {
            failures.push(format!(
                "{w}x{h} -> {ow}x{oh} (seed {seed}, smooth {smooth}): fnv {got:#018x} vs {want_fnv:#018x}, \
                 sum {sum} vs {want_sum}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "differs from PIL:\n{}",
        failures.join("\n")
    );
}

#[test]
fn default_config_640x480_matches_transformers_digest() {
    let proc = ImageProcessor::new(ImageProcessorConfig::default());
    let img = lcg_image(640, 480, 2000, true);
    let out = proc.preprocess(&img).unwrap();
    assert_eq!(out.grid_thw, [1, 34, 46]);
    assert_eq!(out.num_image_tokens, 391);
    assert_eq!(out.original_size, (640, 480));
    assert_eq!(out.resized_size, (644, 476));
    assert_eq!(out.pixel_values.dims(), &[1564, 1176]);
    let v: Vec<Vec<f32>> = out.pixel_values.to_vec2().unwrap();
    let sum: f64 = v.iter().flatten().map(|&x| x as f64).sum();
    let abs: f64 = v.iter().flatten().map(|&x| (x as f64).abs()).sum();
    // transformers: sum 344823.9581661669, abs sum 1713517.6357202039 (f64 accumulation of f32).
    assert!((sum - 344823.9581661669).abs() < 1e-3, "sum {sum}");
    assert!((abs - 1713517.6357202039).abs() < 1e-3, "abs sum {abs}");
    // Exact f32 values (printed as f64 by Python).
    let samples: &[(usize, usize, f64)] = &[
        (0, 0, -1.7922625541687012),
        (0, 1175, 0.9514116048812866),
        (1, 17, -1.2521207332611084),
        (777, 300, -1.558687686920166),
        (1563, 1175, -1.4233394861221313),
        (1000, 588, 1.5946351289749146),
        (42, 196, -0.4346088469028473),
    ];
    for &(i, j, want) in samples {
        assert_eq!(v[i][j] as f64, want, "pixel_values[{i}, {j}]");
    }
    // Mapping back to original pixels.
    let (x, y) = out.to_original(644.0, 476.0);
    assert!((x - 640.0).abs() < 1e-9 && (y - 480.0).abs() < 1e-9);
}

#[test]
fn qwen_limits_1920x1080() {
    let cfg = ImageProcessorConfig::default()
        .with_pixel_limits(Some(3136), Some(12845056))
        .unwrap();
    let proc = ImageProcessor::new(cfg);
    assert_eq!(proc.target_size(1920, 1080).unwrap(), (1932, 1092));
    assert_eq!(proc.num_image_tokens(1920, 1080).unwrap(), 2691);
    let img = lcg_image(1920, 1080, 7, true);
    let t = std::time::Instant::now();
    let out = proc.preprocess(&img).unwrap();
    eprintln!("preprocess 1920x1080 -> 1932x1092: {:?}", t.elapsed());
    assert_eq!(out.grid_thw, [1, 78, 138]);
    assert_eq!(out.num_image_tokens, 2691);
    assert_eq!(out.pixel_values.dims(), &[78 * 138, 1176]);
}

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn max_abs_diff(a: &[f32], b: &[f32]) -> f32 {
    a.iter()
        .zip(b)
        .map(|(x, y)| (x - y).abs())
        .fold(0.0, f32::max)
}

/// Parity with the committed transformers fixtures (scripts/fixtures/make_fixtures.py).
#[test]
fn fixtures_match_transformers() {
    let root = repo().join("tests/fixtures");
    let proc = ImageProcessor::from_file(root.join("tiny/preprocessor_config.json")).unwrap();
    let reference = candle_core::safetensors::load(
        root.join("reference/reference.safetensors"),
        &candle_core::Device::Cpu,
    )
    .unwrap();
    for name in ["image_0", "image_1"] {
        let path = root.join(format!("images/{name}.png"));
        let img = image::open(&path)
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
            .to_rgb8();
        let out: ProcessedImage = proc.preprocess(&img).unwrap();
        let want_pv = &reference[&format!("{name}.pixel_values")];
        let want_grid: Vec<i64> = reference[&format!("{name}.grid_thw")].to_vec1().unwrap();
        let want_grid: Vec<usize> = want_grid.into_iter().map(|v| v as usize).collect();
        assert_eq!(out.grid_thw.to_vec(), want_grid, "{name} grid_thw");
        assert_eq!(
            out.pixel_values.dims(),
            want_pv.dims(),
            "{name} pixel_values shape"
        );
        let got: Vec<f32> = out.pixel_values.flatten_all().unwrap().to_vec1().unwrap();
        let want: Vec<f32> = want_pv.flatten_all().unwrap().to_vec1().unwrap();
        let d = max_abs_diff(&got, &want);
        eprintln!(
            "{name}: {:?} -> {:?}, pixel_values max abs diff {d:e}",
            out.original_size, out.resized_size
        );
        assert!(d <= 1e-4, "{name}: pixel_values max abs diff {d} > 1e-4");
    }
}

fn read_bin(dir: &Path, name: &str) -> Option<Vec<u8>> {
    std::fs::read(dir.join(name)).ok()
}

/// Developer check against raw dumps from Python (not run in CI): set PIL_REF_DIR to a folder
/// holding `a_{smooth}_{i}.bin` (source) and `r_{smooth}_{i}.bin` (PIL result) for the cases of
/// [`PIL_BICUBIC_DIGESTS`]; prints the max abs difference of this resizer and of
/// fast_image_resize's CatmullRom convolution against PIL.
#[test]
#[ignore]
fn dev_compare_resizers_with_pil_dumps() {
    use fast_image_resize::{
        images::Image, FilterType, PixelType, ResizeAlg, ResizeOptions, Resizer,
    };
    let dir = PathBuf::from(std::env::var("PIL_REF_DIR").expect("PIL_REF_DIR"));
    let mut i_by_smooth = [0usize; 2];
    for &(w, h, ow, oh, _seed, smooth, _, _) in PIL_BICUBIC_DIGESTS {
        let s = smooth as usize;
        let i = if (w, h) == (1920, 1080) {
            9
        } else {
            i_by_smooth[s]
        };
        i_by_smooth[s] += 1;
        let (Some(a), Some(r)) = (
            read_bin(&dir, &format!("a_{s}_{i}.bin")),
            read_bin(&dir, &format!("r_{s}_{i}.bin")),
        ) else {
            continue;
        };
        let src = RgbImage::from_raw(w, h, a.clone()).unwrap();
        let ours = resize_bicubic_pil(&src, ow, oh);
        let d_ours = ours
            .as_raw()
            .iter()
            .zip(&r)
            .map(|(x, y)| (*x as i32 - *y as i32).abs())
            .max()
            .unwrap();
        let src_fir = Image::from_vec_u8(w, h, a, PixelType::U8x3).unwrap();
        let mut dst = Image::new(ow, oh, PixelType::U8x3);
        Resizer::new()
            .resize(
                &src_fir,
                &mut dst,
                &ResizeOptions::new().resize_alg(ResizeAlg::Convolution(FilterType::CatmullRom)),
            )
            .unwrap();
        let diffs: Vec<i32> = dst
            .buffer()
            .iter()
            .zip(&r)
            .map(|(x, y)| (*x as i32 - *y as i32).abs())
            .collect();
        let d_fir = *diffs.iter().max().unwrap();
        let n_fir = diffs.iter().filter(|&&d| d > 0).count();
        eprintln!(
            "{w}x{h} -> {ow}x{oh} smooth={smooth}: ours max diff {d_ours}; fast_image_resize CatmullRom max diff \
             {d_fir}, {n_fir}/{} bytes differ",
            diffs.len()
        );
    }
}
