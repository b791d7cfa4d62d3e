//! Weight loading at a chosen precision, tensor by tensor.
//!
//! Every Linear goes through [`Weights::linear`]: at [`Precision::Int8`] its weight is quantized to
//! candle's Q8_0 (blocks of 32 int8 values sharing one f16 scale) as soon as it is read from the
//! memory-mapped checkpoint, so the whole model never sits in f32 in host RAM. Matrices whose input
//! size is not a multiple of the Q8_0 block (the vision MLP's 3420-wide down projection in the real
//! model) keep the 16/32-bit activation dtype.

use std::sync::Arc;

use candle_core::quantized::{GgmlDType, QMatMul, QTensor};
use candle_core::{DType, Device, Module, Result, Tensor};
use candle_nn::VarBuilder;

/// How weights are stored on the device.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    /// Full precision: the CPU reference.
    F32,
    BF16,
    F16,
    /// candle Q8_0 for every Linear (inputs zero-padded to a multiple of 32 where needed) and
    /// the token embedding (shared with a tied output head); activations in f32.
    Int8,
}

impl Precision {
    pub fn name(self) -> &'static str {
        match self {
            Precision::F32 => "f32",
            Precision::BF16 => "bf16",
            Precision::F16 => "f16",
            Precision::Int8 => "int8",
        }
    }

    /// The dtype activations (and unquantized weights) use.
    pub fn activation_dtype(self) -> DType {
        match self {
            Precision::F32 | Precision::Int8 => DType::F32,
            Precision::BF16 => DType::BF16,
            Precision::F16 => DType::F16,
        }
    }
}

impl std::str::FromStr for Precision {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "f32" | "float32" => Ok(Precision::F32),
            "bf16" | "bfloat16" => Ok(Precision::BF16),
            "f16" | "fp16" | "float16" => Ok(Precision::F16),
            "int8" | "q8_0" | "q8" => Ok(Precision::Int8),
            other => Err(format!(
                "unknown precision '{other}': expected int8, bf16, f16 or f32"
            )),
        }
    }
}

impl std::fmt::Display for Precision {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// Q8_0 quantizes blocks of this many values along a matrix row (the input dimension).
pub const Q8_0_BLOCK: usize = 32;

/// A checkpoint's tensors seen from one module path, with the precision to load them at.
#[derive(Clone)]
pub struct Weights<'a> {
    /// Reads tensors from the memory-mapped safetensors on the CPU, in f32.
    vb: VarBuilder<'a>,
    precision: Precision,
    device: Device,
    /// Bytes of weights placed on `device` so far (shared by every clone).
    bytes: Arc<std::sync::atomic::AtomicUsize>,
}

impl<'a> Weights<'a> {
    /// `vb` must read on the CPU (it is the mmap); tensors are converted and moved one by one.
    pub fn new(vb: VarBuilder<'a>, precision: Precision, device: Device) -> Self {
        Self {
            vb,
            precision,
            device,
            bytes: Default::default(),
        }
    }

    pub fn pp<S: ToString>(&self, name: S) -> Self {
        Self {
            vb: self.vb.pp(name),
            ..self.clone()
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
        self.bytes.load(std::sync::atomic::Ordering::Relaxed)
    }

    pub fn contains(&self, name: &str) -> bool {
        self.vb.contains_tensor(name)
    }

    fn count(&self, bytes: usize) {
        self.bytes
            .fetch_add(bytes, std::sync::atomic::Ordering::Relaxed);
    }

    /// A dense tensor in the activation dtype on the device.
    pub fn get<S: Into<candle_core::Shape>>(&self, shape: S, name: &str) -> Result<Tensor> {
        let t = self
            .vb
            .get(shape, name)?
            .to_dtype(self.dtype())?
            .to_device(&self.device)?;
        self.count(t.elem_count() * t.dtype().size_in_bytes());
        Ok(t)
    }

    /// A matrix quantized to Q8_0 on the device.
    fn get_q8_0(&self, shape: (usize, usize), name: &str) -> Result<Arc<QTensor>> {
        let t = self.vb.get(shape, name)?;
        let q = QTensor::quantize_onto(&t, GgmlDType::Q8_0, &self.device)?;
        self.count(q.storage_size_in_bytes());
        Ok(Arc::new(q))
    }

    fn quantizes(&self, in_dim: usize) -> bool {
        self.precision == Precision::Int8 && in_dim % Q8_0_BLOCK == 0
    }

    /// `weight` [out, in] and, when `bias`, `bias` [out]. At int8, an input size that is not a
    /// multiple of the Q8_0 block is zero-padded to one (the input gets the same zero columns at
    /// run time): 3420 -> 3424 costs 0.1% more weight and keeps those matrices int8.
    pub fn linear(&self, in_dim: usize, out_dim: usize, bias: bool) -> Result<Linear> {
        let bias = if bias {
            Some(self.get(out_dim, "bias")?)
        } else {
            None
        };
        if self.precision != Precision::Int8 {
            let weight = LinearWeight::Dense(self.get((out_dim, in_dim), "weight")?);
            return Ok(Linear {
                weight,
                bias,
                input_padding: 0,
            });
        }
        let input_padding = in_dim.next_multiple_of(Q8_0_BLOCK) - in_dim;
        let w = self.vb.get((out_dim, in_dim), "weight")?;
        let w = if input_padding > 0 {
            w.pad_with_zeros(1, 0, input_padding)?
        } else {
            w
        };
        let q = QTensor::quantize_onto(&w, GgmlDType::Q8_0, &self.device)?;
        self.count(q.storage_size_in_bytes());
        let weight = LinearWeight::Quantized(QMatMul::from_arc(Arc::new(q))?);
        Ok(Linear {
            weight,
            bias,
            input_padding,
        })
    }

    pub fn rms_norm(&self, dim: usize, eps: f64) -> Result<candle_nn::RmsNorm> {
        Ok(candle_nn::RmsNorm::new(self.get(dim, "weight")?, eps))
    }

    /// The token embedding `weight` [vocab, hidden]; Q8_0 at int8 (looked up row by row).
    pub fn embedding(&self, vocab: usize, hidden: usize) -> Result<Embedding> {
        Ok(if self.quantizes(hidden) {
            Embedding::Quantized(self.get_q8_0((vocab, hidden), "weight")?)
        } else {
            Embedding::Dense(self.get((vocab, hidden), "weight")?)
        })
    }
}

#[derive(Debug, Clone)]
enum LinearWeight {
    Dense(Tensor),
    Quantized(QMatMul),
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
    pub fn is_quantized(&self) -> bool {
        matches!(self.weight, LinearWeight::Quantized(_))
    }
}

impl Module for Linear {
    fn forward(&self, xs: &Tensor) -> Result<Tensor> {
        let ys = match &self.weight {
            LinearWeight::Quantized(w) if self.input_padding > 0 => {
                let last = xs.rank() - 1;
                w.forward(&xs.pad_with_zeros(last, 0, self.input_padding)?)?
            }
            LinearWeight::Quantized(w) => w.forward(xs)?,
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
