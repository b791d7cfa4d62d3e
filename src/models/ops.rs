// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! A tally of the tensor operations a module issues, for `robobrain bench`'s operations per
//! decoded token and layer.
//!
//! In decode every operation is a kernel launch of its own on a GPU, and at one token a launch
//! costs more than the work it does (about 9 ms per token at the 3B shape against a ~1 ms
//! memory floor on an H200), so the count is what decode speed follows. What counts: every
//! operation that computes or copies (a matrix product, a bias add, a norm, a rope, a softmax,
//! a cache write, a dtype conversion, a copy to make a tensor contiguous). What does not:
//! views (reshape of a contiguous tensor, narrow, a transpose that needs no copy), and
//! conversions and copies that candle skips (to the dtype a tensor has, of a tensor already
//! contiguous). The tally follows the tensors, so a copy that one shape needs and another
//! does not is counted only where it happens.

use std::cell::Cell;

use candle_core::{DType, Module, Result, Tensor};

use super::weights::Linear;

#[derive(Debug, Clone, Default)]
pub struct OpTally(Cell<u64>);

impl OpTally {
    /// Operations counted so far.
    pub fn count(&self) -> u64 {
        self.0.get()
    }

    fn add(&self, n: u64) {
        self.0.set(self.0.get() + n);
    }

    /// `n` operations that write in place (a cache append's key and value writes).
    pub fn in_place(&self, n: u64) {
        self.add(n);
    }

    /// One operation's result.
    pub fn op<T>(&self, result: Result<T>) -> Result<T> {
        self.add(1);
        result
    }

    /// `layer` applied to `xs`: its product, bias add and input padding.
    pub fn linear(&self, layer: &Linear, xs: &Tensor) -> Result<Tensor> {
        self.add(layer.operations());
        layer.forward(xs)
    }

    /// `module` (a norm, an activation) applied to `xs` as one operation.
    pub fn apply<M: Module>(&self, module: &M, xs: &Tensor) -> Result<Tensor> {
        self.op(module.forward(xs))
    }

    /// `xs` in `dtype`: an operation only when it converts.
    pub fn convert(&self, xs: &Tensor, dtype: DType) -> Result<Tensor> {
        if xs.dtype() != dtype {
            self.add(1);
        }
        xs.to_dtype(dtype)
    }

    /// `xs` contiguous: an operation only when it copies.
    pub fn contiguous(&self, xs: &Tensor) -> Result<Tensor> {
        if !xs.is_contiguous() {
            self.add(1);
        }
        xs.contiguous()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use candle_core::Device;

    #[test]
    fn views_and_skipped_copies_are_free_and_the_rest_counts() -> Result<()> {
        let tally = OpTally::default();
        let x = Tensor::zeros((1, 4, 3), DType::F32, &Device::Cpu)?;
        // A transpose of a single row needs no copy; of several rows it does.
        tally.contiguous(&x.narrow(1, 0, 1)?.transpose(1, 2)?)?;
        assert_eq!(tally.count(), 0);
        tally.contiguous(&x.transpose(1, 2)?)?;
        assert_eq!(tally.count(), 1);
        tally.convert(&x, DType::F32)?;
        assert_eq!(tally.count(), 1);
        tally.convert(&x, DType::BF16)?;
        tally.op(x.exp())?;
        assert_eq!(tally.count(), 3);
        Ok(())
    }
}
