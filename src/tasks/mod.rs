//! RoboBrain 2.0 tasks: the upstream prompt templates and parsing of the model's answers into
//! points, boxes and trajectories in original image pixels.

use std::fmt;
use std::str::FromStr;

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
}
