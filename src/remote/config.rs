// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! The remote backend's settings, typed and checked once where they enter (node parameters, CLI
//! flags).

use std::fmt;
use std::str::FromStr;
use std::time::Duration;

use crate::models::Family;

/// RoboBrain 2.0's published preprocessor's `max_pixels` (12845056 = 16384 * 28 * 28): what a
/// server resizes to when started without its own limit (the CLI's and the node's default).
pub const DEFAULT_MAX_PIXELS: u64 = 12_845_056;

/// How the resized image travels in the request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImageEncoding {
    /// Lossless: the server sees exactly the pixels the node resized.
    Png,
    /// Smaller on the wire; `quality` in 1..=100.
    Jpeg { quality: u8 },
}

impl ImageEncoding {
    pub fn mime(self) -> &'static str {
        match self {
            ImageEncoding::Png => "image/png",
            ImageEncoding::Jpeg { .. } => "image/jpeg",
        }
    }
}

impl fmt::Display for ImageEncoding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImageEncoding::Png => f.write_str("png"),
            ImageEncoding::Jpeg { quality } => write!(f, "jpeg:{quality}"),
        }
    }
}

/// An image encoding that is not `png`, `jpeg` or `jpeg:QUALITY`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "image encoding '{0}': expected png, jpeg (quality 95) or jpeg:QUALITY with QUALITY in 1..=100"
)]
pub struct InvalidEncoding(pub String);

impl FromStr for ImageEncoding {
    type Err = InvalidEncoding;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let lower = text.trim().to_ascii_lowercase();
        let invalid = || InvalidEncoding(text.to_string());
        match lower.split_once(':') {
            None if lower == "png" => Ok(ImageEncoding::Png),
            // High quality by default: JPEG's chroma subsampling and blocks shift what a VLM sees.
            None if lower == "jpeg" || lower == "jpg" => Ok(ImageEncoding::Jpeg { quality: 95 }),
            Some(("jpeg" | "jpg", quality)) => match quality.parse::<u8>() {
                Ok(q @ 1..=100) => Ok(ImageEncoding::Jpeg { quality: q }),
                _ => Err(invalid()),
            },
            _ => Err(invalid()),
        }
    }
}

/// Which backend answers queries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BackendKind {
    /// The model in this process (model_path).
    Local,
    /// An OpenAI-compatible server (remote_url).
    Remote,
}

impl FromStr for BackendKind {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        match text.trim().to_ascii_lowercase().as_str() {
            "local" => Ok(BackendKind::Local),
            "remote" => Ok(BackendKind::Remote),
            _ => Err(format!("backend '{text}': expected local or remote")),
        }
    }
}

/// Everything the remote backend needs, checked.
#[derive(Clone, PartialEq, Eq)]
pub struct RemoteConfig {
    /// The API's base URL, up to and including `/v1` (as OpenAI clients take it).
    pub url: reqwest::Url,
    /// The model name the server serves (vLLM: the served model name; llama-server: --alias).
    pub model: String,
    /// The served model's family: its prompts, image factor and coordinate frame (a served
    /// name proves nothing, so it is configured).
    pub family: Family,
    /// Sent as a bearer token; read from the environment variable the configuration names.
    pub api_key: Option<String>,
    /// Upper bound of one HTTP call, connection and the whole answer stream included (a query's
    /// own deadline may end it sooner).
    pub timeout: Duration,
    /// The server's image limit (its preprocessor's max_pixels): the node resizes to the
    /// smart_resize size for it, so that the server's own resize does nothing.
    pub max_pixels: u64,
    pub min_pixels: u64,
    pub encoding: ImageEncoding,
    /// Whether the server continues a final assistant message (vLLM and SGLang with
    /// `continue_final_message`, llama-server by default): RoboBrain's thinking switches are sent
    /// that way. Without it, only models without thinking (3B) can be served.
    pub assistant_prefill: bool,
}

/// The API key is never printed.
impl fmt::Debug for RemoteConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RemoteConfig")
            .field("url", &self.url.as_str())
            .field("model", &self.model)
            .field("family", &self.family)
            .field("api_key", &self.api_key.as_ref().map(|_| "<set>"))
            .field("timeout", &self.timeout)
            .field("max_pixels", &self.max_pixels)
            .field("min_pixels", &self.min_pixels)
            .field("encoding", &self.encoding)
            .field("assistant_prefill", &self.assistant_prefill)
            .finish()
    }
}

/// A remote setting that cannot be used; the text names the setting.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct InvalidRemoteConfig(pub String);

/// The raw settings as a node parameter file or the command line gives them.
#[derive(Debug, Clone)]
pub struct RemoteSettings<'a> {
    pub url: &'a str,
    pub model: &'a str,
    /// The served model's `model_type` (remote_model_family).
    pub family: &'a str,
    /// The NAME of the environment variable holding the key; empty: no key.
    pub api_key_env: &'a str,
    pub timeout: Duration,
    pub max_pixels: u64,
    pub encoding: &'a str,
    pub assistant_prefill: bool,
}

impl RemoteConfig {
    /// Checks `settings`; `env` reads an environment variable (`std::env::var` in use).
    pub fn from_settings(
        settings: &RemoteSettings<'_>,
        env: &dyn Fn(&str) -> Option<String>,
    ) -> Result<RemoteConfig, InvalidRemoteConfig> {
        let bad = |text: String| InvalidRemoteConfig(text);
        let trimmed = settings.url.trim();
        if trimmed.is_empty() {
            return Err(bad(
                "remote_url is empty: set the server's OpenAI API base, e.g. http://gpu-server:8000/v1".into(),
            ));
        }
        // A trailing slash makes Url::join keep the last segment (".../v1/" + "chat/completions").
        let with_slash = format!("{}/", trimmed.trim_end_matches('/'));
        let url = reqwest::Url::parse(&with_slash)
            .map_err(|e| bad(format!("remote_url '{trimmed}' is not a URL: {e}")))?;
        if !matches!(url.scheme(), "http" | "https") {
            return Err(bad(format!(
                "remote_url '{trimmed}': the scheme must be http or https"
            )));
        }
        if url.host_str().is_none_or(str::is_empty) {
            return Err(bad(format!("remote_url '{trimmed}' names no host")));
        }
        let model = settings.model.trim();
        if model.is_empty() {
            return Err(bad(
                "remote_model is empty: set the model name the server serves (e.g. BAAI/RoboBrain2.0-7B)".into(),
            ));
        }
        let family = Family::from_model_type(settings.family.trim()).ok_or_else(|| {
            let known: Vec<String> = Family::ALL
                .iter()
                .map(|f| format!("{} ({})", f.model_type(), f.robobrain_release()))
                .collect();
            bad(format!(
                "remote_model_family '{}': expected {}",
                settings.family,
                known.join(" or ")
            ))
        })?;
        let name = settings.api_key_env.trim();
        let api_key = if name.is_empty() {
            None
        } else {
            match env(name) {
                Some(key) if !key.trim().is_empty() => Some(key.trim().to_string()),
                _ => {
                    return Err(bad(format!(
                        "remote_api_key_env names the environment variable {name}, which is not set (or empty) in the node's environment"
                    )))
                }
            }
        };
        if settings.timeout.is_zero() {
            return Err(bad("remote_timeout_ms must be positive".into()));
        }
        let (min_pixels, _) = family.default_pixel_limits();
        if settings.max_pixels < min_pixels {
            return Err(bad(format!(
                "remote_max_pixels = {} is below the smallest image {} takes ({min_pixels})",
                settings.max_pixels,
                family.robobrain_release()
            )));
        }
        let encoding = settings
            .encoding
            .parse()
            .map_err(|e: InvalidEncoding| bad(format!("remote_image_encoding: {e}")))?;
        Ok(RemoteConfig {
            url,
            model: model.to_string(),
            family,
            api_key,
            timeout: settings.timeout,
            max_pixels: settings.max_pixels,
            min_pixels,
            encoding,
            assistant_prefill: settings.assistant_prefill,
        })
    }

    /// How the server resizes images: the family's factor within these limits.
    pub fn server_resize(&self) -> crate::remote::image::ServerResize {
        crate::remote::image::ServerResize {
            factor: self.family.image_factor(),
            min_pixels: self.min_pixels,
            max_pixels: self.max_pixels,
        }
    }

    /// The URL as configured, for messages (no trailing slash).
    pub fn display_url(&self) -> &str {
        self.url.as_str().trim_end_matches('/')
    }

    pub fn endpoint(&self, path: &str) -> reqwest::Url {
        self.url
            .join(path)
            .expect("a relative path joins onto an http(s) URL")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(url: &str) -> RemoteSettings<'_> {
        RemoteSettings {
            url,
            model: "BAAI/RoboBrain2.0-7B",
            family: "qwen2_5_vl",
            api_key_env: "",
            timeout: Duration::from_secs(5),
            max_pixels: DEFAULT_MAX_PIXELS,
            encoding: "png",
            assistant_prefill: true,
        }
    }

    #[test]
    fn encodings_parse_and_bad_ones_are_named() {
        assert_eq!("PNG".parse(), Ok(ImageEncoding::Png));
        assert_eq!("jpeg".parse(), Ok(ImageEncoding::Jpeg { quality: 95 }));
        assert_eq!("jpeg:80".parse(), Ok(ImageEncoding::Jpeg { quality: 80 }));
        for bad in ["jpeg:0", "jpeg:101", "webp", "png:3", ""] {
            let err = bad.parse::<ImageEncoding>().unwrap_err();
            assert!(err.to_string().contains(&format!("'{bad}'")), "{err}");
        }
    }

    #[test]
    fn endpoints_join_under_the_base_with_or_without_a_slash() {
        let env = |_: &str| None;
        for url in ["http://127.0.0.1:8080/v1", "http://127.0.0.1:8080/v1/"] {
            let config = RemoteConfig::from_settings(&settings(url), &env).unwrap();
            assert_eq!(
                config.endpoint("chat/completions").as_str(),
                "http://127.0.0.1:8080/v1/chat/completions"
            );
            assert_eq!(config.display_url(), "http://127.0.0.1:8080/v1");
        }
    }

    #[test]
    fn bad_settings_name_the_parameter() {
        let env = |_: &str| None;
        let cases = [
            (settings(""), "remote_url is empty"),
            (settings("ftp://host/v1"), "scheme"),
            (settings("not a url"), "not a URL"),
            (
                RemoteSettings {
                    model: " ",
                    ..settings("http://h/v1")
                },
                "remote_model",
            ),
            (
                RemoteSettings {
                    api_key_env: "ROBOBRAIN_TEST_KEY",
                    ..settings("http://h/v1")
                },
                "ROBOBRAIN_TEST_KEY, which is not set",
            ),
            (
                RemoteSettings {
                    max_pixels: 100,
                    ..settings("http://h/v1")
                },
                "remote_max_pixels",
            ),
            (
                RemoteSettings {
                    encoding: "gif",
                    ..settings("http://h/v1")
                },
                "remote_image_encoding",
            ),
        ];
        for (settings, expected) in cases {
            let err = RemoteConfig::from_settings(&settings, &env).unwrap_err();
            assert!(
                err.to_string().contains(expected),
                "{err} lacks {expected:?}"
            );
        }
    }

    #[test]
    fn the_key_comes_from_the_named_variable_and_is_never_printed() {
        let env = |name: &str| (name == "MY_KEY").then(|| "sk-secret".to_string());
        let config = RemoteConfig::from_settings(
            &RemoteSettings {
                api_key_env: "MY_KEY",
                ..settings("https://h/v1")
            },
            &env,
        )
        .unwrap();
        assert_eq!(config.api_key.as_deref(), Some("sk-secret"));
        assert!(!format!("{config:?}").contains("sk-secret"));
    }
}
