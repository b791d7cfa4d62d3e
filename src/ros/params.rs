// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! The node's parameters: one table ([`DECLARED`]) that is the single source of truth for names,
//! types, defaults and descriptions. `robobrain_node --print-params` prints it, docs/parameters.md and
//! config/robobrain.yaml follow it, and an end-to-end test checks the YAML and launch file
//! against that printout.

use std::collections::BTreeSet;
use std::time::Duration;

use anyhow::{bail, Context as _};
use r2r::ParameterValue;

use super::topics::{
    companion_topics, derived_camera_info_topic, derived_depth_topic, topic_name_error,
};
use crate::camera::DepthSettings;
use crate::engine::plan::Quantization;
use crate::engine::{DeviceSpec, SamplingOverrides};

/// A parameter's type and default value.
#[derive(Debug, Clone, Copy)]
pub enum ParamDefault {
    Str(&'static str),
    StrList(&'static [&'static str]),
    Int(i64),
    Float(f64),
    Bool(bool),
}

impl ParamDefault {
    fn type_name(self) -> &'static str {
        match self {
            ParamDefault::Str(_) => "string",
            ParamDefault::StrList(_) => "string_array",
            ParamDefault::Int(_) => "integer",
            ParamDefault::Float(_) => "double",
            ParamDefault::Bool(_) => "bool",
        }
    }

    fn render(self) -> String {
        match self {
            ParamDefault::Str(s) => format!("{s:?}"),
            ParamDefault::StrList(list) => format!("{list:?}"),
            ParamDefault::Int(i) => i.to_string(),
            ParamDefault::Float(f) => format!("{f:?}"),
            ParamDefault::Bool(b) => b.to_string(),
        }
    }
}

/// The values a number parameter accepts (inclusive).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Range {
    /// Any value of the type (strings, lists, switches).
    Any,
    Int(i64, i64),
    Float(f64, f64),
    /// A string of at most this many characters (one sent in every periodic message).
    Chars(usize),
}

impl Range {
    fn render(self) -> String {
        match self {
            Range::Any => String::new(),
            Range::Int(min, max) => format!("{min} to {max}"),
            Range::Float(min, max) => format!("{min:?} to {max:?}"),
            Range::Chars(max) => format!("at most {max} characters"),
        }
    }
}

/// One declared parameter: everything the node, `--print-params`, the parameter services and
/// docs/parameters.md's table say about it.
#[derive(Debug, Clone, Copy)]
pub struct Declared {
    pub name: &'static str,
    pub default: ParamDefault,
    pub description: &'static str,
    pub range: Range,
    /// Takes effect on the next query or /diagnostics message when set at run time; the others
    /// decide how the model is loaded or what the node subscribes to, and need a restart.
    pub live: bool,
}

const fn declare(name: &'static str, default: ParamDefault, description: &'static str) -> Declared {
    Declared {
        name,
        default,
        description,
        range: Range::Any,
        live: false,
    }
}

impl Declared {
    const fn int_range(self, min: i64, max: i64) -> Self {
        Self {
            range: Range::Int(min, max),
            ..self
        }
    }

    const fn float_range(self, min: f64, max: f64) -> Self {
        Self {
            range: Range::Float(min, max),
            ..self
        }
    }

    const fn max_chars(self, max: usize) -> Self {
        Self {
            range: Range::Chars(max),
            ..self
        }
    }

    const fn live(self) -> Self {
        Self { live: true, ..self }
    }
}

/// The declaration of `name`, if the node has the parameter.
pub fn declared(name: &str) -> Option<&'static Declared> {
    DECLARED.iter().find(|p| p.name == name)
}

/// The shortest diagnostics_period: 10 messages a second is more than any monitor reads (the
/// diagnostic aggregator's default is 1 Hz); 1e-9 made the node send 1,263 a second and take
/// 84 % of a core.
pub const MIN_DIAGNOSTICS_PERIOD: f64 = 0.1;
/// The longest hardware_id: it goes into every diagnostic status, every period.
pub const MAX_HARDWARE_ID_CHARS: usize = 256;

/// A build without CUDA can only run on the CPU.
const DEFAULT_DEVICE: &str = if cfg!(feature = "cuda") {
    "cuda"
} else {
    "cpu"
};

/// Every parameter the node reads.
pub const DECLARED: &[Declared] = &[
    declare(
        "camera_topics",
        ParamDefault::StrList(&["/camera/image_raw"]),
        "Camera topics to subscribe to; the first is the default camera. A topic ending in \
         '/compressed' is a sensor_msgs/CompressedImage (jpeg/png), any other a sensor_msgs/Image.",
    ),
    declare(
        "image_qos",
        ParamDefault::Str("reliable"),
        "Reliability of the camera subscriptions: 'reliable' (default; large frames over \
         best-effort are mostly dropped by Fast DDS) or 'best_effort' (matches sensor-data publishers).",
    ),
    declare(
        "depth_topics",
        ParamDefault::StrList(&["auto"]),
        "Aligned depth image of each camera (sensor_msgs/Image, 16UC1 millimetres or 32FC1 \
         metres, aligned to the colour image: its size or an integer fraction of it), in the order \
         of camera_topics. 'auto' (and every camera past the list's end) derives it: the colour \
         namespace 'color' becomes 'aligned_depth_to_color' (/camera/color/image_raw -> \
         /camera/aligned_depth_to_color/image_raw); 'none' or '' turns depth off for that camera. \
         Optional: without depth, answers are in pixels and say why 3-D is missing.",
    ),
    declare(
        "camera_info_topics",
        ParamDefault::StrList(&["auto"]),
        "sensor_msgs/CameraInfo of each camera, in the order of camera_topics. 'auto' (and every \
         camera past the list's end): camera_info next to the image (/camera/color/image_raw -> \
         /camera/color/camera_info); 'none' or '' turns 3-D off for that camera.",
    ),
    declare(
        "depth_stamp_tolerance_ms",
        ParamDefault::Int(50),
        "Largest stamp difference between a colour frame and the depth frame paired with it (the \
         nearest of the last few received); a larger gap gives no 3-D, naming both stamps.",
    )
    .int_range(0, 3_600_000)
    .live(),
    declare(
        "depth_window",
        ParamDefault::Int(5),
        "Side of the square window (depth pixels; made odd) whose median valid reading is a \
         point's depth.",
    )
    .int_range(1, 101)
    .live(),
    declare(
        "depth_min",
        ParamDefault::Float(0.1),
        "Depth readings nearer than this (metres) are ignored, as 0 and NaN are.",
    )
    .float_range(0.0, 1000.0)
    .live(),
    declare(
        "depth_max",
        ParamDefault::Float(10.0),
        "Depth readings farther than this (metres) are ignored.",
    )
    .float_range(0.0, 1000.0)
    .live(),
    declare(
        "marker_lifetime",
        ParamDefault::Float(10.0),
        "Seconds the ~/markers of one query stay shown (one namespace per task, marker ids of \
         its own per query); 0: forever (they pile up until the display is reset).",
    )
    .float_range(0.0, 1e6)
    .live(),
    declare(
        "backend",
        ParamDefault::Str("local"),
        "Who answers queries: 'local' (the model of model_path in this process) or 'remote' (an \
         OpenAI-compatible server at remote_url: vLLM, SGLang, llama.cpp's llama-server).",
    ),
    declare(
        "remote_url",
        ParamDefault::Str(""),
        "backend remote: the server's OpenAI API base, up to /v1 (e.g. http://gpu-server:8000/v1).",
    ),
    declare(
        "remote_model",
        ParamDefault::Str(""),
        "backend remote: the model name the server serves (vLLM: --served-model-name or the repo \
         id; llama-server: --alias). Its size in the name (3B/7B/32B) decides thinking, as upstream.",
    ),
    declare(
        "remote_model_family",
        ParamDefault::Str("qwen2_5_vl"),
        "backend remote: the served model's model_type: qwen2_5_vl (RoboBrain 2.0) or qwen3_vl \
         (RoboBrain 2.5). It decides the prompts, the image factor and the coordinate frame.",
    ),
    declare(
        "remote_api_key_env",
        ParamDefault::Str(""),
        "backend remote: NAME of the environment variable holding the API key (sent as a bearer \
         token); empty: no key. The key itself never goes into a parameter file.",
    ),
    declare(
        "remote_timeout_ms",
        ParamDefault::Int(60_000),
        "backend remote: upper bound of one HTTP call (connection and the whole answer); the \
         query's own timeout may end it sooner.",
    )
    .int_range(1, 86_400_000),
    declare(
        "remote_max_pixels",
        ParamDefault::Int(12_845_056),
        "backend remote: the server's image limit (its preprocessor's max_pixels; 12845056 is the \
         published Qwen2.5-VL one). The node resizes frames to the smart_resize size for it, so \
         the server's own resize does nothing and coordinates map back exactly. The smaller of \
         this and max_image_pixels applies.",
    )
    .int_range(3136, 1 << 34),
    declare(
        "remote_image_encoding",
        ParamDefault::Str("png"),
        "backend remote: how the resized image is sent: png (lossless), jpeg (quality 95) or \
         jpeg:QUALITY.",
    ),
    declare(
        "remote_assistant_prefill",
        ParamDefault::Bool(true),
        "backend remote: the server continues a final assistant message (vLLM/SGLang: \
         continue_final_message, sent along; llama-server: by default), which carries \
         RoboBrain's thinking switches. false: a server that cannot; thinking models' queries \
         are then refused.",
    ),
    declare(
        "autostart",
        ParamDefault::Bool(true),
        "Configure (load the model) and activate (subscribe, answer) at start. false: the node \
         waits unconfigured for a lifecycle manager or `ros2 lifecycle set` (~/change_state).",
    ),
    declare(
        "use_sim_time",
        ParamDefault::Bool(false),
        "Follow /clock (a simulator, or `ros2 bag play --clock`): frame ages, max_image_age and \
         every published stamp use that time.",
    ),
    declare(
        "model_path",
        ParamDefault::Str(""),
        "Folder of a RoboBrain 2.0 or 2.5 checkpoint in Hugging Face layout (config.json, *.safetensors, \
         tokenizer.json, preprocessor_config.json). Empty: no model, queries fail with an explanation.",
    ),
    declare(
        "quantization",
        ParamDefault::Str("int8"),
        "Weight format: int8 (candle Q8_0; alias q8_0), bf16, f16, f32, or auto (on a GPU: bf16 \
         when it fits with room to spare, else int8, else int8 with as many decoder layers on \
         the GPU as fit; the choice and its reason are logged).",
    ),
    declare(
        "device",
        ParamDefault::Str(DEFAULT_DEVICE),
        "Where to run the model: cuda or cpu (the default: cuda in a build with the cuda feature, \
         else cpu).",
    ),
    declare(
        "gpu_layers",
        ParamDefault::Int(-1),
        "Text decoder layers kept on the GPU; the rest, the final norm and the output head run \
         on the CPU (slower, for a GPU too small for the whole model). -1: all. With quantization \
         auto, a count that fits is chosen when the whole model does not.",
    )
    .int_range(-1, 4096),
    declare(
        "quantized_cache",
        ParamDefault::Bool(true),
        "At int8, keep the quantized weights in a cache file: written on the first start, checked \
         against the checkpoint (rebuilt when it changed) and read on later starts, which load \
         much faster.",
    ),
    declare(
        "cache_dir",
        ParamDefault::Str(""),
        "Folder of the int8 cache; empty: <model_path>/.robobrain-cache (set it when the \
         checkpoint folder is read-only).",
    ),
    declare(
        "max_image_pixels",
        ParamDefault::Int(2_109_744),
        "Largest image the model sees (pixels after resizing; larger frames are scaled down \
         keeping their aspect). Bounds image tokens, memory and latency. 2109744 = 1932x1092.",
    )
    .int_range(3136, 1 << 34),
    declare(
        "max_new_tokens",
        ParamDefault::Int(256),
        "Generation limit used when a query asks for 0.",
    )
    .int_range(1, 32_768)
    .live(),
    declare(
        "max_new_tokens_limit",
        ParamDefault::Int(8192),
        "Cap of a query's own max_new_tokens: a query asking for more is refused at once, naming \
         this cap (it would hold the engine that long). At least max_new_tokens.",
    )
    .int_range(1, 1 << 20)
    .live(),
    declare(
        "max_prompt_chars",
        ParamDefault::Int(8192),
        "Longest prompt a query may send, in characters; longer ones are refused before \
         tokenizing. A cheap first bound: max_prompt_tokens is the real one.",
    )
    .int_range(1, 1 << 20)
    .live(),
    declare(
        "max_prompt_tokens",
        ParamDefault::Int(512),
        "Longest prompt text in tokens (the task template included, image tokens not); longer \
         ones are refused before the model runs. 512 is the text the memory plan sizes the KV \
         cache and workspace for (next to the image tokens and max_new_tokens).",
    )
    .int_range(1, 1 << 17),
    declare(
        "max_decoded_image_pixels",
        ParamDefault::Int(33_554_432),
        "Largest image a query may send or a camera may deliver, as width x height before \
         resizing; larger ones are refused from their header, before any pixel is decoded. \
         33554432 = 8192x4096 (8K UHD fits), ~100 MB as RGB.",
    )
    .int_range(3136, 1 << 34)
    .live(),
    declare(
        "top_k",
        ParamDefault::Int(-1),
        "Sample only among the k likeliest tokens (when a query's temperature is above 0); 0: no \
         limit. -1: the checkpoint's generation_config (transformers' 50 when it has none; the \
         published RoboBrain/Qwen2.5-VL config says 1, so sampling stays deterministic as \
         upstream). A query's top_k overrides it.",
    )
    .int_range(-1, 1 << 24)
    .live(),
    declare(
        "top_p",
        ParamDefault::Float(-1.0),
        "Nucleus sampling in (0, 1] (when a query's temperature is above 0); 1: no limit. -1: the \
         checkpoint's generation_config. A query's top_p overrides it.",
    )
    .float_range(-1.0, 1.0)
    .live(),
    declare(
        "repetition_penalty",
        ParamDefault::Float(-1.0),
        "Penalty (> 0, 1 = off) on every token already in the prompt or the answer, greedy \
         included. -1: the checkpoint's generation_config (1.05 in the published RoboBrain \
         config). A query's repetition_penalty overrides it.",
    )
    .float_range(-1.0, 1e6)
    .live(),
    declare(
        "query_timeout_ms",
        ParamDefault::Int(60_000),
        "Time limit of a query (queueing included) used when a query asks for 0.",
    )
    .int_range(1, 3_600_000)
    .live(),
    declare(
        "query_timeout_limit_ms",
        ParamDefault::Int(600_000),
        "Cap of a query's own timeout_ms: a query asking for more is refused at once, naming this \
         cap. At least query_timeout_ms.",
    )
    .int_range(1, 86_400_000)
    .live(),
    declare(
        "query_queue_size",
        ParamDefault::Int(4),
        "Validated queries that may wait for the model; more are refused at once.",
    )
    .int_range(1, 1024),
    declare(
        "diagnostics_period",
        ParamDefault::Float(1.0),
        "Seconds between two /diagnostics messages.",
    )
    .float_range(MIN_DIAGNOSTICS_PERIOD, 1e6)
    .live(),
    declare(
        "gpu_index",
        ParamDefault::Int(0),
        "NVML index of the GPU to report on.",
    )
    .int_range(0, 63),
    declare(
        "gpu_free_memory_warn_mib",
        ParamDefault::Int(1024),
        "The GPU status turns WARN when less than this much GPU memory is free (MiB).",
    )
    .int_range(0, 1 << 30)
    .live(),
    declare(
        "camera_stale_after",
        ParamDefault::Float(2.0),
        "A camera status turns WARN when its last frame is older than this (seconds).",
    )
    .float_range(0.0, 1e6)
    .live(),
    declare(
        "hardware_id",
        ParamDefault::Str(""),
        "hardware_id of the diagnostic statuses; empty: the GPU's name (or 'no-gpu').",
    )
    .max_chars(MAX_HARDWARE_ID_CHARS)
    .live(),
    declare(
        "threads",
        ParamDefault::Int(0),
        "Threads of the CPU's work (the model on the CPU, offloaded layers, preprocessing). 0: \
         the cores this process may use (its affinity mask and cgroup CPU quota).",
    )
    .int_range(0, 4096),
];

/// Prints [`DECLARED`] as tab-separated lines: name, type, default, description.
/// docs/parameters.md's parameter table: every declared parameter with its type, default, range,
/// whether it changes at run time, and its description (a test keeps the page in step).
pub fn markdown_table() -> String {
    let mut table = String::from(
        "| parameter | type | default | range | at run time | meaning |\n| --- | --- | --- | --- | --- | --- |\n",
    );
    for p in DECLARED {
        table.push_str(&format!(
            "| `{}` | {} | `{}` | {} | {} | {} |\n",
            p.name,
            p.default.type_name(),
            p.default.render().trim_matches('"'),
            p.range.render(),
            if p.live { "live" } else { "restart" },
            p.description.replace('|', "\\|"),
        ));
    }
    table
}

/// `robobrain_node --print-params`: one line per parameter, tab-separated: name, type,
/// default, description.
pub fn declared_listing() -> String {
    DECLARED
        .iter()
        .map(|param| {
            format!(
                "{}\t{}\t{}\t{}\n",
                param.name,
                param.default.type_name(),
                param.default.render(),
                param.description
            )
        })
        .collect()
}

/// Reliability of the camera subscriptions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImageQos {
    Reliable,
    BestEffort,
}

/// The parameters, typed and checked.
#[derive(Debug, Clone)]
pub struct NodeParams {
    pub camera_topics: Vec<String>,
    /// One per camera topic: its aligned depth topic, None = no depth for that camera.
    pub depth_topics: Vec<Option<String>>,
    /// One per camera topic: its CameraInfo topic, None = no 3-D for that camera.
    pub camera_info_topics: Vec<Option<String>>,
    pub depth_stamp_tolerance: Duration,
    /// How depth is read under a pixel.
    pub depth: DepthSettings,
    /// Zero: markers stay forever.
    pub marker_lifetime: Duration,
    pub backend: crate::remote::BackendKind,
    /// Checked settings of the remote backend; Some exactly when `backend` is remote.
    pub remote: Option<crate::remote::RemoteConfig>,
    pub image_qos: ImageQos,
    pub model_path: String,
    pub quantization: Quantization,
    /// cuda (the GPU of `gpu_index`) or cpu.
    pub device: DeviceSpec,
    /// Decoder layers on the GPU; None = all.
    pub gpu_layers: Option<usize>,
    pub quantized_cache: bool,
    /// Configure and activate at start.
    pub autostart: bool,
    /// Follow /clock.
    pub use_sim_time: bool,
    /// Empty: next to the checkpoint.
    pub cache_dir: String,
    pub max_new_tokens: u32,
    /// The largest max_new_tokens a query may ask for.
    pub max_new_tokens_limit: u32,
    /// The longest timeout_ms a query may ask for.
    pub query_timeout_limit: Duration,
    pub max_prompt_chars: usize,
    pub max_prompt_tokens: usize,
    /// Largest width x height of an image before resizing.
    pub max_decoded_image_pixels: u64,
    /// top_k, top_p and repetition_penalty over the checkpoint's generation_config.
    pub sampling: SamplingOverrides,
    /// Largest image after resizing (smart_resize's max_pixels).
    pub max_image_pixels: u64,
    pub query_timeout: Duration,
    pub query_queue_size: usize,
    pub diagnostics_period: Duration,
    pub gpu_index: u32,
    pub gpu_free_memory_warn_mib: u64,
    pub camera_stale_after: Duration,
    pub hardware_id: String,
    /// None = the cores the process may use.
    pub threads: Option<usize>,
}

/// Reads the values r2r collected from `--ros-args` (`-p`, `--params-file`), falls back to the
/// defaults, and checks types and ranges. Returns the parameters and the names that were set but
/// are not declared (typos in a YAML file would otherwise go unnoticed).
pub fn resolve(
    given: &dyn Fn(&str) -> Option<ParameterValue>,
    given_names: &[String],
) -> anyhow::Result<(NodeParams, Vec<String>)> {
    let declared: BTreeSet<&str> = DECLARED.iter().map(|p| p.name).collect();
    let unknown = given_names
        .iter()
        .filter(|name| !declared.contains(name.as_str()))
        .cloned()
        .collect();

    let lookup = |name: &str| -> (Declared, Option<ParameterValue>) {
        let spec = *DECLARED
            .iter()
            .find(|p| p.name == name)
            .expect("parameter is declared");
        (
            spec,
            given(name).filter(|v| !matches!(v, ParameterValue::NotSet)),
        )
    };
    let string = |name: &str| -> anyhow::Result<String> {
        let (spec, _) = lookup(name);
        let value = match lookup(name) {
            (_, Some(ParameterValue::String(s))) => s,
            (
                Declared {
                    default: ParamDefault::Str(d),
                    ..
                },
                None,
            ) => d.to_string(),
            (_, Some(other)) => bail!(
                "parameter {name} must be a string, got {}",
                super::live_params::describe_value(&other)
            ),
            _ => unreachable!("{name} is declared as a string"),
        };
        if let Range::Chars(max) = spec.range {
            let chars = value.chars().count();
            if chars > max {
                bail!("parameter {name} is {chars} characters long; at most {max}");
            }
        }
        Ok(value)
    };
    let integer = |name: &str| -> anyhow::Result<i64> {
        let (spec, _) = lookup(name);
        let Range::Int(min, max) = spec.range else {
            unreachable!("{name} is declared with an integer range")
        };
        let value = match lookup(name) {
            (_, Some(ParameterValue::Integer(i))) => i,
            (
                Declared {
                    default: ParamDefault::Int(d),
                    ..
                },
                None,
            ) => d,
            (_, Some(other)) => bail!(
                "parameter {name} must be an integer, got {}",
                super::live_params::describe_value(&other)
            ),
            _ => unreachable!("{name} is declared as an integer"),
        };
        if !(min..=max).contains(&value) {
            bail!("parameter {name} = {value} is out of range [{min}, {max}]");
        }
        Ok(value)
    };
    let boolean = |name: &str| -> anyhow::Result<bool> {
        match lookup(name) {
            (_, Some(ParameterValue::Bool(b))) => Ok(b),
            (
                Declared {
                    default: ParamDefault::Bool(d),
                    ..
                },
                None,
            ) => Ok(d),
            (_, Some(other)) => bail!(
                "parameter {name} must be true or false, got {}",
                super::live_params::describe_value(&other)
            ),
            _ => unreachable!("{name} is declared as a bool"),
        }
    };
    let seconds = |name: &str| -> anyhow::Result<Duration> {
        let value = match lookup(name) {
            (_, Some(ParameterValue::Double(f))) => f,
            (_, Some(ParameterValue::Integer(i))) => i as f64,
            (
                Declared {
                    default: ParamDefault::Float(d),
                    ..
                },
                None,
            ) => d,
            (_, Some(other)) => {
                bail!(
                    "parameter {name} must be a number of seconds, got {}",
                    super::live_params::describe_value(&other)
                )
            }
            _ => unreachable!("{name} is declared as a double"),
        };
        let (spec, _) = lookup(name);
        let Range::Float(min, max) = spec.range else {
            unreachable!("{name} is declared with a range of seconds")
        };
        if !(value.is_finite() && value > 0.0 && value >= min && value <= max) {
            bail!("parameter {name} = {value} must be a positive number of seconds, {min:?} to {max:?}");
        }
        Ok(Duration::from_secs_f64(value))
    };

    let number = |name: &str| -> anyhow::Result<f64> {
        match lookup(name) {
            (_, Some(ParameterValue::Double(f))) => Ok(f),
            (_, Some(ParameterValue::Integer(i))) => Ok(i as f64),
            (
                Declared {
                    default: ParamDefault::Float(d),
                    ..
                },
                None,
            ) => Ok(d),
            (_, Some(other)) => bail!(
                "parameter {name} must be a number, got {}",
                super::live_params::describe_value(&other)
            ),
            _ => unreachable!("{name} is declared as a double"),
        }
    };
    // -1: keep the checkpoint's value. Other values are checked as transformers checks them.
    let from_checkpoint = |value: f64| value == -1.0;
    let sampling = SamplingOverrides {
        temperature: None,
        top_k: usize::try_from(integer("top_k")?).ok(),
        top_p: Some(number("top_p")?).filter(|&p| !from_checkpoint(p)),
        repetition_penalty: Some(number("repetition_penalty")?).filter(|&r| !from_checkpoint(r)),
    };
    sampling
        .validate()
        .map_err(|e| anyhow::anyhow!("parameter {e}, or -1 for the checkpoint's value"))?;

    let string_list = |name: &str| -> anyhow::Result<Vec<String>> {
        match lookup(name) {
            (_, Some(ParameterValue::StringArray(list))) => Ok(list),
            (_, Some(ParameterValue::String(one))) => Ok(vec![one]),
            (
                Declared {
                    default: ParamDefault::StrList(d),
                    ..
                },
                None,
            ) => Ok(d.iter().map(|s| s.to_string()).collect()),
            (_, Some(other)) => bail!(
                "parameter {name} must be a list of strings, got {}",
                super::live_params::describe_value(&other)
            ),
            _ => unreachable!("{name} is declared as a string list"),
        }
    };
    let camera_topics = string_list("camera_topics")?;
    let camera_topics: Vec<String> = camera_topics
        .into_iter()
        .map(|t| t.trim().to_string())
        .filter(|t| !t.is_empty())
        .collect();
    if camera_topics.is_empty() {
        bail!("parameter camera_topics is empty: name at least one camera topic");
    }
    for (i, topic) in camera_topics.iter().enumerate() {
        if let Some(why) = topic_name_error(topic) {
            bail!("parameter camera_topics: '{topic}' is not a valid topic name: {why}");
        }
        if camera_topics[..i].contains(topic) {
            bail!("parameter camera_topics lists '{topic}' twice: name each camera once");
        }
    }

    let depth_topics = companion_topics(
        "depth_topics",
        &string_list("depth_topics")?,
        &camera_topics,
        derived_depth_topic,
    )
    .map_err(anyhow::Error::msg)?;
    let camera_info_topics = companion_topics(
        "camera_info_topics",
        &string_list("camera_info_topics")?,
        &camera_topics,
        derived_camera_info_topic,
    )
    .map_err(anyhow::Error::msg)?;
    for (name, topics) in [
        ("depth_topics", &depth_topics),
        ("camera_info_topics", &camera_info_topics),
    ] {
        for topic in topics.iter().flatten() {
            if let Some(why) = topic_name_error(topic) {
                bail!("parameter {name}: '{topic}' is not a valid topic name: {why}");
            }
        }
    }
    let metres = |name: &str| -> anyhow::Result<f32> {
        let value = number(name)?;
        if !(value.is_finite() && (0.0..=1000.0).contains(&value)) {
            bail!("parameter {name} = {value} must be a distance in metres, 0 to 1000");
        }
        Ok(value as f32)
    };
    let depth = DepthSettings {
        window: integer("depth_window")? as u32,
        min_m: metres("depth_min")?,
        max_m: metres("depth_max")?,
    };
    if depth.min_m >= depth.max_m {
        bail!(
            "parameter depth_min = {} must be below depth_max = {}",
            depth.min_m,
            depth.max_m
        );
    }
    let marker_lifetime = number("marker_lifetime")?;
    if !(marker_lifetime.is_finite() && (0.0..1e6).contains(&marker_lifetime)) {
        bail!("parameter marker_lifetime = {marker_lifetime} must be >= 0 seconds (0 = forever)");
    }
    let image_qos = match string("image_qos")?.as_str() {
        "reliable" => ImageQos::Reliable,
        "best_effort" => ImageQos::BestEffort,
        other => bail!("parameter image_qos = '{other}': expected 'reliable' or 'best_effort'"),
    };
    let quantization = string("quantization")?;
    let quantization: Quantization = quantization.parse().map_err(|_| {
        anyhow::anyhow!("parameter quantization = '{quantization}': expected int8 (q8_0), bf16, f16, f32 or auto")
    })?;
    let gpu_index = integer("gpu_index")? as u32;
    // The GPU reported on is the one the model runs on.
    let device = match string("device")?.as_str() {
        "cuda" => DeviceSpec::Cuda(gpu_index as usize),
        "cpu" => DeviceSpec::Cpu,
        other => bail!("parameter device = '{other}': expected cuda or cpu"),
    };

    let backend: crate::remote::BackendKind = string("backend")?
        .parse()
        .map_err(|e: String| anyhow::anyhow!("parameter {e}"))?;
    let max_image_pixels = integer("max_image_pixels")? as u64;
    let remote = match backend {
        crate::remote::BackendKind::Local => None,
        crate::remote::BackendKind::Remote => {
            let (url, model, family, key_env, encoding) = (
                string("remote_url")?,
                string("remote_model")?,
                string("remote_model_family")?,
                string("remote_api_key_env")?,
                string("remote_image_encoding")?,
            );
            let settings = crate::remote::RemoteSettings {
                url: &url,
                model: &model,
                family: &family,
                api_key_env: &key_env,
                timeout: Duration::from_millis(integer("remote_timeout_ms")? as u64),
                // The node's own cap applies to remote images too.
                max_pixels: (integer("remote_max_pixels")? as u64).min(max_image_pixels),
                encoding: &encoding,
                assistant_prefill: boolean("remote_assistant_prefill")?,
            };
            let config = crate::remote::RemoteConfig::from_settings(&settings, &|name| {
                std::env::var(name).ok()
            })
            .map_err(|e| anyhow::anyhow!("parameter {e}"))?;
            Some(config)
        }
    };

    let params = NodeParams {
        camera_topics,
        depth_topics,
        camera_info_topics,
        depth_stamp_tolerance: Duration::from_millis(integer("depth_stamp_tolerance_ms")? as u64),
        depth,
        marker_lifetime: Duration::from_secs_f64(marker_lifetime),
        backend,
        remote,
        image_qos,
        model_path: string("model_path")?,
        quantization,
        device,
        // -1 (any negative) = all layers.
        gpu_layers: usize::try_from(integer("gpu_layers")?).ok(),
        quantized_cache: boolean("quantized_cache")?,
        autostart: boolean("autostart")?,
        use_sim_time: boolean("use_sim_time")?,
        cache_dir: string("cache_dir")?,
        max_new_tokens: integer("max_new_tokens")? as u32,
        max_new_tokens_limit: integer("max_new_tokens_limit")? as u32,
        query_timeout_limit: Duration::from_millis(integer("query_timeout_limit_ms")? as u64),
        max_prompt_chars: integer("max_prompt_chars")? as usize,
        max_prompt_tokens: integer("max_prompt_tokens")? as usize,
        max_decoded_image_pixels: integer("max_decoded_image_pixels")? as u64,
        sampling,
        max_image_pixels,
        query_timeout: Duration::from_millis(integer("query_timeout_ms")? as u64),
        query_queue_size: integer("query_queue_size")? as usize,
        diagnostics_period: seconds("diagnostics_period")?,
        gpu_index,
        gpu_free_memory_warn_mib: integer("gpu_free_memory_warn_mib")? as u64,
        camera_stale_after: seconds("camera_stale_after")?,
        hardware_id: string("hardware_id")?,
        threads: usize::try_from(integer("threads")?).ok().filter(|&n| n > 0),
    };
    if params.max_new_tokens > params.max_new_tokens_limit {
        bail!(
            "parameter max_new_tokens = {} is above max_new_tokens_limit = {}",
            params.max_new_tokens,
            params.max_new_tokens_limit
        );
    }
    if params.query_timeout > params.query_timeout_limit {
        bail!(
            "parameter query_timeout_ms = {} is above query_timeout_limit_ms = {}",
            params.query_timeout.as_millis(),
            params.query_timeout_limit.as_millis()
        );
    }
    Ok((params, unknown))
}

/// Reads the parameters of an r2r node (set through `--ros-args`).
pub fn from_node(node: &r2r::Node) -> anyhow::Result<(NodeParams, Vec<String>)> {
    let values = super::lock(&node.params);
    let names: Vec<String> = values.keys().cloned().collect();
    let given = |name: &str| values.get(name).map(|p| p.value.clone());
    resolve(&given, &names).context("invalid node parameters")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_parameter_page_lists_every_parameter_as_declared() {
        let page =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/parameters.md"))
                .unwrap();
        let (begin, end) = ("<!-- parameters:begin -->\n", "<!-- parameters:end -->");
        let start = page
            .find(begin)
            .expect("docs/parameters.md has the parameter table's markers")
            + begin.len();
        let stop = page[start..].find(end).expect("the table's end marker") + start;
        assert_eq!(
            &page[start..stop],
            markdown_table(),
            "docs/parameters.md's parameter table differs from the declarations: paste `robobrain_node --print-params --markdown` between the markers"
        );
    }

    /// `resolve` with the defaults and `set` on top; Err is the refusal's text.
    fn resolved_with(set: &[(&str, ParameterValue)]) -> Result<NodeParams, String> {
        let given = |name: &str| set.iter().find(|(n, _)| *n == name).map(|(_, v)| v.clone());
        resolve(&given, &[])
            .map(|(params, _)| params)
            .map_err(|e| format!("{e:#}"))
    }

    fn topics(list: &[&str]) -> ParameterValue {
        ParameterValue::StringArray(list.iter().map(|s| s.to_string()).collect())
    }

    #[test]
    fn periods_have_a_floor_that_the_range_states() {
        let set = |v: f64| resolved_with(&[("diagnostics_period", ParameterValue::Double(v))]);
        for bad in [1e-9, 0.0, 0.099, -1.0, f64::NAN, 2e6] {
            let error = set(bad).unwrap_err();
            assert!(
                error.contains("diagnostics_period") && error.contains("0.1 to"),
                "{bad}: {error}"
            );
        }
        assert_eq!(
            set(0.1).unwrap().diagnostics_period,
            Duration::from_millis(100)
        );
        assert_eq!(
            declared("diagnostics_period").unwrap().range.render(),
            "0.1 to 1000000.0"
        );
        assert!(markdown_table()
            .contains("| `diagnostics_period` | double | `1.0` | 0.1 to 1000000.0 |"));
    }

    #[test]
    fn a_string_sent_every_period_is_bounded() {
        let long = "x".repeat(100_000);
        let error = resolved_with(&[("hardware_id", ParameterValue::String(long))]).unwrap_err();
        assert!(
            error.contains("hardware_id is 100000 characters long; at most 256"),
            "{error}"
        );
        let fits = "é".repeat(MAX_HARDWARE_ID_CHARS); // characters, not bytes
        let params = resolved_with(&[("hardware_id", ParameterValue::String(fits.clone()))]);
        assert_eq!(params.unwrap().hardware_id, fits);
        assert!(markdown_table().contains("at most 256 characters"));
    }

    #[test]
    fn camera_topics_are_named_once_and_validly() {
        let error = resolved_with(&[(
            "camera_topics",
            topics(&["/a/image_raw", "/b", "/a/image_raw"]),
        )])
        .unwrap_err();
        assert!(
            error.contains("camera_topics lists '/a/image_raw' twice"),
            "{error}"
        );
        let error = resolved_with(&[("camera_topics", topics(&["/a/image raw"]))]).unwrap_err();
        assert!(
            error.contains("parameter camera_topics: '/a/image raw' is not a valid topic name"),
            "{error}"
        );
        let error = resolved_with(&[
            ("camera_topics", topics(&["/a/image_raw"])),
            ("depth_topics", topics(&["/a/depth/"])),
        ])
        .unwrap_err();
        assert!(
            error.contains("parameter depth_topics: '/a/depth/' is not a valid topic name"),
            "{error}"
        );
        let params =
            resolved_with(&[("camera_topics", topics(&["/a/image_raw", "/b/image_raw"]))]).unwrap();
        assert_eq!(params.camera_topics, ["/a/image_raw", "/b/image_raw"]);
    }
}
