// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! The `~/locate` service: pixels of a camera's latest frame in 3-D, through the same pairing and
//! deprojection as a query's answer ([`super::spatial`]), without the model.

use std::time::Duration;

use r2r::robobrain_msgs::srv::Locate;

use crate::tasks::limits::make_ros_safe;
use crate::tasks::{BoundingBox, Point};

use super::query::QueryHandler;

/// The most pixels and boxes one request may ask about (each box reads every depth inside it).
const MAX_ITEMS: usize = 1024;

/// Serves `~/locate`, each request in a task of its own.
pub async fn serve(
    handler: QueryHandler,
    mut requests: tokio::sync::mpsc::UnboundedReceiver<r2r::ServiceRequest<Locate::Service>>,
) {
    while let Some(request) = requests.recv().await {
        let handler = handler.clone();
        tokio::spawn(async move {
            let response = handler.locate(request.message.clone()).await;
            super::send_reply(request, response, "~/locate", &handler.logger).await;
        });
    }
}

impl QueryHandler {
    /// Answers one `~/locate` request; never panics on bad input. Decoding and the depth work run
    /// on the blocking pool.
    pub async fn locate(&self, request: Locate::Request) -> Locate::Response {
        let handler = self.clone();
        let located = tokio::task::spawn_blocking(move || handler.locate_now(&request)).await;
        let mut response = located.unwrap_or_else(|join| Locate::Response {
            error: format!("internal error while locating ({join}); the node keeps serving"),
            ..Default::default()
        });
        make_ros_safe(&mut response.error);
        make_ros_safe(&mut response.header.frame_id);
        for reason in response
            .points
            .iter_mut()
            .map(|p| &mut p.reason)
            .chain(response.boxes.iter_mut().map(|b| &mut b.reason))
        {
            make_ros_safe(reason);
        }
        response
    }

    fn locate_now(&self, request: &Locate::Request) -> Locate::Response {
        let refused = |error: String| Locate::Response {
            error,
            ..Default::default()
        };
        if let Some(refusal) = self.not_active() {
            return refused(refusal);
        }
        if request.pixels.len() + request.boxes.len() > MAX_ITEMS {
            return refused(format!(
                "{} pixels and boxes asked for; at most {MAX_ITEMS} per request",
                request.pixels.len() + request.boxes.len()
            ));
        }
        let finite = |v: f32| v.is_finite();
        if !request.pixels.iter().all(|p| finite(p.x) && finite(p.y))
            || !request
                .boxes
                .iter()
                .all(|b| [b.x_min, b.y_min, b.x_max, b.y_max].into_iter().all(finite))
        {
            return refused("pixels and boxes must be finite numbers".to_string());
        }
        let settings = self.settings.borrow().clone();
        let topic = match self.cameras.resolve(&request.camera) {
            Ok(topic) => topic,
            Err(e) => return refused(e),
        };
        let image = match self.camera_frame(&topic, 0.0, settings.max_decoded_image_pixels) {
            Ok(image) => image,
            Err(e) => return refused(e),
        };
        let (width, height) = image.rgb.dimensions();
        let tolerance: Duration = settings.depth_stamp_tolerance;
        let frame = match self.spatial_for(Some(&image), tolerance) {
            Ok(frame) => frame,
            Err(e) => return refused(e),
        };
        let points: Vec<Point> = request
            .pixels
            .iter()
            .map(|p| Point { x: p.x, y: p.y })
            .collect();
        // Normalised as parsed boxes are: x1 <= x2, y1 <= y2.
        let boxes: Vec<BoundingBox> = request
            .boxes
            .iter()
            .map(|b| BoundingBox {
                x1: b.x_min.min(b.x_max),
                y1: b.y_min.min(b.y_max),
                x2: b.x_min.max(b.x_max),
                y2: b.y_min.max(b.y_max),
            })
            .collect();
        match super::spatial::locate_pixels(&frame, width, height, &points, &boxes, settings.depth)
        {
            Ok((points, boxes)) => Locate::Response {
                success: true,
                error: String::new(),
                header: image.header.clone(),
                image_width: width,
                image_height: height,
                points,
                boxes,
            },
            Err(e) => Locate::Response {
                header: image.header.clone(),
                image_width: width,
                image_height: height,
                ..refused(e)
            },
        }
    }
}
