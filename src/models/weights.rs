// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! Weight loading at a chosen precision, tensor by tensor.
//!
//! Every Linear goes through [`Weights::linear`]: at [`Precision::Int8`] its weight is quantized to
//! candle's Q8_0 (blocks of 32 int8 values sharing one f16 scale) as soon as it is read from the
//! memory-mapped checkpoint, so the whole model never sits in f32 in host RAM. Matrices whose input
//! size is not a multiple of [`Q8_0_ROW_MULTIPLE`] (the vision MLP's 3420-wide down projection in
//! the real model) are zero-padded to one.
//!
//! The tensors come from the checkpoint or from a [`PrequantizedFile`] (the int8 cache, written
//! from the tensors a recording loader placed: [`Weights::recording`]).

use std::fs::File;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use candle_core::quantized::{gguf_file, GgmlDType, QMatMul, QTensor};
use candle_core::{DType, Device, Module, Result, Shape, Tensor};
use candle_nn::VarBuilder;

use super::progress::ProgressMeter;
use crate::quant::vnni_gemm::{self, PackedQ8};
pub use crate::quant::Precision;
use crate::quant::{cpu_gemm, Q8_0_BLOCK, Q8_0_ROW_MULTIPLE};

/// A GGUF file of tensors stored as the loader places them (Q8_0 matrices, f32 vectors): the
/// pre-quantized cache. Only its header is held in memory; tensors are read one at a time.
#[derive(Debug)]
pub struct PrequantizedFile {
    path: PathBuf,
    content: gguf_file::Content,
    file: Mutex<File>,
}

impl PrequantizedFile {
    /// Reads the header and checks that the data section holds every tensor it lists, so a
    /// truncated file is refused here rather than halfway through loading.
    pub fn open(path: &Path) -> Result<Self> {
        let mut file = File::open(path)?;
        let content = gguf_file::Content::read(&mut file)
            .map_err(|e| candle_core::Error::Msg(format!("not a readable GGUF file: {e}")))?;
        let file_len = file.metadata()?.len();
        let needed = content
            .tensor_infos
            .values()
            .map(|info| {
                let blocks = info.shape.elem_count() / info.ggml_dtype.block_size();
                content.tensor_data_offset
                    + info.offset
                    + (blocks * info.ggml_dtype.type_size()) as u64
            })
            .max()
            .unwrap_or(content.tensor_data_offset);
        if file_len < needed {
            candle_core::bail!("truncated: {file_len} bytes, its tensors need {needed}");
        }
        Ok(Self {
            path: path.to_path_buf(),
            content,
            file: Mutex::new(file),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn metadata(&self) -> &std::collections::HashMap<String, gguf_file::Value> {
        &self.content.metadata
    }

    pub fn contains(&self, name: &str) -> bool {
        self.content.tensor_infos.contains_key(name)
    }

    /// Tensor `name` on `device`, checked to have the type and shape the loader expects.
    fn read(
        &self,
        name: &str,
        dtype: GgmlDType,
        shape: &Shape,
        device: &Device,
    ) -> Result<QTensor> {
        let Some(info) = self.content.tensor_infos.get(name) else {
            candle_core::bail!("the pre-quantized file has no tensor {name}");
        };
        if info.ggml_dtype != dtype || &info.shape != shape {
            candle_core::bail!(
                "pre-quantized tensor {name} is {:?} {:?}, expected {dtype:?} {:?}",
                info.ggml_dtype,
                info.shape.dims(),
                shape.dims()
            );
        }
        let mut file = self.file.lock().expect("pre-quantized file lock");
        info.read(&mut *file, self.content.tensor_data_offset, device)
    }
}

/// `w` (on the CPU) quantized to Q8_0 on the CPU and uploaded to `device` in one allocation.
///
/// Not `QTensor::quantize_onto`: on CUDA it allocates a zeroed buffer and then a second one for
/// the data, leaving the first to the CUDA memory pool. Measured on an H100 with the 3B shape, a
/// load through it held 5450 MiB where the same weights read from the int8 cache (one allocation
/// each) held 4426 MiB; the double allocation is the likely cause of the difference.
fn quantize_onto_once(w: &Tensor, device: &Device) -> Result<QTensor> {
    let on_cpu = QTensor::quantize(w, GgmlDType::Q8_0)?;
    if device.is_cpu() {
        return Ok(on_cpu);
    }
    candle_core::quantized::ggml_file::qtensor_from_ggml(
        GgmlDType::Q8_0,
        &on_cpu.data()?,
        w.dims().to_vec(),
        device,
    )
}

/// Where a [`Weights`] reads its tensors.
#[derive(Clone)]
enum Source<'a> {
    /// The checkpoint (or any VarBuilder backend) read in f32 on the CPU: tensors are converted,
    /// padded and quantized as they are read.
    Checkpoint(VarBuilder<'a>),
    /// A pre-quantized file: tensors are already in the form the loader places.
    Prequantized(Arc<PrequantizedFile>),
}

/// One tensor as placed on its device, for writing a pre-quantized file.
#[derive(Debug, Clone)]
pub enum PlacedTensor {
    Quantized(Arc<QTensor>),
    Dense(Tensor),
}

/// Every tensor placed so far, by checkpoint name, in loading order (each name once).
#[derive(Debug, Default)]
struct PlacedTensors {
    names: std::collections::HashSet<String>,
    tensors: Vec<(String, PlacedTensor)>,
}

/// A checkpoint's tensors seen from one module path, with the precision to load them at.
#[derive(Clone)]
pub struct Weights<'a> {
    source: Source<'a>,
    /// Dotted path of the module these weights belong to (e.g. `model.layers.0.mlp`).
    prefix: String,
    precision: Precision,
    device: Device,
    /// Bytes of weights placed on `device` so far (shared by every clone on that device).
    bytes: Arc<AtomicUsize>,
    /// When set, every placed tensor is also kept here (sharing its storage) so the model can
    /// be written out as a pre-quantized file after loading.
    placed: Option<Arc<Mutex<PlacedTensors>>>,
    /// Counts every placed tensor for a progress report (shared by every clone).
    progress: Option<Arc<ProgressMeter>>,
}

impl<'a> Weights<'a> {
    /// `vb` must read on the CPU (it is the mmap); tensors are converted and moved one by one.
    pub fn new(vb: VarBuilder<'a>, precision: Precision, device: Device) -> Self {
        Self::with_source(Source::Checkpoint(vb), precision, device)
    }

    /// Reads from a pre-quantized file written by an earlier load at the same precision.
    pub fn prequantized(file: Arc<PrequantizedFile>, precision: Precision, device: Device) -> Self {
        Self::with_source(Source::Prequantized(file), precision, device)
    }

    fn with_source(source: Source<'a>, precision: Precision, device: Device) -> Self {
        Self {
            source,
            prefix: String::new(),
            precision,
            device,
            bytes: Default::default(),
            placed: None,
            progress: None,
        }
    }

    /// Reports every tensor this loader (and its clones) places to `meter`.
    pub fn with_progress(mut self, meter: Arc<ProgressMeter>) -> Self {
        self.progress = Some(meter);
        self
    }

    /// Keeps every tensor this loader (and its clones) places, for [`Weights::placed_tensors`].
    pub fn recording(mut self) -> Self {
        self.placed = Some(Default::default());
        self
    }

    /// The tensors placed through this loader and its clones when it was [`Weights::recording`].
    pub fn placed_tensors(&self) -> Vec<(String, PlacedTensor)> {
        self.placed.as_ref().map_or_else(Vec::new, |placed| {
            placed.lock().expect("placed tensors lock").tensors.clone()
        })
    }

    /// The same tensors placed on `device` instead, counted apart from this loader's bytes.
    pub fn on_device(&self, device: Device) -> Self {
        Self {
            device,
            bytes: Default::default(),
            ..self.clone()
        }
    }

    pub fn pp<S: ToString>(&self, name: S) -> Self {
        Self {
            prefix: self.path(&name.to_string()),
            ..self.clone()
        }
    }

    fn path(&self, name: &str) -> String {
        if self.prefix.is_empty() {
            name.to_string()
        } else {
            format!("{}.{name}", self.prefix)
        }
    }

    pub fn precision(&self) -> Precision {
        self.precision
    }

    pub fn device(&self) -> &Device {
        &self.device
    }

    pub fn dtype(&self) -> DType {
        self.precision.activation_dtype()
    }

    /// Bytes of weights loaded onto the device through this loader and its clones.
    pub fn loaded_bytes(&self) -> usize {
        self.bytes.load(Ordering::Relaxed)
    }

    pub fn contains(&self, name: &str) -> bool {
        let name = self.path(name);
        match &self.source {
            Source::Checkpoint(vb) => vb.contains_tensor(&name),
            Source::Prequantized(file) => file.contains(&name),
        }
    }

    /// Counts a tensor placed on the device and records it when recording.
    fn place(&self, name: String, bytes: usize, tensor: PlacedTensor) {
        self.count(1, bytes);
        if let Some(placed) = &self.placed {
            let mut placed = placed.lock().expect("placed tensors lock");
            if placed.names.insert(name.clone()) {
                placed.tensors.push((name, tensor));
            }
        }
    }

    /// Counts `bytes` more held (in `tensors` more tensors) in the loaded bytes and the meter.
    fn count(&self, tensors: usize, bytes: usize) {
        self.bytes.fetch_add(bytes, Ordering::Relaxed);
        if let Some(meter) = &self.progress {
            meter.advance(tensors, bytes as u64);
        }
    }

    /// A dense tensor in the activation dtype on the device.
    pub fn get<S: Into<Shape>>(&self, shape: S, name: &str) -> Result<Tensor> {
        let (shape, name) = (shape.into(), self.path(name));
        let t = self.read_dense(shape, &name)?;
        self.place_dense(name, t)
    }

    /// Tensor `name` (a full path) as stored, on the CPU.
    fn read_dense(&self, shape: Shape, name: &str) -> Result<Tensor> {
        match &self.source {
            Source::Checkpoint(vb) => vb.get(shape, name),
            // Stored flat in f32 (GGUF holds at most 4 dimensions; the patch embedding has 5),
            // exact at every precision the cache is used for; read on the CPU since only the
            // quantized matrices have a direct path to the device.
            Source::Prequantized(file) => file
                .read(
                    name,
                    GgmlDType::F32,
                    &shape.elem_count().into(),
                    &Device::Cpu,
                )?
                .dequantize(&Device::Cpu)?
                .reshape(shape),
        }
    }

    /// The `leaf` tensors of the sub-modules `parts` ([name, rows], each [rows, ...cols])
    /// stacked on the row axis, read on the CPU: a checkpoint holds the parts, a pre-quantized
    /// file the stack as `fused.leaf`.
    fn read_stacked(
        &self,
        fused: &str,
        parts: &[(&str, usize)],
        leaf: &str,
        cols: &[usize],
    ) -> Result<Tensor> {
        let shape = |rows: usize| -> Shape { [&[rows][..], cols].concat().into() };
        match &self.source {
            Source::Checkpoint(_) => {
                let parts = parts
                    .iter()
                    .map(|&(part, rows)| {
                        self.read_dense(shape(rows), &self.path(&format!("{part}.{leaf}")))
                    })
                    .collect::<Result<Vec<_>>>()?;
                Tensor::cat(&parts, 0)
            }
            Source::Prequantized(_) => {
                let rows = parts.iter().map(|&(_, rows)| rows).sum();
                self.read_dense(shape(rows), &self.path(&format!("{fused}.{leaf}")))
            }
        }
    }

    /// `t` in the activation dtype on the device, counted and recorded as `name`.
    fn place_dense(&self, name: String, t: Tensor) -> Result<Tensor> {
        let t = t.to_dtype(self.dtype())?.to_device(&self.device)?;
        self.place(
            name,
            t.elem_count() * t.dtype().size_in_bytes(),
            PlacedTensor::Dense(t.clone()),
        );
        Ok(t)
    }

    /// Matrix `name` (a full path) [rows, cols] as Q8_0 on the device, its rows zero-padded by
    /// `padding` columns first (see [`Weights::linear`]); `read` gives it from a checkpoint,
    /// in f32 on the CPU.
    /// `product`: the matrix will be multiplied (a Linear), so on a CPU with the VNNI kernel it
    /// is packed for it and counted at its packed size.
    fn get_q8_0(
        &self,
        rows: usize,
        cols: usize,
        padding: usize,
        name: String,
        product: bool,
        read: impl FnOnce() -> Result<Tensor>,
    ) -> Result<Arc<QTensor>> {
        let q = match &self.source {
            Source::Checkpoint(_) => {
                let w = read()?;
                let w = if padding > 0 {
                    w.pad_with_zeros(1, 0, padding)?
                } else {
                    w
                };
                quantize_onto_once(&w, &self.device)?
            }
            Source::Prequantized(file) => file.read(
                &name,
                GgmlDType::Q8_0,
                &(rows, cols + padding).into(),
                &self.device,
            )?,
        };
        let q = Arc::new(q);
        let bytes = if product && self.packs_products() {
            vnni_gemm::packed_bytes(rows, cols + padding)
        } else {
            q.storage_size_in_bytes()
        };
        self.place(name, bytes, PlacedTensor::Quantized(q.clone()));
        Ok(q)
    }

    /// Whether int8 products here run packed for [`vnni_gemm`] (int8 on a CPU that has it).
    pub fn packs_products(&self) -> bool {
        self.precision == Precision::Int8 && self.device.is_cpu() && vnni_gemm::available()
    }

    fn quantizes(&self, in_dim: usize) -> bool {
        self.precision == Precision::Int8 && in_dim.is_multiple_of(Q8_0_ROW_MULTIPLE)
    }

    /// `weight` [out, in] and, when `bias`, `bias` [out]. At int8, an input size that is not a
    /// multiple of [`Q8_0_ROW_MULTIPLE`] is zero-padded to one (the input gets the same zero
    /// columns at run time, which add exactly nothing): 3420 -> 3456 keeps those matrices int8.
    pub fn linear(&self, in_dim: usize, out_dim: usize, bias: bool) -> Result<Linear> {
        let bias = if bias {
            Some(self.get(out_dim, "bias")?)
        } else {
            None
        };
        let weight = self.path("weight");
        self.linear_from(in_dim, out_dim, bias, weight.clone(), || {
            self.read_dense((out_dim, in_dim).into(), &weight)
        })
    }

    /// One linear layer for several that read the same input: the sub-modules `parts`
    /// ([name, out]) stacked on the output axis in that order, named `fused` in a pre-quantized
    /// file. Row-wise (Q8_0 blocks run along the input), so each part's outputs are the ones
    /// its own matrix gives, and one product and one bias add replace one per part: in decode,
    /// where every product is a kernel launch of its own, that is what a token costs.
    pub fn fused_linear(
        &self,
        fused: &str,
        parts: &[(&str, usize)],
        in_dim: usize,
        bias: bool,
    ) -> Result<Linear> {
        let out_dim = parts.iter().map(|&(_, out)| out).sum();
        let bias = if bias {
            let t = self.read_stacked(fused, parts, "bias", &[])?;
            Some(self.place_dense(self.path(&format!("{fused}.bias")), t)?)
        } else {
            None
        };
        let weight = self.path(&format!("{fused}.weight"));
        self.linear_from(in_dim, out_dim, bias, weight, || {
            self.read_stacked(fused, parts, "weight", &[in_dim])
        })
    }

    /// A linear layer of weight `name` [out, in] at this loader's precision; `read` gives the
    /// weight as stored, in f32 on the CPU (a pre-quantized file's Q8_0 matrix is read by
    /// `name` instead).
    fn linear_from(
        &self,
        in_dim: usize,
        out_dim: usize,
        bias: Option<Tensor>,
        name: String,
        read: impl FnOnce() -> Result<Tensor>,
    ) -> Result<Linear> {
        if self.precision != Precision::Int8 {
            return Ok(Linear {
                weight: LinearWeight::Dense(self.place_dense(name, read()?)?),
                bias,
                input_padding: 0,
            });
        }
        let input_padding = in_dim.next_multiple_of(Q8_0_ROW_MULTIPLE) - in_dim;
        let q = self.get_q8_0(out_dim, in_dim, input_padding, name, true, read)?;
        Ok(Linear {
            weight: LinearWeight::quantized(q, self.packs_products())?,
            bias,
            input_padding,
        })
    }

    pub fn rms_norm(&self, dim: usize, eps: f64) -> Result<candle_nn::RmsNorm> {
        Ok(candle_nn::RmsNorm::new(self.get(dim, "weight")?, eps))
    }

    /// A LayerNorm over `dim` with `weight` and `bias` ([`LayerNorm`]).
    pub fn layer_norm(&self, dim: usize, eps: f64) -> Result<LayerNorm> {
        Ok(LayerNorm {
            weight: self.get(dim, "weight")?.to_dtype(DType::F32)?,
            bias: self.get(dim, "bias")?.to_dtype(DType::F32)?,
            eps,
        })
    }

    /// The token embedding `weight` [vocab, hidden]; Q8_0 at int8 (looked up row by row).
    pub fn embedding(&self, vocab: usize, hidden: usize) -> Result<Embedding> {
        Ok(if self.quantizes(hidden) {
            let weight = self.path("weight");
            Embedding::Quantized(self.get_q8_0(vocab, hidden, 0, weight.clone(), false, || {
                self.read_dense((vocab, hidden).into(), &weight)
            })?)
        } else {
            Embedding::Dense(self.get((vocab, hidden), "weight")?)
        })
    }

    /// The output head tied to `embedding` (loaded by this loader): sharing its storage, or
    /// on a CPU that packs int8 products, packed from its Q8_0 blocks (then counted as loaded
    /// bytes: the packed copy lives beside the table the embedding looks rows up in).
    pub fn tied_head_of(&self, embedding: &Embedding) -> Result<Linear> {
        match embedding {
            Embedding::Quantized(q) if self.packs_products() => {
                let (n, k) = q.shape().dims2()?;
                // Not a tensor of its own: the embedding's, a second time.
                self.count(0, vnni_gemm::packed_bytes(n, k));
                Linear::head(q.clone(), true)
            }
            _ => embedding.as_linear(),
        }
    }

    /// The token embedding `weight` [vocab, hidden] loaded as an output head of its own: a
    /// tied head beside offloaded layers (where the embedding itself is on the GPU).
    pub fn tied_head(&self, vocab: usize, hidden: usize) -> Result<Linear> {
        if !self.quantizes(hidden) {
            return self.embedding(vocab, hidden)?.as_linear();
        }
        let weight = self.path("weight");
        let q = self.get_q8_0(vocab, hidden, 0, weight.clone(), true, || {
            self.read_dense((vocab, hidden).into(), &weight)
        })?;
        Linear::head(q, self.packs_products())
    }
}

#[derive(Debug, Clone)]
enum LinearWeight {
    Dense(Tensor),
    Quantized(QMatMul),
    /// Q8_0 on a CPU with AVX-512 VNNI, packed for [`vnni_gemm`] (the only copy kept: candle's
    /// kernels would have cached a repacked copy of their own beside the Q8_0 one).
    Packed(Arc<PackedQ8>),
}

impl LinearWeight {
    /// `q` as the product runs it: packed for the VNNI kernel when `pack` (the loader's
    /// [`Weights::packs_products`], which also counts the packed bytes; measured here, 2-core
    /// Zen 4: 1.8-2.5x candle's kernel for 307-1024 rows, 1.07-1.27x for one row;
    /// `examples/int8_gemm_probe.rs`), else candle's.
    fn quantized(q: Arc<QTensor>, pack: bool) -> Result<Self> {
        if pack {
            Ok(LinearWeight::Packed(Arc::new(PackedQ8::pack(&q)?)))
        } else {
            Ok(LinearWeight::Quantized(QMatMul::from_arc(q)?))
        }
    }
}

/// `y = x W^T + b` with W dense or Q8_0.
#[derive(Debug, Clone)]
pub struct Linear {
    weight: LinearWeight,
    bias: Option<Tensor>,
    /// Zero columns appended to the input to match a Q8_0 weight padded to whole blocks.
    input_padding: usize,
}

impl Linear {
    /// An output head of Q8_0 `q`, packed when `pack` (see [`LinearWeight::quantized`]).
    fn head(q: Arc<QTensor>, pack: bool) -> Result<Self> {
        Ok(Linear {
            weight: LinearWeight::quantized(q, pack)?,
            bias: None,
            input_padding: 0,
        })
    }

    pub fn is_quantized(&self) -> bool {
        matches!(
            self.weight,
            LinearWeight::Quantized(_) | LinearWeight::Packed(_)
        )
    }

    /// The same layer with zero output rows up to `outputs` (weights and bias) and zero input
    /// columns up to `inputs`, taking inputs `inputs` wide (no padding at run time): for an
    /// int8 layer on the CPU, see [`cpu_gemm::int8_cpu_mlp_width`]. Other layers, and a
    /// layer already that wide, are returned as they are.
    pub fn widened(self, outputs: usize, inputs: usize) -> Result<Self> {
        let LinearWeight::Quantized(QMatMul::QTensor(q)) = &self.weight else {
            return Ok(self);
        };
        let (n, k) = q.shape().dims2()?;
        // Already that wide: `inputs` is the width callers give (before any padding).
        if !matches!(q.device(), Device::Cpu) || (n, k - self.input_padding) == (outputs, inputs) {
            return Ok(self);
        }
        let wide = cpu_gemm::widen_q8_0(q, outputs, inputs.next_multiple_of(Q8_0_BLOCK))?;
        let bias = self
            .bias
            .map(|b| b.pad_with_zeros(0, 0, outputs - n))
            .transpose()?;
        Ok(Self {
            weight: LinearWeight::Quantized(QMatMul::from_qtensor(wide)?),
            bias,
            input_padding: inputs.next_multiple_of(Q8_0_BLOCK) - inputs,
        })
    }

    /// Tensor operations one forward issues (see [`super::ops`]): the product, and the input
    /// padding and bias add when there are.
    pub fn operations(&self) -> u64 {
        1 + u64::from(self.input_padding > 0) + u64::from(self.bias.is_some())
    }
}

impl Module for Linear {
    fn forward(&self, xs: &Tensor) -> Result<Tensor> {
        let padded;
        let xs = if self.input_padding > 0 && !matches!(self.weight, LinearWeight::Dense(_)) {
            padded = xs.pad_with_zeros(xs.rank() - 1, 0, self.input_padding)?;
            &padded
        } else {
            xs
        };
        let ys = match &self.weight {
            LinearWeight::Packed(w) => w.matmul(xs)?.to_dtype(xs.dtype())?,
            LinearWeight::Quantized(w) => match w {
                QMatMul::QTensor(q) if cpu_gemm::prefers_dequantized(xs, q) => {
                    cpu_gemm::matmul_dequantized(xs, q)?
                }
                _ => w.forward(xs)?,
            },
            LinearWeight::Dense(w) => {
                let w = match *xs.dims() {
                    [b1, b2, _, _] => w.broadcast_left((b1, b2))?.t()?,
                    [b, _, _] => w.broadcast_left(b)?.t()?,
                    _ => w.t()?,
                };
                xs.matmul(&w)?
            }
        };
        match &self.bias {
            Some(b) => ys.broadcast_add(b),
            None => Ok(ys),
        }
    }
}

/// LayerNorm with weight and bias over the last dimension, computed in f32 in two passes (the
/// mean, then the mean square of the centred values) as PyTorch does: candle_nn's fused kernel
/// takes E[x^2] - mean^2, which loses digits to cancellation on rows whose mean is large
/// against their spread. Back in the input's dtype.
#[derive(Debug, Clone)]
pub struct LayerNorm {
    weight: Tensor,
    bias: Tensor,
    eps: f64,
}

impl Module for LayerNorm {
    fn forward(&self, xs: &Tensor) -> Result<Tensor> {
        let dtype = xs.dtype();
        let x = xs.to_dtype(DType::F32)?;
        let centred = x.broadcast_sub(&x.mean_keepdim(candle_core::D::Minus1)?)?;
        let variance = centred.sqr()?.mean_keepdim(candle_core::D::Minus1)?;
        centred
            .broadcast_div(&(variance + self.eps)?.sqrt()?)?
            .broadcast_mul(&self.weight)?
            .broadcast_add(&self.bias)?
            .to_dtype(dtype)
    }
}

/// Token embedding, also usable as the tied output head.
#[derive(Debug, Clone)]
pub enum Embedding {
    Dense(Tensor),
    Quantized(Arc<QTensor>),
}

impl Embedding {
    /// Rows for `ids` (any shape) -> ids.shape + [hidden].
    pub fn lookup(&self, ids: &Tensor) -> Result<Tensor> {
        match self {
            Embedding::Dense(w) => {
                let mut dims = ids.dims().to_vec();
                dims.push(w.dim(1)?);
                w.index_select(&ids.flatten_all()?, 0)?.reshape(dims)
            }
            Embedding::Quantized(q) => q.embedding(ids),
        }
    }

    /// The same matrix as an output head (`logits = h E^T`), sharing the storage.
    pub fn as_linear(&self) -> Result<Linear> {
        let weight = match self {
            Embedding::Dense(w) => LinearWeight::Dense(w.clone()),
            Embedding::Quantized(q) => LinearWeight::Quantized(QMatMul::from_arc(q.clone())?),
        };
        Ok(Linear {
            weight,
            bias: None,
            input_padding: 0,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Rows of 96 (the tiny model's MLP width) become 128 wide at int8, and the padding changes
    /// nothing in the product.
    #[test]
    fn int8_rows_are_padded_to_the_kernel_multiple_without_changing_the_product() -> Result<()> {
        let device = Device::Cpu;
        let (rows, cols) = (8, 96);
        let values: Vec<f32> = (0..rows * cols)
            .map(|i| ((i * 37 % 101) as f32 - 50.0) / 50.0)
            .collect();
        let weight = Tensor::from_vec(values, (rows, cols), &device)?;
        let tensors = std::collections::HashMap::from([("weight".to_string(), weight.clone())]);
        let vb = VarBuilder::from_tensors(tensors, DType::F32, &device);

        let loader = Weights::new(vb, Precision::Int8, device.clone());
        let int8 = loader.linear(cols, rows, false)?;
        assert_eq!(int8.input_padding, 128 - 96);
        // 8 rows of 4 Q8_0 blocks (34 bytes each), or packed for the VNNI kernel (a panel of
        // 32 rows, 36 bytes per block) where this CPU has it.
        let expected = if loader.packs_products() {
            32 * 128 / Q8_0_BLOCK * 36
        } else {
            rows * 128 / Q8_0_BLOCK * 34
        };
        assert_eq!(loader.loaded_bytes(), expected);

        let input = Tensor::from_vec(
            (0..cols)
                .map(|i| (i as f32 / 10.0).sin())
                .collect::<Vec<_>>(),
            (1, cols),
            &device,
        )?;
        // 96 is whole Q8_0 blocks, so the unpadded matrix quantizes too: the padded product must
        // be the same to the bit (zero blocks add exactly nothing).
        // (The same kernel for both: the VNNI one where the CPU has it, else candle's.)
        let unpadded = Linear::head(
            Arc::new(QTensor::quantize(&weight, GgmlDType::Q8_0)?),
            loader.packs_products(),
        )?;
        let expected = unpadded.forward(&input)?.flatten_all()?.to_vec1::<f32>()?;
        let padded = int8.forward(&input)?.flatten_all()?.to_vec1::<f32>()?;
        assert_eq!(padded, expected);
        Ok(())
    }
}
