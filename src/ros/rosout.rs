// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! /rosout for the node's log lines. r2r 0.9 creates no rosout publisher for its nodes (rclcpp
//! and rclpy do, with rcl_logging_rosout_init_publisher_for_node, which r2r neither calls nor
//! binds), so rqt_console and `ros2 topic echo /rosout` saw nothing of this node. The node's
//! log macros ([`crate::ros`]'s `log_info!` and friends) write to the console through r2r as
//! before and hand info and above to the task here, which publishes them as rcl's publisher
//! would (rcl_interfaces/Log, QoS of rcl's rosout: reliable, transient local, depth 1000).

use std::sync::OnceLock;

use r2r::rcl_interfaces::msg::Log;
use r2r::QosProfile;
use tokio::sync::mpsc;

use super::clock::RosClock;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Debug,
    Info,
    Warn,
    Error,
}

impl Severity {
    /// rcl_interfaces/Log's level.
    fn level(self) -> u8 {
        match self {
            Severity::Debug => 10,
            Severity::Info => 20,
            Severity::Warn => 30,
            Severity::Error => 40,
        }
    }
}

struct Record {
    severity: Severity,
    logger: String,
    message: String,
    file: &'static str,
    line: u32,
}

static SINK: OnceLock<mpsc::UnboundedSender<Record>> = OnceLock::new();

/// Logs one line: to the console (r2r), and to /rosout once [`serve`] runs.
pub fn log(logger: &str, severity: Severity, message: &str, file: &'static str, line: u32) {
    let native = match severity {
        Severity::Debug => r2r::LogSeverity::Debug,
        Severity::Info => r2r::LogSeverity::Info,
        Severity::Warn => r2r::LogSeverity::Warn,
        Severity::Error => r2r::LogSeverity::Error,
    };
    r2r::log(message, logger, file, line, native);
    if severity >= Severity::Info {
        if let Some(sink) = SINK.get() {
            let _ = sink.send(Record {
                severity,
                logger: logger.to_string(),
                message: message.to_string(),
                file,
                line,
            });
        }
    }
}

/// Creates the /rosout publisher; the returned future publishes every line logged from then on.
pub fn serve(
    node: &mut r2r::Node,
    clock: RosClock,
) -> anyhow::Result<impl std::future::Future<Output = ()>> {
    use anyhow::Context as _;
    let qos = QosProfile::default()
        .keep_last(1000)
        .reliable()
        .transient_local();
    let publisher = node
        .create_publisher::<Log>("/rosout", qos)
        .context("creating the /rosout publisher")?;
    let (sink, mut records) = mpsc::unbounded_channel();
    // One node per process: a second call keeps the first sink (and its publisher).
    let _ = SINK.set(sink);
    Ok(async move {
        while let Some(record) = records.recv().await {
            let mut message = record.message;
            crate::tasks::limits::make_ros_safe(&mut message);
            let _ = publisher.publish(&Log {
                stamp: clock.stamp(),
                level: record.severity.level(),
                name: record.logger,
                msg: message,
                file: record.file.to_string(),
                function: String::new(),
                line: record.line,
            });
        }
    })
}
