// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the robobrain authors
//! The managed-node state machine of ROS 2 (lifecycle_msgs), as rcl_lifecycle defines it: the
//! primary states, the transition states between them, which transition each state accepts and
//! where it leads. Pure: the node's transitions (loading the model, subscribing the cameras) are
//! [`super::managed`]'s; this only says what is allowed and what it is called.

/// A lifecycle state, with lifecycle_msgs/State's ids and rcl_lifecycle's labels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    Unconfigured,
    Inactive,
    Active,
    Finalized,
    Configuring,
    CleaningUp,
    ShuttingDown,
    Activating,
    Deactivating,
    ErrorProcessing,
}

impl State {
    pub const ALL: [State; 10] = [
        State::Unconfigured,
        State::Inactive,
        State::Active,
        State::Finalized,
        State::Configuring,
        State::CleaningUp,
        State::ShuttingDown,
        State::Activating,
        State::Deactivating,
        State::ErrorProcessing,
    ];

    pub fn id(self) -> u8 {
        match self {
            State::Unconfigured => 1,
            State::Inactive => 2,
            State::Active => 3,
            State::Finalized => 4,
            State::Configuring => 10,
            State::CleaningUp => 11,
            State::ShuttingDown => 12,
            State::Activating => 13,
            State::Deactivating => 14,
            State::ErrorProcessing => 15,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            State::Unconfigured => "unconfigured",
            State::Inactive => "inactive",
            State::Active => "active",
            State::Finalized => "finalized",
            State::Configuring => "configuring",
            State::CleaningUp => "cleaningup",
            State::ShuttingDown => "shuttingdown",
            State::Activating => "activating",
            State::Deactivating => "deactivating",
            State::ErrorProcessing => "errorprocessing",
        }
    }

    /// A transition is under way: every other request waits for its end (is refused).
    pub fn is_transitioning(self) -> bool {
        self.id() >= 10
    }
}

/// What a transition's work ended with, as rcl_lifecycle's callbacks return it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Success,
    Failure,
    Error,
}

/// One edge of the state machine: lifecycle_msgs/Transition's id and label, from a state to
/// another.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Edge {
    pub id: u8,
    pub label: &'static str,
    pub start: State,
    pub goal: State,
}

const fn edge(id: u8, label: &'static str, start: State, goal: State) -> Edge {
    Edge {
        id,
        label,
        start,
        goal,
    }
}

/// rcl_lifecycle's default state machine: every transition, requested ones first, then the
/// results of each transition state's work (success, failure, error).
pub const GRAPH: [Edge; 25] = {
    use State::*;
    [
        edge(1, "configure", Unconfigured, Configuring),
        edge(2, "cleanup", Inactive, CleaningUp),
        edge(3, "activate", Inactive, Activating),
        edge(4, "deactivate", Active, Deactivating),
        edge(5, "shutdown", Unconfigured, ShuttingDown),
        edge(6, "shutdown", Inactive, ShuttingDown),
        edge(7, "shutdown", Active, ShuttingDown),
        edge(10, "transition_success", Configuring, Inactive),
        edge(11, "transition_failure", Configuring, Unconfigured),
        edge(12, "transition_error", Configuring, ErrorProcessing),
        edge(20, "transition_success", CleaningUp, Unconfigured),
        edge(21, "transition_failure", CleaningUp, Inactive),
        edge(22, "transition_error", CleaningUp, ErrorProcessing),
        edge(30, "transition_success", Activating, Active),
        edge(31, "transition_failure", Activating, Inactive),
        edge(32, "transition_error", Activating, ErrorProcessing),
        edge(40, "transition_success", Deactivating, Inactive),
        edge(41, "transition_failure", Deactivating, Active),
        edge(42, "transition_error", Deactivating, ErrorProcessing),
        edge(50, "transition_success", ShuttingDown, Finalized),
        edge(51, "transition_failure", ShuttingDown, Finalized),
        edge(52, "transition_error", ShuttingDown, ErrorProcessing),
        edge(60, "transition_success", ErrorProcessing, Unconfigured),
        edge(61, "transition_failure", ErrorProcessing, Finalized),
        edge(62, "transition_error", ErrorProcessing, Finalized),
    ]
};

/// The transitions leaving `state` (what `~/get_available_transitions` lists).
pub fn available(state: State) -> impl Iterator<Item = &'static Edge> {
    GRAPH.iter().filter(move |e| e.start == state)
}

/// What a caller asks of `~/change_state`: a transition by id, or (id 0, lifecycle_msgs'
/// TRANSITION_CREATE) by label, as rclcpp and `ros2 lifecycle set` do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    pub id: u8,
    pub label: String,
}

/// Which work a requested transition runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Work {
    Configure,
    Cleanup,
    Activate,
    Deactivate,
    Shutdown,
}

/// A transition that may begin in `state`: its edge and the work it runs; or why not, in words.
pub fn begin(state: State, request: &Request) -> Result<(Edge, Work), String> {
    if state.is_transitioning() {
        return Err(format!(
            "the node is {} (a transition is under way); try again when it ends",
            state.label()
        ));
    }
    let requested = available(state).find(|e| {
        if request.id == 0 {
            !request.label.is_empty() && e.label == request.label
        } else {
            e.id == request.id
        }
    });
    let edge = requested.ok_or_else(|| {
        let asked = if request.id == 0 {
            format!("'{}'", request.label)
        } else {
            format!("{}", request.id)
        };
        let allowed: Vec<String> = available(state)
            .map(|e| format!("{} ({})", e.label, e.id))
            .collect();
        format!(
            "transition {asked} is not available in state {}; available: {}",
            state.label(),
            if allowed.is_empty() {
                "none".to_string()
            } else {
                allowed.join(", ")
            }
        )
    })?;
    let work = match edge.id {
        1 => Work::Configure,
        2 => Work::Cleanup,
        3 => Work::Activate,
        4 => Work::Deactivate,
        _ => Work::Shutdown,
    };
    Ok((*edge, work))
}

/// The edge that ends a transition state's work with `outcome`; None for a primary state.
pub fn finish(transitioning: State, outcome: Outcome) -> Option<Edge> {
    let index = match outcome {
        Outcome::Success => 0,
        Outcome::Failure => 1,
        Outcome::Error => 2,
    };
    available(transitioning)
        .filter(|e| e.id >= 10)
        .nth(index)
        .copied()
}

/// Why a query, goal or locate request is refused in `state`; None while active. Every refusal
/// starts "node not active".
pub fn refusal(state: State) -> Option<String> {
    match state {
        State::Active => None,
        State::Configuring => Some(
            "node not active: it is configuring (loading the model); ask again once it is active"
                .into(),
        ),
        State::Activating => {
            Some("node not active: it is activating (subscribing the cameras); ask again".into())
        }
        other => Some(format!(
            "node not active (lifecycle state {}): queries are answered only while it is active \
             (`ros2 lifecycle set <node> activate`, after configure when unconfigured)",
            other.label()
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn by_label(label: &str) -> Request {
        Request {
            id: 0,
            label: label.into(),
        }
    }

    #[test]
    fn the_whole_cycle_by_label_and_by_id() {
        let (edge, work) = begin(State::Unconfigured, &by_label("configure")).unwrap();
        assert_eq!(
            (edge.id, edge.goal, work),
            (1, State::Configuring, Work::Configure)
        );
        assert_eq!(
            finish(State::Configuring, Outcome::Success).unwrap().goal,
            State::Inactive
        );
        let (edge, _) = begin(
            State::Inactive,
            &Request {
                id: 3,
                label: String::new(),
            },
        )
        .unwrap();
        assert_eq!(edge.goal, State::Activating);
        assert_eq!(
            finish(State::Activating, Outcome::Success).unwrap().goal,
            State::Active
        );
        assert_eq!(
            begin(State::Active, &by_label("deactivate")).unwrap().1,
            Work::Deactivate
        );
        assert_eq!(
            finish(State::Deactivating, Outcome::Success).unwrap().goal,
            State::Inactive
        );
        assert_eq!(
            begin(State::Inactive, &by_label("cleanup")).unwrap().1,
            Work::Cleanup
        );
        assert_eq!(
            finish(State::CleaningUp, Outcome::Success).unwrap().goal,
            State::Unconfigured
        );
    }

    #[test]
    fn shutdown_from_every_primary_state_but_finalized() {
        for (state, id) in [
            (State::Unconfigured, 5),
            (State::Inactive, 6),
            (State::Active, 7),
        ] {
            let (edge, work) = begin(state, &by_label("shutdown")).unwrap();
            assert_eq!(
                (edge.id, work, edge.goal),
                (id, Work::Shutdown, State::ShuttingDown)
            );
        }
        assert_eq!(
            finish(State::ShuttingDown, Outcome::Success).unwrap().goal,
            State::Finalized
        );
        let refused = begin(State::Finalized, &by_label("shutdown")).unwrap_err();
        assert!(refused.contains("available: none"), "{refused}");
    }

    #[test]
    fn failures_and_errors_lead_where_rcl_lifecycle_says() {
        assert_eq!(
            finish(State::Configuring, Outcome::Failure).unwrap().goal,
            State::Unconfigured
        );
        assert_eq!(
            finish(State::Configuring, Outcome::Error).unwrap().goal,
            State::ErrorProcessing
        );
        assert_eq!(
            finish(State::Activating, Outcome::Failure).unwrap().goal,
            State::Inactive
        );
        assert_eq!(
            finish(State::ErrorProcessing, Outcome::Success)
                .unwrap()
                .goal,
            State::Unconfigured
        );
        assert_eq!(
            finish(State::ErrorProcessing, Outcome::Error).unwrap().goal,
            State::Finalized
        );
    }

    #[test]
    fn invalid_requests_are_refused_with_what_is_available() {
        let refused = begin(State::Unconfigured, &by_label("activate")).unwrap_err();
        assert!(
            refused.contains("not available in state unconfigured"),
            "{refused}"
        );
        assert!(
            refused.contains("configure (1)") && refused.contains("shutdown (5)"),
            "{refused}"
        );
        // A result transition cannot be requested, nor can anything while one is under way.
        assert!(begin(
            State::Unconfigured,
            &Request {
                id: 10,
                label: String::new()
            }
        )
        .is_err());
        let busy = begin(State::Configuring, &by_label("shutdown")).unwrap_err();
        assert!(busy.contains("configuring"), "{busy}");
        assert!(begin(State::Active, &by_label("")).is_err());
    }

    #[test]
    fn queries_are_refused_in_every_state_but_active() {
        for state in State::ALL {
            match refusal(state) {
                None => assert_eq!(state, State::Active),
                Some(reason) => assert!(reason.starts_with("node not active"), "{reason}"),
            }
        }
        assert!(refusal(State::Inactive)
            .unwrap()
            .contains("lifecycle state inactive"));
    }

    #[test]
    fn every_state_has_its_lifecycle_msgs_id() {
        let ids: Vec<u8> = State::ALL.iter().map(|s| s.id()).collect();
        assert_eq!(ids, [1, 2, 3, 4, 10, 11, 12, 13, 14, 15]);
        for state in State::ALL {
            assert_eq!(state.is_transitioning(), state.id() >= 10);
        }
    }
}
