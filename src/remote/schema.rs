// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! The part of the OpenAI chat completions schema the backend uses (as vLLM, SGLang and
//! llama-server implement it), with the servers' extensions that matter here.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Serialize)]
pub struct ChatRequest<'a> {
    pub model: &'a str,
    pub messages: Vec<Message<'a>>,
    pub max_tokens: u32,
    pub temperature: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub top_p: Option<f64>,
    /// vLLM, SGLang and llama-server take it; OpenAI's API does not.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub top_k: Option<usize>,
    /// vLLM and SGLang's name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub repetition_penalty: Option<f64>,
    /// llama-server's name for the same penalty.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub repeat_penalty: Option<f64>,
    pub seed: u64,
    pub stream: bool,
    pub stream_options: StreamOptions,
    /// vLLM and SGLang: continue the final (assistant) message instead of opening a new one.
    /// llama-server continues a final assistant message by default and ignores these.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub continue_final_message: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub add_generation_prompt: Option<bool>,
}

#[derive(Debug, Clone, Serialize)]
pub struct StreamOptions {
    /// The last chunk carries the usage figures (prompt tokens: the image token check).
    pub include_usage: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct Message<'a> {
    pub role: &'static str,
    pub content: Content<'a>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(untagged)]
pub enum Content<'a> {
    Text(&'a str),
    Parts(Vec<Part<'a>>),
}

#[derive(Debug, Clone, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Part<'a> {
    Text { text: &'a str },
    ImageUrl { image_url: ImageUrl<'a> },
}

#[derive(Debug, Clone, Serialize)]
pub struct ImageUrl<'a> {
    pub url: &'a str,
}

/// One `data:` event of the stream.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct ChatChunk {
    #[serde(default)]
    pub model: Option<String>,
    #[serde(default)]
    pub choices: Vec<ChunkChoice>,
    #[serde(default)]
    pub usage: Option<Usage>,
    /// llama-server's own figures (milliseconds of prompt processing and of generation).
    #[serde(default)]
    pub timings: Option<Timings>,
    /// Some servers report a failure inside the stream.
    #[serde(default)]
    pub error: Option<ApiError>,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct ChunkChoice {
    #[serde(default)]
    pub delta: Delta,
    #[serde(default)]
    pub finish_reason: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct Delta {
    #[serde(default)]
    pub content: Option<String>,
    /// Servers that split reasoning off (vLLM/SGLang with a reasoning parser, llama-server
    /// unless `--reasoning-format none`): the text before `</think>`.
    #[serde(default, alias = "reasoning")]
    pub reasoning_content: Option<String>,
}

#[derive(Debug, Clone, Copy, Default, Deserialize, PartialEq)]
pub struct Usage {
    #[serde(default)]
    pub prompt_tokens: u32,
    #[serde(default)]
    pub completion_tokens: u32,
}

#[derive(Debug, Clone, Copy, Default, Deserialize, PartialEq)]
pub struct Timings {
    #[serde(default)]
    pub prompt_ms: Option<f64>,
    #[serde(default)]
    pub predicted_ms: Option<f64>,
}

/// `{"error": {"message": ..., "type": ..., "code": ...}}` (OpenAI, vLLM, llama-server).
#[derive(Debug, Clone, Default, Deserialize)]
pub struct ApiError {
    #[serde(default)]
    pub message: Option<String>,
    #[serde(default, rename = "type")]
    pub kind: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct ErrorBody {
    pub error: ApiErrorOrText,
}

/// Some servers send `"error": "text"`.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum ApiErrorOrText {
    Object(ApiError),
    Text(String),
}

impl Default for ApiErrorOrText {
    fn default() -> Self {
        ApiErrorOrText::Text(String::new())
    }
}

impl ApiErrorOrText {
    pub fn message(&self) -> String {
        match self {
            ApiErrorOrText::Object(e) => e
                .message
                .clone()
                .or_else(|| e.kind.clone())
                .unwrap_or_default(),
            ApiErrorOrText::Text(t) => t.clone(),
        }
    }
}

/// `GET /v1/models`.
#[derive(Debug, Clone, Deserialize)]
pub struct ModelList {
    pub data: Vec<ModelEntry>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct ModelEntry {
    pub id: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_request_with_an_image_and_a_prefill_has_the_openai_shape() {
        let request = ChatRequest {
            model: "m",
            messages: vec![
                Message {
                    role: "user",
                    content: Content::Parts(vec![
                        Part::ImageUrl {
                            image_url: ImageUrl {
                                url: "data:image/png;base64,AA==",
                            },
                        },
                        Part::Text { text: "Where?" },
                    ]),
                },
                Message {
                    role: "assistant",
                    content: Content::Text("<think>"),
                },
            ],
            max_tokens: 8,
            temperature: 0.0,
            top_p: None,
            top_k: None,
            repetition_penalty: None,
            repeat_penalty: None,
            seed: 1,
            stream: true,
            stream_options: StreamOptions {
                include_usage: true,
            },
            continue_final_message: Some(true),
            add_generation_prompt: Some(false),
        };
        let json = serde_json::to_value(&request).unwrap();
        assert_eq!(json["messages"][0]["content"][0]["type"], "image_url");
        assert_eq!(
            json["messages"][0]["content"][0]["image_url"]["url"],
            "data:image/png;base64,AA=="
        );
        assert_eq!(json["messages"][0]["content"][1]["type"], "text");
        assert_eq!(json["messages"][1]["content"], "<think>");
        assert_eq!(json["continue_final_message"], true);
        assert!(json.get("top_k").is_none());
    }

    #[test]
    fn chunks_of_each_server_parse() {
        let vllm = r#"{"id":"x","model":"m","choices":[{"index":0,"delta":{"content":"[(1"},"finish_reason":null}]}"#;
        let chunk: ChatChunk = serde_json::from_str(vllm).unwrap();
        assert_eq!(chunk.choices[0].delta.content.as_deref(), Some("[(1"));
        let usage = r#"{"choices":[],"usage":{"prompt_tokens":90,"completion_tokens":3,"total_tokens":93}}"#;
        let chunk: ChatChunk = serde_json::from_str(usage).unwrap();
        assert_eq!(chunk.usage.unwrap().prompt_tokens, 90);
        let reasoning = r#"{"choices":[{"delta":{"reasoning":"hm"}}]}"#;
        let chunk: ChatChunk = serde_json::from_str(reasoning).unwrap();
        assert_eq!(
            chunk.choices[0].delta.reasoning_content.as_deref(),
            Some("hm")
        );
        let body: ErrorBody = serde_json::from_str(
            r#"{"error":{"code":404,"message":"model not found","type":"not_found_error"}}"#,
        )
        .unwrap();
        assert_eq!(body.error.message(), "model not found");
        let body: ErrorBody = serde_json::from_str(r#"{"error":"busy"}"#).unwrap();
        assert_eq!(body.error.message(), "busy");
    }
}
