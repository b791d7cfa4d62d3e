// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! The `robobrain` command line as a user meets it: help per command, clear refusals of bad
//! values, `--json` that parses, and `plan`'s verdict in its exit status.

use std::path::Path;
use std::process::{Command, Output};

use serde_json::Value;

fn robobrain(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_robobrain"))
        .args(args)
        .output()
        .expect("the robobrain binary runs")
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn tiny() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/tiny")
        .display()
        .to_string()
}

#[test]
fn every_command_has_its_own_help_and_the_binary_a_version() {
    for (command, expected) in [
        ("infer", "--temperature"),
        ("plan", "--gpu-mib"),
        ("bench", "--compare-logits"),
        ("memcheck", "--new-tokens"),
    ] {
        let out = robobrain(&[command, "--help"]);
        assert!(out.status.success(), "{command} --help: {}", stderr(&out));
        let help = stdout(&out);
        assert!(
            help.contains(&format!("Usage: robobrain {command}")),
            "{help}"
        );
        assert!(
            help.contains(expected),
            "{command} --help lacks {expected}:\n{help}"
        );
    }
    let out = robobrain(&["--version"]);
    assert_eq!(
        stdout(&out).trim(),
        format!("robobrain {}", env!("CARGO_PKG_VERSION"))
    );
}

/// `robobrain ARGS` with its stdout the write end of a pipe whose reader is already gone (as
/// `| head -1` leaves it once head has its line), or /dev/full.
fn robobrain_to(args: &[&str], closed_pipe: bool) -> Output {
    let stdout = if closed_pipe {
        let (reader, writer) = std::io::pipe().expect("a pipe");
        drop(reader);
        std::process::Stdio::from(writer)
    } else {
        std::process::Stdio::from(std::fs::File::create("/dev/full").expect("/dev/full"))
    };
    Command::new(env!("CARGO_BIN_EXE_robobrain"))
        .args(args)
        .stdout(stdout)
        .output()
        .expect("the robobrain binary runs")
}

#[test]
fn a_closed_stdout_ends_quietly_and_a_full_one_is_an_error_never_a_panic() {
    for args in [
        &["plan", "--random", "3b", "--gpu-mib", "80000", "--json"][..],
        &["plan", "--random", "3b", "--gpu-mib", "80000"],
    ] {
        let closed = robobrain_to(args, true);
        assert!(closed.status.success(), "{args:?}: {}", stderr(&closed));
        assert!(stderr(&closed).is_empty(), "{args:?}: {}", stderr(&closed));
        let full = robobrain_to(args, false);
        assert_eq!(full.status.code(), Some(1), "{args:?}: {}", stderr(&full));
        assert!(
            stderr(&full).contains("writing the output: No space left on device"),
            "{}",
            stderr(&full)
        );
        assert!(!stderr(&full).contains("panicked"), "{}", stderr(&full));
    }
    // clap's own --help output ignores a closed or full stdout.
    for closed_pipe in [true, false] {
        let help = robobrain_to(&["--help"], closed_pipe);
        assert!(help.status.success(), "{}", stderr(&help));
        assert!(!stderr(&help).contains("panicked"), "{}", stderr(&help));
    }
}

#[test]
fn bad_values_are_refused_by_name_before_any_work() {
    for (args, expected) in [
        (
            vec![
                "infer",
                "--model",
                "m",
                "--prompt",
                "p",
                "--precision",
                "int4",
            ],
            "unknown precision 'int4'",
        ),
        (
            vec!["infer", "--model", "m", "--prompt", "p", "--device", "tpu"],
            "unknown device 'tpu'",
        ),
        (
            vec!["infer", "--model", "m", "--prompt", "p", "--task", "dance"],
            "unknown task 'dance'",
        ),
        (
            vec![
                "infer",
                "--model",
                "m",
                "--prompt",
                "p",
                "--max-new-tokens",
                "0",
            ],
            "invalid value '0' for '--max-new-tokens",
        ),
        (
            vec![
                "infer",
                "--model",
                "m",
                "--prompt",
                "p",
                "--temperature",
                "warm",
            ],
            "invalid value 'warm' for '--temperature",
        ),
        (vec!["infer", "--model", "m"], "--prompt <PROMPT>"),
        (vec!["plan", "--random", "3b"], "--gpu-mib <MIB>"),
        (
            vec!["plan", "--random", "3b", "--model", "m", "--gpu-mib", "1"],
            "cannot be used with",
        ),
        (
            vec!["plan", "--random", "13b", "--gpu-mib", "1"],
            "possible values: 3b, 7b, rb25-4b, rb25-8b",
        ),
        (
            vec!["plan", "--layers", "2", "--gpu-mib", "1"],
            "--random <SHAPE>",
        ),
        (vec!["plan", "--gpu-mib", "1"], "--model <DIR>"),
        (
            vec![
                "plan",
                "--random",
                "3b",
                "--gpu-mib",
                "1",
                "--precision",
                "fp8",
            ],
            "unknown quantization 'fp8'",
        ),
        (
            vec!["bench", "--random", "3b", "--sizes", "640x0"],
            "'0' is not a positive number",
        ),
        (
            vec!["memcheck", "--random", "3b", "--sizes", "640"],
            "expected WIDTHxHEIGHT",
        ),
    ] {
        let out = robobrain(&args);
        // clap's usage errors exit with 2, before anything is loaded.
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert!(
            stderr(&out).contains(expected),
            "{args:?}: {}",
            stderr(&out)
        );
    }
    // --layers goes with --random (a reduced-depth model at the released widths).
    let out = robobrain(&[
        "plan",
        "--random",
        "3b",
        "--layers",
        "2",
        "--gpu-mib",
        "5734",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    // A sampling value outside transformers' range is refused before the model loads.
    let out = robobrain(&[
        "infer",
        "--model",
        "/nonexistent",
        "--prompt",
        "p",
        "--top-p",
        "0",
    ]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("top_p must be in (0, 1]"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn plan_prints_the_figures_and_says_with_its_exit_status_whether_it_fits() {
    let big = robobrain(&["plan", "--random", "3b", "--gpu-mib", "80000", "--json"]);
    assert!(big.status.success(), "{}", stderr(&big));
    let json: Value = serde_json::from_str(&stdout(&big)).unwrap();
    assert_eq!(json["fits"], true);
    for field in [
        "total_bytes",
        "weights_bytes",
        "kv_cache_bytes",
        "workspace_bytes",
        "runtime_bytes",
        "headroom_bytes",
    ] {
        assert!(json[field].as_u64().unwrap() > 0, "{field}: {json}");
    }
    let sum: u64 = [
        "weights_bytes",
        "kv_cache_bytes",
        "workspace_bytes",
        "runtime_bytes",
    ]
    .iter()
    .map(|f| json[*f].as_u64().unwrap())
    .sum();
    assert_eq!(json["total_bytes"].as_u64().unwrap(), sum);
    assert_eq!(
        json["limits"]["max_image_pixels"], 2_109_744,
        "the node's default"
    );
    assert_eq!(json["limits"]["max_new_tokens"], 256, "the node's default");
    assert_eq!(json["auto"]["precision"], "bf16");
    assert_eq!(json["remedies"].as_array().unwrap().len(), 0);

    // bf16 on a 4 GiB card: refused with figures and remedies, exit status 1.
    let small = robobrain(&[
        "plan",
        "--random",
        "3b",
        "--gpu-mib",
        "4096",
        "--precision",
        "bf16",
        "--json",
    ]);
    assert_eq!(small.status.code(), Some(1));
    let json: Value = serde_json::from_str(&stdout(&small)).unwrap();
    assert_eq!(json["fits"], false);
    let refusal = json["refusal"].as_str().unwrap();
    assert!(
        refusal.starts_with("the model will not fit on the GPU: at bf16"),
        "{refusal}"
    );
    let remedies: Vec<&str> = json["remedies"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r.as_str().unwrap())
        .collect();
    assert!(
        remedies.iter().any(|r| r.starts_with("quantization int8")),
        "{remedies:?}"
    );
    assert!(
        remedies.iter().any(|r| r.starts_with("device cpu")),
        "{remedies:?}"
    );

    // The summary for a person says the same.
    let text = robobrain(&[
        "plan",
        "--random",
        "3b",
        "--gpu-mib",
        "4096",
        "--precision",
        "bf16",
    ]);
    assert_eq!(text.status.code(), Some(1));
    assert!(
        stdout(&text).contains("Remedies: quantization int8"),
        "{}",
        stdout(&text)
    );

    // A checkpoint's own image limit applies when smaller than the node's (the tiny one's
    // max_pixels is 50176).
    let tiny_plan = robobrain(&["plan", "--model", &tiny(), "--gpu-mib", "1024", "--json"]);
    let json: Value = serde_json::from_str(&stdout(&tiny_plan)).unwrap();
    assert_eq!(json["limits"]["max_image_pixels"], 50_176);
}

#[test]
fn infer_prints_a_summary_or_json() {
    let common = [
        "infer",
        "--model",
        &tiny(),
        "--prompt",
        "the red mug",
        "--precision",
        "f32",
        "--max-new-tokens",
        "4",
        "--no-cache",
    ];
    let text = robobrain(&common);
    assert!(text.status.success(), "{}", stderr(&text));
    let summary = stdout(&text);
    assert!(summary.starts_with("answer: "), "{summary}");
    assert!(
        summary.contains("tokens: ") && summary.contains("4 generated"),
        "{summary}"
    );
    assert!(
        summary.contains("sampling: temperature 0, top_k off, top_p off, repetition_penalty 1.05"),
        "{summary}"
    );

    let json = robobrain(&[common.as_slice(), &["--json"]].concat());
    assert!(json.status.success(), "{}", stderr(&json));
    let json: Value = serde_json::from_str(&stdout(&json)).unwrap();
    assert_eq!(json["generated_tokens"], 4);
    assert_eq!(json["sampling"]["repetition_penalty"], 1.05);
    assert_eq!(json["task"], "general");
    assert_eq!(json["device"], "cpu");
    // The cores this process may use, unless told.
    let cores = std::thread::available_parallelism().unwrap().get() as u64;
    if std::env::var_os("RAYON_NUM_THREADS").is_none() {
        assert_eq!(json["cpu_threads"], cores);
    }
    let one = robobrain(&[&["--threads", "1"], common.as_slice(), &["--json"]].concat());
    let one: Value = serde_json::from_str(&stdout(&one)).unwrap();
    assert_eq!(one["cpu_threads"], 1);
    assert_eq!(
        one["tokens"], json["tokens"],
        "the same answer on one thread"
    );
}

#[test]
fn infer_with_the_remote_backend_refuses_bad_settings_and_names_an_unreachable_server() {
    // A port nothing listens on (bound, then released).
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let url = format!("http://127.0.0.1:{port}/v1");
    for (extra, expected) in [
        (
            vec!["--remote-model", "m"],
            "remote_url is empty".to_string(),
        ),
        (
            vec!["--remote-url", &url],
            "remote_model is empty".to_string(),
        ),
        (
            vec![
                "--remote-url",
                &url,
                "--remote-model",
                "m",
                "--remote-image-encoding",
                "gif",
            ],
            "image encoding 'gif'".to_string(),
        ),
        (
            vec!["--remote-url", &url, "--remote-model", "m"],
            format!("cannot reach the server at {url}"),
        ),
    ] {
        let mut args = vec!["infer", "--backend", "remote", "--prompt", "hi"];
        args.extend(extra);
        let out = robobrain(&args);
        assert!(!out.status.success(), "{args:?}");
        assert!(
            stderr(&out).contains(&expected),
            "{args:?}: {}",
            stderr(&out)
        );
    }
    // The local backend still needs its checkpoint.
    let out = robobrain(&["infer", "--prompt", "hi"]);
    assert!(
        stderr(&out).contains("needs --model DIR"),
        "{}",
        stderr(&out)
    );
}

fn tiny_rb25() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/rb25/tiny")
        .display()
        .to_string()
}

#[test]
fn infer_answers_every_task_with_a_robobrain_25_checkpoint() {
    let picture = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/images/image_1.png")
        .display()
        .to_string();
    for task in [
        "general",
        "pointing",
        "affordance",
        "trajectory",
        "grounding",
    ] {
        let out = robobrain(&[
            "infer",
            "--model",
            &tiny_rb25(),
            "--image",
            &picture,
            "--task",
            task,
            "--prompt",
            "the red mug",
            "--precision",
            "f32",
            "--max-new-tokens",
            "6",
            "--no-cache",
            "--json",
        ]);
        assert!(out.status.success(), "{task}: {}", stderr(&out));
        let json: Value = serde_json::from_str(&stdout(&out)).unwrap();
        assert_eq!(json["family"], "qwen3_vl", "{task}");
        assert_eq!(json["robobrain_release"], "RoboBrain 2.5", "{task}");
        assert_eq!(json["generated_tokens"], 6, "{task}");
        // 333x250 within the tiny checkpoint's 65536 pixels at factor 32: 288x192, 54 tokens.
        assert_eq!(json["image_tokens"], 54, "{task}");
        assert_eq!(
            (
                json["image"]["resized_width"].as_u64(),
                json["image"]["resized_height"].as_u64()
            ),
            (Some(288), Some(192)),
            "{task}"
        );
    }
    let thinking = robobrain(&[
        "infer",
        "--model",
        &tiny_rb25(),
        "--prompt",
        "hi",
        "--thinking",
        "on",
        "--precision",
        "f32",
        "--no-cache",
    ]);
    assert!(!thinking.status.success());
    assert!(
        stderr(&thinking).contains("RoboBrain 2.5 has no thinking mode"),
        "{}",
        stderr(&thinking)
    );
}
