// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! Loading the tiny checkpoint: broken checkpoints named precisely, the weight bytes the memory
//! plan counts, the int8 cache (written, read, rebuilt, rejected, unwritable), the decoder split
//! between the device and the CPU, and the loading progress reports.

use std::path::{Path, PathBuf};

use candle_core::Device;
use robobrain::engine::{CacheLocation, CacheStatus, Engine, LoadOptions};
use robobrain::models::Precision;

mod common;
use common::{fixtures, greedy_tokens, options, prefill_values, reference, tiny, IMAGE_CASES};

fn load(precision: Precision) -> Engine {
    common::load(tiny(), precision)
}

const ALL_CASES: [&str; 3] = [IMAGE_CASES[0], IMAGE_CASES[1], "text_only"];

/// A copy of the tiny checkpoint to break in one way.
fn broken_copy(name: &str, damage: impl FnOnce(&Path)) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("robobrain-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    copy_tiny_files(&dir);
    damage(&dir);
    dir
}

fn load_error(dir: &Path) -> String {
    match Engine::load(dir, &options(Precision::F32)) {
        Ok(_) => panic!("loading {} should fail", dir.display()),
        Err(e) => format!("{e:#}"),
    }
}

/// The tiny checkpoint copied into a fresh temporary folder (the cache is written inside it).
fn checkpoint_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_tiny_files(dir.path());
    dir
}

/// The tiny checkpoint's files into `dir` (a cache folder an int8 demo run left in the fixture
/// stays behind).
fn copy_tiny_files(dir: &Path) {
    for entry in std::fs::read_dir(fixtures().join("tiny")).unwrap() {
        let entry = entry.unwrap();
        if entry.file_type().unwrap().is_file() {
            std::fs::copy(entry.path(), dir.join(entry.file_name())).unwrap();
        }
    }
}

fn load_cached(dir: &Path, gpu_layers: Option<usize>) -> Engine {
    let options = LoadOptions {
        gpu_layers,
        ..LoadOptions::new(Precision::Int8, Device::Cpu)
    };
    Engine::load(dir, &options).unwrap()
}

/// The cache path of a status that used one.
fn cache_file(status: &CacheStatus) -> PathBuf {
    match status {
        CacheStatus::Loaded { path }
        | CacheStatus::Written { path }
        | CacheStatus::Rebuilt { path, .. }
        | CacheStatus::WriteFailed { path, .. } => path.clone(),
        CacheStatus::Disabled => panic!("the cache was not used"),
    }
}

fn rejection(status: &CacheStatus) -> String {
    match status {
        CacheStatus::Rebuilt { reason, .. } => reason.clone(),
        other => panic!("expected the cache to be rejected and rebuilt, got {other:?}"),
    }
}

#[test]
fn broken_checkpoints_are_named_precisely() {
    let shard = "model-00002-of-00002.safetensors";
    let dir = broken_copy("corrupt", |d| {
        let bytes = std::fs::read(d.join(shard)).unwrap();
        std::fs::write(d.join(shard), &bytes[..bytes.len() / 2]).unwrap();
    });
    let err = load_error(&dir);
    assert!(
        err.contains(shard) && err.contains("not a valid safetensors file"),
        "{err}"
    );

    let dir = broken_copy("no-tokenizer", |d| {
        std::fs::remove_file(d.join("tokenizer.json")).unwrap()
    });
    let err = load_error(&dir);
    assert!(err.contains("tokenizer.json is missing"), "{err}");

    let dir = broken_copy("not-qwen", |d| {
        let text = std::fs::read_to_string(d.join("config.json")).unwrap();
        std::fs::write(
            d.join("config.json"),
            text.replace("\"qwen2_5_vl\"", "\"llama\""),
        )
        .unwrap();
    });
    let err = load_error(&dir);
    assert!(
        err.contains("config.json")
            && err.contains("model_type \"llama\"")
            && err.contains("not a model family robobrain runs")
            && err.contains("qwen2_5_vl"),
        "{err}"
    );

    let dir = broken_copy("missing-shard", |d| {
        std::fs::remove_file(d.join(shard)).unwrap()
    });
    let err = load_error(&dir);
    assert!(err.contains(shard) && err.contains("missing"), "{err}");
}

#[test]
fn memory_estimator_counts_the_loaded_weight_bytes_exactly() {
    for precision in [
        Precision::F32,
        Precision::BF16,
        Precision::F16,
        Precision::Int8,
    ] {
        // On the CPU: int8 products packed for the VNNI kernel where this CPU has it.
        let engine = load(precision);
        let estimated =
            robobrain::engine::memory::split_weight_bytes(engine.config(), precision, None, true)
                .main;
        assert_eq!(
            estimated,
            engine.loaded().weight_bytes as u64,
            "{precision}"
        );
    }
}

#[test]
fn int8_cache_is_written_once_then_read_with_identical_logits() {
    let reference = reference();
    let dir = checkpoint_copy();
    let mut first = load_cached(dir.path(), None);
    let path = cache_file(&first.loaded().cache);
    assert_eq!(
        first.loaded().cache,
        CacheStatus::Written { path: path.clone() }
    );
    assert!(path.starts_with(dir.path().canonicalize().unwrap().join(".robobrain-cache")));
    assert!(path.is_file());
    let from_checkpoint = prefill_values(&mut first, &reference);

    let mut second = load_cached(dir.path(), None);
    assert_eq!(second.loaded().cache, CacheStatus::Loaded { path });
    assert_eq!(second.loaded().weight_bytes, first.loaded().weight_bytes);
    assert_eq!(prefill_values(&mut second, &reference), from_checkpoint);
    // And the same as an int8 load that never saw a cache.
    assert_eq!(
        prefill_values(&mut load(Precision::Int8), &reference),
        from_checkpoint
    );
    // Other precisions neither read nor write it.
    let f32 = Engine::load(dir.path(), &LoadOptions::new(Precision::F32, Device::Cpu)).unwrap();
    assert_eq!(f32.loaded().cache, CacheStatus::Disabled);
}

#[test]
fn int8_cache_is_rebuilt_when_the_checkpoint_changes() {
    let reference = reference();
    let dir = checkpoint_copy();
    load_cached(dir.path(), None);

    // config.json: any byte.
    let config = dir.path().join("config.json");
    let text = std::fs::read_to_string(&config).unwrap();
    std::fs::write(&config, format!("{text}\n")).unwrap();
    let reason = rejection(&load_cached(dir.path(), None).loaded().cache);
    assert!(reason.contains("config.json changed"), "{reason}");
    assert!(matches!(
        load_cached(dir.path(), None).loaded().cache,
        CacheStatus::Loaded { .. }
    ));

    // A shard touched but not changed: its modification time.
    let shard = dir.path().join("model-00002-of-00002.safetensors");
    let later = std::time::SystemTime::now() + std::time::Duration::from_secs(60);
    std::fs::File::options()
        .write(true)
        .open(&shard)
        .unwrap()
        .set_modified(later)
        .unwrap();
    let reason = rejection(&load_cached(dir.path(), None).loaded().cache);
    assert!(
        reason.contains("model-00002-of-00002.safetensors") && reason.contains("modification time"),
        "{reason}"
    );

    // A shard rewritten with one tensor's values changed: the rebuilt cache holds the new
    // values (its logits are those of a load that never saw a cache).
    let mut tensors = candle_core::safetensors::load(&shard, &Device::Cpu).unwrap();
    let name = tensors.keys().next().unwrap().clone();
    let changed = (&tensors[&name] * 2.0).unwrap();
    tensors.insert(name, changed);
    candle_core::safetensors::save(&tensors, &shard).unwrap();
    let mut rebuilt = load_cached(dir.path(), None);
    let reason = rejection(&rebuilt.loaded().cache);
    assert!(
        reason.contains("model-00002-of-00002.safetensors"),
        "{reason}"
    );
    let uncached = LoadOptions {
        cache: CacheLocation::Disabled,
        ..LoadOptions::new(Precision::Int8, Device::Cpu)
    };
    let mut fresh = Engine::load(dir.path(), &uncached).unwrap();
    assert_eq!(
        prefill_values(&mut rebuilt, &reference),
        prefill_values(&mut fresh, &reference)
    );
    assert_ne!(
        prefill_values(&mut rebuilt, &reference),
        prefill_values(&mut load(Precision::Int8), &reference)
    );
}

#[test]
fn a_corrupt_int8_cache_is_rejected_with_a_reason_and_rebuilt() {
    let reference = reference();
    let dir = checkpoint_copy();
    let mut first = load_cached(dir.path(), None);
    let expected = prefill_values(&mut first, &reference);
    let path = cache_file(&first.loaded().cache);

    let bytes = std::fs::read(&path).unwrap();
    std::fs::write(&path, &bytes[..bytes.len() / 2]).unwrap();
    let mut engine = load_cached(dir.path(), None);
    let reason = rejection(&engine.loaded().cache);
    assert!(reason.contains("truncated"), "{reason}");
    assert_eq!(prefill_values(&mut engine, &reference), expected);
    assert_eq!(std::fs::read(&path).unwrap(), bytes, "rebuilt as it was");

    std::fs::write(&path, b"not a cache at all").unwrap();
    let reason = rejection(&load_cached(dir.path(), None).loaded().cache);
    assert!(reason.contains("cannot be read"), "{reason}");
}

#[test]
fn an_unwritable_cache_folder_is_a_warning_not_a_failure() {
    let dir = checkpoint_copy();
    // A "folder" under a regular file can never be created.
    let options = LoadOptions {
        cache: CacheLocation::Folder(dir.path().join("config.json").join("cache")),
        ..LoadOptions::new(Precision::Int8, Device::Cpu)
    };
    let engine = Engine::load(dir.path(), &options).unwrap();
    assert!(
        matches!(&engine.loaded().cache, CacheStatus::WriteFailed { reason, .. } if reason.contains("creating")),
        "{:?}",
        engine.loaded().cache
    );
    assert!(engine.loaded().cache.is_warning());
}

#[test]
fn split_decoder_matches_the_whole_model_on_one_device() {
    let reference = reference();
    let config = &load(Precision::F32).config().clone();
    for precision in [Precision::F32, Precision::Int8] {
        let mut whole = load(precision);
        let expected = prefill_values(&mut whole, &reference);
        for gpu_layers in [0, 1, 2] {
            let options = LoadOptions {
                gpu_layers: Some(gpu_layers),
                ..options(precision)
            };
            let mut split = Engine::load(fixtures().join("tiny"), &options).unwrap();
            assert_eq!(split.loaded().gpu_layers, Some(gpu_layers));
            let bytes = robobrain::engine::memory::split_weight_bytes(
                config,
                precision,
                Some(gpu_layers),
                true,
            );
            assert_eq!(
                (
                    split.loaded().weight_bytes as u64,
                    split.loaded().offloaded_weight_bytes as u64
                ),
                (bytes.main, bytes.offloaded),
                "{precision}, {gpu_layers} layers: bytes on each device"
            );
            assert_eq!(
                prefill_values(&mut split, &reference),
                expected,
                "{precision}, {gpu_layers} layers: prefill logits"
            );
            for case in ALL_CASES {
                assert_eq!(
                    greedy_tokens(&mut split, &reference, case, 1.0),
                    greedy_tokens(&mut whole, &reference, case, 1.0),
                    "{precision}, {gpu_layers} layers: {case} greedy tokens"
                );
            }
        }
    }
    // All layers is no split at all.
    let all = Engine::load(
        fixtures().join("tiny"),
        &LoadOptions {
            gpu_layers: Some(3),
            ..options(Precision::F32)
        },
    )
    .unwrap();
    assert_eq!(
        (all.loaded().gpu_layers, all.loaded().offloaded_weight_bytes),
        (None, 0)
    );
}

#[test]
fn more_gpu_layers_than_the_model_has_is_refused_clearly() {
    let options = LoadOptions {
        gpu_layers: Some(4),
        ..options(Precision::F32)
    };
    let err = match Engine::load(fixtures().join("tiny"), &options) {
        Ok(_) => panic!("gpu_layers 4 of 3 should be refused"),
        Err(e) => format!("{e:#}"),
    };
    assert!(
        err.contains("gpu_layers 4 is more than the model's 3 decoder layers"),
        "{err}"
    );
}

#[test]
fn a_split_model_loads_from_the_cache_of_a_whole_one() {
    let reference = reference();
    let dir = checkpoint_copy();
    load_cached(dir.path(), None);
    let mut split = load_cached(dir.path(), Some(1));
    assert!(matches!(split.loaded().cache, CacheStatus::Loaded { .. }));
    assert_eq!(
        prefill_values(&mut split, &reference),
        prefill_values(&mut load(Precision::Int8), &reference)
    );
}

#[test]
fn loading_reports_each_stage_up_to_the_exact_weight_bytes() {
    use robobrain::engine::{LoadProgress, LoadStage, ProgressSink};
    use std::sync::{Arc, Mutex};
    let dir = checkpoint_copy();
    let load = |dir: &Path| {
        let seen: Arc<Mutex<Vec<LoadProgress>>> = Default::default();
        let sink = {
            let seen = seen.clone();
            ProgressSink::new(move |p| seen.lock().unwrap().push(*p))
        };
        let options = LoadOptions {
            progress: sink,
            ..LoadOptions::new(Precision::Int8, Device::Cpu)
        };
        let engine = Engine::load(dir, &options).unwrap();
        let seen = seen.lock().unwrap().clone();
        (engine, seen)
    };
    let last_of = |seen: &[LoadProgress], stage: LoadStage| {
        *seen
            .iter()
            .rev()
            .find(|p| p.stage == stage)
            .unwrap_or_else(|| panic!("no {stage:?} report"))
    };
    // First start: converting and quantizing, then writing the cache.
    let (engine, seen) = load(dir.path());
    let loading = last_of(&seen, LoadStage::Loading);
    assert_eq!(
        loading.bytes_total,
        engine.loaded().weight_bytes as u64,
        "the plan's exact weight bytes"
    );
    assert_eq!(loading.bytes_done, loading.bytes_total);
    assert!(
        loading.tensors_done > 50,
        "one report per tensor: {}",
        loading.tensors_done
    );
    let writing = last_of(&seen, LoadStage::WritingCache);
    assert!(writing.fraction() > 0.95, "{}", writing.describe());
    let fractions: Vec<f64> = seen
        .iter()
        .filter(|p| p.stage == LoadStage::Loading)
        .map(|p| p.fraction())
        .collect();
    assert!(
        fractions.windows(2).all(|w| w[0] <= w[1]),
        "progress never goes back"
    );
    // Second start: reading the cache, to the same bytes.
    let (_, seen) = load(dir.path());
    assert!(
        seen.iter().all(|p| p.stage == LoadStage::ReadingCache),
        "only the cache is read"
    );
    let reading = last_of(&seen, LoadStage::ReadingCache);
    assert_eq!(reading.bytes_done, reading.bytes_total);
}
