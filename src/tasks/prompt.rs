// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! Upstream RoboBrain prompt templates and thinking modes, per release ([`TaskDialect`]).
//!
//! The templates are the ones of each release's upstream inference code: the model was trained
//! on exactly these strings, so they are reproduced byte for byte, including upstream's `"{t}."`
//! after the user text even when the user text already ends in a period.

use super::Task;
use crate::models::TaskDialect;

/// The RoboBrain 2.0 checkpoint size, which decides whether the `<think>`/`<answer>` protocol
/// exists at all (upstream enables it for 7B and 32B, not for 3B).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
pub enum ModelSize {
    /// RoboBrain2.0-3B: trained without thinking; nothing is appended to the prompt.
    B3,
    /// RoboBrain2.0-7B: thinking model.
    B7,
    /// RoboBrain2.0-32B: thinking model.
    B32,
    /// Not recognised (e.g. a tiny test checkpoint). Upstream treats unknown names as thinking
    /// models, and so do we.
    Unknown,
}

impl ModelSize {
    /// Guesses the size from a checkpoint name or path the way upstream does (case-insensitive
    /// "3b", "7b", "32b"), but only where the size stands alone: "13b" is not 3B, and neither is
    /// a "3b" inside a snapshot hash. Prefer [`ModelSize::from_text_hidden_size`] when the
    /// config is at hand.
    pub fn from_checkpoint_name(name: &str) -> ModelSize {
        let lower = name.to_ascii_lowercase();
        // Longest first so that "32b" wins over the "2b" inside it.
        for (tag, size) in [
            ("32b", ModelSize::B32),
            ("7b", ModelSize::B7),
            ("3b", ModelSize::B3),
        ] {
            if contains_standalone_size(&lower, tag) {
                return size;
            }
        }
        ModelSize::Unknown
    }

    /// The size from the text decoder's `hidden_size` in config.json, which is more reliable
    /// than a directory name (Qwen2.5-VL: 3B 2048, 7B 3584, 32B 5120).
    pub fn from_text_hidden_size(hidden_size: usize) -> ModelSize {
        match hidden_size {
            2048 => ModelSize::B3,
            3584 => ModelSize::B7,
            5120 => ModelSize::B32,
            _ => ModelSize::Unknown,
        }
    }

    /// Whether the checkpoint knows the `<think>`/`<answer>` protocol.
    pub fn supports_thinking(self) -> bool {
        !matches!(self, ModelSize::B3)
    }
}

/// True when `tag` (e.g. "7b") occurs in `haystack` as a token of its own: not preceded by an
/// ASCII letter, digit or '.' ("13b", "1.3b", the hex of a Hugging Face snapshot hash) and not
/// followed by a letter or digit.
fn contains_standalone_size(haystack: &str, tag: &str) -> bool {
    let bytes = haystack.as_bytes();
    haystack.match_indices(tag).any(|(start, _)| {
        let end = start + tag.len();
        let before_ok =
            start == 0 || !(bytes[start - 1].is_ascii_alphanumeric() || bytes[start - 1] == b'.');
        let after_ok = end == bytes.len() || !bytes[end].is_ascii_alphanumeric();
        before_ok && after_ok
    })
}

/// The thinking protocol in effect for one query: what is appended after the assistant
/// generation prompt and how the output is split afterwards.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
pub enum ThinkingMode {
    /// Thinking model, thinking requested: `<think>` is appended; the model reasons, closes with
    /// `</think>` and answers (usually inside `<answer>...</answer>`).
    On,
    /// Thinking model, thinking not requested: `<think></think><answer>` is appended so the model
    /// answers directly.
    Off,
    /// A model without the protocol (3B): nothing is appended.
    Unsupported,
}

impl ThinkingMode {
    /// The mode upstream would use: `requested = None` means the model's default (thinking on
    /// where supported); asking for thinking on a model without it silently falls back to
    /// [`ThinkingMode::Unsupported`], as upstream does (it only prints a warning).
    pub fn resolve(size: ModelSize, requested: Option<bool>) -> ThinkingMode {
        if !size.supports_thinking() {
            return ThinkingMode::Unsupported;
        }
        match requested {
            Some(false) => ThinkingMode::Off,
            Some(true) | None => ThinkingMode::On,
        }
    }

    /// The mode for a checkpoint of `dialect`: RoboBrain 2.0 as [`ThinkingMode::resolve`];
    /// RoboBrain 2.5 has no thinking, so asking for it is refused (naming the release given as
    /// `release`) rather than answered with a silently different prompt.
    pub fn resolve_for(
        dialect: TaskDialect,
        size: ModelSize,
        requested: Option<bool>,
        release: &str,
    ) -> Result<ThinkingMode, PromptError> {
        match dialect {
            TaskDialect::RoboBrain20 => Ok(Self::resolve(size, requested)),
            TaskDialect::RoboBrain25 if requested == Some(true) => Err(PromptError::NoThinking {
                release: release.to_string(),
            }),
            TaskDialect::RoboBrain25 => Ok(ThinkingMode::Unsupported),
        }
    }

    /// Whether the model is asked to reason before answering.
    pub fn is_thinking(self) -> bool {
        matches!(self, ThinkingMode::On)
    }

    /// Text appended right after the chat template's `<|im_start|>assistant\n`.
    pub fn assistant_prefix(self) -> &'static str {
        match self {
            ThinkingMode::On => "<think>",
            ThinkingMode::Off => "<think></think><answer>",
            ThinkingMode::Unsupported => "",
        }
    }
}

/// The two pieces of text a task contributes to the chat prompt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TaskPrompt {
    /// The user turn's text (after the image placeholder).
    pub user_text: String,
    /// Appended after the assistant generation prompt (see [`ThinkingMode::assistant_prefix`]).
    pub assistant_prefix: &'static str,
}

/// A prompt that cannot be built.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PromptError {
    #[error("the {task} task needs a non-empty text (got only whitespace or nothing)")]
    EmptyUserText { task: Task },
    #[error("thinking was requested, but {release} has no thinking mode: ask with thinking off or unset")]
    NoThinking { release: String },
}

/// Builds the user text for `task` around the caller's text, with the upstream template of
/// `dialect`, and the assistant prefix for `thinking`.
///
/// Surrounding whitespace of `user_text` is trimmed (a trailing newline from a command line or a
/// ROS message would otherwise end up inside the quotes); nothing else is changed, so a text
/// ending in '.' gives ".." in the pointing and grounding templates exactly as upstream.
pub fn build_prompt(
    dialect: TaskDialect,
    task: Task,
    user_text: &str,
    thinking: ThinkingMode,
) -> Result<TaskPrompt, PromptError> {
    let text = user_text.trim();
    if text.is_empty() {
        return Err(PromptError::EmptyUserText { task });
    }
    let user_text = match dialect {
        TaskDialect::RoboBrain20 => robobrain20_text(task, text),
        TaskDialect::RoboBrain25 => robobrain25_text(task, text),
    };
    Ok(TaskPrompt {
        user_text,
        assistant_prefix: thinking.assistant_prefix(),
    })
}

/// RoboBrain 2.0's `inference.py` templates.
fn robobrain20_text(task: Task, text: &str) -> String {
    match task {
        Task::General => text.to_string(),
        Task::Pointing => format!(
            "{text}. Your answer should be formatted as a list of tuples, i.e. [(x1, y1), (x2, y2), ...], \
             where each tuple contains the x and y coordinates of a point satisfying the conditions above. \
             The coordinates should indicate the normalized pixel locations of the points in the image."
        ),
        Task::Affordance => format!(
            "You are a robot using the joint control. The task is \"{text}\". \
             Please predict a possible affordance area of the end effector."
        ),
        Task::Trajectory => format!(
            "You are a robot using the joint control. The task is \"{text}\". \
             Please predict up to 10 key trajectory points to complete the task. \
             Your answer should be formatted as a list of tuples, i.e. [[x1, y1], [x2, y2], ...], \
             where each tuple contains the x and y coordinates of a point."
        ),
        Task::Grounding => {
            format!("Please provide the bounding box coordinate of the region this sentence describes: {text}.")
        }
    }
}

/// RoboBrain 2.5's templates: affordance is asked through pointing (upstream has no affordance
/// task of its own), trajectories as 3-D end-effector waypoints `(x, y, d)`.
fn robobrain25_text(task: Task, text: &str) -> String {
    match task {
        Task::General => text.to_string(),
        Task::Pointing | Task::Affordance => format!(
            "{text}. Please provide its 2D coordinates. Your answer should be formatted as a tuple, \
             i.e. [(x, y)], where the tuple contains the x and y coordinates of a point satisfying \
             the conditions above."
        ),
        Task::Trajectory => format!(
            "Please predict 3D end-effector-centric waypoints to complete the task successfully. \
             The task is \"{text}\". Your answer should be formatted as a list of tuples, i.e., \
             [(x1, y1, d1), (x2, y2, d2), ...], where each tuple contains the x and y coordinates \
             and the depth of the point."
        ),
        Task::Grounding => {
            format!("Please provide the bounding box coordinate of the region this sentence describes: {text}.")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected strings as RoboBrain 2.0's upstream inference.py writes them, with {t} = the text.
    const POINTING: &str = "the red cup. Your answer should be formatted as a list of tuples, i.e. [(x1, y1), (x2, y2), ...], where each tuple contains the x and y coordinates of a point satisfying the conditions above. The coordinates should indicate the normalized pixel locations of the points in the image.";
    const AFFORDANCE: &str = "You are a robot using the joint control. The task is \"the red cup\". Please predict a possible affordance area of the end effector.";
    const TRAJECTORY: &str = "You are a robot using the joint control. The task is \"the red cup\". Please predict up to 10 key trajectory points to complete the task. Your answer should be formatted as a list of tuples, i.e. [[x1, y1], [x2, y2], ...], where each tuple contains the x and y coordinates of a point.";
    const GROUNDING: &str = "Please provide the bounding box coordinate of the region this sentence describes: the red cup.";

    fn user_text(task: Task, text: &str) -> String {
        build_prompt(
            TaskDialect::RoboBrain20,
            task,
            text,
            ThinkingMode::Unsupported,
        )
        .unwrap()
        .user_text
    }

    #[test]
    fn every_task_prompt_is_byte_exact() {
        assert_eq!(user_text(Task::General, "the red cup"), "the red cup");
        assert_eq!(user_text(Task::Pointing, "the red cup"), POINTING);
        assert_eq!(user_text(Task::Affordance, "the red cup"), AFFORDANCE);
        assert_eq!(user_text(Task::Trajectory, "the red cup"), TRAJECTORY);
        assert_eq!(user_text(Task::Grounding, "the red cup"), GROUNDING);
    }

    #[test]
    fn user_text_is_trimmed_but_otherwise_untouched() {
        assert_eq!(user_text(Task::Pointing, "  the red cup\n"), POINTING);
        // Upstream does not strip a trailing period: "{t}." then gives "..".
        assert_eq!(
            user_text(Task::Grounding, "the mug."),
            "Please provide the bounding box coordinate of the region this sentence describes: the mug.."
        );
        assert_eq!(
            user_text(Task::General, " What is on the table?\n"),
            "What is on the table?"
        );
        assert_eq!(
            user_text(Task::Affordance, "pick up \"the\" cup"),
            "You are a robot using the joint control. The task is \"pick up \"the\" cup\". Please predict a possible affordance area of the end effector."
        );
    }

    #[test]
    fn empty_or_blank_text_is_an_error_naming_the_task() {
        for task in Task::ALL {
            for text in ["", "   ", "\n\t "] {
                let err = build_prompt(TaskDialect::RoboBrain20, task, text, ThinkingMode::On)
                    .unwrap_err();
                assert_eq!(err, PromptError::EmptyUserText { task });
                let message = err.to_string();
                assert!(
                    message.contains(task.name()) && message.contains("non-empty"),
                    "{message}"
                );
            }
        }
    }

    #[test]
    fn assistant_prefix_follows_thinking_mode() {
        let prefix = |mode| {
            build_prompt(TaskDialect::RoboBrain20, Task::Pointing, "cup", mode)
                .unwrap()
                .assistant_prefix
        };
        assert_eq!(prefix(ThinkingMode::On), "<think>");
        assert_eq!(prefix(ThinkingMode::Off), "<think></think><answer>");
        assert_eq!(prefix(ThinkingMode::Unsupported), "");
    }

    #[test]
    fn thinking_resolves_per_model_size_like_upstream() {
        use ModelSize::*;
        assert_eq!(ThinkingMode::resolve(B3, None), ThinkingMode::Unsupported);
        assert_eq!(
            ThinkingMode::resolve(B3, Some(true)),
            ThinkingMode::Unsupported
        );
        assert_eq!(
            ThinkingMode::resolve(B3, Some(false)),
            ThinkingMode::Unsupported
        );
        for size in [B7, B32, Unknown] {
            assert_eq!(ThinkingMode::resolve(size, None), ThinkingMode::On);
            assert_eq!(ThinkingMode::resolve(size, Some(true)), ThinkingMode::On);
            assert_eq!(ThinkingMode::resolve(size, Some(false)), ThinkingMode::Off);
        }
        assert!(ThinkingMode::On.is_thinking() && !ThinkingMode::Off.is_thinking());
    }

    #[test]
    fn model_size_from_names_and_hidden_size() {
        use ModelSize::*;
        let cases = [
            ("BAAI/RoboBrain2.0-3B", B3),
            ("BAAI/RoboBrain2.0-7B", B7),
            ("/models/robobrain2.0-32b/", B32),
            ("RoboBrain2.0-7B-int8", B7),
            ("qwen2.5-vl-3b_instruct", B3),
            ("llama-13b", Unknown),
            ("models--BAAI--RoboBrain2.0-3B/snapshots/0a1b2c4e7b", B3),
            ("qwen-1.3b", Unknown),
            ("tiny-random", Unknown),
            ("", Unknown),
        ];
        for (name, size) in cases {
            assert_eq!(ModelSize::from_checkpoint_name(name), size, "{name}");
        }
        assert_eq!(ModelSize::from_text_hidden_size(2048), B3);
        assert_eq!(ModelSize::from_text_hidden_size(3584), B7);
        assert_eq!(ModelSize::from_text_hidden_size(5120), B32);
        assert_eq!(ModelSize::from_text_hidden_size(64), Unknown);
        assert!(!B3.supports_thinking() && B7.supports_thinking() && Unknown.supports_thinking());
    }

    // As RoboBrain 2.5's upstream inference code writes them, with {t} = the text.
    const POINTING_25: &str = "the red cup. Please provide its 2D coordinates. Your answer should be formatted as a tuple, i.e. [(x, y)], where the tuple contains the x and y coordinates of a point satisfying the conditions above.";
    const TRAJECTORY_25: &str = "Please predict 3D end-effector-centric waypoints to complete the task successfully. The task is \"the red cup\". Your answer should be formatted as a list of tuples, i.e., [(x1, y1, d1), (x2, y2, d2), ...], where each tuple contains the x and y coordinates and the depth of the point.";

    #[test]
    fn robobrain25_prompts_are_byte_exact() {
        let text = |task| {
            build_prompt(
                TaskDialect::RoboBrain25,
                task,
                " the red cup\n",
                ThinkingMode::Unsupported,
            )
            .unwrap()
        };
        assert_eq!(text(Task::General).user_text, "the red cup");
        assert_eq!(text(Task::Pointing).user_text, POINTING_25);
        assert_eq!(text(Task::Affordance).user_text, POINTING_25);
        assert_eq!(text(Task::Trajectory).user_text, TRAJECTORY_25);
        assert_eq!(text(Task::Grounding).user_text, GROUNDING);
        assert_eq!(text(Task::Pointing).assistant_prefix, "");
    }

    #[test]
    fn robobrain25_refuses_thinking_by_name() {
        let resolve = |requested| {
            ThinkingMode::resolve_for(
                TaskDialect::RoboBrain25,
                ModelSize::Unknown,
                requested,
                "RoboBrain 2.5",
            )
        };
        assert_eq!(resolve(None), Ok(ThinkingMode::Unsupported));
        assert_eq!(resolve(Some(false)), Ok(ThinkingMode::Unsupported));
        let refused = resolve(Some(true)).unwrap_err().to_string();
        assert!(
            refused.contains("RoboBrain 2.5") && refused.contains("no thinking"),
            "{refused}"
        );
        // RoboBrain 2.0 keeps upstream's rule.
        assert_eq!(
            ThinkingMode::resolve_for(TaskDialect::RoboBrain20, ModelSize::B7, Some(true), "x"),
            Ok(ThinkingMode::On)
        );
    }
}
