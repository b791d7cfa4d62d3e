// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! Times one int8 product on the CPU through candle's Q8_0 kernel and through this project's
//! VNNI kernel, side by side in one run, and prints JSON:
//! `cargo run --release --example int8_gemm_probe -- ROWS OUTPUTS INPUTS [REPEATS]`.

use candle_core::quantized::{GgmlDType, QMatMul, QTensor};
use candle_core::{Device, Module, Tensor};
use robobrain::quant::vnni_gemm::PackedQ8;
use std::time::Instant;

fn main() -> anyhow::Result<()> {
    let args: Vec<usize> = std::env::args()
        .skip(1)
        .map(|a| a.parse())
        .collect::<Result<_, _>>()?;
    let (rows, n, k) = (args[0], args[1], args[2]);
    let repeats = args.get(3).copied().unwrap_or(5);
    let w = Tensor::randn(0f32, 0.05, (n, k), &Device::Cpu)?;
    let q = QTensor::quantize(&w, GgmlDType::Q8_0)?;
    let xs = Tensor::randn(0f32, 1.0, (rows, k), &Device::Cpu)?;
    let packed = PackedQ8::pack(&q)?;
    let packed_source = QTensor::quantize(&w, GgmlDType::Q8_0)?;
    let candle = QMatMul::from_qtensor(q)?;
    let time = |f: &dyn Fn() -> candle_core::Result<Tensor>| -> anyhow::Result<(f64, Tensor)> {
        let mut out = f()?;
        let mut best = f64::MAX;
        for _ in 0..repeats {
            let t = Instant::now();
            out = f()?;
            best = best.min(t.elapsed().as_secs_f64());
        }
        Ok((best, out))
    };
    let (candle_s, reference) = time(&|| candle.forward(&xs))?;
    let (ours_s, ours) = time(&|| packed.matmul(&xs))?;
    // Both against the f32 product of the same Q8_0 weights: what each kernel's rounding of
    // the activations costs.
    let exact = xs.matmul(&packed_source.dequantize(&Device::Cpu)?.t()?)?;
    let error = |t: &Tensor| -> anyhow::Result<f32> {
        let diff: f32 = (t - &exact)?.sqr()?.sum_all()?.to_scalar()?;
        let norm: f32 = exact.sqr()?.sum_all()?.to_scalar()?;
        Ok((diff / norm).sqrt())
    };
    let ops = 2.0 * (rows * n * k) as f64;
    println!(
        "{}",
        serde_json::json!({
            "rows": rows, "outputs": n, "inputs": k,
            "threads": candle_core::utils::get_num_threads(),
            "candle_ms": candle_s * 1e3, "vnni_ms": ours_s * 1e3,
            "candle_gops": ops / candle_s / 1e9, "vnni_gops": ops / ours_s / 1e9,
            "speedup": candle_s / ours_s,
            "candle_relative_l2_to_f32": error(&reference)?,
            "vnni_relative_l2_to_f32": error(&ours)?,
        })
    );
    Ok(())
}
