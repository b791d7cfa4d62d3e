// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! Int8 (Q8_0) weights times f32 rows on x86 CPUs with AVX-512 VNNI, register-blocked.
//!
//! candle 0.11's repacked Q8_0 kernel spends more vector instructions on its per-block
//! bookkeeping than on the integer dot products themselves: for every 32 input values, every
//! row and every 16 outputs it converts the integer sum, subtracts the activations' sum times
//! the +128 it adds to the weights, multiplies two scales and adds (about 5 operations against
//! 8 `vpdpbusd`). This kernel moves the +128 onto the activations instead (unsigned bytes, as
//! `vpdpbusd` wants them) and keeps the weights signed as Q8_0 stores them, so the correction
//! is `128 x scale x sum(weights)` per output and block: a constant of the weights, from sums
//! made at pack time ([`PackedQ8::sums`]). What is left per 32 inputs is a convert, a fused
//! multiply-subtract and a multiply-add for every 8 dot products, over a 4-row x 32-output
//! register tile (8 integer and 8 float accumulators, 6 weight vectors), and the block's
//! scales and correction made once for all 4 rows.
//!
//! Activations are quantized per row and per 32 inputs (one Q8_0 block) to symmetric int8
//! (scale = max|x| / 127), as llama.cpp's Q8_0 x Q8_0 product does. Per 256 inputs (candle's
//! Q8_K, and this kernel's first version) cost 15% more error on the tiny checkpoint's decode
//! (relative L2 to f32 5.6e-2 against 4.3e-2, over the 5e-2 bound) for about 10% less time.
//! Decode (one row) takes the same kernel: faster than candle's matrix-vector product here.

use candle_core::quantized::{GgmlDType, QTensor};
use candle_core::{Device, Result, Tensor};

use super::{KernelOptions, Q8_0_BLOCK, Q8_0_BLOCK_BYTES as Q8_0_BYTES};

/// Outputs one panel holds: two 16-lane vectors.
const PANEL: usize = 32;
/// Rows one register tile multiplies (see the module comment for the register count; 6 rows,
/// 31 registers, ran 10-20% slower here).
const TILE_ROWS: usize = 4;
/// Weight bytes of one panel and one block: 8 groups of 4 inputs x 32 outputs.
const PANEL_BLOCK_BYTES: usize = PANEL * Q8_0_BLOCK;

/// Turns the kernel on or off for matrices packed from now on (for side-by-side measurements
/// and tests): [`KernelOptions::cpu_vnni`] set for the whole process.
pub fn set_enabled(enabled: bool) {
    KernelOptions {
        cpu_vnni: enabled,
        ..KernelOptions::current()
    }
    .install();
}

/// Whether int8 matrices on this CPU are packed for this kernel.
pub fn available() -> bool {
    KernelOptions::current().cpu_vnni && cpu_has_avx512_vnni()
}

fn cpu_has_avx512_vnni() -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        std::arch::is_x86_feature_detected!("avx512f")
            && std::arch::is_x86_feature_detected!("avx512bw")
            && std::arch::is_x86_feature_detected!("avx512vnni")
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        false
    }
}

/// Bytes a packed [n, k] matrix holds (see [`PackedQ8::size_in_bytes`]): per 32 weights, 32
/// values, an f16 scale and an i16 sum (Q8_0 itself takes 34), outputs in whole panels.
pub fn packed_bytes(n: usize, k: usize) -> usize {
    n.next_multiple_of(PANEL) * (k / Q8_0_BLOCK) * PACKED_BLOCK_BYTES
}

const PACKED_BLOCK_BYTES: usize = Q8_0_BLOCK + 2 + 2;

/// A Q8_0 matrix [n, k] rearranged for the kernel: panels of 32 outputs, each block of 32
/// inputs as 8 groups of (32 outputs x 4 consecutive inputs), which one `vpdpbusd` per 16
/// outputs consumes against 4 broadcast activation bytes.
#[derive(Debug)]
pub struct PackedQ8 {
    n: usize,
    k: usize,
    /// [panel][block][group][output in panel][4], the Q8_0 values as stored (signed).
    values: Vec<i8>,
    /// [panel][block][output in panel]: the blocks' scales, as Q8_0 stores them (f16).
    scales: Vec<half::f16>,
    /// [panel][block][output in panel]: the sum of the block's values (at most 32 x 127 in
    /// magnitude); 128 x scale x sum is what the +128 on the activations adds to the block's
    /// dot product. Kept as 2 bytes with the scale rather than as an f32 correction (40
    /// bytes per 32 weights): decode reads every weight once per token, and 10% fewer bytes
    /// outweigh the few conversions per block.
    sums: Vec<i16>,
}

impl PackedQ8 {
    /// Packs `q` (Q8_0 [n, k] on the CPU, k whole blocks).
    pub fn pack(q: &QTensor) -> Result<Self> {
        let (n, k) = q.shape().dims2()?;
        if q.dtype() != GgmlDType::Q8_0 || !matches!(q.device(), Device::Cpu) {
            candle_core::bail!(
                "packing a {:?} matrix on {:?} for the VNNI kernel: needs Q8_0 on the CPU",
                q.dtype(),
                q.device()
            );
        }
        let data = q.data()?;
        Ok(Self::from_q8_0_bytes(&data, n, k))
    }

    fn from_q8_0_bytes(data: &[u8], n: usize, k: usize) -> Self {
        let blocks = k / Q8_0_BLOCK;
        let panels = n.div_ceil(PANEL);
        let mut values = vec![0i8; panels * blocks * PANEL_BLOCK_BYTES];
        let mut scales = vec![half::f16::ZERO; panels * blocks * PANEL];
        let mut sums = vec![0i16; panels * blocks * PANEL];
        let row_bytes = blocks * Q8_0_BYTES;
        let pointers = (
            values.as_mut_ptr() as usize,
            scales.as_mut_ptr() as usize,
            sums.as_mut_ptr() as usize,
        );
        candle_core::utils::barrier_pool().execute_chunked(panels, |range| {
            for panel in range {
                // SAFETY: each panel writes only its own disjoint ranges of the three buffers.
                let (values, scales, sums) = unsafe {
                    (
                        std::slice::from_raw_parts_mut(
                            (pointers.0 as *mut i8).add(panel * blocks * PANEL_BLOCK_BYTES),
                            blocks * PANEL_BLOCK_BYTES,
                        ),
                        std::slice::from_raw_parts_mut(
                            (pointers.1 as *mut half::f16).add(panel * blocks * PANEL),
                            blocks * PANEL,
                        ),
                        std::slice::from_raw_parts_mut(
                            (pointers.2 as *mut i16).add(panel * blocks * PANEL),
                            blocks * PANEL,
                        ),
                    )
                };
                for lane in 0..PANEL.min(n - panel * PANEL) {
                    let row = &data[(panel * PANEL + lane) * row_bytes..][..row_bytes];
                    for (block, bytes) in row.chunks_exact(Q8_0_BYTES).enumerate() {
                        let quants = &bytes[2..];
                        scales[block * PANEL + lane] =
                            half::f16::from_le_bytes([bytes[0], bytes[1]]);
                        sums[block * PANEL + lane] =
                            quants.iter().map(|&v| i16::from(v as i8)).sum();
                        let out = &mut values[block * PANEL_BLOCK_BYTES..][..PANEL_BLOCK_BYTES];
                        for (group, four) in quants.chunks_exact(4).enumerate() {
                            for (j, &v) in four.iter().enumerate() {
                                out[(group * PANEL + lane) * 4 + j] = v as i8;
                            }
                        }
                    }
                }
            }
        });
        PackedQ8 {
            n,
            k,
            values,
            scales,
            sums,
        }
    }

    /// Bytes held: [`packed_bytes`] (the plan counts them for matrices on the CPU).
    pub fn size_in_bytes(&self) -> usize {
        self.values.len() + 2 * (self.scales.len() + self.sums.len())
    }

    fn blocks(&self) -> usize {
        self.k / Q8_0_BLOCK
    }

    /// `xs` [.., k] (f32, on the CPU) times this matrix transposed: [.., n] in f32.
    pub fn matmul(&self, xs: &Tensor) -> Result<Tensor> {
        let mut dims = xs.dims().to_vec();
        let k = *dims.last().unwrap_or(&0);
        if k != self.k {
            candle_core::bail!("int8 product: input width {k}, the matrix takes {}", self.k);
        }
        let rows = xs.elem_count() / k.max(1);
        let xs = xs.to_dtype(candle_core::DType::F32)?.flatten_all()?;
        let ys = {
            let (storage, layout) = xs.storage_and_layout();
            let candle_core::Storage::Cpu(cpu) = &*storage else {
                candle_core::bail!("int8 product: the input is not on the CPU");
            };
            let all = cpu.as_slice::<f32>()?;
            let values = match layout.contiguous_offsets() {
                Some((start, end)) => &all[start..end],
                None => candle_core::bail!("int8 product: a strided input"),
            };
            self.matmul_rows(values, rows)
        };
        *dims.last_mut().expect("a last dimension") = self.n;
        Tensor::from_vec(ys, dims, &Device::Cpu)
    }

    /// `rows` rows of k values times this matrix transposed: rows x n values.
    pub fn matmul_rows(&self, xs: &[f32], rows: usize) -> Vec<f32> {
        assert!(cpu_has_avx512_vnni(), "packed only where the CPU has VNNI");
        assert_eq!(xs.len(), rows * self.k);
        let activations = QuantizedRows::new(xs, rows, self.k);
        let mut out = vec![0f32; rows * self.n];
        let tiles = rows.div_ceil(TILE_ROWS);
        let panels = self.n.div_ceil(PANEL);
        let out_ptr = out.as_mut_ptr() as usize;
        // Panel-major: a thread's consecutive units share one panel of weights (32 outputs x k,
        // 115 KB at k = 3584), which stays in its L2 while the rows stream past.
        candle_core::utils::barrier_pool().execute_chunked(panels * tiles, |range| {
            for unit in range {
                let (panel, tile) = (unit / tiles, unit % tiles);
                let first = tile * TILE_ROWS;
                // SAFETY: the CPU has the features (asserted above); each unit writes its own
                // rows of its own panel's outputs.
                unsafe {
                    let out = out_ptr as *mut f32;
                    match rows - first {
                        1 => kernel::tile::<1>(self, panel, &activations, first, out),
                        2 => kernel::tile::<2>(self, panel, &activations, first, out),
                        3 => kernel::tile::<3>(self, panel, &activations, first, out),
                        _ => kernel::tile::<TILE_ROWS>(self, panel, &activations, first, out),
                    }
                }
            }
        });
        out
    }
}

/// Rows quantized for the kernel: each value as round(x / scale) + 128 in a byte, one scale
/// per row and Q8_0 block of inputs.
struct QuantizedRows {
    k: usize,
    blocks: usize,
    values: Vec<u8>,
    scales: Vec<f32>,
}

impl QuantizedRows {
    fn new(xs: &[f32], rows: usize, k: usize) -> Self {
        let blocks = k / Q8_0_BLOCK;
        let mut values = vec![0u8; rows * k];
        let mut scales = vec![0f32; rows * blocks];
        let pointers = (values.as_mut_ptr() as usize, scales.as_mut_ptr() as usize);
        candle_core::utils::barrier_pool().execute_chunked(rows, |range| {
            for row in range {
                // SAFETY: each row writes its own values and scales.
                let (values, scales) = unsafe {
                    (
                        std::slice::from_raw_parts_mut((pointers.0 as *mut u8).add(row * k), k),
                        std::slice::from_raw_parts_mut(
                            (pointers.1 as *mut f32).add(row * blocks),
                            blocks,
                        ),
                    )
                };
                let input = &xs[row * k..][..k];
                for (b, (chunk, out)) in input
                    .chunks_exact(Q8_0_BLOCK)
                    .zip(values.chunks_exact_mut(Q8_0_BLOCK))
                    .enumerate()
                {
                    // SAFETY: only packed matrices (on CPUs with the features) quantize rows.
                    scales[b] = unsafe { kernel::quantize(chunk, out) };
                }
            }
        });
        QuantizedRows {
            k,
            blocks,
            values,
            scales,
        }
    }
}

#[cfg(target_arch = "x86_64")]
mod kernel {
    use super::*;
    use core::arch::x86_64::*;

    /// `xs` (one block: a multiple of 16 values) as round(x / scale) + 128 into `out`; returns
    /// the scale.
    #[target_feature(enable = "avx512f,avx512bw,avx512vnni")]
    pub(super) unsafe fn quantize(xs: &[f32], out: &mut [u8]) -> f32 {
        debug_assert!(xs.len().is_multiple_of(16) && out.len() == xs.len());
        let mut max = _mm512_setzero_ps();
        for chunk in xs.chunks_exact(16) {
            max = _mm512_max_ps(max, _mm512_abs_ps(_mm512_loadu_ps(chunk.as_ptr())));
        }
        let max = _mm512_reduce_max_ps(max);
        let scale = max / 127.0;
        let inverse = _mm512_set1_ps(if max > 0.0 { 127.0 / max } else { 0.0 });
        let offset = _mm512_set1_epi32(128);
        for (chunk, out) in xs.chunks_exact(16).zip(out.chunks_exact_mut(16)) {
            // Round to nearest (the default rounding mode); |x / scale| <= 127, so + 128 is a
            // byte, which the truncating narrow keeps exactly.
            let q = _mm512_cvtps_epi32(_mm512_mul_ps(_mm512_loadu_ps(chunk.as_ptr()), inverse));
            let bytes = _mm512_cvtepi32_epi8(_mm512_add_epi32(q, offset));
            _mm_storeu_si128(out.as_mut_ptr() as *mut __m128i, bytes);
        }
        scale
    }

    /// Rows `first..first + R` times `panel`'s 32 outputs, written into `out` (rows x n).
    #[target_feature(enable = "avx512f,avx512bw,avx512vnni")]
    pub(super) unsafe fn tile<const R: usize>(
        w: &PackedQ8,
        panel: usize,
        a: &QuantizedRows,
        first: usize,
        out: *mut f32,
    ) {
        let blocks = w.blocks();
        let values = w.values.as_ptr().add(panel * blocks * PANEL_BLOCK_BYTES);
        let scales = w.scales.as_ptr().add(panel * blocks * PANEL);
        let sums = w.sums.as_ptr().add(panel * blocks * PANEL);
        let rows: [*const u8; R] =
            std::array::from_fn(|i| a.values.as_ptr().add((first + i) * a.k));
        let row_scales: [*const f32; R] =
            std::array::from_fn(|i| a.scales.as_ptr().add((first + i) * a.blocks));
        let mut total = [[_mm512_setzero_ps(); 2]; R];
        for block in 0..blocks {
            let weights = values.add(block * PANEL_BLOCK_BYTES);
            let mut dots = [[_mm512_setzero_si512(); 2]; R];
            for group in 0..Q8_0_BLOCK / 4 {
                let w0 = _mm512_loadu_si512(weights.add(group * PANEL * 4) as *const _);
                let w1 = _mm512_loadu_si512(weights.add(group * PANEL * 4 + 64) as *const _);
                for i in 0..R {
                    let four = (rows[i].add(block * Q8_0_BLOCK + group * 4) as *const i32)
                        .read_unaligned();
                    let x = _mm512_set1_epi32(four);
                    dots[i][0] = _mm512_dpbusd_epi32(dots[i][0], x, w0);
                    dots[i][1] = _mm512_dpbusd_epi32(dots[i][1], x, w1);
                }
            }
            // 16 f16 scales and 16 i16 sums each; 128 x sum is exact in f32 (< 2^24).
            let scale = |at: usize| _mm512_cvtph_ps(_mm256_loadu_si256(scales.add(at) as *const _));
            let correction = |at: usize, scale: __m512| {
                let sum = _mm512_cvtepi16_epi32(_mm256_loadu_si256(sums.add(at) as *const _));
                _mm512_mul_ps(_mm512_cvtepi32_ps(_mm512_slli_epi32(sum, 7)), scale)
            };
            let (s0, s1) = (scale(block * PANEL), scale(block * PANEL + 16));
            let (c0, c1) = (
                correction(block * PANEL, s0),
                correction(block * PANEL + 16, s1),
            );
            for i in 0..R {
                // weight scale x dot - correction is the block's product in weight units; the
                // row's scale for the block brings it to output units.
                let x_scale = _mm512_set1_ps(*row_scales[i].add(block));
                let b0 = _mm512_fmsub_ps(_mm512_cvtepi32_ps(dots[i][0]), s0, c0);
                let b1 = _mm512_fmsub_ps(_mm512_cvtepi32_ps(dots[i][1]), s1, c1);
                total[i][0] = _mm512_fmadd_ps(b0, x_scale, total[i][0]);
                total[i][1] = _mm512_fmadd_ps(b1, x_scale, total[i][1]);
            }
        }
        let columns = w.n - panel * PANEL;
        for (half, lanes) in [columns.min(16), columns.saturating_sub(16).min(16)]
            .into_iter()
            .enumerate()
        {
            let mask: __mmask16 = if lanes == 16 {
                u16::MAX
            } else {
                (1u16 << lanes) - 1
            };
            for (i, total) in total.iter().enumerate() {
                let at = out.add((first + i) * w.n + panel * PANEL + half * 16);
                _mm512_mask_storeu_ps(at, mask, total[half]);
            }
        }
    }
}

#[cfg(not(target_arch = "x86_64"))]
mod kernel {
    use super::*;

    pub(super) unsafe fn quantize(_: &[f32], _: &mut [u8]) -> f32 {
        unreachable!("the VNNI kernel exists only on x86_64")
    }

    pub(super) unsafe fn tile<const R: usize>(
        _: &PackedQ8,
        _: usize,
        _: &QuantizedRows,
        _: usize,
        _: *mut f32,
    ) {
        unreachable!("the VNNI kernel exists only on x86_64")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quant::cpu_gemm::tests::{max_abs, weights};

    /// Shapes off every tile: rows not a multiple of 4, outputs not of 32 (nor 16), inputs
    /// not a multiple of 256 (1184 = 37 blocks), one block, one row.
    const SHAPES: [(usize, usize, usize); 6] = [
        (1, 5, 32),
        (3, 33, 96),
        (5, 100, 1184),
        (6, 48, 256),
        (17, 64, 320),
        (4, 32, 64),
    ];

    #[test]
    fn activations_the_quantizer_keeps_exactly_give_the_dequantized_product() {
        if !available() {
            eprintln!("skipped: this CPU has no AVX-512 VNNI");
            return;
        }
        for (rows, n, k) in SHAPES {
            let q = weights(n, k);
            // Integers in [-127, 127], each block reaching 127: the scale is 1 and every
            // value is kept, so only f32 rounding of the sums separates the two.
            let values: Vec<f32> = (0..rows * k)
                .map(|i| {
                    if i % k % Q8_0_BLOCK == 0 {
                        127.0
                    } else {
                        ((i * 31 % 255) as f32) - 127.0
                    }
                })
                .collect();
            let xs = Tensor::from_vec(values, (rows, k), &Device::Cpu).unwrap();
            let ours = PackedQ8::pack(&q).unwrap().matmul(&xs).unwrap();
            assert_eq!(ours.dims(), &[rows, n]);
            assert_eq!(
                PackedQ8::pack(&q).unwrap().size_in_bytes(),
                packed_bytes(n, k)
            );
            let dense = q.dequantize(&Device::Cpu).unwrap();
            let reference = xs.matmul(&dense.t().unwrap()).unwrap();
            let diff = max_abs(&(&ours - &reference).unwrap()) / max_abs(&reference);
            assert!(diff < 1e-5, "{rows}x{k} by {n}: {diff}");
        }
    }

    #[test]
    fn any_activations_stay_within_the_rounding_bound_of_f32() {
        if !available() {
            eprintln!("skipped: this CPU has no AVX-512 VNNI");
            return;
        }
        for (rows, n, k) in SHAPES {
            let q = weights(n, k);
            let values: Vec<f32> = (0..rows * k).map(|i| ((i as f32) * 0.37).sin()).collect();
            let xs = Tensor::from_vec(values, (1, rows, k), &Device::Cpu).unwrap();
            let ours = PackedQ8::pack(&q).unwrap().matmul(&xs).unwrap();
            assert_eq!(ours.dims(), &[1, rows, n]);
            let dense = q.dequantize(&Device::Cpu).unwrap();
            let reference = xs.broadcast_matmul(&dense.t().unwrap()).unwrap();
            // Rounding to nearest moves each input by at most half its scale, max|x| / 254
            // (per block; the row's max bounds it), so output j moves by at most that
            // times sum |w_j|.
            let row_max = xs.abs().unwrap().max_keepdim(2).unwrap();
            let weight_sums = dense.abs().unwrap().sum(1).unwrap();
            let bound = row_max
                .broadcast_mul(&weight_sums.unsqueeze(0).unwrap())
                .unwrap();
            let bound = bound.affine(1.001 / 254.0, 0.0).unwrap();
            let error = (&ours - &reference).unwrap().abs().unwrap();
            let excess = (error - bound).unwrap();
            let excess: f32 = excess
                .flatten_all()
                .unwrap()
                .max(0)
                .unwrap()
                .to_scalar()
                .unwrap();
            assert!(
                excess <= 1e-6,
                "{rows}x{k} by {n}: {excess} beyond the rounding bound"
            );
        }
    }

    #[test]
    fn zero_rows_give_zeros_and_a_wrong_width_is_an_error() {
        if !available() {
            eprintln!("skipped: this CPU has no AVX-512 VNNI");
            return;
        }
        let packed = PackedQ8::pack(&weights(40, 288)).unwrap();
        let zeros = Tensor::zeros((2, 288), candle_core::DType::F32, &Device::Cpu).unwrap();
        assert_eq!(max_abs(&packed.matmul(&zeros).unwrap()), 0.0);
        let narrow = Tensor::zeros((2, 256), candle_core::DType::F32, &Device::Cpu).unwrap();
        let error = packed.matmul(&narrow).unwrap_err().to_string();
        assert!(
            error.contains("input width 256, the matrix takes 288"),
            "{error}"
        );
    }
}
