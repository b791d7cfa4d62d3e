// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! `~/results`, `~/markers` and `~/annotated`: every successful answer as a robobrain_msgs/msg/Result,
//! its 3-D geometry as RViz markers ([`super::markers`]), and a copy of its image with the answer
//! drawn on it (for rqt_image_view); with the cargo feature `vision_msgs` also as detections
//! ([`super::detections`]). One task; drawing runs on the blocking pool so that a 1080p frame
//! never stalls the executor.

use r2r::robobrain_msgs::msg::Result as QueryResult;
use r2r::sensor_msgs::msg::Image;
use r2r::std_msgs::msg::Header;
use r2r::visualization_msgs::msg::MarkerArray;
use r2r::Publisher;
use tokio::sync::mpsc;

use super::query::AnsweredQuery;
use crate::tasks::annotate::{annotate, label_for};

/// Publishes each answer received until every sender is gone.
pub async fn run(
    mut answers: mpsc::UnboundedReceiver<AnsweredQuery>,
    results: Publisher<QueryResult>,
    markers: Publisher<MarkerArray>,
    annotated: Publisher<Image>,
    detections: super::detections::Publishers,
    logger: String,
) {
    let mut sequence = 0u64;
    while let Some(answered) = answers.recv().await {
        if let Err(e) = results.publish(&answered.result) {
            log_warn!(&logger, "publishing ~/results failed: {e}");
        }
        sequence += 1;
        let array =
            super::markers::markers_for(&answered.result, sequence, answered.marker_lifetime);
        if !array.markers.is_empty() {
            if let Err(e) = markers.publish(&array) {
                log_warn!(&logger, "publishing ~/markers failed: {e}");
            }
        }
        detections.publish(&answered.result, &logger);
        let Some(image) = answered.image else {
            continue; // a text-only question: nothing to draw on
        };
        let header = answered.result.header.clone();
        let answer = answered.answer;
        let drawn =
            tokio::task::spawn_blocking(move || annotate(&image, &answer, &label_for(&answer)))
                .await;
        match drawn {
            Ok(drawn) => {
                if let Err(e) = annotated.publish(&rgb8_message(header, drawn)) {
                    log_warn!(&logger, "publishing ~/annotated failed: {e}");
                }
            }
            Err(e) => log_warn!(&logger, "drawing the annotated image failed: {e}"),
        }
    }
}

/// A sensor_msgs/Image (rgb8) of `image`, stamped like the frame it was drawn on.
fn rgb8_message(header: Header, image: image::RgbImage) -> Image {
    let (width, height) = image.dimensions();
    Image {
        header,
        height,
        width,
        encoding: "rgb8".to_string(),
        is_bigendian: 0,
        step: width * 3,
        data: image.into_raw(),
    }
}
