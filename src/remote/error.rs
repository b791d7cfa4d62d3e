// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! Why a remote query got no answer: every variant names the server, and the HTTP status where
//! there was one, so that the caller can tell a wrong URL from a wrong key or a busy server.

use std::time::Duration;

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum RemoteError {
    /// The query cannot be sent as asked (the text says why); nothing reached the server.
    #[error("{0}")]
    Refused(String),
    /// No connection: refused, DNS, TLS, or a connect timeout.
    #[error("cannot reach the server at {url}: {detail}")]
    Unreachable { url: String, detail: String },
    /// The server answered with an HTTP error.
    #[error("the server at {url} answered HTTP {status}: {message}{hint}")]
    Status {
        url: String,
        status: u16,
        message: String,
        /// What to check, for the statuses whose cause is the node's configuration.
        hint: &'static str,
    },
    /// The model name is not among the server's models.
    #[error("the server at {url} does not serve remote_model '{model}' (it serves: {served})")]
    UnknownModel {
        url: String,
        model: String,
        served: String,
    },
    /// A body that is not the OpenAI schema.
    #[error(
        "the server at {url} sent a body that is not an OpenAI chat completion stream: {detail}"
    )]
    BadBody { url: String, detail: String },
    /// The server reported a failure inside the stream.
    #[error("the server at {url} reported an error: {message}")]
    Server { url: String, message: String },
    /// The request was sent and the connection closed before any answer came: a server that
    /// restarts, or one that closes a kept-alive connection while the request is on its way
    /// (CI saw llama-server do this to the second of two back-to-back requests).
    #[error("the server at {url} closed the connection before answering: {detail}")]
    Dropped { url: String, detail: String },
    /// The connection broke or the stream ended before the answer did.
    #[error("the answer stream from {url} broke off: {detail}")]
    Broken { url: String, detail: String },
    /// The server sent more than the query asked for (more text than max_tokens can be, more
    /// events, or a line past the bound): it is broken, and reading stopped there.
    #[error("the server at {url} sent more than the query can be, so reading stopped (a broken server, or not a chat completion stream): {detail}")]
    Oversized { url: String, detail: String },
    /// remote_timeout_ms or the query's deadline passed.
    #[error("the server at {url} did not answer within {} ms", .after.as_millis())]
    TimedOut { url: String, after: Duration },
}

impl RemoteError {
    /// What to check for an HTTP status caused by the node's configuration.
    pub fn hint_for(status: u16) -> &'static str {
        match status {
            401 | 403 => " (check the API key: remote_api_key_env names the variable holding it)",
            404 => " (check remote_url, the API base ending in /v1, and remote_model)",
            429 => " (the server is busy or rate-limits this key; try again later)",
            500..=599 => " (a server-side failure)",
            _ => "",
        }
    }

    /// Worth another try at once: nothing was generated and the server may take it next time
    /// (a refused connection while it restarts, a connection closed before any answer, a
    /// 502/503 while it loads). Sending a chat request again is safe: it changes nothing on the
    /// server, and no text of the first try reached the caller.
    pub fn is_transient(&self) -> bool {
        match self {
            RemoteError::Unreachable { .. } | RemoteError::Dropped { .. } => true,
            RemoteError::Status { status, .. } => matches!(status, 502 | 503),
            _ => false,
        }
    }
}
