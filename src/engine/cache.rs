// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! The pre-quantized int8 cache: the first int8 load of a checkpoint writes the Q8_0 weights it
//! placed to a GGUF file, and later loads read that file tensor by tensor instead of converting
//! and quantizing every matrix again.
//!
//! The file carries a fingerprint of the checkpoint it came from (a hash of config.json, and for
//! every weight shard its name, size, modification time and a hash of its safetensors header).
//! A cache whose fingerprint, format version or precision does not match, or that cannot be
//! read, is rejected with the reason and rebuilt; it is never used on a guess. Writing goes to a
//! temporary file in the same folder, renamed into place once complete, so a crash or a full
//! disk never leaves a half-written cache under the final name.

use std::fs::{self, File};
use std::io::{BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::UNIX_EPOCH;

use anyhow::{Context, Result};
use candle_core::quantized::{gguf_file, GgmlDType, QTensor};
use candle_core::{DType, Device};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::Checkpoint;
use crate::models::progress::ProgressMeter;
use crate::models::weights::{PlacedTensor, PrequantizedFile};
use crate::models::Precision;

/// Bumped whenever the loader's placement rules change (which matrices are quantized, padding),
/// so caches written by an older build are rebuilt rather than misread.
pub const FORMAT_VERSION: u32 = 3;

const KEY_VERSION: &str = "robobrain.cache.format_version";
const KEY_PRECISION: &str = "robobrain.cache.precision";
const KEY_FINGERPRINT: &str = "robobrain.checkpoint.fingerprint";

/// Folder made inside the checkpoint when no cache folder is given.
pub const DEFAULT_FOLDER: &str = ".robobrain-cache";

/// Where the int8 cache is kept, or that there is none.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum CacheLocation {
    /// `<checkpoint>/.robobrain-cache/`.
    #[default]
    NextToCheckpoint,
    /// A folder of its own (e.g. when the checkpoint folder is read-only).
    Folder(PathBuf),
    Disabled,
}

impl CacheLocation {
    /// An empty folder name means next to the checkpoint (the node's and CLI's convention).
    pub fn from_options(enabled: bool, folder: &str) -> Self {
        match (enabled, folder.trim()) {
            (false, _) => CacheLocation::Disabled,
            (true, "") => CacheLocation::NextToCheckpoint,
            (true, folder) => CacheLocation::Folder(folder.into()),
        }
    }
}

/// What the cache did during one load.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum CacheStatus {
    /// Not used: turned off, or a precision other than int8.
    Disabled,
    /// The weights came from the cache.
    Loaded { path: PathBuf },
    /// There was no cache: the weights came from the checkpoint and were written to it.
    Written { path: PathBuf },
    /// The cache was rejected for `reason` and written again from the checkpoint.
    Rebuilt { path: PathBuf, reason: String },
    /// The weights came from the checkpoint but the cache could not be written (the load
    /// itself succeeded).
    WriteFailed { path: PathBuf, reason: String },
}

impl std::fmt::Display for CacheStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CacheStatus::Disabled => f.write_str("int8 cache not used"),
            CacheStatus::Loaded { path } => {
                write!(f, "weights read from the int8 cache {}", path.display())
            }
            CacheStatus::Written { path } => write!(f, "int8 cache written to {}", path.display()),
            CacheStatus::Rebuilt { path, reason } => {
                write!(
                    f,
                    "int8 cache {} rejected ({reason}) and rebuilt",
                    path.display()
                )
            }
            CacheStatus::WriteFailed { path, reason } => write!(
                f,
                "int8 cache {} could not be written ({reason}); the next start will quantize again",
                path.display()
            ),
        }
    }
}

impl CacheStatus {
    /// Whether the status deserves a warning rather than an info line.
    pub fn is_warning(&self) -> bool {
        matches!(self, CacheStatus::WriteFailed { .. })
    }
}

/// One weight shard as the cache saw it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShardFingerprint {
    pub name: String,
    pub bytes: u64,
    /// Modification time in nanoseconds since the Unix epoch.
    pub modified_ns: u64,
    /// SHA-256 of the safetensors JSON header (tensor names, dtypes, shapes, offsets).
    pub header_sha256: String,
}

/// What identifies the checkpoint a cache was written from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fingerprint {
    pub config_sha256: String,
    pub shards: Vec<ShardFingerprint>,
}

fn sha256_hex(bytes: &[u8]) -> String {
    format!("{:x}", Sha256::digest(bytes))
}

/// The JSON header at the start of a safetensors file (after its 8-byte little-endian length).
fn safetensors_header(path: &Path) -> Result<Vec<u8>> {
    let mut file = File::open(path)?;
    let mut len = [0u8; 8];
    file.read_exact(&mut len)?;
    let len = u64::from_le_bytes(len);
    let file_len = file.metadata()?.len();
    anyhow::ensure!(len <= file_len, "header length {len} exceeds the file");
    let mut header = vec![0u8; len as usize];
    file.read_exact(&mut header)?;
    Ok(header)
}

impl Fingerprint {
    pub fn of(checkpoint: &Checkpoint) -> Result<Self> {
        let config_path = checkpoint.dir.join("config.json");
        let config =
            fs::read(&config_path).with_context(|| format!("reading {}", config_path.display()))?;
        let shards = checkpoint
            .weight_files
            .iter()
            .map(|path| {
                let fingerprint = || -> Result<ShardFingerprint> {
                    let meta = fs::metadata(path)?;
                    Ok(ShardFingerprint {
                        name: path
                            .file_name()
                            .map_or_else(String::new, |n| n.to_string_lossy().into_owned()),
                        bytes: meta.len(),
                        modified_ns: meta
                            .modified()?
                            .duration_since(UNIX_EPOCH)
                            .map_or(0, |d| d.as_nanos() as u64),
                        header_sha256: sha256_hex(&safetensors_header(path)?),
                    })
                };
                fingerprint().with_context(|| format!("fingerprinting {}", path.display()))
            })
            .collect::<Result<_>>()?;
        Ok(Self {
            config_sha256: sha256_hex(&config),
            shards,
        })
    }

    /// Why a cache written for `self` does not belong to the checkpoint `now`, if it does not.
    pub fn mismatch(&self, now: &Fingerprint) -> Option<String> {
        if self.config_sha256 != now.config_sha256 {
            return Some("config.json changed".into());
        }
        let names = |f: &Fingerprint| f.shards.iter().map(|s| s.name.clone()).collect::<Vec<_>>();
        if names(self) != names(now) {
            return Some(format!(
                "the weight shards changed: the cache has {:?}, the checkpoint {:?}",
                names(self),
                names(now)
            ));
        }
        self.shards.iter().zip(&now.shards).find_map(|(was, is)| {
            let change = if was.bytes != is.bytes {
                format!("its size changed from {} to {} bytes", was.bytes, is.bytes)
            } else if was.header_sha256 != is.header_sha256 {
                "its safetensors header changed".into()
            } else if was.modified_ns != is.modified_ns {
                "its modification time changed".into()
            } else {
                return None;
            };
            Some(format!("weight shard {} changed: {change}", was.name))
        })
    }
}

/// The cache file for `checkpoint` at `precision`, or None when no cache is used (disabled, or
/// a precision other than int8: only quantizing is slow enough to be worth caching).
pub fn cache_path(
    checkpoint: &Checkpoint,
    location: &CacheLocation,
    precision: Precision,
) -> Option<PathBuf> {
    if precision != Precision::Int8 {
        return None;
    }
    let dir = fs::canonicalize(&checkpoint.dir).unwrap_or_else(|_| checkpoint.dir.clone());
    let name = dir
        .file_name()
        .map_or_else(|| "model".into(), |n| n.to_string_lossy().into_owned());
    match location {
        CacheLocation::Disabled => None,
        CacheLocation::NextToCheckpoint => Some(
            dir.join(DEFAULT_FOLDER)
                .join(format!("{name}-{precision}.gguf")),
        ),
        // A shared folder may see several checkpoints of the same name: the path's hash tells
        // them apart, so they don't keep rebuilding each other's cache.
        CacheLocation::Folder(folder) => {
            let path_hash = sha256_hex(dir.to_string_lossy().as_bytes());
            Some(folder.join(format!("{name}-{}-{precision}.gguf", &path_hash[..12])))
        }
    }
}

/// Why an existing cache can't be used; `Absent` when there is none yet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CacheMiss {
    Absent,
    Rejected(String),
}

/// Opens the cache at `path` if it was written for this checkpoint and precision.
pub fn open(
    path: &Path,
    precision: Precision,
    fingerprint: &Fingerprint,
) -> Result<Arc<PrequantizedFile>, CacheMiss> {
    if !path.exists() {
        return Err(CacheMiss::Absent);
    }
    let reject = CacheMiss::Rejected;
    let file = PrequantizedFile::open(path)
        .map_err(|e| reject(format!("the file cannot be read: {e}")))?;
    let metadata = file.metadata();
    let version = metadata.get(KEY_VERSION).and_then(|v| v.to_u32().ok());
    if version != Some(FORMAT_VERSION) {
        return Err(reject(format!(
            "cache format version {version:?}, this build reads {FORMAT_VERSION}"
        )));
    }
    let stored_precision = metadata.get(KEY_PRECISION).and_then(|v| v.to_string().ok());
    if stored_precision.map(String::as_str) != Some(precision.name()) {
        return Err(reject(format!(
            "it holds precision {stored_precision:?}, {precision} was asked for"
        )));
    }
    let stored: Fingerprint = metadata
        .get(KEY_FINGERPRINT)
        .and_then(|v| v.to_string().ok())
        .and_then(|json| serde_json::from_str(json).ok())
        .ok_or_else(|| reject("it has no readable checkpoint fingerprint".into()))?;
    if let Some(reason) = stored.mismatch(fingerprint) {
        return Err(reject(format!(
            "the checkpoint changed since it was written: {reason}"
        )));
    }
    Ok(Arc::new(file))
}

/// Writes `tensors` (as a recording loader placed them) to `path`, atomically: a temporary file
/// in the same folder, synced, then renamed over `path`.
pub fn write(
    path: &Path,
    precision: Precision,
    fingerprint: &Fingerprint,
    tensors: &[(String, PlacedTensor)],
    progress: &ProgressMeter,
) -> Result<()> {
    let folder = path.parent().context("the cache path has no folder")?;
    fs::create_dir_all(folder).with_context(|| format!("creating {}", folder.display()))?;
    let temporary = path.with_extension(format!("gguf.tmp{}", std::process::id()));
    let result = write_gguf(&temporary, precision, fingerprint, tensors, progress).and_then(|()| {
        fs::rename(&temporary, path)
            .with_context(|| format!("renaming {} into place", temporary.display()))
    });
    if result.is_err() {
        let _ = fs::remove_file(&temporary);
    }
    result
}

fn write_gguf(
    path: &Path,
    precision: Precision,
    fingerprint: &Fingerprint,
    tensors: &[(String, PlacedTensor)],
    progress: &ProgressMeter,
) -> Result<()> {
    // Quantized tensors are written from where they are (one at a time comes to host memory);
    // dense ones (norms, biases, the patch embedding: small) become flat f32 GGUF tensors, exact
    // (the loader knows their shapes; GGUF allows only 4 dimensions).
    let stored = tensors
        .iter()
        .map(|(name, tensor)| {
            let q = match tensor {
                PlacedTensor::Quantized(q) => q.clone(),
                PlacedTensor::Dense(t) => Arc::new(QTensor::quantize(
                    &t.to_dtype(DType::F32)?
                        .to_device(&Device::Cpu)?
                        .flatten_all()?,
                    GgmlDType::F32,
                )?),
            };
            Ok((name.as_str(), q))
        })
        .collect::<candle_core::Result<Vec<_>>>()?;
    let stored: Vec<(&str, &QTensor)> = stored.iter().map(|(n, q)| (*n, q.as_ref())).collect();
    let metadata = [
        (KEY_VERSION, gguf_file::Value::U32(FORMAT_VERSION)),
        (
            KEY_PRECISION,
            gguf_file::Value::String(precision.name().into()),
        ),
        (
            KEY_FINGERPRINT,
            gguf_file::Value::String(serde_json::to_string(fingerprint)?),
        ),
    ];
    let metadata: Vec<(&str, &gguf_file::Value)> = metadata.iter().map(|(k, v)| (*k, v)).collect();
    let file = File::create(path).with_context(|| format!("creating {}", path.display()))?;
    let mut out = BufWriter::new(CountingWriter {
        inner: file,
        progress,
    });
    gguf_file::write(&mut out, &metadata, &stored)
        .with_context(|| format!("writing {}", path.display()))?;
    out.into_inner()
        .map_err(|e| e.into_error())
        .and_then(|counting| counting.inner.sync_all())
        .with_context(|| format!("writing {}", path.display()))?;
    Ok(())
}

/// Reports the bytes written through it (the cache is gigabytes: a progress bar's worth).
struct CountingWriter<'a, W> {
    inner: W,
    progress: &'a ProgressMeter,
}

impl<W: Write> Write for CountingWriter<'_, W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.progress.advance(0, n as u64);
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

/// gguf_file::write seeks back to fill in offsets; a seek writes nothing.
impl<W: std::io::Seek> std::io::Seek for CountingWriter<'_, W> {
    fn seek(&mut self, pos: std::io::SeekFrom) -> std::io::Result<u64> {
        self.inner.seek(pos)
    }
}
