// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! Int8 (Q8_0) matrices times many rows on the CPU: dequantized tile by tile into f32 and
//! multiplied with candle's f32 GEMM, where candle's own Q8_0 kernel would be slow. On x86 CPUs
//! with AVX-512 VNNI every int8 matrix goes to [`super::vnni_gemm`] instead, and none of this
//! applies; it serves CPUs without it (AVX-VNNI or AVX2 only).
//!
//! candle 0.11 multiplies Q8_0 on x86 with AVX-512/AVX-VNNI integer dot products over repacked
//! weights when the input width is a multiple of 256 and the output rows a multiple of 16; any
//! other shape falls back to a row-by-row dot product. Measured on this project's 2-core Zen 4
//! machine (candle 0.11.1, release, 1024 rows: `examples`-style probe, noisy under load):
//! the vision MLP's down projection (3456 wide after padding, 1280 out) took 666 ms through
//! that fallback against 119 ms dequantized to f32 (14 against 79 GFLOP/s), and its gate/up
//! projections (3420 out) miss the repacked path the same way; the text decoder's shapes (2048,
//! 11008) take the repacked path and run at 170-220 GFLOP/s there, faster than f32 (65-80), so
//! they are left to candle. That is why the int8 vision tower ran 3x slower than f32's.

use candle_core::quantized::{GgmlDType, QTensor};
use candle_core::{Device, Result, Tensor};

use super::{KernelOptions, Q8_0_BLOCK, Q8_0_BLOCK_BYTES as BLOCK_BYTES};

/// Fewer rows than this stay on candle's kernel: a matrix-vector product (decode) reads the
/// weights once either way, and dequantizing them would cost more than it saves.
pub const CPU_GEMM_MIN_ROWS: usize = 16;
/// Output rows dequantized at a time: bounds the f32 tile (4096 x 3456 x 4 B = 54 MiB at the
/// widest matrix of the 3B model) whatever the matrix (the tied head has 151,936 rows).
pub const CPU_GEMM_TILE_ROWS: usize = 4096;

/// Turns the dequantized path on or off for the whole process (for side-by-side measurements
/// and tests): [`KernelOptions::cpu_dequantized_gemm`].
pub fn set_enabled(enabled: bool) {
    KernelOptions {
        cpu_dequantized_gemm: enabled,
        ..KernelOptions::current()
    }
    .install();
}

fn enabled() -> bool {
    KernelOptions::current().cpu_dequantized_gemm
}

/// Input widths candle's repacked integer kernel takes are multiples of this ...
const KERNEL_INPUT_MULTIPLE: usize = 256;
/// ... and its output rows multiples of this.
const KERNEL_OUTPUT_MULTIPLE: usize = 16;

/// candle's repacked integer kernel applies to these shapes on CPUs with VNNI.
fn candle_kernel_is_fast(k: usize, n: usize) -> bool {
    k.is_multiple_of(KERNEL_INPUT_MULTIPLE)
        && n.is_multiple_of(KERNEL_OUTPUT_MULTIPLE)
        && cpu_has_int8_dot_product()
}

/// The width an int8 MLP on the CPU gives its intermediate of `width` (between an up
/// projection from `hidden` and a down projection back to it): zero rows and columns added up
/// to a multiple of [`KERNEL_INPUT_MULTIPLE`], when that puts all three matrices on candle's
/// repacked kernel. The vision MLP's 3420 becomes 3584 (4.8% more weights and work): measured
/// here (1024 rows, release, the machine shared with builds) its gate projection took 47 ms
/// against 121-139 ms dequantized to f32, and the down projection 53 ms against 121-147 ms.
/// The added rows are exactly zero (zero weights and biases, and silu(0) * 0 = 0), and the
/// down projection's added columns meet them, so the output is unchanged. Unchanged elsewhere
/// (dense precisions, GPUs, CPUs without the kernel, widths already fast).
/// [`KernelOptions::cpu_widen`] off (`ROBOBRAIN_CPU_WIDEN=0`) turns the widening off (the dequantized path then takes those
/// matrices), for side-by-side measurements. Not needed where [`super::vnni_gemm`] runs (it
/// takes any width of whole blocks).
pub fn int8_cpu_mlp_width(width: usize, hidden: usize) -> usize {
    let widened = width.next_multiple_of(KERNEL_INPUT_MULTIPLE);
    if enabled()
        && KernelOptions::current().cpu_widen
        && !super::vnni_gemm::available()
        && widened != width
        && candle_kernel_is_fast(hidden, widened)
        && candle_kernel_is_fast(widened, hidden)
    {
        widened
    } else {
        width
    }
}

/// `q` (Q8_0 [n, k] on the CPU) with zero rows added up to `rows` and zero blocks added to
/// every row up to `cols` columns (whole blocks).
pub fn widen_q8_0(q: &QTensor, rows: usize, cols: usize) -> Result<QTensor> {
    let (n, k) = q.shape().dims2()?;
    if q.dtype() != GgmlDType::Q8_0 || rows < n || cols < k || !cols.is_multiple_of(Q8_0_BLOCK) {
        candle_core::bail!(
            "widening a {:?} [{n}, {k}] matrix to [{rows}, {cols}]: needs Q8_0, no fewer rows or columns, whole blocks",
            q.dtype()
        );
    }
    let data = q.data()?;
    let (row_bytes, wide_row_bytes) = (
        k / Q8_0_BLOCK * BLOCK_BYTES,
        cols / Q8_0_BLOCK * BLOCK_BYTES,
    );
    // A zero block is a zero f16 scale and 32 zero values.
    let mut wide = vec![0u8; rows * wide_row_bytes];
    for (row, out) in data
        .chunks_exact(row_bytes)
        .zip(wide.chunks_exact_mut(wide_row_bytes))
    {
        out[..row_bytes].copy_from_slice(row);
    }
    candle_core::quantized::ggml_file::qtensor_from_ggml(
        GgmlDType::Q8_0,
        &wide,
        vec![rows, cols],
        &Device::Cpu,
    )
}

fn cpu_has_int8_dot_product() -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        std::arch::is_x86_feature_detected!("avx512vnni")
            || std::arch::is_x86_feature_detected!("avxvnni")
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        false
    }
}

/// Whether `xs` [.., k] times Q8_0 `w` [n, k] should go through [`matmul_dequantized`].
pub fn prefers_dequantized(xs: &Tensor, w: &QTensor) -> bool {
    let Ok((n, k)) = w.shape().dims2() else {
        return false;
    };
    let rows = xs.elem_count() / k.max(1);
    enabled()
        && xs.device().is_cpu()
        && w.dtype() == GgmlDType::Q8_0
        && matches!(w.device(), Device::Cpu)
        && rows >= CPU_GEMM_MIN_ROWS
        && !candle_kernel_is_fast(k, n)
}

/// `xs` [.., k] (f32) times `w`^T, `w` Q8_0 [n, k] on the CPU: [.., n].
pub fn matmul_dequantized(xs: &Tensor, w: &QTensor) -> Result<Tensor> {
    let (n, k) = w.shape().dims2()?;
    let mut dims = xs.dims().to_vec();
    let rows = xs.elem_count() / k;
    let xs = xs.reshape((rows, k))?;
    let data = w.data()?;
    let row_bytes = k / Q8_0_BLOCK * BLOCK_BYTES;
    let mut outputs = Vec::with_capacity(n.div_ceil(CPU_GEMM_TILE_ROWS));
    for start in (0..n).step_by(CPU_GEMM_TILE_ROWS) {
        let len = CPU_GEMM_TILE_ROWS.min(n - start);
        let tile = dequantize_rows(&data[start * row_bytes..(start + len) * row_bytes], len, k)?;
        outputs.push(xs.matmul(&tile.t()?)?);
    }
    let ys = if outputs.len() == 1 {
        outputs.pop().expect("one tile")
    } else {
        Tensor::cat(&outputs, 1)?
    };
    *dims.last_mut().expect("a last dimension") = n;
    ys.reshape(dims)
}

/// `rows` x `k` f32 values from Q8_0 blocks (each: f16 scale, then 32 int8 values).
fn dequantize_rows(blocks: &[u8], rows: usize, k: usize) -> Result<Tensor> {
    let mut values = vec![0f32; rows * k];
    for (block, out) in blocks
        .chunks_exact(BLOCK_BYTES)
        .zip(values.chunks_exact_mut(Q8_0_BLOCK))
    {
        let scale = half::f16::from_le_bytes([block[0], block[1]]).to_f32();
        for (value, &q) in out.iter_mut().zip(&block[2..]) {
            *value = scale * (q as i8) as f32;
        }
    }
    Tensor::from_vec(values, (rows, k), &Device::Cpu)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use candle_core::quantized::QMatMul;
    use candle_core::Module;

    /// A deterministic Q8_0 matrix [n, k] of values in +-0.05 (shared with vnni_gemm's tests).
    pub(crate) fn weights(n: usize, k: usize) -> QTensor {
        let values: Vec<f32> = (0..n * k)
            .map(|i| ((i * 7919 % 1013) as f32 / 1013.0 - 0.5) * 0.1)
            .collect();
        let w = Tensor::from_vec(values, (n, k), &Device::Cpu).unwrap();
        QTensor::quantize(&w, GgmlDType::Q8_0).unwrap()
    }

    fn input(rows: usize, k: usize) -> Tensor {
        let values: Vec<f32> = (0..rows * k)
            .map(|i| ((i * 31 % 97) as f32 / 97.0) - 0.5)
            .collect();
        Tensor::from_vec(values, (1, rows, k), &Device::Cpu).unwrap()
    }

    /// The largest |value| of `t` (shared with vnni_gemm's tests).
    pub(crate) fn max_abs(t: &Tensor) -> f32 {
        t.abs()
            .unwrap()
            .flatten_all()
            .unwrap()
            .max(0)
            .unwrap()
            .to_scalar()
            .unwrap()
    }

    fn max_abs_diff(a: &Tensor, b: &Tensor) -> f32 {
        max_abs(&(a - b).unwrap())
    }

    fn sum_abs(t: &Tensor) -> f32 {
        t.abs().unwrap().sum_all().unwrap().to_scalar().unwrap()
    }

    #[test]
    fn tiles_give_exactly_the_dequantized_product_for_any_shape() {
        // Shapes that are not multiples of the tile, the Q8_0 block row, or candle's kernels.
        for (rows, n, k) in [(17, 4096 + 5, 96), (33, 7, 64), (16, 300, 160)] {
            let w = weights(n, k);
            let xs = input(rows, k);
            let ours = matmul_dequantized(&xs, &w).unwrap();
            assert_eq!(ours.dims(), &[1, rows, n]);
            let dense = w.dequantize(&Device::Cpu).unwrap();
            let reference = xs.broadcast_matmul(&dense.t().unwrap()).unwrap();
            let diff = max_abs_diff(&ours, &reference);
            assert!(diff <= 1e-5, "{rows}x{k} by {n}: {diff}");
            // candle's Q8_0 kernel quantizes the activations too: close, not equal.
            let candle = QMatMul::from_qtensor(weights(n, k))
                .unwrap()
                .forward(&xs)
                .unwrap();
            let scale = max_abs(&reference);
            assert!(max_abs_diff(&candle, &reference) / scale < 2e-2);
        }
    }

    #[test]
    fn a_widened_matrix_gives_the_same_outputs_and_zeros() {
        let (n, k) = (20, 96);
        let w = weights(n, k);
        let wide = widen_q8_0(&w, 32, 160).unwrap();
        let xs = input(3, k);
        let padded = xs.pad_with_zeros(2, 0, 160 - k).unwrap();
        let narrow = w.dequantize(&Device::Cpu).unwrap();
        let widened = wide.dequantize(&Device::Cpu).unwrap();
        assert_eq!(widened.dims(), &[32, 160]);
        // The original block values sit where they were; everything added is zero.
        let original = widened.narrow(0, 0, n).unwrap().narrow(1, 0, k).unwrap();
        assert_eq!(max_abs_diff(&original, &narrow), 0.0);
        assert_eq!(sum_abs(&widened), sum_abs(&narrow));
        let ys = padded.broadcast_matmul(&widened.t().unwrap()).unwrap();
        let reference = xs.broadcast_matmul(&narrow.t().unwrap()).unwrap();
        assert_eq!(max_abs_diff(&ys.narrow(2, 0, n).unwrap(), &reference), 0.0);
        assert!(widen_q8_0(&w, 10, 160).is_err(), "fewer rows");
        assert!(widen_q8_0(&w, 32, 100).is_err(), "not whole blocks");
    }

    #[test]
    fn the_vision_mlp_widens_only_where_the_kernel_then_applies() {
        let widened = int8_cpu_mlp_width(3420, 1280);
        if cpu_has_int8_dot_product() && !crate::quant::vnni_gemm::available() {
            assert_eq!(widened, 3584);
        } else {
            assert_eq!(widened, 3420);
        }
        // Already fast, or the hidden size keeps it off the kernel anyway.
        assert_eq!(int8_cpu_mlp_width(11008, 2048), 11008);
        assert_eq!(int8_cpu_mlp_width(96, 64), 96);
    }

    #[test]
    fn few_rows_and_fast_shapes_stay_with_candle() {
        let w = weights(1280, 3456);
        assert!(prefers_dequantized(&input(1024, 3456), &w));
        assert!(
            !prefers_dequantized(&input(1, 3456), &w),
            "decode keeps the matrix-vector path"
        );
        let repackable = weights(2048, 2048);
        assert_eq!(
            prefers_dequantized(&input(512, 2048), &repackable),
            !cpu_has_int8_dot_product()
        );
    }
}
