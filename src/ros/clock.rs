// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! The node's ROS clock: wall time, or /clock when `use_sim_time` is true (r2r's time source
//! follows /clock then). Frame ages, the depth pairing and every stamp the node publishes use
//! it, so replayed data (`ros2 bag play --clock`) is judged by the time it was recorded in.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use r2r::builtin_interfaces::msg::Time;
use r2r::std_msgs::msg::Header;

#[derive(Clone)]
pub struct RosClock(Arc<Mutex<r2r::Clock>>);

impl RosClock {
    pub fn of(node: &r2r::Node) -> Self {
        Self(node.get_ros_clock())
    }

    /// Time since the epoch on this clock. Zero under sim time before the first /clock message
    /// (as rclcpp's clock reads then).
    pub fn now(&self) -> Duration {
        super::lock(&self.0).get_now().unwrap_or_default()
    }

    pub fn stamp(&self) -> Time {
        r2r::Clock::to_builtin_time(&self.now())
    }

    /// A header stamped now, with no frame.
    pub fn header(&self) -> Header {
        Header {
            stamp: self.stamp(),
            frame_id: String::new(),
        }
    }
}

/// A message stamp as time since the epoch; None for the zero stamp (no stamp).
pub fn stamp_time(stamp: &Time) -> Option<Duration> {
    if stamp.sec == 0 && stamp.nanosec == 0 {
        return None;
    }
    Some(Duration::new(stamp.sec.max(0) as u64, stamp.nanosec))
}
