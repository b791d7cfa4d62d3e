// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! RoboBrain 2.0 tasks: the upstream prompt templates and parsing of the model's answers into
//! points, boxes and trajectories in original image pixels.
//!
//! One query goes through:
//! 1. [`build_prompt`]: the user text in the upstream template of its [`Task`], plus what to
//!    append after the assistant generation prompt for the [`ThinkingMode`] in effect
//!    ([`ThinkingMode::resolve`] from the checkpoint's [`ModelSize`] and the caller's wish).
//! 2. Generation (elsewhere).
//! 3. [`interpret`]: the generated text split into reasoning and answer ([`split`]), the answer
//!    parsed into coordinates of the model's frame ([`parse`], rules there), mapped to the
//!    original image and clamped ([`mapping`]).

pub mod annotate;
pub mod limits;
pub mod mapping;
pub mod parse;
pub mod prompt;
pub mod run;
pub mod split;

use std::fmt;
use std::str::FromStr;

use crate::models::TaskDialect;

pub use mapping::{AnswerFrame, BoundingBox, InvalidResize, Point, ResizeInfo};
pub use parse::AnswerError;
pub use prompt::{build_prompt, ModelSize, PromptError, TaskPrompt, ThinkingMode};
pub use run::{answer_locally, LocalAnswer, LocalError, LocalLimits, TaskQuery};

/// The tasks RoboBrain 2.0 was trained for (upstream `inference.py`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Task {
    /// Free-form question; the text is passed as is, the image is optional.
    General,
    /// Points satisfying a description: `[(x, y), ...]`.
    Pointing,
    /// Affordance area of the end effector: `[x1, y1, x2, y2]`.
    Affordance,
    /// Up to 10 key trajectory points: `[[x, y], ...]`.
    Trajectory,
    /// Bounding box of the region a sentence describes: `[x1, y1, x2, y2]`.
    Grounding,
}

impl Task {
    pub const ALL: [Task; 5] = [
        Task::General,
        Task::Pointing,
        Task::Affordance,
        Task::Trajectory,
        Task::Grounding,
    ];

    /// The name used on the wire (service requests, results, CLI).
    pub fn name(self) -> &'static str {
        match self {
            Task::General => "general",
            Task::Pointing => "pointing",
            Task::Affordance => "affordance",
            Task::Trajectory => "trajectory",
            Task::Grounding => "grounding",
        }
    }

    /// Every task but `general` needs exactly one image.
    pub fn requires_image(self) -> bool {
        !matches!(self, Task::General)
    }
}

impl fmt::Display for Task {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Serialised as its wire name, like [`fmt::Display`].
impl serde::Serialize for Task {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

/// A task name that is not one of [`Task::ALL`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown task '{0}': expected one of general, pointing, affordance, trajectory, grounding")]
pub struct UnknownTask(pub String);

impl FromStr for Task {
    type Err = UnknownTask;

    fn from_str(name: &str) -> Result<Self, Self::Err> {
        Task::ALL
            .into_iter()
            .find(|task| task.name() == name.trim().to_ascii_lowercase())
            .ok_or_else(|| UnknownTask(name.to_string()))
    }
}

/// The structured result of one query, coordinates in ORIGINAL image pixels.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct TaskAnswer {
    pub task: Task,
    /// The answer without reasoning and tags; for an unparsable answer, the text as the model
    /// wrote it.
    pub answer_text: String,
    /// The reasoning, when the model gave one.
    pub thinking_text: Option<String>,
    /// Pointing: every point of the answer.
    pub points: Vec<Point>,
    /// Affordance and grounding: every box of the answer.
    pub boxes: Vec<BoundingBox>,
    /// Trajectory: the points in the order written.
    pub trajectory: Vec<Point>,
    /// Trajectory: each point's depth in metres as the model wrote it (RoboBrain 2.5's
    /// `(x, y, d)` waypoints; empty for a model that answers in 2-D).
    pub trajectory_depth: Vec<f32>,
    /// Why a spatial task has no coordinates (then all three lists are empty). Always `None` for
    /// `general`.
    pub parse_error: Option<String>,
    /// Malformed fragments ignored while parsing (see [`parse`]).
    pub dropped_fragments: usize,
    /// Items the model placed (partly) beyond the image's edges; they were clamped.
    pub out_of_image: usize,
}

/// How to read one answer: the release's dialect the prompt was built in, the thinking mode it
/// was built with, and the frame of its coordinates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AnswerContext {
    pub dialect: TaskDialect,
    pub thinking: ThinkingMode,
    /// The query's image sizes (ignored for `general`, which may come without an image: pass
    /// `ResizeInfo::default()` there).
    pub frame: AnswerFrame,
}

/// Turns the generated text of a `task` query into a [`TaskAnswer`].
///
/// `raw_output` is the decoded generated text (prompt excluded). Never fails: problems end up
/// in `parse_error` with the text kept and no coordinates.
pub fn interpret(task: Task, raw_output: &str, context: &AnswerContext) -> TaskAnswer {
    let split = split::split_output(raw_output, context.thinking);
    let mut answer = TaskAnswer {
        task,
        answer_text: split.answer,
        thinking_text: split.thinking,
        points: Vec::new(),
        boxes: Vec::new(),
        trajectory: Vec::new(),
        trajectory_depth: Vec::new(),
        parse_error: None,
        dropped_fragments: 0,
        out_of_image: 0,
    };
    if task == Task::General {
        return answer;
    }
    if let Err(err) = fill_coordinates(&mut answer, split.unclosed_thinking, context) {
        answer.parse_error = Some(err);
    }
    answer
}

fn fill_coordinates(
    answer: &mut TaskAnswer,
    unclosed_thinking: bool,
    context: &AnswerContext,
) -> Result<(), String> {
    let frame = &context.frame;
    frame.validate().map_err(|err| err.to_string())?;
    if unclosed_thinking {
        return Err(AnswerError::UnclosedThinking.to_string());
    }
    let text = answer.answer_text.as_str();
    let dialect = context.dialect;
    match (answer.task, dialect) {
        (Task::General, _) => {}
        (Task::Trajectory, TaskDialect::RoboBrain25) => {
            let parsed = parse::parse_waypoints(text).map_err(|err| err.to_string())?;
            let mapped: Vec<_> = parsed
                .items
                .iter()
                .map(|&(x, y, _)| frame.map_point(x, y))
                .collect();
            answer.dropped_fragments = parsed.dropped;
            answer.out_of_image = mapped.iter().filter(|m| m.out_of_image).count();
            answer.trajectory = mapped.into_iter().map(|m| m.value).collect();
            answer.trajectory_depth = parsed.items.iter().map(|&(_, _, d)| d as f32).collect();
        }
        (Task::Pointing | Task::Trajectory, _) | (Task::Affordance, TaskDialect::RoboBrain25) => {
            let parsed = parse::parse_points(text).map_err(|err| err.to_string())?;
            let mapped: Vec<_> = parsed
                .items
                .iter()
                .map(|&(x, y)| frame.map_point(x, y))
                .collect();
            answer.dropped_fragments = parsed.dropped;
            answer.out_of_image = mapped.iter().filter(|m| m.out_of_image).count();
            let points = mapped.into_iter().map(|m| m.value).collect();
            if answer.task == Task::Trajectory {
                answer.trajectory = points;
            } else {
                answer.points = points;
            }
        }
        (Task::Affordance | Task::Grounding, _) => {
            let parsed = parse::parse_boxes(text).map_err(|err| err.to_string())?;
            let mapped: Vec<_> = parsed.items.iter().map(|&raw| frame.map_box(raw)).collect();
            answer.dropped_fragments = parsed.dropped;
            answer.out_of_image = mapped.iter().filter(|m| m.out_of_image).count();
            answer.boxes = mapped.into_iter().map(|m| m.value).collect();
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn task_names_round_trip_and_unknown_is_named() {
        for task in Task::ALL {
            assert_eq!(task.name().parse::<Task>().unwrap(), task);
        }
        assert_eq!(" Pointing ".parse::<Task>().unwrap(), Task::Pointing);
        let err = "segment".parse::<Task>().unwrap_err();
        assert!(err.to_string().contains("'segment'"), "{err}");
    }

    /// 641x479 camera image, seen by the model as 644x476.
    fn camera() -> ResizeInfo {
        ResizeInfo::new(641, 479, 644, 476)
    }

    /// A RoboBrain 2.0 answer in resized pixels.
    fn rb20(thinking: ThinkingMode, resize: ResizeInfo) -> AnswerContext {
        AnswerContext {
            dialect: TaskDialect::RoboBrain20,
            thinking,
            frame: AnswerFrame::pixels(resize),
        }
    }

    /// A RoboBrain 2.5 answer on the 0-1000 grid of a 640x480 image.
    fn rb25() -> AnswerContext {
        AnswerContext {
            dialect: TaskDialect::RoboBrain25,
            thinking: ThinkingMode::Unsupported,
            frame: AnswerFrame::new(
                ResizeInfo::new(640, 480, 640, 480),
                crate::models::CoordinateFrame::Relative { scale: 1000 },
            ),
        }
    }

    #[test]
    fn robobrain25_answers_map_from_the_grid_with_metric_depth() {
        let answer = interpret(Task::Pointing, "[(500, 250)]", &rb25());
        assert_eq!(answer.points, [Point { x: 320.0, y: 120.0 }]);
        let answer = interpret(Task::Affordance, "[(250, 500)]", &rb25());
        assert_eq!(answer.points, [Point { x: 160.0, y: 240.0 }]);
        assert!(answer.boxes.is_empty() && answer.parse_error.is_none());
        let answer = interpret(
            Task::Trajectory,
            "[(100, 200, 0.85), (300, 400, 0.7), (10, 20), (1200, 500, 0.6)]",
            &rb25(),
        );
        assert_eq!(
            answer.trajectory,
            [
                Point { x: 64.0, y: 96.0 },
                Point { x: 192.0, y: 192.0 },
                Point { x: 639.0, y: 240.0 }
            ]
        );
        assert_eq!(answer.trajectory_depth, [0.85, 0.7, 0.6]);
        assert_eq!((answer.dropped_fragments, answer.out_of_image), (1, 1));
        let answer = interpret(Task::Grounding, "[100, 200, 300, 400]", &rb25());
        assert_eq!(
            answer.boxes,
            [BoundingBox {
                x1: 64.0,
                y1: 96.0,
                x2: 192.0,
                y2: 192.0
            }]
        );
        let answer = interpret(Task::Trajectory, "[(100, 200)]", &rb25());
        assert!(
            answer
                .parse_error
                .unwrap()
                .contains("waypoint like (x, y, d)"),
            "a 2.5 trajectory without depth"
        );
    }

    #[test]
    fn pointing_with_thinking_maps_to_original_pixels() {
        let raw =
            "The mug is on the left.</think>\n<answer>[(322, 238), (644, 476), (-5, 10)]</answer>";
        let answer = interpret(Task::Pointing, raw, &rb20(ThinkingMode::On, camera()));
        assert_eq!(
            answer.thinking_text.as_deref(),
            Some("The mug is on the left.")
        );
        assert_eq!(answer.answer_text, "[(322, 238), (644, 476), (-5, 10)]");
        assert_eq!(answer.parse_error, None);
        assert_eq!(answer.points[0], Point { x: 320.5, y: 239.5 });
        assert_eq!(answer.points[1], Point { x: 640.0, y: 478.0 });
        assert_eq!(answer.points[2].x, 0.0);
        assert_eq!(answer.points.len(), 3);
        assert_eq!(answer.out_of_image, 1);
        assert!(answer.boxes.is_empty() && answer.trajectory.is_empty());
    }

    #[test]
    fn trajectory_keeps_order_and_counts_dropped() {
        let raw = "[[322, 238], [0, 0], [10, 20, 30], [644, 476]]";
        let answer = interpret(
            Task::Trajectory,
            raw,
            &rb20(ThinkingMode::Unsupported, camera()),
        );
        let xs: Vec<f32> = answer.trajectory.iter().map(|p| p.x).collect();
        assert_eq!(xs, [320.5, 0.0, 640.0]);
        assert_eq!(answer.dropped_fragments, 1);
        assert_eq!(answer.thinking_text, None);
        assert!(answer.points.is_empty() && answer.parse_error.is_none());
    }

    #[test]
    fn boxes_for_affordance_and_grounding() {
        for task in [Task::Affordance, Task::Grounding] {
            let raw = "[{\"bbox_2d\": [644, 238, 322, 0], \"label\": \"handle\"}]</answer>";
            let answer = interpret(task, raw, &rb20(ThinkingMode::Off, camera()));
            assert_eq!(
                answer.boxes,
                [BoundingBox {
                    x1: 320.5,
                    y1: 0.0,
                    x2: 640.0,
                    y2: 239.5
                }]
            );
            assert_eq!((answer.parse_error, answer.out_of_image), (None, 0));
        }
    }

    #[test]
    fn general_parses_nothing_and_never_errs() {
        let answer = interpret(
            Task::General,
            "A cup at (1, 2).",
            &rb20(ThinkingMode::Off, ResizeInfo::default()),
        );
        assert_eq!(answer.answer_text, "A cup at (1, 2).");
        assert!(answer.points.is_empty() && answer.parse_error.is_none());
    }

    #[test]
    fn unparsable_answers_keep_text_and_invent_nothing() {
        let cases = [
            (
                Task::Pointing,
                "I cannot see a cup.",
                ThinkingMode::Unsupported,
                "no point like (x, y) found",
            ),
            (Task::Grounding, "", ThinkingMode::Off, "empty"),
            (Task::Affordance, "[(10, 20)]", ThinkingMode::Off, "no box"),
            (
                Task::Trajectory,
                "First move to the",
                ThinkingMode::On,
                "never finished",
            ),
        ];
        for (task, raw, mode, message) in cases {
            let answer = interpret(task, raw, &rb20(mode, camera()));
            let error = answer.parse_error.as_deref().unwrap_or_default();
            assert!(error.contains(message), "{task} {raw:?}: {error:?}");
            assert!(
                answer.points.is_empty() && answer.boxes.is_empty() && answer.trajectory.is_empty()
            );
            if mode == ThinkingMode::On {
                assert_eq!(answer.thinking_text.as_deref(), Some(raw));
            } else {
                assert_eq!(answer.answer_text, raw.trim());
            }
        }
        let answer = interpret(
            Task::Pointing,
            "[(1, 2)]",
            &rb20(ThinkingMode::Off, ResizeInfo::default()),
        );
        assert!(answer.parse_error.unwrap().contains("invalid image sizes"));
        assert!(answer.points.is_empty());
    }

    #[test]
    fn answer_serialises_with_the_task_wire_name() {
        let answer = interpret(
            Task::Pointing,
            "[(322, 238)]",
            &rb20(ThinkingMode::Off, camera()),
        );
        let json = serde_json::to_value(&answer).unwrap();
        assert_eq!(json["task"], "pointing");
        assert_eq!(json["points"][0]["x"], 320.5);
        assert_eq!(json["parse_error"], serde_json::Value::Null);
    }
}
