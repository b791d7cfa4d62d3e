// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! What the "Backend" diagnostic status reports: which backend answers, and for a remote one
//! whether its server is reachable, its last latency and error, and its tokens/s. Written by the
//! backend, read by the diagnostics task.

use std::sync::{Arc, Mutex};

#[derive(Debug, Clone, PartialEq)]
pub enum BackendStatus {
    /// The model in this process (its state is the Model status).
    Local {
        model_path: String,
    },
    Remote(RemoteStatus),
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct RemoteStatus {
    pub url: String,
    pub model: String,
    /// None until the server was first contacted.
    pub reachable: Option<bool>,
    /// What the last contact found (its models, or why it failed).
    pub last_contact: String,
    pub queries_answered: u64,
    pub queries_failed: u64,
    pub last_latency_ms: Option<f64>,
    pub last_error: String,
    /// From the server's usage figures of the last answer.
    pub last_tokens_per_second: Option<f64>,
    /// The image token check of the first image query.
    pub image_check: String,
    /// Whether that check found the server resizing images itself.
    pub image_check_failed: bool,
}

pub type SharedBackendStatus = Arc<Mutex<BackendStatus>>;
